/**
 * Electron security checklist item 17: answer IPC only from the app's own page. A frame that
 * navigated elsewhere (it should not be able to, but defence in depth) gets nothing.
 */
export function isTrustedSenderUrl(senderUrl: string | undefined, rendererUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const app = new URL(rendererUrl);
    if (app.protocol === 'file:') {
      return sender.protocol === 'file:' && sender.pathname === app.pathname;
    }
    return sender.origin === app.origin;
  } catch {
    return false;
  }
}
