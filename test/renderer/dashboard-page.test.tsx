/**
 * The dashboard against a seeded in-memory IndexedDB: the alerts of a broken promise and of a
 * broken plan ("Vu" removes one, "Annuler" brings it back), the promises to check, today's and the
 * missed actions, the figures, and the welcome of a new user. Today is Monday 30/11/2026.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import type { Customer, Invoice, PaymentPlan, PaymentPromise, Task } from '../../renderer/src/domain/model';
import { formatEuros } from '../../renderer/src/domain/money';
import { DashboardPage } from '../../renderer/src/features/dashboard/DashboardPage';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

const db = () => database();
/** An amount as the page shows it, spaces as toHaveTextContent normalises them. */
const euros = (cents: number) => formatEuros(cents).replace(/\s/g, ' ');
const stamp = '2026-01-01T00:00:00.000Z';

const customer = (id: string, name: string, extra: Partial<Customer> = {}): Customer => ({
  id, reference: `411${id.toUpperCase()}`, name, kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp, ...extra,
});
const invoice = (id: string, customerId: string, dueDate: string, openCents: number, amountCents = openCents): Invoice => ({
  id, customerId, number: `FA-${id}`, issueDate: '2026-01-05', dueDate, amountCents, sourceOpenCents: openCents, openCents, hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const task = (id: string, customerId: string, date: string, extra: Partial<Task> = {}): Task => ({
  id, key: `k-${id}`, customerId, action: 'call', date, originalDate: date, status: 'planned', invoiceIds: [], ...extra,
});

const dupont = customer('dupont', 'Menuiserie Dupont', { blocked: { since: '2026-11-02', reason: 'Impayés répétés' } });
const martin = customer('martin', 'Boulangerie Martin');
const lyon = customer('lyon', 'Garage de Lyon');

const brokenPromise: PaymentPromise = {
  id: 'promise-broken', customerId: 'dupont', invoiceIds: ['d1'], promisedDate: '2026-11-20', amountCents: 120_000, status: 'broken',
  madeOn: '2026-11-10', checkDate: '2026-11-23', resolvedOn: '2026-11-23', paidCents: 0,
};
const seenPromise: PaymentPromise = { ...brokenPromise, id: 'promise-seen', flagClearedAt: '2026-11-24T09:00:00.000Z' };
const openPromise: PaymentPromise = {
  id: 'promise-open', customerId: 'lyon', invoiceIds: ['l1'], promisedDate: '2026-12-02', amountCents: 35_000, status: 'open', madeOn: '2026-11-27', checkDate: '2026-12-03',
};
const brokenPlan: PaymentPlan = {
  id: 'plan-broken', customerId: 'martin', invoiceIds: ['m1'], createdAt: '2026-09-15T10:00:00.000Z', status: 'broken', brokenOn: '2026-11-11',
  instalments: [
    { id: 'e1', dueDate: '2026-10-10', amountCents: 40_000, paidCents: 40_000, paidOn: '2026-10-09' },
    { id: 'e2', dueDate: '2026-11-10', amountCents: 40_000, paidCents: 0 },
    { id: 'e3', dueDate: '2026-12-10', amountCents: 40_000, paidCents: 0 },
  ],
};

let bridge: ReturnType<typeof bridgeDouble>;

function renderDashboard() {
  return renderInApp(
    <Routes>
      <Route path="/" element={<DashboardPage />} />
      <Route path="/appel/:customerId" element={<p>écran d’appel</p>} />
    </Routes>,
  );
}

async function seedBook() {
  await db().customers.bulkAdd([dupont, martin, lyon]);
  await db().invoices.bulkAdd([
    invoice('d1', 'dupont', '2026-10-15', 120_000), // 46 days late
    invoice('d2', 'dupont', '2026-12-15', 10_000), // not due
    invoice('m1', 'martin', '2026-08-01', 80_000, 120_000), // 121 days late
    invoice('l1', 'lyon', '2026-11-20', 35_000), // 10 days late
    invoice('l2', 'lyon', '2026-01-31', 0, 50_000), // paid
  ]);
  await db().promises.bulkAdd([brokenPromise, seenPromise, openPromise]);
  await db().plans.add(brokenPlan);
  await db().tasks.bulkAdd([
    task('t-missed', 'lyon', '2026-11-26', { action: 'letter-1' }),
    task('t-today', 'dupont', '2026-11-30', { action: 'promise-check', label: 'Promesse non tenue : 1 200,00 € promis pour le 20/11/2026' }),
    task('t-done', 'martin', '2026-11-30', { status: 'done' }),
    task('t-later', 'martin', '2026-12-04'),
  ]);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-30T10:00:00'));
  await Promise.all(['customers', 'invoices', 'promises', 'plans', 'tasks', 'payments', 'interactions'].map((name) => db().table(name).clear()));
  bridge = bridgeDouble();
  setBridgeForTests(bridge.api);
});
afterEach(() => {
  setBridgeForTests(null);
  vi.useRealTimers();
});

describe('dashboard', () => {
  it('welcomes a new user and points to the import', async () => {
    renderDashboard();
    expect(screen.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeInTheDocument();
    const welcome = await screen.findByTestId('dashboard-empty');
    expect(welcome).toHaveTextContent('Commencez par importer votre export comptable (FEC ou CSV)');
    expect(within(welcome).getByRole('link', { name: 'Importer un fichier' })).toHaveAttribute('href', '/import');
    expect(screen.queryByTestId('dashboard-alerts')).toBeNull();
  });

  it('shows the broken promise and the broken plan to deal with, not the one already seen', async () => {
    await seedBook();
    renderDashboard();
    const alerts = await screen.findAllByTestId('dashboard-alert');
    // Oldest first: the plan broke on 11/11, the promise on 23/11.
    expect(alerts.map((a) => a.dataset.id)).toEqual(['plan-broken', 'promise-broken']);
    const [plan, promise] = alerts as [HTMLElement, HTMLElement];

    expect(within(plan).getByTestId('alert-title')).toHaveTextContent('Échéancier rompu');
    expect(within(plan).getByRole('link', { name: 'Boulangerie Martin' })).toHaveAttribute('href', '/clients/martin');
    expect(within(plan).getByTestId('alert-detail')).toHaveTextContent(
      `Échéance 2/3 de ${euros(40_000)} du 10/11/2026 non payée (${euros(40_000)} manquants).`,
    );
    expect(within(plan).getByTestId('alert-since')).toHaveTextContent('Depuis le 11/11/2026 (19 jours). L’échéancier ne suspend plus les relances : le scénario de relance a repris.');

    expect(within(promise).getByTestId('alert-title')).toHaveTextContent('Promesse non tenue');
    expect(within(promise).getByTestId('alert-detail')).toHaveTextContent(`${euros(120_000)} promis pour le 20/11/2026 : aucun paiement reçu.`);
    expect(within(promise).getByTestId('alert-since')).toHaveTextContent('Depuis le 23/11/2026 (7 jours). La promesse n’est plus attendue : le scénario de relance a repris.');
    // Dupont is blocked: the red flag is next to its name.
    expect(within(promise).getByTestId('blocked-badge')).toHaveTextContent('Bloqué');
    expect(within(plan).queryByTestId('blocked-badge')).toBeNull();
    expect(within(promise).getByRole('link', { name: 'Appeler Menuiserie Dupont' })).toHaveAttribute('href', '/appel/dupont');
    expect(screen.getByTestId('alert-count')).toHaveTextContent('2');
  });

  it('"Vu" removes the alert and keeps it dismissed; "Annuler" brings it back', async () => {
    await seedBook();
    const user = userEvent.setup();
    renderDashboard();
    await screen.findAllByTestId('dashboard-alert');
    await user.click(screen.getByRole('button', { name: 'Vu : retirer l’alerte « Promesse non tenue » de Menuiserie Dupont' }));

    await waitFor(() => expect(screen.getAllByTestId('dashboard-alert').map((a) => a.dataset.id)).toEqual(['plan-broken']));
    const stored = await db().promises.get('promise-broken');
    expect(stored?.flagClearedAt).toBe(new Date('2026-11-30T10:00:00').toISOString());
    expect(stored?.status).toBe('broken');
    expect(await screen.findByTestId('seen-notice')).toHaveTextContent(
      'Alerte « Promesse non tenue » de Menuiserie Dupont retirée. Elle reste dans l’historique du client.',
    );

    await user.click(screen.getByTestId('seen-undo'));
    await waitFor(() => expect(screen.getAllByTestId('dashboard-alert').map((a) => a.dataset.id)).toEqual(['plan-broken', 'promise-broken']));
    expect(await db().promises.get('promise-broken')).not.toHaveProperty('flagClearedAt');

    // The plan's alert: once seen, nothing is left to deal with.
    await user.click(screen.getByRole('button', { name: 'Vu : retirer l’alerte « Échéancier rompu » de Boulangerie Martin' }));
    await user.click(screen.getByRole('button', { name: 'Vu : retirer l’alerte « Promesse non tenue » de Menuiserie Dupont' }));
    expect(await screen.findByTestId('alerts-none')).toHaveTextContent('Aucune promesse ni aucun échéancier non tenu : rien à traiter.');
    expect((await db().plans.get('plan-broken'))?.flagClearedAt).toBeDefined();
  });

  it('lists the promises to check this week, and the missed and today’s actions', async () => {
    await seedBook();
    renderDashboard();
    const promises = await screen.findByTestId('dashboard-promises');
    const due = await within(promises).findAllByTestId('promise-due');
    expect(due).toHaveLength(1);
    expect(due[0]).toHaveTextContent('Garage de Lyon');
    expect(due[0]).toHaveTextContent(`${euros(35_000)} promis pour le 02/12/2026`);
    expect(due[0]).toHaveTextContent('vérification le 03/12/2026');

    const actions = screen.getByTestId('dashboard-actions');
    const missed = within(actions).getByTestId('tasks-missed');
    expect(within(missed).getAllByTestId('dashboard-task')).toHaveLength(1);
    expect(missed).toHaveTextContent('Garage de Lyon');
    expect(missed).toHaveTextContent('Relance 1');
    expect(missed).toHaveTextContent('prévue le 26/11/2026');
    const todays = within(actions).getByTestId('tasks-today');
    expect(within(todays).getAllByTestId('dashboard-task')).toHaveLength(1);
    expect(todays).toHaveTextContent('Menuiserie Dupont');
    expect(todays).toHaveTextContent('Promesse non tenue : 1 200,00 € promis pour le 20/11/2026');
    expect(missed).toHaveTextContent('Relance 1');
    expect(within(todays).getByTestId('blocked-badge')).toBeInTheDocument();
    expect(within(actions).getByRole('link', { name: 'Ouvrir le calendrier' })).toHaveAttribute('href', '/calendrier');
  });

  it('shows the overdue total, the aged balance and the top debtors', async () => {
    await seedBook();
    renderDashboard();
    // Late: d1 1 200 € (46 days), m1 800 € (121 days), l1 350 € (10 days); not due: d2 100 €.
    expect(await screen.findByTestId('figure-overdue')).toHaveTextContent(euros(235_000));
    expect(screen.getByTestId('figure-open')).toHaveTextContent(euros(245_000));
    expect(screen.getByTestId('figure-debtors')).toHaveTextContent('3');
    expect(screen.getByText('3 factures échues')).toBeInTheDocument();
    const buckets = screen.getAllByTestId('aged-bucket');
    expect(buckets.map((b) => [b.dataset.bucket, within(b).getByTestId('aged-amount').textContent?.replace(/\s/g, ' ')])).toEqual([
      ['not-due', euros(10_000)],
      ['1-30', euros(35_000)],
      ['31-60', euros(120_000)],
      ['61-90', euros(0)],
      ['90+', euros(80_000)],
    ]);
    const top = screen.getAllByTestId('top-debtor');
    expect(top.map((row) => within(row).getByRole('link').textContent)).toEqual(['Menuiserie Dupont', 'Boulangerie Martin', 'Garage de Lyon']);
    expect(within(top[0]!).getByTestId('top-debtor-late')).toHaveTextContent(euros(120_000));
    expect(within(top[0]!).getByTestId('blocked-badge')).toBeInTheDocument();
    expect(within(top[1]!).getByRole('link')).toHaveAttribute('href', '/clients/martin');
    expect(top[1]).toHaveTextContent('1 facture en retard · la plus ancienne : 121 jours');
  });

  it('speaks English when the user chose it', async () => {
    await seedBook();
    renderInApp(<DashboardPage />, { language: 'en' });
    const alerts = await screen.findAllByTestId('dashboard-alert');
    expect(within(alerts[1]!).getByTestId('alert-detail')).toHaveTextContent('€1,200.00 promised for 20/11/2026: no payment received.');
    expect(within(alerts[0]!).getByTestId('alert-title')).toHaveTextContent('Payment plan broken');
    expect(await screen.findByText('3 overdue invoices')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Aged balance' })).toBeInTheDocument();
  });
});
