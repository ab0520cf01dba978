/**
 * "Dates du client" on the customer page, in Chromium against the real planning: a customer
 * closed in August that pays on the 10th gets its reminder after the closure, as of Tuesday
 * 4 August 2026 (invoice due Friday 31 July, reminder J+3 Monday 3 August).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Task } from '../../renderer/src/domain/model';
import { openApp, type Session } from './harness';
import { readStore, seed } from './seed';

let s: Session;
const stamp = '2026-01-01T00:00:00.000Z';

beforeAll(async () => {
  s = await openApp();
  await s.page.clock.install({ time: new Date('2026-08-04T09:00:00') });
  await s.page.goto(`${s.host.url}#/clients`);
  await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await seed(s.page, {
    customers: [{ id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp }],
    invoices: [
      {
        id: 'd1', customerId: 'dupont', number: 'FA-2026-101', issueDate: '2026-07-01', dueDate: '2026-07-31', amountCents: 240000,
        sourceOpenCents: 240000, openCents: 240000, hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
      },
    ],
    settings: [{ key: 'calendar', value: { zone: 'metropole', closings: [] }, updatedAt: stamp }],
  });
  await s.page.reload();
});
afterAll(async () => {
  await s?.close();
});

const reminderDate = async () =>
  (await readStore<Task>(s.page, 'tasks')).find((t) => t.status === 'planned' && t.stepId === 'reminder')?.date;

describe('customer dates', () => {
  it('closes the customer in August, pays it on the 10th, and the reminder follows', async () => {
    await s.page.goto(`${s.host.url}#/clients/dupont`);
    const card = s.page.getByTestId('customer-dates');
    await card.waitFor();
    // The startup run planned the reminder of Monday 3 August, late.
    await expect.poll(reminderDate, { timeout: 15_000 }).toBe('2026-08-03');

    await card.getByLabel('Fermé du').fill('2026-08-01');
    await card.getByLabel('au', { exact: true }).fill('2026-08-31');
    await card.getByRole('button', { name: 'Ajouter la fermeture' }).click();
    await card.getByText('Fermé du 01/08/2026 au 31/08/2026').waitFor();
    await expect.poll(reminderDate).toBe('2026-09-01');

    const days = card.getByLabel(/Paie le/);
    await days.fill('10, 40');
    await days.press('Enter');
    await card.getByText(/«\u00a040\u00a0» n’est pas un jour du mois/).waitFor();
    await days.fill('10');
    await days.press('Enter');
    await expect.poll(async () => (await readStore<Customer>(s.page, 'customers'))[0]?.paymentDays).toEqual([10]);
    // The 10 August payment is postponed by the closure: still Tuesday 1 September.
    await expect.poll(reminderDate).toBe('2026-09-01');
    await s.page.waitForTimeout(400);
    await s.shot('customer-dates');
    expect(s.errors).toEqual([]);
  });
});
