/**
 * The call screen in jsdom against an in-memory IndexedDB: the facts at hand, the answers of the
 * call and what each one asks for (Alt+1 … Alt+9), and the refusals (past promise date, empty note
 * on a completed call, dispute without a reason, plan that does not add up), in French, with
 * nothing stored; then a promise saved whole with its check and the task done.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import type { Customer, Interaction, Invoice, Task } from '../../renderer/src/domain/model';
import { CallRoutes } from '../../renderer/src/features/call/CallRoutes';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

const db = () => database();
const stamp = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-03-10'; // a Tuesday

const customer: Customer = {
  id: 'c1', reference: '411DUP', name: 'Menuiserie Dupont', kind: 'business', blocked: { since: '2026-02-20', reason: 'Impayés répétés' },
  createdAt: stamp, updatedAt: stamp,
  contacts: [{ id: 'k1', name: 'Claire Durand', role: 'Comptable', phone: '01 45 67 89 01', email: 'claire@dupont.fr' }],
};
const invoice = (id: string, number: string, dueDate: string, cents: number): Invoice => ({
  id, customerId: 'c1', number, issueDate: '2026-01-05', dueDate, amountCents: cents, sourceOpenCents: cents, openCents: cents,
  hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const invoices = [invoice('i1', 'FA-101', '2026-02-05', 120_000), invoice('i2', 'FA-117', '2026-02-25', 96_050)];
const task: Task = {
  id: 't1', key: 'manual:t1', customerId: 'c1', action: 'call', date: TODAY, originalDate: TODAY, status: 'planned', invoiceIds: ['i1', 'i2'],
};
const unanswered = (id: string, at: string): Interaction => ({
  id, customerId: 'c1', at, channel: 'call', summary: 'Pas de réponse', outcome: 'no-answer', invoiceIds: [], documentIds: [], corrections: [],
});

let bridge: ReturnType<typeof bridgeDouble>;

function renderCall(route = '/appel/c1?tache=t1', language: 'fr' | 'en' = 'fr') {
  return renderInApp(
    <Routes>
      <Route path="/appel/*" element={<CallRoutes />} />
      <Route path="/clients/:id" element={<p>fiche client</p>} />
    </Routes>,
    { route, language },
  );
}

/** What the refused saves must leave untouched. */
async function stored() {
  return {
    interactions: await db().interactions.count(),
    promises: await db().promises.count(),
    plans: await db().plans.count(),
    tasks: JSON.stringify(await db().tasks.orderBy('id').toArray()),
    invoices: JSON.stringify(await db().invoices.orderBy('id').toArray()),
    customers: JSON.stringify(await db().customers.toArray()),
  };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T09:00:00`));
  await Promise.all(
    [db().customers, db().invoices, db().payments, db().interactions, db().promises, db().plans, db().tasks, db().settings].map((table) => table.clear()),
  );
  await db().customers.add(customer);
  await db().invoices.bulkAdd(invoices);
  await db().tasks.add(task);
  await db().interactions.bulkAdd([unanswered('a1', '2026-03-05T10:00:00.000Z'), unanswered('a2', '2026-03-06T10:00:00.000Z')]);
  bridge = bridgeDouble();
  setBridgeForTests(bridge.api);
});
afterEach(() => {
  setBridgeForTests(null);
  vi.useRealTimers();
});

const outcomeFields = () => screen.getByTestId('call-outcome-fields');

describe('the facts at hand', { timeout: 30_000 }, () => {
  it('shows the customer, blocked, its contact to dial, the open invoices with days late and penalties, and the unanswered attempts', async () => {
    const user = userEvent.setup();
    renderCall();
    expect(await screen.findByRole('heading', { level: 1, name: 'Appel : Menuiserie Dupont' })).toBeInTheDocument();
    expect(screen.getAllByTestId('blocked-badge').length).toBeGreaterThan(0);
    expect(screen.getByTestId('call-blocked')).toHaveTextContent('Compte bloqué depuis le 20/02/2026 : Impayés répétés.');
    expect(screen.getByTestId('call-task')).toHaveTextContent('Appel prévu le 10/03/2026');

    const rows = await screen.findAllByTestId('call-invoice');
    // Penalties once the rates are read: the 40 € indemnity and the interest (12,15 % a year in 2026).
    await waitFor(() => expect(within(rows[0]!).getAllByRole('cell')[3]!.textContent).not.toBe('…'));
    const cells = rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\s/g, ' ')));
    expect(cells).toEqual([
      ['FA-10105/02/2026', '33 j', '1 200,00 €', '53,18 €'], // 40 € + 1 200 € × 12,15 % × 33 / 365 = 13,18 €
      ['FA-11725/02/2026', '13 j', '960,50 €', '44,16 €'], // 40 € + 960,50 € × 12,15 % × 13 / 365 = 4,16 €
    ]);
    expect(screen.getByTestId('call-open-total')).toHaveTextContent(/2\s160,50\s€/);
    expect(screen.getByTestId('call-attempts')).toHaveTextContent('2 appels sans réponse d’affilée.');

    // Click-to-call: the system dials; the app does not navigate.
    const phone = screen.getByRole('link', { name: 'Appeler Claire Durand au 01 45 67 89 01' });
    expect(phone).toHaveAttribute('href', 'tel:0145678901');
    await user.click(phone);
    await waitFor(() => expect(bridge.calls.filter((c) => c.name === 'openExternal').map((c) => c.request)).toEqual([{ url: 'tel:0145678901' }]));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Appel : Menuiserie Dupont');
  });
});

describe('the answers of the call', { timeout: 30_000 }, () => {
  it('puts the keyboard on the answer, and each Alt+n shows what that answer needs', async () => {
    const user = userEvent.setup();
    renderCall();
    await screen.findByTestId('call-script');
    await waitFor(() => expect(screen.getByRole('radio', { name: /Promesse de paiement/ })).toHaveFocus());

    // Alt+1: a promise, the amount defaulting to what is owed; the check day follows the date typed.
    await user.keyboard('{Alt>}1{/Alt}');
    expect(screen.getByRole('radio', { name: /Promesse de paiement/ })).toBeChecked();
    await waitFor(() => expect(screen.getByLabelText('Date promise')).toHaveFocus());
    expect(screen.getByLabelText('Montant promis')).toHaveValue('2160,50');
    await user.keyboard('20/03/2026');
    expect(screen.getByTestId('call-promise-check')).toHaveTextContent('Le paiement sera vérifié le 23/03/2026');
    expect(screen.getByTestId('call-branch')).toHaveTextContent(/Je note un règlement de 2\s160,50\s€ le 20\/03\/2026/);
    expect(screen.getByLabelText('Nous vérifions le')).toHaveValue('23/03/2026');

    // Alt+3: a dispute, its reason and the invoices to hold.
    await user.keyboard('{Alt>}3{/Alt}');
    await waitFor(() => expect(screen.getByLabelText('Motif de la contestation')).toHaveFocus());
    expect(within(outcomeFields()).getByRole('checkbox', { name: /FA-101/ })).not.toBeChecked();
    expect(within(outcomeFields()).getByLabelText('Date')).toHaveValue('17/03/2026'); // 5 business days

    // Alt+7: no answer, a new attempt the next business day.
    await user.keyboard('{Alt>}7{/Alt}');
    await waitFor(() => expect(within(outcomeFields()).getByLabelText('Date')).toHaveFocus());
    expect(within(outcomeFields()).getByLabelText('Date')).toHaveValue('11/03/2026');
    expect(within(outcomeFields()).getByLabelText('Action')).toHaveValue('Rappeler (pas de réponse)');
    expect(screen.getByTestId('call-branch')).toHaveTextContent('2 appels sans réponse d’affilée.');

    // Alt+9: the wrong person, and the right one to note.
    await user.keyboard('{Alt>}9{/Alt}');
    await waitFor(() => expect(screen.getByLabelText('Nom')).toHaveFocus());
    expect(screen.getByLabelText('Remplace')).toHaveValue('');

    // Alt+4: difficulties lead to a plan.
    await user.keyboard('{Alt>}4{/Alt}');
    await user.click(await screen.findByRole('button', { name: 'Proposer un échéancier (Alt+2)' }));
    expect(screen.getByRole('radio', { name: /Échéancier/ })).toBeChecked();
    expect(await screen.findByTestId('plan-editor')).toBeInTheDocument();
  });
});

describe('refusals: nothing saved half-way', { timeout: 30_000 }, () => {
  it('asks for the answer first', async () => {
    const user = userEvent.setup();
    renderCall();
    await screen.findByTestId('call-script');
    const before = await stored();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Choisissez l’issue de l’appel (Alt+1 à Alt+9).')).toBeInTheDocument();
    expect(await stored()).toEqual(before);
  });

  it('refuses a promise dated in the past, and an empty note on a completed call, in French', async () => {
    const user = userEvent.setup();
    renderCall();
    await screen.findByTestId('call-script');
    const before = await stored();
    await user.keyboard('{Alt>}1{/Alt}');
    await waitFor(() => expect(screen.getByLabelText('Date promise')).toHaveFocus());
    await user.keyboard('02/03/2026');
    await user.click(screen.getByRole('button', { name: /Enregistrer l’appel/ }));

    expect(await screen.findByText('La date promise est déjà passée (02/03/2026) : choisissez aujourd’hui (10/03/2026) ou une date à venir.')).toBeInTheDocument();
    expect(
      screen.getByText(/^L’appel a abouti mais la note est vide : indiquez au moins la prochaine étape du client/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('call-refused')).toHaveTextContent('L’appel n’a pas été enregistré');
    // The keyboard is taken back to the first problem.
    await waitFor(() => expect(screen.getByLabelText('Date promise')).toHaveFocus());
    expect(await stored()).toEqual(before);

    // An amount that is not one is refused too, with the rest.
    await user.clear(screen.getByLabelText('Montant promis'));
    await user.type(screen.getByLabelText('Montant promis'), 'mille euros');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Saisissez le montant promis en euros, par exemple 1 250,00.')).toBeInTheDocument();
    expect(screen.getByText(/La date promise est déjà passée/)).toBeInTheDocument();
    expect(await stored()).toEqual(before);
  });

  it('speaks English to an English user', async () => {
    const user = userEvent.setup();
    renderCall('/appel/c1', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Call: Menuiserie Dupont' })).toBeInTheDocument();
    await user.keyboard('{Alt>}1{/Alt}');
    await waitFor(() => expect(screen.getByLabelText('Promised date')).toHaveFocus());
    await user.keyboard('02/03/2026');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('The promised date has already passed (02/03/2026): choose today (10/03/2026) or a later date.')).toBeInTheDocument();
    expect(screen.getByText(/^The call was completed but the note is empty/)).toBeInTheDocument();
  });

  it('refuses a dispute without a reason or an invoice, and leaves the invoices chased', async () => {
    const user = userEvent.setup();
    renderCall();
    await screen.findByTestId('call-script');
    const before = await stored();
    await user.keyboard('{Alt>}3{/Alt}');
    await user.type(screen.getByLabelText('Sa prochaine étape'), 'Renvoie le bon de livraison signé');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(
      await screen.findByText('Indiquez le motif de la contestation : il figurera dans l’historique et sur la facture en pause.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Choisissez au moins une facture contestée.')).toBeInTheDocument();
    expect(await stored()).toEqual(before);
  });

  it('refuses a plan whose instalments do not cover what is owed', async () => {
    const user = userEvent.setup();
    renderCall();
    await screen.findByTestId('call-script');
    const before = await stored();
    await user.keyboard('{Alt>}2{/Alt}');
    await screen.findByTestId('plan-editor');
    await user.click(await screen.findByTestId('plan-custom'));
    const first = await screen.findByTestId('plan-amount-1');
    await user.clear(first);
    await user.type(first, '100');
    expect(await screen.findByTestId('plan-amounts-error')).toHaveTextContent(/^Il manque/);
    await user.type(screen.getByLabelText('Sa prochaine étape'), 'Trois virements mensuels');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByTestId('call-plan-error')).toHaveTextContent(
      'L’échéancier n’est pas complet : corrigez-le ou choisissez une autre issue.',
    );
    expect(await stored()).toEqual(before);
  });
});

describe('a call saved', { timeout: 30_000 }, () => {
  it('stores the promise, its check on the first business day after the date, the notes, and marks the task done', async () => {
    const user = userEvent.setup();
    renderCall();
    await screen.findByTestId('call-script');
    await user.keyboard('{Alt>}1{/Alt}');
    await waitFor(() => expect(screen.getByLabelText('Date promise')).toHaveFocus());
    await user.keyboard('20/03/2026');
    await user.clear(screen.getByLabelText('Montant promis'));
    await user.type(screen.getByLabelText('Montant promis'), '1 200');
    await user.click(within(outcomeFields()).getByRole('checkbox', { name: /FA-117/ }));
    await user.type(screen.getByLabelText('Sa prochaine étape'), 'Virement de 1 200 € le 20 mars');
    await user.type(screen.getByLabelText('À défaut'), 'Mise en demeure');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const done = await screen.findByTestId('call-done');
    expect(done).toHaveTextContent(/Promesse : 1\s200,00\s€ pour le 20\/03\/2026\. Vérification le 23\/03\/2026\./);
    expect(done).toHaveTextContent('L’action du calendrier est marquée comme faite.');
    expect(within(done).getByRole('button', { name: 'Envoyer le compte rendu' })).toHaveFocus();
    expect(within(done).queryByRole('button', { name: 'Imprimer l’accord' })).toBeNull();

    const [promise] = await db().promises.toArray();
    expect(promise).toMatchObject({ customerId: 'c1', invoiceIds: ['i1'], promisedDate: '2026-03-20', amountCents: 120_000, checkDate: '2026-03-23', status: 'open' });
    const calls = (await db().interactions.toArray()).filter((i) => i.outcome === 'promise');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      channel: 'call', who: 'Claire Durand', promiseId: promise!.id,
      callNotes: { theirStep: 'Virement de 1 200 € le 20 mars', ourStep: '', dates: '', checkOn: '2026-03-23', ifBroken: 'Mise en demeure' },
    });
    expect((await db().tasks.get('t1'))?.status).toBe('done');
    const check = (await db().tasks.toArray()).find((t) => t.action === 'promise-check');
    expect(check?.date).toBe('2026-03-23');
  });

  it('after no answer, plans the next attempt on the next business day and counts it', async () => {
    const user = userEvent.setup();
    renderCall();
    await screen.findByTestId('call-script');
    await user.keyboard('{Alt>}7{/Alt}');
    await waitFor(() => expect(within(outcomeFields()).getByLabelText('Date')).toHaveValue('11/03/2026'));
    // Nothing to write: the customer was not reached.
    await user.keyboard('{Control>}{Enter}{/Control}');
    const done = await screen.findByTestId('call-done');
    expect(done).toHaveTextContent('Prochaine action le 11/03/2026 : Rappeler (pas de réponse).');
    expect(within(done).queryByRole('button', { name: 'Envoyer le compte rendu' })).toBeNull();
    await waitFor(() => expect(screen.getByTestId('call-attempts')).toHaveTextContent('3 appels sans réponse d’affilée.'));
    const next = (await db().tasks.toArray()).find((t) => t.interactionId !== undefined);
    expect(next).toMatchObject({ action: 'call', date: '2026-03-11', label: 'Rappeler (pas de réponse)', status: 'planned' });
  });

  it('replaces the wrong contact by the right one', async () => {
    const user = userEvent.setup();
    renderCall();
    await screen.findByTestId('call-script');
    await user.keyboard('{Alt>}9{/Alt}');
    await waitFor(() => expect(screen.getByLabelText('Nom')).toHaveFocus());
    await user.keyboard('Jean Morel');
    await user.type(screen.getByLabelText('Téléphone'), '04 78 00 11 22');
    await user.selectOptions(screen.getByLabelText('Remplace'), 'k1');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByTestId('call-done');
    const saved = await db().customers.get('c1');
    expect(saved?.contacts).toEqual([{ id: 'k1', name: 'Jean Morel', phone: '04 78 00 11 22' }]);
    expect(await screen.findByRole('link', { name: 'Appeler Jean Morel au 04 78 00 11 22' })).toHaveAttribute('href', 'tel:0478001122');
  });
});
