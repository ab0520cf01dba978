import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import { addDays, formatDate, todayIso } from '../../renderer/src/domain/dates';
import type { Customer, Invoice, Payment, PaymentPlan, PaymentPromise } from '../../renderer/src/domain/model';
import { CustomersRoutes } from '../../renderer/src/features/customers/CustomersRoutes';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

const db = () => database();
const stamp = '2025-01-01T00:00:00.000Z';
const T = todayIso(new Date());
const day = (n: number) => addDays(T, n);
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

const customer: Customer = {
  id: 'c1', reference: '411DUP', name: 'Menuiserie Dupont', kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp,
};
const invoice = (id: string, number: string, amount: number, open: number, dueDate: string): Invoice => ({
  id, customerId: 'c1', number, issueDate: addDays(dueDate, -30), dueDate, amountCents: amount, sourceOpenCents: open, openCents: open,
  hold: null, source: 'manual', createdAt: stamp, updatedAt: stamp,
});
const instalment = (id: string, dueDate: string, amountCents: number, paidCents = 0) => ({ id, dueDate, amountCents, paidCents });
const plan = (extra: Partial<PaymentPlan> & Pick<PaymentPlan, 'id' | 'status' | 'createdAt' | 'instalments'>): PaymentPlan => ({
  customerId: 'c1', invoiceIds: ['i1'], frequency: 'monthly', ...extra,
});
const promise = (id: string, status: PaymentPromise['status'], promisedDate: string, extra: Partial<PaymentPromise> = {}): PaymentPromise => ({
  id, customerId: 'c1', invoiceIds: ['i1'], promisedDate, amountCents: 50_000, status, madeOn: day(-40), ...extra,
});

// Broken: the first instalment paid (by p1), the second missed 15 days ago, the third to come.
const broken = plan({
  id: 'plan-broken', status: 'broken', createdAt: `${day(-60)}T10:00:00.000Z`, brokenOn: day(-14),
  instalments: [instalment('a1', day(-45), 100_000), instalment('a2', day(-15), 100_000), instalment('a3', day(15), 100_000)],
});
const completed = plan({
  id: 'plan-done', status: 'completed', createdAt: `${day(-300)}T10:00:00.000Z`,
  instalments: [instalment('b1', day(-280), 20_000, 20_000), instalment('b2', day(-250), 20_000, 20_000)],
});
const replaced = plan({
  id: 'plan-old', status: 'renegotiated', createdAt: `${day(-120)}T10:00:00.000Z`, replacedByPlanId: 'plan-new',
  instalments: [instalment('c1', day(-100), 60_000, 60_000), instalment('c2', day(-70), 60_000, 10_000)],
});
const renewed = plan({
  id: 'plan-new', status: 'active', createdAt: `${day(-30)}T10:00:00.000Z`, previousPlanId: 'plan-old', invoiceIds: ['i2'],
  instalments: [instalment('d1', day(10), 25_000), instalment('d2', day(40), 25_000)],
  history: [{ planId: 'plan-old', createdAt: `${day(-120)}T10:00:00.000Z`, renegotiatedOn: day(-30), totalCents: 120_000, paidCents: 70_000 }],
});
const payment: Payment = {
  id: 'p1', customerId: 'c1', kind: 'payment', source: 'manual', date: day(-44), amountCents: 100_000,
  allocations: [{ invoiceId: 'i1', cents: 100_000, pendingCents: 0 }], unallocatedCents: 0, createdAt: stamp,
};

function renderPage() {
  return renderInApp(
    <Routes>
      <Route path="/clients/*" element={<CustomersRoutes />} />
    </Routes>,
    { route: '/clients/c1' },
  );
}

beforeEach(async () => {
  const d = db();
  await Promise.all([d.customers, d.invoices, d.payments, d.interactions, d.plans, d.promises, d.tasks].map((table) => table.clear()));
  await d.customers.add(customer);
  await d.invoices.bulkAdd([invoice('i1', 'FA-101', 400_000, 300_000, day(-80)), invoice('i2', 'FA-102', 207_080, 207_080, day(-50))]);
  setBridgeForTests(bridgeDouble().api);
});
afterEach(() => setBridgeForTests(null));

describe('Plans et promesses on the customer page', () => {
  it('shows each plan with its status and instalment states, and each promise with its status', async () => {
    await db().plans.bulkAdd([broken, completed, replaced, renewed]);
    await db().payments.add(payment);
    await db().promises.bulkAdd([
      promise('pr-open', 'open', day(5), { checkDate: day(6) }),
      promise('pr-kept', 'kept', day(-20), { resolvedOn: day(-19), paidCents: 50_000 }),
      promise('pr-broken', 'broken', day(-10), { resolvedOn: day(-9), paidCents: 20_000 }),
    ]);
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('tab', { name: 'Plans et promesses (7)' }));

    const cards = await screen.findAllByTestId('plan-card');
    // Newest first.
    expect(cards.map((c) => within(c).getByTestId('plan-status').textContent)).toEqual(['En cours', 'Rompu', 'Renégocié', 'Soldé']);
    const [current, brokenCard, oldCard, doneCard] = cards as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];

    const states = (card: HTMLElement) => within(card).getAllByTestId('plan-card-instalment').map((row) => row.lastElementChild?.textContent);
    expect(states(brokenCard)).toEqual(['Payée', 'Manquée', 'À venir']);
    expect(plain(within(brokenCard).getByTestId('plan-figures').textContent)).toBe('Mensuel · 3 échéances · 3 000,00 € · payé 1 000,00 € · reste 2 000,00 €');
    expect(states(current)).toEqual(['À venir', 'À venir']);
    expect(states(doneCard)).toEqual(['Payée', 'Payée']);
    expect(states(oldCard)).toEqual(['Payée', 'Renégociée']);
    expect(within(oldCard).getByText(`Remplacé par l’échéancier du ${formatDate(day(-30))}.`)).toBeInTheDocument();

    // Print and renegotiate only where the plan is still followed.
    expect(within(current).getByRole('button', { name: 'Imprimer l’accord' })).toBeInTheDocument();
    expect(within(brokenCard).getByRole('button', { name: 'Renégocier' })).toBeInTheDocument();
    expect(within(doneCard).queryByRole('button', { name: 'Renégocier' })).toBeNull();
    expect(within(oldCard).queryByRole('button', { name: 'Imprimer l’accord' })).toBeNull();

    // The plan that replaced another says so.
    expect(plain(within(current).getByTestId('plan-history-entry').textContent)).toBe(
      `Échéancier du ${formatDate(day(-120))} : 1 200,00 €, dont 700,00 € payés, renégocié le ${formatDate(day(-30))}`,
    );

    const promises = screen.getAllByTestId('promise');
    expect(promises.map((p) => within(p).getByTestId('promise-status').textContent)).toEqual([
      `En attente jusqu’au ${formatDate(day(6))}`,
      'Non tenue',
      'Tenue',
    ]);
    // A broken promise says what came in by its check date.
    expect(plain(promises[1]!.textContent)).toContain('200,00 € reçus');
  });

  it('says when there is nothing yet', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('tab', { name: 'Plans et promesses (0)' }));
    expect(await screen.findByTestId('plans-empty')).toHaveTextContent('Aucun échéancier pour ce client.');
    expect(screen.getByTestId('promises-empty')).toHaveTextContent('Aucune promesse de paiement enregistrée');
  });

  it('proposes a plan from the page: saved with its line in the history and its checks in the calendar, then offers the agreement', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByTestId('propose-plan'));
    const modal = await screen.findByRole('dialog');
    // 3 000,00 + 2 070,80 = 5 070,80 € in 3.
    await waitFor(() => expect(plain(within(modal).getByTestId('plan-sentence').textContent)).toContain('La première échéance de 1 690,26 €, les 2 dernières de 1 690,27 €'));
    await user.click(within(modal).getByRole('button', { name: 'Enregistrer l’échéancier' }));

    const saved = await within(modal).findByTestId('plan-saved');
    expect(saved).toHaveTextContent('3 contrôles d’échéance ont été ajoutés au calendrier');
    const [stored] = await db().plans.toArray();
    expect(stored?.status).toBe('active');
    expect(stored?.instalments.map((i) => i.amountCents)).toEqual([169_026, 169_027, 169_027]);
    expect(stored?.invoiceIds.sort()).toEqual(['i1', 'i2']);
    const line = await db().interactions.get(stored!.interactionId!);
    expect(plain(line?.summary)).toMatch(/^Échéancier convenu : 5 070,80 € en 3 échéances mensuelles/);
    const checks = (await db().tasks.toArray()).filter((task) => task.action === 'instalment-check' && task.status === 'planned');
    expect(checks.map((task) => task.instalmentId).sort()).toEqual(stored!.instalments.map((i) => i.id).sort());
    expect(within(saved).getByRole('button', { name: 'Imprimer l’accord' })).toBeInTheDocument();
  });

  it('renegotiates a broken plan for what it leaves unpaid, and keeps the earlier plan in the history', async () => {
    await db().plans.add(broken);
    await db().payments.add(payment);
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('tab', { name: 'Plans et promesses (1)' }));
    await user.click(await screen.findByRole('button', { name: 'Renégocier' }));
    const modal = await screen.findByRole('dialog');
    expect(plain((await within(modal).findByTestId('renegotiate-remaining')).textContent)).toBe('Reste à échelonner : 2 000,00 €');
    // As many instalments as were left unpaid, by default.
    expect(within(modal).getByTestId('plan-count')).toHaveValue('2');
    await waitFor(() => expect(plain(within(modal).getByTestId('plan-sentence').textContent)).toContain('2 000,00 € en 2 échéances mensuelles'));
    await user.click(within(modal).getByRole('button', { name: 'Enregistrer l’échéancier' }));
    await within(modal).findByTestId('plan-saved');

    const old = await db().plans.get('plan-broken');
    expect(old?.status).toBe('renegotiated');
    const next = await db().plans.get(old!.replacedByPlanId!);
    expect(next?.status).toBe('active');
    expect(next?.instalments.map((i) => i.amountCents)).toEqual([100_000, 100_000]);
    expect(next?.history).toEqual([expect.objectContaining({ planId: 'plan-broken', totalCents: 300_000, paidCents: 100_000, renegotiatedOn: T })]);

    await user.click(within(modal).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.getAllByTestId('plan-card').map((c) => within(c).getByTestId('plan-status').textContent)).toEqual(['En cours', 'Renégocié']));
    expect(plain(screen.getAllByTestId('plan-history-entry')[0]!.textContent)).toContain('3 000,00 €, dont 1 000,00 € payés');
  });

  it('leaves out of a new plan the invoices a plan already follows, and says why', async () => {
    await db().plans.add(renewed); // follows FA-102
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByTestId('propose-plan'));
    const modal = await screen.findByRole('dialog');
    expect(await within(modal).findByTestId('plan-covered')).toHaveTextContent(
      'La facture FA-102 est déjà dans un échéancier en cours : pour en changer les conditions, utilisez « Renégocier »',
    );
    await waitFor(() => expect(within(modal).getAllByTestId('plan-invoice').map((row) => row.dataset.number)).toEqual(['FA-101']));
  });
});
