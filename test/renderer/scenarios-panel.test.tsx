import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { today } from '../../renderer/src/app/clock';
import { database } from '../../renderer/src/db/database';
import { loadAssignments, saveAssignments, saveScenario } from '../../renderer/src/db/schedule';
import { addDays } from '../../renderer/src/domain/dates';
import type { Customer, Invoice, Scenario } from '../../renderer/src/domain/model';
import { CustomersRoutes } from '../../renderer/src/features/customers/CustomersRoutes';
import { ScenariosPanel } from '../../renderer/src/features/scenarios/ScenariosPanel';
import { renderInApp } from './render';

// The machine running the suite is shared and busy: give the panel time.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

const db = () => database();
const stamp = '2026-01-01T00:00:00.000Z';
const customer = (id: string, name: string, extra: Partial<Customer> = {}): Customer => ({
  id, reference: `411${id.toUpperCase()}`, name, kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp, ...extra,
});
const invoice = (id: string, customerId: string, cents: number, dueInDays: number): Invoice =>
  ({
    id, customerId, number: `FA-${id}`, issueDate: addDays(today(), dueInDays - 30), dueDate: addDays(today(), dueInDays), amountCents: cents,
    sourceOpenCents: cents, openCents: cents, hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
  }) as Invoice;
const short: Scenario = {
  id: 'short', name: 'Court', minimumCents: 0, steps: [
    { id: 'call', offsetDays: 1, relativeTo: 'due', action: 'call' },
    { id: 'mail', offsetDays: 4, relativeTo: 'previous', action: 'email-reminder' },
  ],
};

beforeEach(async () => {
  await Promise.all([db().customers.clear(), db().invoices.clear(), db().scenarios.clear(), db().settings.clear(), db().tasks.clear()]);
});

const editor = () => screen.getByTestId('scenario-editor');
const step = (position: number) => within(editor()).getByRole('group', { name: `Étape ${position}` });
const saveButton = () => within(editor()).getByRole('button', { name: 'Enregistrer le scénario' });

describe('Paramètres → Scénarios', () => {
  it('shows the built-in ladder read-only, to duplicate', async () => {
    renderInApp(<ScenariosPanel />);
    const row = await screen.findByRole('row', { name: /Relance standard/ });
    expect(within(row).getByText('Fourni')).toBeInTheDocument();
    expect(within(row).getByTestId('scenario-row-timeline')).toHaveTextContent('J-3 E-mail de courtoisie · J+3 Relance par e-mail · J+10 Appel téléphonique');
    expect(within(row).queryByRole('button', { name: /Modifier/ })).toBeNull();
    expect(within(row).queryByRole('button', { name: /Supprimer/ })).toBeNull();
    expect(within(row).getByRole('button', { name: 'Dupliquer le scénario « Relance standard »' })).toBeInTheDocument();
  });

  it('refuses steps out of order and a negative delay, with the French message, then saves the fixed copy', async () => {
    const user = userEvent.setup();
    renderInApp(<ScenariosPanel />);
    await user.click(await screen.findByRole('button', { name: 'Dupliquer le scénario « Relance standard »' }));
    const name = within(editor()).getByLabelText(/Nom du scénario/);
    expect(name).toHaveValue('Copie de Relance standard');
    await user.clear(name);
    await user.type(name, 'Grands comptes');
    expect(saveButton()).toBeEnabled();

    // The call (J+10) moved above the e-mail reminder (J+3): out of order.
    await user.click(within(step(3)).getByRole('button', { name: 'Monter l’étape 3' }));
    expect(within(step(2)).getByLabelText('Action')).toHaveValue('call');
    expect(
      within(step(3)).getByText(
        'Étape 3 (Relance par e-mail, J+3) : elle doit venir après l’étape 2 (Appel téléphonique, J+10). Remettez les étapes dans l’ordre ou changez leurs délais.',
      ),
    ).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    expect(screen.getByTestId('scenario-blocked')).toHaveTextContent('Corrigez le point signalé pour enregistrer.');
    await user.click(saveButton());
    expect(await db().scenarios.count()).toBe(0);

    // Back in order; then a delay of -2 days counted from the previous step.
    await user.click(within(step(3)).getByRole('button', { name: 'Monter l’étape 3' }));
    expect(saveButton()).toBeEnabled();
    await user.selectOptions(within(step(3)).getByLabelText('Compté depuis'), 'l’étape précédente');
    await user.clear(within(step(3)).getByLabelText('Délai (jours)'));
    await user.type(within(step(3)).getByLabelText('Délai (jours)'), '-2');
    expect(within(step(3)).getByText(/un délai compté depuis l’étape précédente ne peut pas être négatif \(-2 jours\)/)).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();

    // Fixed: the call 5 days after the reminder (J+8); the preview follows; the minimum in euros.
    await user.clear(within(step(3)).getByLabelText('Délai (jours)'));
    await user.type(within(step(3)).getByLabelText('Délai (jours)'), '5');
    expect(within(step(3)).getByTestId('step-offset')).toHaveTextContent('J+8');
    await user.clear(within(editor()).getByLabelText(/Montant minimum/));
    await user.type(within(editor()).getByLabelText(/Montant minimum/), '150,50');
    expect(screen.getByTestId('scenario-timeline')).toHaveTextContent('J-3 E-mail de courtoisie · J+3 Relance par e-mail · J+8 Appel téléphonique · J+20 Lettre de relance 1');
    await user.click(saveButton());

    await waitFor(async () => expect(await db().scenarios.count()).toBe(1));
    const [stored] = await db().scenarios.toArray();
    expect(stored).toMatchObject({ name: 'Grands comptes', minimumCents: 15050 });
    expect(stored!.steps[2]).toEqual({ id: 'call', offsetDays: 5, relativeTo: 'previous', action: 'call' });
    expect(stored!.steps).toHaveLength(7);
    await waitFor(() => expect(screen.queryByTestId('scenario-editor')).toBeNull());
    expect(await within(screen.getByTestId('scenario-list')).findByRole('row', { name: /Grands comptes/ })).toHaveTextContent('Rien n’est relancé sous 150,50');
  });

  it('asks for a custom task’s label and an unreadable minimum', async () => {
    const user = userEvent.setup();
    renderInApp(<ScenariosPanel />);
    await user.click(await screen.findByRole('button', { name: 'Nouveau scénario' }));
    expect(within(editor()).getByText('Donnez un nom au scénario.')).toBeInTheDocument();
    await user.type(within(editor()).getByLabelText(/Nom du scénario/), 'Artisans');
    await user.clear(within(editor()).getByLabelText(/Montant minimum/));
    await user.type(within(editor()).getByLabelText(/Montant minimum/), 'dix');
    expect(within(editor()).getByText('Montant minimum illisible : tapez un montant en euros, par exemple 10,00.')).toBeInTheDocument();
    await user.clear(within(editor()).getByLabelText(/Montant minimum/));
    await user.click(within(editor()).getByRole('button', { name: 'Ajouter une étape' }));
    await user.selectOptions(within(step(2)).getByLabelText('Action'), 'Tâche personnalisée');
    expect(within(step(2)).getByText('Étape 2 : décrivez la tâche personnalisée, son libellé est vide.')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.type(within(step(2)).getByLabelText(/Libellé de la tâche/), 'Prévenir le commercial');
    expect(screen.getByTestId('scenario-timeline')).toHaveTextContent('J+3 Relance par e-mail · J+10 Prévenir le commercial');
    await user.click(saveButton());
    await waitFor(async () => expect(await db().scenarios.count()).toBe(1));
    expect((await db().scenarios.toArray())[0]).toMatchObject({ name: 'Artisans', minimumCents: 0 });
  });

  it('assigns a scenario to a customer group and as the company default, and the calendar follows', async () => {
    await saveScenario(db(), short);
    await db().customers.bulkAdd([customer('dupont', 'Menuiserie Dupont', { group: 'Grands comptes' }), customer('martin', 'Garage Martin')]);
    await db().invoices.bulkAdd([invoice('d1', 'dupont', 240000, -20), invoice('m1', 'martin', 180000, -20)]);
    const user = userEvent.setup();
    renderInApp(<ScenariosPanel />);
    const select = await screen.findByLabelText('Scénario du groupe « Grands comptes »');
    expect(select).toHaveValue('');
    expect(screen.getByRole('row', { name: /Grands comptes/ })).toHaveTextContent('1 client');
    await user.selectOptions(select, 'Court');

    await waitFor(async () => expect((await loadAssignments(db())).groups).toEqual({ 'Grands comptes': 'short' }));
    await waitFor(async () => expect(await db().tasks.where('customerId').equals('dupont').count()).toBeGreaterThan(0));
    const tasks = await db().tasks.toArray();
    expect(tasks.find((t) => t.customerId === 'dupont')).toMatchObject({ scenarioId: 'short', action: 'call', stepId: 'call' });
    expect(tasks.find((t) => t.customerId === 'martin')?.scenarioId).not.toBe('short');
    expect(await within(screen.getByTestId('scenario-list')).findByRole('row', { name: /Court/ })).toHaveTextContent('Suivi par : le groupe « Grands comptes »');

    await user.selectOptions(screen.getByLabelText('Scénario par défaut de l’entreprise'), 'Court');
    await waitFor(async () => expect((await loadAssignments(db())).defaultScenarioId).toBe('short'));
  });

  it('deletes a scenario after asking, and those who followed it go back to the default', async () => {
    await saveScenario(db(), short);
    await saveAssignments(db(), { groups: { 'Grands comptes': 'short' } });
    await db().customers.bulkAdd([customer('dupont', 'Menuiserie Dupont', { scenarioId: 'short' })]);
    const user = userEvent.setup();
    renderInApp(<ScenariosPanel />);
    await user.click(await screen.findByRole('button', { name: 'Supprimer le scénario « Court »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer ce scénario ?' });
    expect(dialog).toHaveTextContent('le groupe « Grands comptes », 1 client : Menuiserie Dupont');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(await db().scenarios.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Supprimer le scénario « Court »' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Supprimer le scénario' }));
    await waitFor(async () => expect(await db().scenarios.count()).toBe(0));
    expect(await loadAssignments(db())).toEqual({ groups: {} });
    expect((await db().customers.get('dupont'))?.scenarioId).toBeUndefined();
  });
});

describe('the customer page', () => {
  it('gives the customer a group and its own scenario, with Annuler', async () => {
    await saveScenario(db(), short);
    await db().customers.add(customer('dupont', 'Menuiserie Dupont'));
    const user = userEvent.setup();
    renderInApp(
      <Routes>
        <Route path="/clients/*" element={<CustomersRoutes />} />
      </Routes>,
      { route: '/clients/dupont' },
    );
    const select = await screen.findByTestId('customer-scenario');
    expect(select).toHaveValue('');
    expect(screen.getByText('Actuellement : Relance standard (fourni), le scénario par défaut')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Modifier la fiche' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Modifier la fiche client' });
    await user.type(within(dialog).getByLabelText(/^Groupe/), '  Grands   comptes ');
    await user.click(within(dialog).getByRole('button', { name: /Enregistrer/ }));
    await waitFor(async () => expect((await db().customers.get('dupont'))?.group).toBe('Grands comptes'));
    expect(await screen.findByTestId('customer-group')).toHaveTextContent('Grands comptes');

    await user.selectOptions(screen.getByTestId('customer-scenario'), 'Court');
    await waitFor(async () => expect((await db().customers.get('dupont'))?.scenarioId).toBe('short'));
    const notice = (await screen.findByText('Scénario de relance modifié.')).parentElement!;
    await user.click(within(notice).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await db().customers.get('dupont'))?.scenarioId).toBeUndefined());
    await waitFor(() => expect(screen.getByTestId('customer-scenario')).toHaveValue(''));
  });
});
