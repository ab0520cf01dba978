import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../renderer/src/db/database';
import type { Customer, Invoice } from '../../renderer/src/domain/model';
import { CustomersRoutes } from '../../renderer/src/features/customers/CustomersRoutes';
import { COMPANY_KEY } from '../../renderer/src/features/settings/company-store';
import { today } from '../../renderer/src/app/clock';
import { addDays, formatDate } from '../../renderer/src/domain/dates';
import { renderInApp } from './render';

const db = () => database();


const customer = (extra: Partial<Customer> = {}): Customer => ({
  id: 'c1', reference: '411DUP', name: 'Menuiserie Dupont', kind: 'business', contacts: [], blocked: null,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...extra,
});
const invoice = (id: string, number: string, cents: number, dueInDays: number, extra: Partial<Invoice> = {}): Invoice => ({
  id, customerId: 'c1', number, issueDate: addDays(today(), dueInDays - 30), dueDate: addDays(today(), dueInDays), amountCents: cents,
  sourceOpenCents: cents, openCents: cents, hold: null, source: 'import', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...extra,
});

function renderCustomers(route: string) {
  return renderInApp(
    <Routes>
      <Route path="/clients/*" element={<CustomersRoutes />} />
    </Routes>,
    { route },
  );
}

beforeEach(async () => {
  await Promise.all([db().customers.clear(), db().invoices.clear(), db().payments.clear(), db().settings.clear()]);
});

describe('new customer form', () => {
  it('explains missing fields in French and saves nothing', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/nouveau');
    await user.click(await screen.findByRole('button', { name: 'Créer le client' }));
    expect(await screen.findAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(screen.getByTestId('customer-form-error')).toHaveTextContent("La fiche n'a pas été enregistrée");
    expect(await db().customers.count()).toBe(0);
  });

  it('refuses a wrong SIREN and an over-long address line, and saves nothing', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/nouveau');
    await user.type(await screen.findByLabelText(/Nom ou raison sociale/), 'Garage Martin');
    await user.type(screen.getByLabelText(/^SIREN/), '732 829 321');
    await user.type(screen.getByLabelText(/Adresse postale/), `Garage Martin{Enter}${'x'.repeat(40)}`);
    await user.click(screen.getByRole('button', { name: 'Créer le client' }));
    expect(await screen.findByText(/Ce SIREN n'existe pas/)).toBeInTheDocument();
    expect(screen.getByText('La ligne 2 de l\'adresse est trop longue : 38 caractères au plus par ligne.')).toBeInTheDocument();
    expect(await db().customers.count()).toBe(0);
  });

  it('refuses payment terms beyond the legal cap', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/nouveau');
    await user.type(await screen.findByLabelText(/Nom ou raison sociale/), 'Garage Martin');
    await user.click(screen.getByRole('switch', { name: /Conditions de paiement propres à ce client/ }));
    const days = screen.getByLabelText(/Délai \(jours\)/);
    await user.clear(days);
    await user.type(days, '50');
    await user.click(screen.getByRole('combobox', { name: 'Mode de calcul' }));
    await user.click(await screen.findByRole('option', { name: 'Fin de mois, puis jours', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Créer le client' }));
    expect(await screen.findByText('Au-delà de 45 jours fin de mois, le délai dépasse le plafond légal.')).toBeInTheDocument();
    expect(await db().customers.count()).toBe(0);
  });

  it('says plainly when the reference is already taken, and saves nothing', async () => {
    await db().customers.add(customer());
    const user = userEvent.setup();
    renderCustomers('/clients/nouveau');
    await user.type(await screen.findByLabelText(/Nom ou raison sociale/), 'Autre Dupont');
    const reference = screen.getByLabelText(/Référence client/);
    await user.clear(reference);
    await user.type(reference, '411dup{Enter}');
    expect(await screen.findByText('La référence « 411dup » est déjà celle d\'un autre client. Choisissez-en une autre.')).toBeInTheDocument();
    expect(await db().customers.count()).toBe(1);
  });

  it('proposes a reference from the name for an empty field, saves with Enter and opens the new page', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/nouveau');
    await user.type(await screen.findByLabelText(/Nom ou raison sociale/), 'Boulangerie Étoile');
    // Proposed, never typed into the field: what the user types is all that is there.
    const reference = screen.getByLabelText(/Référence client/);
    expect(reference).toHaveValue('');
    expect(reference).toHaveAttribute('placeholder', 'CBOULANGE');
    expect(screen.getByText(/Laissée vide, ce sera CBOULANGE/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^SIREN/), '732829320{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Boulangerie Étoile' })).toBeInTheDocument();
    const saved = await db().customers.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: 'Boulangerie Étoile', reference: 'CBOULANGE', siren: '732829320', kind: 'business', blocked: null });
  });
});

describe('customer page', () => {
  beforeEach(async () => {
    await db().customers.add(customer({ contacts: [{ id: 'k1', name: 'Mme Durand', role: 'Comptable', email: 'durand@dupont.fr' }] }));
    await db().invoices.bulkAdd([invoice('i1', 'F-001', 100000, -40), invoice('i2', 'F-002', 50000, -10), invoice('i3', 'F-003', 30000, 20)]);
  });

  it('shows the figures, the open items with their status, and the statement', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Menuiserie Dupont' })).toBeInTheDocument();
    expect(screen.getByTestId('figure-open')).toHaveTextContent('1 800,00 €');
    expect(screen.getByTestId('figure-late')).toHaveTextContent('1 500,00 €');
    expect(screen.getByTestId('figure-oldest')).toHaveTextContent('40 jours');
    const rows = within(screen.getByTestId('open-items')).getAllByTestId('open-item');
    expect(rows.map((r) => r.dataset.number)).toEqual(['F-001', 'F-002', 'F-003']);
    expect(within(rows[0]!).getByText('En retard')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('À échoir')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Relevé de compte' }));
    expect(await screen.findByTestId('statement-balance')).toHaveTextContent('1 800,00 €');
    expect(screen.getAllByTestId('statement-line')).toHaveLength(3);
  });

  it('creates an invoice with the due date from the company terms; refuses a bad amount first', async () => {
    await db().settings.put({ key: COMPANY_KEY, value: { paymentTermsDays: 45, paymentTermsRule: 'end-of-month-then-days' }, updatedAt: '' });
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Nouvelle facture' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle facture' });
    const number = within(dialog).getByLabelText(/N° de facture/);
    expect(number).toHaveValue('F-004');
    await waitFor(() => expect(number).toHaveFocus());
    const issue = within(dialog).getByLabelText(/Date de facture/);
    await user.clear(issue);
    await user.type(issue, '15/01/2026');
    expect(within(dialog).getByLabelText(/Échéance/)).toHaveValue('17/03/2026');
    expect(within(dialog).getByText("Conditions de l'entreprise (fin de mois, puis 45 jours) : 17/03/2026")).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Montant TTC/), '12,345{Enter}');
    expect(await within(dialog).findByText('Montant ambigu', { exact: false })).toBeInTheDocument();
    expect(await db().invoices.count()).toBe(3);

    const amount = within(dialog).getByLabelText(/Montant TTC/);
    await user.clear(amount);
    await user.type(amount, '1 440,00{Enter}');
    await waitFor(async () => expect(await db().invoices.count()).toBe(4));
    const created = (await db().invoices.toArray()).find((i) => i.number === 'F-004');
    expect(created).toMatchObject({
      customerId: 'c1', issueDate: '2026-01-15', dueDate: '2026-03-17', amountCents: 144000, openCents: 144000, sourceOpenCents: 144000, source: 'manual', hold: null,
    });
    expect(await screen.findByText('Facture F-004 créée.')).toBeInTheDocument();
  });

  it('refuses an invoice number the customer already has', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Nouvelle facture' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle facture' });
    const number = within(dialog).getByLabelText(/N° de facture/);
    await user.clear(number);
    await user.type(number, 'f-002');
    await user.type(within(dialog).getByLabelText(/Montant TTC/), '100{Enter}');
    expect(await within(dialog).findByText('Ce client a déjà une facture n° f-002.')).toBeInTheDocument();
    expect(await db().invoices.count()).toBe(3);
  });

  it('records a partial payment oldest first, and undoes it', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Règlement reçu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer un règlement reçu' });
    await user.type(within(dialog).getByLabelText(/Montant reçu/), '1200');
    expect(within(dialog).getByTestId('credit-preview')).toHaveTextContent('1 200,00 € affectés aux factures.');
    await user.type(within(dialog).getByLabelText(/Référence/), 'VIR 42{Enter}');
    await waitFor(async () => expect(await db().payments.count()).toBe(1));
    const [payment] = await db().payments.toArray();
    expect(payment).toMatchObject({
      kind: 'payment', source: 'manual', amountCents: 120000, reference: 'VIR 42', unallocatedCents: 0, date: today(),
      allocations: [{ invoiceId: 'i1', cents: 100000, pendingCents: 100000 }, { invoiceId: 'i2', cents: 20000, pendingCents: 20000 }],
    });
    expect((await db().invoices.get('i2'))?.openCents).toBe(30000);
    await waitFor(() => expect(screen.getByTestId('figure-open')).toHaveTextContent('600,00 €'));

    const notice = await screen.findByText('Règlement de 1 200,00 € enregistré.');
    await user.click(within(notice.parentElement!).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect(await db().payments.count()).toBe(0));
    expect((await db().invoices.get('i1'))?.openCents).toBe(100000);
  });

  it('refuses a by-hand allocation above an invoice open amount, and saves nothing', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Règlement reçu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer un règlement reçu' });
    await user.type(within(dialog).getByLabelText(/Montant reçu/), '900');
    await user.click(within(dialog).getByText('Choisir les factures'));
    await user.type(within(dialog).getByLabelText('Montant affecté à la facture F-003'), '400{Enter}');
    expect(await within(dialog).findByText('Plus que le reste dû (300,00 €).')).toBeInTheDocument();
    expect(await db().payments.count()).toBe(0);

    const f3 = within(dialog).getByLabelText('Montant affecté à la facture F-003');
    await user.clear(f3);
    await user.type(f3, '300');
    await user.type(within(dialog).getByLabelText('Montant affecté à la facture F-001'), '250{Enter}');
    await waitFor(async () => expect(await db().payments.count()).toBe(1));
    const [payment] = await db().payments.toArray();
    expect(payment?.allocations.map((a) => [a.invoiceId, a.cents])).toEqual([['i3', 30000], ['i1', 25000]]);
    expect(payment?.unallocatedCents).toBe(35000);
  });

  it('records a credit note on the invoice it cancels', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Avoir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer un avoir' });
    await user.type(within(dialog).getByLabelText(/Montant de l'avoir/), '100');
    await user.type(within(dialog).getByLabelText(/N° de l'avoir/), 'AV-7');
    await user.click(within(dialog).getByRole('combobox', { name: 'Facture concernée' }));
    // jsdom runs no CSS transition, so the dropdown stays display:none: pick the option anyway.
    await user.click(await screen.findByRole('option', { name: /F-002/, hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: "Enregistrer l'avoir" }));
    await waitFor(async () => expect(await db().payments.count()).toBe(1));
    expect((await db().payments.toArray())[0]).toMatchObject({ kind: 'credit-note', reference: 'AV-7', allocations: [{ invoiceId: 'i2', cents: 10000 }] });
    expect((await db().invoices.get('i2'))?.openCents).toBe(40000);
  });

  it('adds a contact inline after refusing an invalid e-mail', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Ajouter' }));
    const form = screen.getByRole('form', { name: 'Nouveau contact' });
    await user.type(within(form).getByLabelText('Nom'), 'M. Petit');
    await user.type(within(form).getByLabelText('E-mail'), 'petit@{Enter}');
    expect(await within(form).findByText("Cette adresse e-mail n'est pas valide.")).toBeInTheDocument();
    expect((await db().customers.get('c1'))?.contacts).toHaveLength(1);
    const email = within(form).getByLabelText('E-mail');
    await user.clear(email);
    await user.type(email, 'petit@dupont.fr{Enter}');
    await waitFor(async () => expect((await db().customers.get('c1'))?.contacts).toHaveLength(2));
    expect((await db().customers.get('c1'))?.contacts[1]).toMatchObject({ name: 'M. Petit', email: 'petit@dupont.fr' });
    expect(await screen.findByText('petit@dupont.fr')).toBeInTheDocument();
  });

  it('disputes an invoice (reason required), shows "Litige", and lifts it', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Actions sur la facture F-002' }));
    await user.click(await screen.findByRole('menuitem', { name: /Contester/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Contester la facture F-002' });
    await user.click(within(dialog).getByRole('button', { name: 'Mettre en litige' }));
    expect(await within(dialog).findByText('Indiquez ce que le client conteste.')).toBeInTheDocument();
    expect((await db().invoices.get('i2'))?.hold).toBeNull();
    await user.type(within(dialog).getByLabelText(/Ce que le client conteste/), 'Livraison incomplète{Enter}');
    await waitFor(async () => expect((await db().invoices.get('i2'))?.hold).toEqual({ kind: 'dispute', reason: 'Livraison incomplète', since: today(), until: null }));
    const row = await screen.findByText('Litige');
    expect(row.closest('[data-testid="open-item"]')).toHaveAttribute('data-number', 'F-002');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Actions sur la facture F-002' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Lever le litige', hidden: true }));
    await waitFor(async () => expect((await db().invoices.get('i2'))?.hold).toBeNull());
  });

  it('blocks the customer with a reason and shows the red flag', async () => {
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Plus' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Bloquer le client…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bloquer Menuiserie Dupont' });
    const since = within(dialog).getByLabelText(/Depuis le/);
    await user.clear(since);
    await user.type(since, formatDate(addDays(today(), 1)));
    await user.click(within(dialog).getByRole('button', { name: 'Bloquer le client' }));
    expect(await within(dialog).findByText(/Indiquez la raison du blocage/)).toBeInTheDocument();
    expect(within(dialog).getByText('Cette date est dans le futur.')).toBeInTheDocument();
    expect((await db().customers.get('c1'))?.blocked).toBeNull();

    await user.clear(since);
    await user.type(since, formatDate(today()));
    await user.type(within(dialog).getByLabelText(/Motif/), 'Impayés répétés{Enter}');
    await waitFor(async () => expect((await db().customers.get('c1'))?.blocked).toEqual({ since: today(), reason: 'Impayés répétés' }));
    expect(await screen.findByTestId('blocked-alert')).toHaveTextContent('Motif : Impayés répétés');
    expect(screen.getByTestId('blocked-badge')).toHaveTextContent('Bloqué');
  });

  it('edits the identity and keeps the reference unique', async () => {
    await db().customers.add(customer({ id: 'c2', reference: '411MAR', name: 'Garage Martin' }));
    const user = userEvent.setup();
    renderCustomers('/clients/c1');
    await user.click(await screen.findByRole('button', { name: 'Modifier la fiche' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier la fiche client' });
    const reference = within(dialog).getByLabelText(/Référence client/);
    await user.clear(reference);
    await user.type(reference, '411MAR{Enter}');
    expect(await within(dialog).findByText(/déjà celle d'un autre client/)).toBeInTheDocument();
    expect((await db().customers.get('c1'))?.reference).toBe('411DUP');
    await user.clear(reference);
    await user.type(reference, '411DUPONT');
    await user.type(within(dialog).getByLabelText(/Adresse postale/), '12 rue des Lilas{Enter}69003 Lyon{Control>}{Enter}{/Control}');
    await waitFor(async () => expect((await db().customers.get('c1'))?.reference).toBe('411DUPONT'));
    expect((await db().customers.get('c1'))?.address).toBe('12 rue des Lilas\n69003 Lyon');
  });

  it('says so when the customer does not exist', async () => {
    renderCustomers('/clients/nope');
    expect(await screen.findByText("Ce client n'existe pas ou a été supprimé.")).toBeInTheDocument();
  });
});

describe('customers list', () => {
  it('invites to create or import when there is no customer', async () => {
    renderCustomers('/clients');
    expect(await screen.findByText(/Aucun client pour l'instant/)).toBeInTheDocument();
  });

  it('counts and totals the customers found by the search', async () => {
    await db().customers.bulkAdd([customer(), customer({ id: 'c2', reference: '411MAR', name: 'Garage Martin' })]);
    await db().invoices.bulkAdd([invoice('i1', 'F-001', 100000, -40)]);
    const user = userEvent.setup();
    renderCustomers('/clients');
    await waitFor(() => expect(screen.getByTestId('customers-totals')).toHaveTextContent('2 clients affichés · reste dû 1 000,00 € · dont en retard 1 000,00 €'));
    await user.type(screen.getByTestId('customers-search'), 'martin');
    await waitFor(() => expect(screen.getByTestId('customers-totals')).toHaveTextContent('1 client affiché · reste dû 0,00 €'));
  });
});
