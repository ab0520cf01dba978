/**
 * Where a call starts: the Appel list (today's call tasks, Entrée opens one; any customer found by
 * name), the calendar's task drawer (a call task's "Appeler"; a promise's or an instalment's check,
 * what it checks) and the customer page's "Appeler".
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import type { Customer, Interaction, Invoice, PaymentPlan, PaymentPromise, Task } from '../../renderer/src/domain/model';
import { TaskDrawer } from '../../renderer/src/features/calendar/TaskDrawer';
import { CallRoutes } from '../../renderer/src/features/call/CallRoutes';
import { CustomerHeader } from '../../renderer/src/features/customers/CustomerHeader';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

const db = () => database();
const stamp = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-03-10';

const customer = (id: string, name: string, extra: Partial<Customer> = {}): Customer => ({
  id, reference: `411${id.toUpperCase()}`, name, kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp, ...extra,
});
const invoice = (id: string, customerId: string, dueDate: string, cents: number): Invoice => ({
  id, customerId, number: `FA-${id}`, issueDate: '2026-01-05', dueDate, amountCents: cents, sourceOpenCents: cents, openCents: cents,
  hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const task = (id: string, customerId: string, action: Task['action'], date: string, extra: Partial<Task> = {}): Task => ({
  id, key: `k:${id}`, customerId, action, date, originalDate: date, status: 'planned', invoiceIds: [], ...extra,
});
const noAnswer = (id: string, customerId: string, at: string): Interaction => ({
  id, customerId, at, channel: 'call', summary: '—', outcome: 'no-answer', invoiceIds: [], documentIds: [], corrections: [],
});

/** Shows where the app went. */
function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T09:00:00`));
  await Promise.all([db().customers, db().invoices, db().interactions, db().promises, db().plans, db().tasks].map((table) => table.clear()));
  setBridgeForTests(bridgeDouble().api);
});
afterEach(() => {
  setBridgeForTests(null);
  vi.useRealTimers();
});

describe('the Appel list', () => {
  beforeEach(async () => {
    await db().customers.bulkAdd([
      customer('dup', 'Menuiserie Dupont', { blocked: { since: '2026-02-01', reason: 'Impayés' } }),
      customer('gar', 'Garage Martin'),
      customer('bou', 'Boulangerie Petit'),
    ]);
    await db().invoices.bulkAdd([invoice('1', 'dup', '2026-02-05', 120_000), invoice('2', 'dup', '2026-02-25', 30_000), invoice('3', 'gar', '2026-03-01', 50_000)]);
    await db().tasks.bulkAdd([
      task('t1', 'dup', 'call', '2026-03-06'),
      task('t2', 'gar', 'call', TODAY),
      task('t3', 'gar', 'letter-1', TODAY),
      task('t4', 'bou', 'call', '2026-03-11'),
      task('t5', 'bou', 'call', '2026-03-02', { status: 'done' }),
    ]);
    await db().interactions.bulkAdd([noAnswer('a1', 'dup', '2026-03-04T10:00:00.000Z'), noAnswer('a2', 'dup', '2026-03-05T10:00:00.000Z')]);
  });

  const renderList = () =>
    renderInApp(
      <>
        <Routes>
          <Route path="/appel/*" element={<CallRoutes />} />
        </Routes>
        <Where />
      </>,
      { route: '/appel' },
    );

  it("lists today's and late calls only, oldest first, with what is owed, the days late and the attempts; Entrée opens the first", async () => {
    const user = userEvent.setup();
    renderList();
    expect(screen.getByRole('heading', { level: 1, name: 'Appel' })).toBeInTheDocument();
    const rows = await screen.findAllByTestId('call-list-row');
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\s/g, ' ')))).toEqual([
      ['Menuiserie DupontBloqué', '1 500,00 €', '33 jours', '2 sans réponse', 'en retard depuis le 06/03/2026', 'Appeler'],
      ['Garage Martin', '500,00 €', '9 jours', 'aucune', '10/03/2026', 'Appeler'],
    ]);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Appeler Menuiserie Dupont' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/appel/dup?tache=t1'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Appel : Menuiserie Dupont' })).toBeInTheDocument();
  });

  it('calls any customer found by name', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findAllByTestId('call-list-row');
    await user.click(screen.getByTestId('call-search'));
    await user.keyboard('boul');
    await user.click(await screen.findByRole('option', { name: 'Boulangerie Petit (411BOU)', hidden: true }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/appel/bou'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Appel : Boulangerie Petit' })).toBeInTheDocument();
  });
});

describe('the calendar drawer', () => {
  const renderDrawer = (taskId: string) =>
    renderInApp(
      <TaskDrawer
        taskId={taskId}
        today={TODAY}
        names={new Map([['dup', 'Menuiserie Dupont']])}
        language="fr"
        onClose={() => undefined}
        onMove={() => undefined}
        onDone={() => undefined}
        onSkip={() => undefined}
        onCompose={() => undefined}
      />,
    );

  beforeEach(async () => {
    await db().customers.add(customer('dup', 'Menuiserie Dupont', { blocked: { since: '2026-02-01', reason: 'Impayés' } }));
  });

  it("opens the call screen from a call task, for that task", async () => {
    await db().tasks.add(task('t1', 'dup', 'call', TODAY));
    renderDrawer('t1');
    const call = await screen.findByRole('link', { name: 'Appeler' });
    expect(call).toHaveAttribute('href', '/appel/dup?tache=t1');
    expect(await screen.findByTestId('blocked-badge')).toBeInTheDocument();
  });

  it("says what a promise's check checks, and offers to call the customer", async () => {
    const promise: PaymentPromise = {
      id: 'p1', customerId: 'dup', invoiceIds: [], promisedDate: '2026-03-20', amountCents: 120_000, status: 'open', madeOn: '2026-03-02', checkDate: '2026-03-23',
    };
    await db().promises.add(promise);
    await db().tasks.add(task('t2', 'dup', 'promise-check', '2026-03-23', { promiseId: 'p1', label: 'Vérifier le paiement : 1 200,00 € promis pour le 20/03/2026' }));
    renderDrawer('t2');
    const checks = await screen.findByTestId('task-checks');
    await waitFor(() => expect(checks).toHaveTextContent('Promesse faite le 02/03/2026, en cours.'));
    expect(checks).toHaveTextContent(/Vérifier le paiement : 1\s200,00\s€ promis pour le 20\/03\/2026/);
    expect(screen.getByRole('link', { name: 'Appeler' })).toHaveAttribute('href', '/appel/dup');
    expect(await screen.findByTestId('blocked-badge')).toBeInTheDocument();
  });

  it("says which instalment an instalment's check checks, and what was received", async () => {
    const plan: PaymentPlan = {
      id: 'pl1', customerId: 'dup', invoiceIds: [], status: 'active', createdAt: '2026-03-01',
      instalments: [
        { id: 'n1', dueDate: '2026-03-17', amountCents: 50_000, paidCents: 50_000 },
        { id: 'n2', dueDate: '2026-04-17', amountCents: 50_000, paidCents: 12_000 },
      ],
    };
    await db().plans.add(plan);
    await db().tasks.add(task('t3', 'dup', 'instalment-check', '2026-04-20', { planId: 'pl1', instalmentId: 'n2' }));
    renderDrawer('t3');
    await waitFor(() => expect(screen.getByTestId('task-checks')).toHaveTextContent(/Échéance 2\/2 : 120,00\s€ reçus sur 500,00\s€\./));
  });
});

describe('the customer page', () => {
  it('offers to call the customer', () => {
    renderInApp(<CustomerHeader customer={customer('dup', 'Menuiserie Dupont')} onAction={() => undefined} />);
    expect(screen.getByRole('link', { name: 'Appeler' })).toHaveAttribute('href', '/appel/dup');
  });
});
