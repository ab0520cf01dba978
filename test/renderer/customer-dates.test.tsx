import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { database, RelanceDatabase } from '../../renderer/src/db/database';
import { completeTask, moveTask, runPlanning } from '../../renderer/src/db/schedule';
import type { Customer, Invoice, Task } from '../../renderer/src/db/schema';
import { taskKey } from '../../renderer/src/domain/schedule/tasks';
import { CustomersRoutes } from '../../renderer/src/features/customers/CustomersRoutes';
import { parsePaymentDays } from '../../renderer/src/features/customers/CustomerDatesCard';
import { setCustomerDates } from '../../renderer/src/features/customers/mutations';
import { renderInApp } from './render';
import { freshDatabases } from './fresh-database';

const fresh = freshDatabases('relance-customer-dates');

const STAMP = '2026-01-01T00:00:00.000Z';
const customer = (id: string, extra: Partial<Customer> = {}): Customer => ({
  id, reference: `411${id.toUpperCase()}`, name: `Client ${id}`, kind: 'business', contacts: [], createdAt: STAMP, updatedAt: STAMP, ...extra,
});
const invoice = (id: string, customerId: string, dueDate: string): Invoice => ({
  id, customerId, number: id, issueDate: '2026-01-01', dueDate, amountCents: 100_000, sourceOpenCents: 100_000, openCents: 100_000,
  hold: null, source: 'import', createdAt: STAMP, updatedAt: STAMP,
});
const planned = async (db: RelanceDatabase, customerId: string) =>
  (await db.tasks.where('customerId').equals(customerId).toArray())
    .filter((t: Task) => t.status === 'planned')
    .map((t: Task) => `${t.stepId} ${t.date}`);

describe('planning with the customer’s own dates', () => {
  /**
   * As of Tuesday 4 August 2026. Both invoices are due Friday 31 July, so the courtesy e-mail is
   * passed over and the reminder (J+3) falls on Monday 3 August. The customer closed the whole of
   * August (1-31, the 31st a Monday) gets it on Tuesday 1 September.
   */
  async function august(db: RelanceDatabase) {
    await db.customers.bulkAdd([customer('open'), customer('aout', { closedPeriods: [{ from: '2026-08-01', to: '2026-08-31', label: 'Congés' }] })]);
    await db.invoices.bulkAdd([invoice('F1', 'open', '2026-07-31'), invoice('F2', 'aout', '2026-07-31')]);
    await runPlanning(db, '2026-08-04');
  }

  it('moves the August action of a customer closed in August to the first business day after the closure', async () => {
    const db = await fresh();
    await august(db);
    expect(await planned(db, 'open')).toEqual(['reminder 2026-08-03']);
    expect(await planned(db, 'aout')).toEqual(['reminder 2026-09-01']);
    expect((await db.tasks.get(taskKey('aout', 'reminder', 'F2')))!.originalDate).toBe('2026-08-03');
  });

  it('refuses to move a task into the customer’s closure and proposes its next business day', async () => {
    const db = await fresh();
    await august(db);
    const closedId = taskKey('aout', 'reminder', 'F2');
    expect(await moveTask(db, closedId, '2026-08-12')).toEqual({ ok: false, nextBusinessDay: '2026-09-01' });
    expect((await db.tasks.get(closedId))!.date).toBe('2026-09-01');
    // The same day is fine for the customer that is open; after the closure, fine for this one too.
    expect(await moveTask(db, taskKey('open', 'reminder', 'F1'), '2026-08-12')).toMatchObject({ ok: true, task: { date: '2026-08-12' } });
    expect(await moveTask(db, closedId, '2026-09-02')).toMatchObject({ ok: true, task: { date: '2026-09-02', movedByUser: true } });
  });

  it('plans the e-mail reminder of a customer paying on the 10th on the 10th, its call on any business day', async () => {
    const db = await fresh();
    // Due Monday 2 March 2026, as of Tuesday 3 March: the reminder's day, Thursday 5 March,
    // waits for the 10th (a Tuesday).
    await db.customers.bulkAdd([customer('dix', { paymentDays: [10] })]);
    await db.invoices.bulkAdd([invoice('F1', 'dix', '2026-03-02')]);
    await runPlanning(db, '2026-03-03');
    expect(await planned(db, 'dix')).toEqual(['reminder 2026-03-10']);
    // The call (J+10, Thursday 12 March) keeps its 7 days after the reminder of the 10th:
    // Tuesday 17 March, not a payment day, and not waiting for 10 April.
    await completeTask(db, taskKey('dix', 'reminder', 'F1'), '2026-03-10T09:00:00.000Z');
    await runPlanning(db, '2026-03-10');
    expect(await planned(db, 'dix')).toEqual(['call 2026-03-17']);
  });

  it('plans the reminder on the next business day when the 10th is a weekend', async () => {
    const db = await fresh();
    // Due Thursday 30 April 2026: J+3 is Sunday 3 May; the 10th of May is a Sunday too → Monday 11 May.
    await db.customers.bulkAdd([customer('dix', { paymentDays: [10] })]);
    await db.invoices.bulkAdd([invoice('F1', 'dix', '2026-04-30')]);
    await runPlanning(db, '2026-05-01');
    expect(await planned(db, 'dix')).toEqual(['reminder 2026-05-11']);
  });
});

describe('setCustomerDates', () => {
  it('saves the periods sorted and the days without repeats, refuses a wrong one, removes empty lists', async () => {
    const db = await fresh();
    await db.customers.add(customer('c1'));
    const saved = await setCustomerDates(
      db,
      'c1',
      { closedPeriods: [{ from: '2026-12-24', to: '2027-01-02' }, { from: '2026-08-01', to: '2026-08-31' }], paymentDays: [25, 10, 10] },
      '2026-03-01T00:00:00.000Z',
    );
    expect(saved.ok).toBe(true);
    expect(await db.customers.get('c1')).toMatchObject({
      closedPeriods: [{ from: '2026-08-01', to: '2026-08-31' }, { from: '2026-12-24', to: '2027-01-02' }],
      paymentDays: [10, 25],
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(await setCustomerDates(db, 'c1', { closedPeriods: [{ from: '2026-09-10', to: '2026-09-01' }], paymentDays: [] }, 'x')).toEqual({
      ok: false,
      error: { field: 'closedPeriod', index: 0, errors: { to: { code: 'endBeforeStart' } } },
    });
    expect(await setCustomerDates(db, 'c1', { closedPeriods: [], paymentDays: [32] }, 'x')).toEqual({ ok: false, error: { field: 'paymentDays', value: 32 } });
    await setCustomerDates(db, 'c1', { closedPeriods: [], paymentDays: [] }, '2026-03-02T00:00:00.000Z');
    const cleared = (await db.customers.get('c1'))!;
    expect('closedPeriods' in cleared || 'paymentDays' in cleared).toBe(false);
  });

  it('reads payment days as typed', () => {
    expect(parsePaymentDays('10')).toEqual({ ok: true, value: [10] });
    expect(parsePaymentDays(' 25, 10 ; 10 et 5 ')).toEqual({ ok: true, value: [5, 10, 25] });
    expect(parsePaymentDays('')).toEqual({ ok: true, value: [] });
    expect(parsePaymentDays('10, 32')).toEqual({ ok: false, wrong: '32' });
    expect(parsePaymentDays('le 10')).toEqual({ ok: false, wrong: 'le' });
  });
});

describe('"Dates du client" card', () => {
  const db = () => database();
  beforeEach(async () => {
    await Promise.all([db().customers.clear(), db().invoices.clear(), db().tasks.clear(), db().settings.clear()]);
  });

  it('adds and removes a closure, saves payment days, explains mistakes in French', async () => {
    await db().customers.add(customer('c1', { name: 'Menuiserie Dupont' }));
    const user = userEvent.setup();
    renderInApp(
      <Routes>
        <Route path="/clients/*" element={<CustomersRoutes />} />
      </Routes>,
      { route: '/clients/c1' },
    );
    const card = await screen.findByTestId('customer-dates');
    expect(within(card).getByText('Aucune fermeture.')).toBeInTheDocument();

    // The end before the start: refused, nothing saved.
    fireEvent.change(within(card).getByLabelText('Fermé du'), { target: { value: '2026-08-31' } });
    fireEvent.change(within(card).getByLabelText('au'), { target: { value: '2026-08-01' } });
    await user.click(within(card).getByRole('button', { name: 'Ajouter la fermeture' }));
    expect(await within(card).findByText('La fin de la fermeture précède son début.')).toBeInTheDocument();
    expect((await db().customers.get('c1'))!.closedPeriods).toBeUndefined();

    fireEvent.change(within(card).getByLabelText('Fermé du'), { target: { value: '2026-08-01' } });
    fireEvent.change(within(card).getByLabelText('au'), { target: { value: '2026-08-31' } });
    await user.click(within(card).getByRole('button', { name: 'Ajouter la fermeture' }));
    expect(await within(card).findByText('Fermé du 01/08/2026 au 31/08/2026')).toBeInTheDocument();
    expect((await db().customers.get('c1'))!.closedPeriods).toEqual([{ from: '2026-08-01', to: '2026-08-31' }]);

    const days = within(card).getByLabelText(/Paie le/);
    await user.type(days, '10, 32{Enter}');
    expect(await within(card).findByText(/« 32 » n’est pas un jour du mois/)).toBeInTheDocument();
    expect((await db().customers.get('c1'))!.paymentDays).toBeUndefined();
    await user.clear(days);
    await user.type(days, '25 10{Enter}');
    await waitFor(async () => expect((await db().customers.get('c1'))!.paymentDays).toEqual([10, 25]));
    expect(days).toHaveValue('10, 25');

    await user.click(within(card).getByRole('button', { name: 'Supprimer la fermeture du 01/08/2026 au 31/08/2026' }));
    expect(await within(card).findByText('Aucune fermeture.')).toBeInTheDocument();
    expect(await db().customers.get('c1')).toMatchObject({ paymentDays: [10, 25] });
    expect((await db().customers.get('c1'))!.closedPeriods).toBeUndefined();
  });
});

describe('a closed period stored with a broken date', () => {
  it('is left out of the planning instead of stopping it for every customer', async () => {
    const db = await fresh();
    await db.customers.put(customer('broken', { closedPeriods: [{ from: '2026-02-30', to: '2026-03-10' }] }));
    await db.invoices.put(invoice('bx', 'broken', '2026-03-02'));
    await expect(runPlanning(db, '2026-03-04')).resolves.toBeDefined();
    // J+3 of Monday 2 March: Thursday 5 March, on the company calendar.
    expect(await planned(db, 'broken')).toEqual(['reminder 2026-03-05']);
  });
});
