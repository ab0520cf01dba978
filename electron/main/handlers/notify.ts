import type { Ports } from '../ports';
import type { Handlers } from './types';

/**
 * Shows a desktop notification. A notification that cannot be shown is not an error the user
 * needs to read: it is logged and answered `shown: false` (the renderer's own message stays).
 */
export function notifyHandler(ports: Pick<Ports, 'notifications' | 'log'>): Handlers['notify'] {
  return async ({ title, body }) => {
    try {
      return { shown: await ports.notifications.show(title, body) };
    } catch (error) {
      ports.log.warn('notification failed', error);
      return { shown: false };
    }
  };
}
