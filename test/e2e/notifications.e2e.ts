/**
 * Desktop notifications and the daily catch-up, whatever screen is open: at start-up the app plans
 * what fell due while it was closed and says how many actions today (the invoice book open, not the
 * calendar); a restart says it again; the chosen time of a day already notified says nothing; the
 * next day, after midnight with the app still open, the new day is planned and, at the chosen
 * time, one notification with the new count. Then the settings: the time field and its switch.
 * The browser clock is set by the test (Monday 2 March 2026).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../renderer/src/domain/model';
import { openApp, type Session } from './harness';
import { readStore, seed } from './seed';

let s: Session;
const stamp = '2026-01-01T00:00:00.000Z';
const MONDAY = '2026-03-02';
const TUESDAY = '2026-03-03';

const customer = (id: string, name: string) => ({
  id, reference: `411${id.toUpperCase()}`, name, kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp,
});
const invoice = (id: string, customerId: string, number: string, cents: number, issueDate: string, dueDate: string) => ({
  id, customerId, number, issueDate, dueDate, amountCents: cents,
  sourceOpenCents: cents, openCents: cents, hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const customers = [customer('martin', 'Garage Martin'), customer('lefevre', 'Boulangerie Lefèvre')];
const invoices = [
  // Due three weeks ago: its reminders fell due while the app was closed.
  invoice('m1', 'martin', 'FA-2026-105', 180000, '2026-01-10', '2026-02-09'),
  // Due on Friday 6 March: the courtesy e-mail (J-3) is for Tuesday 3 March.
  invoice('l1', 'lefevre', 'FA-2026-111', 35050, '2026-02-04', '2026-03-06'),
];

const tasksInDb = () => readStore<Task>(s.page, 'tasks');
/** What the day's notification should count: planned actions of `day` or before, and the late ones. */
async function dueOn(day: string) {
  const due = (await tasksInDb()).filter((task) => task.status === 'planned' && task.date <= day);
  return { due, late: due.filter((task) => task.date < day) };
}
const titles = () => s.host.notifier.shown.map((n) => n.title);
const badge = () => s.page.getByTestId('calendar-badge').textContent();

async function openBook() {
  await s.page.goto(`${s.host.url}#/factures`);
  await s.page.getByTestId('book-search').waitFor();
}

beforeAll(async () => {
  s = await openApp();
  await s.page.clock.install({ time: new Date(`${MONDAY}T08:00:00`) });
  await openBook();
  await s.page.reload();
  await s.page.getByTestId('book-search').waitFor();
  await seed(s.page, {
    customers,
    invoices,
    settings: [{ key: 'calendar', value: { zone: 'metropole', closings: [], notifyAt: '08:30' }, updatedAt: stamp }],
  });
  // Nothing was due in the empty book: no notification before the data came.
  expect(s.host.notifier.shown).toEqual([]);
});
afterAll(async () => {
  await s?.close();
});

describe('the day’s notification', () => {
  it('at start-up, on the invoice book, plans the catch-up and notifies the count with the late ones', async () => {
    await s.page.reload();
    await s.page.getByTestId('book-search').waitFor();
    await expect.poll(() => s.host.notifier.shown.length, { timeout: 15_000 }).toBe(1);
    const { due, late } = await dueOn(MONDAY);
    expect(due.length).toBeGreaterThan(0);
    expect(late.length).toBeGreaterThan(0);
    expect(due.every((task) => task.customerId === 'martin')).toBe(true);
    const actions = due.length === 1 ? '1 action' : `${due.length} actions`;
    expect(titles()[0]).toBe(`Relance : ${actions} aujourd’hui (dont ${late.length} en retard)`);
    expect(s.host.notifier.shown[0]!.body).toBe('Garage Martin');
    await expect.poll(badge).toBe(String(due.length));
    // The late action keeps its original date: it is shown as late, not moved to today.
    expect(late.every((task) => task.originalDate < MONDAY)).toBe(true);
  });

  it('says it again at each start, but not at the chosen time of a day already notified', async () => {
    await s.page.reload();
    await s.page.getByTestId('book-search').waitFor();
    await expect.poll(() => s.host.notifier.shown.length, { timeout: 15_000 }).toBe(2);
    expect(titles()[1]).toBe(titles()[0]);

    await s.page.clock.fastForward('40:00'); // 08:40, past the chosen 08:30
    await s.page.waitForTimeout(1500);
    await s.page.clock.fastForward('01:00');
    await s.page.waitForTimeout(1500);
    expect(s.host.notifier.shown).toHaveLength(2);
    expect(s.errors).toEqual([]);
  });

  it('the next day, with the app left open: plans after midnight, notifies once at the chosen time with the new count', async () => {
    const before = Number(await badge());
    // To 00:00:30 on Tuesday: the new day is planned, nobody is woken up.
    const now = await s.page.evaluate(() => Date.now());
    await s.page.clock.fastForward(new Date(`${TUESDAY}T00:00:30`).getTime() - now);
    const { due } = await dueOn(TUESDAY);
    expect(due.some((task) => task.customerId === 'lefevre' && task.date === TUESDAY)).toBe(true);
    await expect.poll(async () => Number(await badge()), { timeout: 10_000 }).toBe(due.length);
    expect(due.length).toBeGreaterThan(before);
    await s.page.waitForTimeout(1000);
    expect(s.host.notifier.shown).toHaveLength(2);

    // 08:15: still before the chosen time.
    await s.page.clock.fastForward('08:14:30');
    await s.page.waitForTimeout(1500);
    expect(s.host.notifier.shown).toHaveLength(2);

    // 08:31: the day's notification, once.
    await s.page.clock.fastForward('16:00');
    await expect.poll(() => s.host.notifier.shown.length, { timeout: 10_000 }).toBe(3);
    const { late } = await dueOn(TUESDAY);
    const notice = s.host.notifier.shown[2]!;
    expect(notice.title).toBe(`Relance : ${due.length} actions aujourd’hui (dont ${late.length} en retard)`);
    expect(notice.body.split(', ').sort()).toEqual(['Boulangerie Lefèvre', 'Garage Martin']);
    await s.page.clock.fastForward('05:00');
    await s.page.waitForTimeout(1500);
    expect(s.host.notifier.shown).toHaveLength(3);

    // A restart the same day after the chosen time: the start-up notification only.
    await s.page.reload();
    await s.page.getByTestId('book-search').waitFor();
    await expect.poll(() => s.host.notifier.shown.length, { timeout: 15_000 }).toBe(4);
    await s.page.clock.fastForward('02:00');
    await s.page.waitForTimeout(1500);
    expect(s.host.notifier.shown).toHaveLength(4);
    expect(s.errors).toEqual([]);
  });
});

describe('Paramètres → Calendrier: the notification time', () => {
  const field = () => s.page.getByLabel('Heure de la notification');

  it('refuses a time outside the day with a French message, saves a valid one, and switches the daily one off', async () => {
    await s.page.goto(`${s.host.url}#/parametres?tab=calendar`);
    await s.page.getByTestId('notification-settings').waitFor();
    expect(await field().inputValue()).toBe('08:30');
    expect(await s.page.getByRole('switch', { name: 'Notification quotidienne à heure fixe' }).isChecked()).toBe(true);

    await field().fill('25:00');
    await field().press('Enter');
    await s.page.getByText('L’heure va de 00:00 à 23:59.').waitFor();
    await field().fill('midi');
    await field().press('Tab');
    await s.page.getByText('Écrivez l’heure sous la forme HH:MM, par exemple 08:30.').waitFor();
    await field().fill('7h45');
    await field().press('Enter');
    await s.page.getByText('Notification quotidienne à 07:45.').waitFor();
    expect(await field().inputValue()).toBe('07:45');
    await s.page.waitForTimeout(400);
    await s.shot('settings-notifications');

    await s.page.getByRole('switch', { name: 'Notification quotidienne à heure fixe' }).click({ force: true });
    await s.page.getByText('Notification seulement au démarrage de Relance.').waitFor();
    expect(await field().isDisabled()).toBe(true);

    await s.page.reload();
    await s.page.getByTestId('notification-settings').waitFor();
    expect(await s.page.getByRole('switch', { name: 'Notification quotidienne à heure fixe' }).isChecked()).toBe(false);
    await s.page.getByRole('switch', { name: 'Notification quotidienne à heure fixe' }).click({ force: true });
    await s.page.getByText('Notification quotidienne à 08:30.').waitFor();
    expect(s.errors).toEqual([]);
  });
});

describe('a planning that fails', () => {
  it('is said in red at start-up, and the app stays usable', async () => {
    // A closing over years (written straight into the data: the form refuses it) leaves no business day.
    await seed(s.page, {
      settings: [
        { key: 'calendar', value: { zone: 'metropole', closings: [{ from: '2026-01-01', to: '2029-12-31' }], notifyAt: '08:30' }, updatedAt: stamp },
      ],
    });
    const shown = s.host.notifier.shown.length;
    await openBook();
    await s.page.reload();
    await s.page
      .getByText(
        'Les relances du jour n’ont pas pu être planifiées : aucun jour ouvré trouvé, les fermetures couvrent tous les jours. Vérifiez les fermetures dans Paramètres → Calendrier.',
      )
      .waitFor();
    await s.page.waitForTimeout(400);
    await s.shot('planning-failed');
    expect(s.errors.some((line) => line.includes('daily planning failed'))).toBe(true);
    await s.page.getByRole('link', { name: 'Clients' }).click();
    await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    expect(s.errors.filter((line) => line.startsWith('pageerror'))).toEqual([]);
    // No desktop notification with a count that may be wrong.
    expect(s.host.notifier.shown).toHaveLength(shown);
  });
});
