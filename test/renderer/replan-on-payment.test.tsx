/**
 * With the app open, money coming in re-plans at once: a payment recorded on a customer's late
 * invoices makes its action leave the calendar, and the check of the instalment it pays leaves too,
 * without waiting for the next day or a restart.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Layout } from '../../renderer/src/app/Layout';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import type { Customer, Invoice, PaymentPlan } from '../../renderer/src/domain/model';
import { recordPayment } from '../../renderer/src/features/invoices/mutations';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

const db = () => database();
const stamp = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-03-10';
const customer = (id: string): Customer => ({
  id, reference: id, name: `Client ${id}`, kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp,
});
const invoice = (id: string, customerId: string, dueDate: string, cents: number): Invoice => ({
  id, customerId, number: id, issueDate: '2026-01-05', dueDate, amountCents: cents, sourceOpenCents: cents, openCents: cents,
  hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const plan: PaymentPlan = {
  id: 'plan', customerId: 'planned', invoiceIds: ['P1'], status: 'active', createdAt: '2026-03-01T09:00:00.000Z',
  instalments: [
    { id: 'i1', dueDate: '2026-03-16', amountCents: 50_000, paidCents: 0 },
    { id: 'i2', dueDate: '2026-04-16', amountCents: 50_000, paidCents: 0 },
  ],
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T09:00:00`));
  await Promise.all([db().customers, db().invoices, db().payments, db().plans, db().tasks, db().interactions].map((t) => t.clear()));
  await db().customers.bulkAdd([customer('late'), customer('planned')]);
  await db().invoices.bulkAdd([invoice('L1', 'late', '2026-02-20', 120_000), invoice('P1', 'planned', '2026-02-01', 100_000)]);
  await db().plans.add(plan);
  setBridgeForTests(bridgeDouble().api);
});
afterEach(() => {
  setBridgeForTests(null);
  vi.useRealTimers();
});

const planned = async (customerId: string) => (await db().tasks.where('customerId').equals(customerId).toArray()).filter((t) => t.status === 'planned');

describe('money coming in while the app is open', () => {
  it('takes the paid customer’s action and the paid instalment’s check off the calendar at once', async () => {
    renderInApp(<Layout>content</Layout>);
    await screen.findByText('content');
    // Start-up planning: an action for the late customer, a check per instalment for the other.
    await waitFor(async () => expect((await planned('late')).length).toBe(1), { timeout: 5000 });
    await waitFor(async () => expect((await planned('planned')).map((t) => t.key).sort()).toEqual(['instalment:plan:i1', 'instalment:plan:i2']));

    await recordPayment(db(), { invoiceIds: ['L1'], amountCents: 120_000, date: TODAY, now: `${TODAY}T09:05:00.000Z` });
    await waitFor(async () => expect(await planned('late')).toEqual([]), { timeout: 5000 });

    await recordPayment(db(), { invoiceIds: ['P1'], amountCents: 50_000, date: TODAY, now: `${TODAY}T09:06:00.000Z` });
    await waitFor(async () => expect((await planned('planned')).map((t) => t.key)).toEqual(['instalment:plan:i2']), { timeout: 5000 });
    expect((await db().plans.get('plan'))?.instalments.map((i) => i.paidCents)).toEqual([50_000, 0]);
  });
});
