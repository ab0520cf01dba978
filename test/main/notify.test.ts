/**
 * notify: today's follow-ups as a desktop notification, shown by main (the renderer's web
 * Notification API is refused on purpose). The request is checked before the system sees it.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/dispatch';
import { createHandlers } from '../../electron/main/handlers';
import { testMain } from '../support/ports';

describe('notify: a desktop notification through main', () => {
  it('hands the title and the text to the system notifier as they were written', async () => {
    const { handlers, log, notifier } = await testMain();
    const request = { title: 'Relance : 3 actions aujourd’hui (dont 2 en retard)', body: 'Garage Martin · Menuiserie Dupont' };
    expect(await dispatch(handlers, 'notify', request, log)).toEqual({ ok: true, data: { shown: true } });
    expect(notifier.shown.map(({ title, body }) => ({ title, body }))).toEqual([request]);
  });

  it('refuses a title over 200 characters, an empty title, a body over 1 000 or an extra field, and shows nothing', async () => {
    const { handlers, log, notifier } = await testMain();
    const refused = [
      { title: 'R'.repeat(201), body: '' },
      { title: '', body: 'x' },
      { title: 'Relance', body: 'x'.repeat(1001) },
      { title: 'Relance', body: 'x', icon: 'file:///etc/passwd' },
      { title: 'Relance' },
    ];
    for (const request of refused) {
      const result = await dispatch(handlers, 'notify', request, log);
      expect(result, JSON.stringify(request).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(notifier.shown).toEqual([]);
    // The limits themselves are accepted.
    const longest = { title: 'R'.repeat(200), body: 'x'.repeat(1000) };
    expect(await dispatch(handlers, 'notify', longest, log)).toEqual({ ok: true, data: { shown: true } });
  });

  it('answers shown: false where the system has no notifications, and when showing one fails', async () => {
    const { handlers, log, notifier, ports } = await testMain();
    notifier.supported = false;
    expect(await dispatch(handlers, 'notify', { title: 'Relance', body: '' }, log)).toEqual({ ok: true, data: { shown: false } });

    const broken = createHandlers({
      ...ports,
      notifications: { show: () => Promise.reject(new Error('D-Bus is gone')) },
    });
    expect(await dispatch(broken, 'notify', { title: 'Relance', body: '' }, log)).toEqual({ ok: true, data: { shown: false } });
    expect(log.lines.some((line) => line.level === 'warn' && String(line.args[0]).includes('notification'))).toBe(true);
  });
});
