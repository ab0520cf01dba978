import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../renderer/src/domain/dates';
import { openApp, type Session } from './harness';
import { seed, syntheticBook } from './seed';

let s: Session;
const today = todayIso(new Date());
const stamp = '2026-01-01T00:00:00.000Z';

const customers = [
  {
    id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', siren: '732829320',
    address: 'Menuiserie Dupont\n12 rue des Lilas\n69003 Lyon', blocked: null, createdAt: stamp, updatedAt: stamp,
    contacts: [{ id: 'k1', name: '', role: 'Comptabilité', email: 'compta@dupont.fr', fromImport: true }],
  },
  { id: 'martin', reference: '411MARTIN', name: 'Garage Martin', kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp },
  { id: 'zoe', reference: 'CZOE', name: 'Zoé Lefèvre', kind: 'consumer', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp },
];
const invoice = (id: string, customerId: string, number: string, cents: number, dueInDays: number, open = cents) => ({
  id, customerId, number, issueDate: addDays(today, dueInDays - 30), dueDate: addDays(today, dueInDays), amountCents: cents,
  sourceOpenCents: open, openCents: open, hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const invoices = [
  invoice('d1', 'dupont', 'FA-2026-101', 240000, -75),
  invoice('d2', 'dupont', 'FA-2026-117', 96000, -20),
  invoice('d3', 'dupont', 'FA-2026-130', 54000, 15),
  invoice('d0', 'dupont', 'FA-2026-090', 120000, -120, 0), // paid according to the accounting
  invoice('m1', 'martin', 'FA-2026-105', 180000, -45),
  invoice('z1', 'zoe', 'FA-2026-111', 35000, 5),
];

const h1 = () => s.page.locator('h1').first().textContent();
/** Text with the narrow and no-break spaces of French amounts made plain ("3 900,00 €"). */
const money = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]/g, ' ').trim();
const textOf = async (locator: Locator) => money(await locator.textContent());
const rows = () => s.page.getByTestId('customer-row');
const dialog = (name: string) => s.page.getByRole('dialog', { name });
/** Screenshot once Mantine's 200 ms transitions (modals, sliding indicators) are over. */
const settledShot = async (name: string) => {
  await s.page.waitForTimeout(300);
  await s.shot(name);
};

beforeAll(async () => {
  s = await openApp();
  // Let the app create its database, then write rows straight into it and reload.
  await s.page.goto(`${s.host.url}#/clients`);
  await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  const book = syntheticBook(1500, 3);
  await seed(s.page, { customers: [...customers, ...book.customers], invoices: [...invoices, ...book.invoices] });
  await s.page.reload();
});
afterAll(async () => {
  await s?.close();
});

describe('customers list', () => {
  it('lists 1 503 customers, virtualised, and searches them as you type', async () => {
    await expect.poll(() => s.page.getByTestId('customers-totals').textContent()).toContain('1503 clients affichés');
    // Only the visible rows are in the page.
    expect(await rows().count()).toBeLessThan(60);
    await s.shot('customers-list');

    const started = Date.now();
    await s.page.getByTestId('customers-search').fill('dupont');
    await expect.poll(() => rows().count()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1500);
    await s.page.getByTestId('customers-search').fill('compta@dupont');
    await expect.poll(() => rows().count()).toBe(1);
    await s.page.getByTestId('customers-search').fill('732 829 320');
    await expect.poll(() => rows().first().getAttribute('data-reference')).toBe('411DUPONT');
    await s.page.getByTestId('customers-search').fill('zoe');
    await expect.poll(() => rows().first().textContent()).toContain('Particulier');
    await s.page.getByTestId('customers-search').fill('Dupont');
    await expect.poll(() => textOf(rows().first())).toContain('3 900,00 €');
    await s.shot('customers-search');
  });

  it('opens a customer page from the list with the keyboard', async () => {
    await rows().first().focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(h1).toBe('Menuiserie Dupont');
    await expect.poll(() => textOf(s.page.getByTestId('figure-open'))).toBe('3 900,00 €');
    expect(money(await s.page.getByTestId('figure-late').textContent())).toBe('3 360,00 €');
    expect(await s.page.getByTestId('open-item').count()).toBe(3);
    await expect.poll(() => s.page.getByTestId('behaviour-excluded').textContent()).toContain('1 facture payée selon la comptabilité');
    await s.shot('customers-page');
  });
});

describe('a customer page', () => {
  it('adds a contact inline', async () => {
    await s.page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const form = s.page.getByRole('form', { name: 'Nouveau contact' });
    await form.getByLabel('Nom').fill('Mme Durand');
    await form.getByLabel('Fonction').fill('Gérante');
    await form.getByLabel('E-mail').fill('durand@');
    await form.getByLabel('Téléphone').fill('04 78 12 34 56');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => form.getByText("Cette adresse e-mail n'est pas valide.").count()).toBe(1);
    await s.shot('customers-contact-form');
    await form.getByLabel('E-mail').fill('durand@dupont.fr');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.getByTestId('contact-line').count()).toBe(2);
    expect(await s.page.getByTestId('contact-line').nth(1).textContent()).toContain('durand@dupont.fr');
  });

  it('creates an invoice typed by hand, due date from the company terms', async () => {
    await s.page.getByRole('button', { name: 'Nouvelle facture' }).click();
    const modal = dialog('Nouvelle facture');
    await expect.poll(() => modal.getByLabel('N° de facture').inputValue()).toBe('FA-2026-131');
    // The number field has the focus: type straight away.
    await s.page.keyboard.press('Control+a');
    await s.page.keyboard.type('FA-2026-140');
    await modal.getByLabel('Montant TTC').fill('1 200,00');
    await modal.getByLabel('Libellé').fill('Escalier chêne, chantier Lyon 3e');
    await settledShot('customers-new-invoice');
    await modal.getByLabel('Libellé').press('Enter');
    await expect.poll(() => s.page.getByText('Facture FA-2026-140 créée.').count()).toBe(1);
    await expect.poll(() => s.page.getByTestId('open-item').count()).toBe(4);
    await expect.poll(() => textOf(s.page.getByTestId('figure-open'))).toBe('5 100,00 €');
  });

  it('records a partial payment and shows it in the balance and the statement', async () => {
    await s.page.getByRole('button', { name: 'Règlement reçu' }).click();
    const modal = dialog('Enregistrer un règlement reçu');
    await modal.getByLabel('Montant reçu').fill('1 000,00');
    await modal.getByLabel(/Référence/).fill('VIR SEPA 88412');
    await expect.poll(() => textOf(modal.getByTestId('credit-preview'))).toContain('1 000,00 € affectés aux factures.');
    await settledShot('customers-payment');
    await modal.getByLabel(/Référence/).press('Enter');
    await expect.poll(() => textOf(s.page.getByTestId('figure-open'))).toBe('4 100,00 €');
    // Oldest first: FA-2026-101 (2 400 €) is now 1 400 € open, still late.
    const oldest = s.page.locator('[data-testid="open-item"][data-number="FA-2026-101"]');
    expect(money(await oldest.textContent())).toContain('1 400,00 €');
    expect(await oldest.getByText('Partiellement payée').count()).toBe(1);

    await s.page.getByRole('tab', { name: 'Relevé de compte' }).click();
    await expect.poll(() => s.page.getByTestId('statement-line').count()).toBeGreaterThan(0);
    const balance = money(await s.page.getByTestId('statement-balance').textContent());
    expect(balance).toBe(money(await s.page.getByTestId('figure-balance').textContent()));
    expect(balance).toBe('4 100,00 €');
    // The imported invoice settled in the accounting without a payment line gives one adjustment.
    expect(await s.page.locator('[data-testid="statement-line"][data-kind="accounting-adjustment"]').count()).toBe(1);
    expect(await s.page.locator('[data-testid="statement-line"][data-kind="payment"]').count()).toBe(1);
    await s.shot('customers-statement');
  });

  it('records a credit note cancelling one invoice, picked from the list', async () => {
    await s.page.getByRole('button', { name: 'Avoir', exact: true }).click();
    const modal = dialog('Enregistrer un avoir');
    await modal.getByLabel(/Montant de l'avoir/).fill('540');
    await modal.getByLabel(/N° de l'avoir/).fill('AV-2026-007');
    await modal.getByRole('combobox', { name: 'Facture concernée' }).click();
    await s.page.getByRole('option', { name: /FA-2026-130/ }).click();
    await expect.poll(() => textOf(modal.getByTestId('credit-preview'))).toContain('540,00 € affectés aux factures.');
    await settledShot('customers-credit-note');
    await modal.getByRole('button', { name: "Enregistrer l'avoir" }).click();
    await expect.poll(() => textOf(s.page.getByTestId('figure-open'))).toBe('3 560,00 €');
    expect(await s.page.locator('[data-testid="open-item"][data-number="FA-2026-130"]').count()).toBe(0);
  });

  it('disputes an invoice, which the invoice book then shows as "Litige"', async () => {
    await s.page.getByRole('tab', { name: /Factures ouvertes/ }).click();
    await s.page.getByRole('button', { name: 'Actions sur la facture FA-2026-117' }).click();
    await s.page.getByRole('menuitem', { name: /Contester/ }).click();
    const modal = dialog('Contester la facture FA-2026-117');
    await modal.getByLabel(/Ce que le client conteste/).fill('Livraison incomplète : 2 portes manquantes');
    await settledShot('customers-dispute');
    await modal.getByLabel(/Ce que le client conteste/).press('Enter');
    const row = s.page.locator('[data-testid="open-item"][data-number="FA-2026-117"]');
    await expect.poll(() => row.getByText('Litige').count()).toBe(1);
    await expect.poll(() => s.page.getByText('1 facture en litige').count()).toBe(1);

    await s.page.goto(`${s.host.url}#/factures`);
    await expect.poll(h1).toBe('Factures');
    await s.page.getByTestId('book-search').fill('FA-2026-117');
    const bookRow = s.page.locator('[data-testid="book-row"][data-number="FA-2026-117"]');
    await expect.poll(() => bookRow.locator('[data-status]').getAttribute('data-status')).toBe('disputed');
    expect(await bookRow.textContent()).toContain('Litige');
    await s.shot('customers-dispute-in-book');
  });

  it('blocks the customer: red flag on the page and in the list', async () => {
    await s.page.goto(`${s.host.url}#/clients/dupont`);
    await expect.poll(h1).toBe('Menuiserie Dupont');
    await s.page.getByRole('button', { name: 'Plus' }).click();
    await s.page.getByRole('menuitem', { name: 'Bloquer le client…' }).click();
    const modal = dialog('Bloquer Menuiserie Dupont');
    await modal.getByRole('button', { name: 'Bloquer le client' }).click();
    await expect.poll(() => modal.getByText(/Indiquez la raison du blocage/).count()).toBe(1);
    await modal.getByLabel('Motif').fill('Impayés répétés, mise en demeure sans réponse');
    await modal.getByLabel('Motif').press('Enter');
    await expect.poll(() => s.page.getByTestId('blocked-alert').textContent()).toContain('Motif : Impayés répétés');
    await modal.waitFor({ state: 'hidden' });
    expect(await s.page.getByTestId('blocked-badge').first().textContent()).toBe('Bloqué');
    await settledShot('customers-blocked');

    await s.page.getByRole('link', { name: 'Tous les clients' }).click();
    await expect.poll(h1).toBe('Clients');
    await s.page.getByText('Bloqués', { exact: true }).click();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().getByTestId('blocked-badge').textContent()).toBe('Bloqué');
    await settledShot('customers-list-blocked');
  });

  it('creates a customer from the list and refuses a reference already taken', async () => {
    await s.page.getByRole('link', { name: 'Nouveau client' }).click();
    await expect.poll(h1).toBe('Nouveau client');
    await s.page.getByLabel(/Nom ou raison sociale/).fill('Boulangerie Étoile');
    await s.page.getByLabel(/Référence client/).fill('411dupont');
    await s.page.getByLabel(/^SIREN/).fill('732 829 321');
    await s.page.getByRole('button', { name: 'Créer le client' }).click();
    await expect.poll(() => s.page.getByText(/Ce SIREN n'existe pas/).count()).toBe(1);
    await s.page.getByLabel(/^SIREN/).fill('');
    await s.page.getByRole('button', { name: 'Créer le client' }).click();
    await expect.poll(() => s.page.getByText("La référence « 411dupont » est déjà celle d'un autre client. Choisissez-en une autre.").count()).toBe(1);
    await s.shot('customers-new-invalid');
    await s.page.getByLabel(/Référence client/).fill('411ETOILE');
    await s.page.getByLabel(/Référence client/).press('Enter');
    await expect.poll(h1).toBe('Boulangerie Étoile');
  });

  it('reads in English too', async () => {
    await s.page.goto(`${s.host.url}#/clients/dupont`);
    await s.page.getByText('EN', { exact: true }).click();
    await expect.poll(() => s.page.getByRole('button', { name: 'Payment received' }).count()).toBe(1);
    expect(await s.page.getByText('Customer blocked since', { exact: false }).count()).toBe(1);
    expect(await s.page.getByRole('tab', { name: 'Open invoices (3)' }).count()).toBe(1);
    await s.shot('customers-page-en');
    await s.page.getByText('FR', { exact: true }).click();
    await expect.poll(() => s.page.getByRole('button', { name: 'Règlement reçu' }).count()).toBe(1);
  });

  it('raised no error in the page', () => {
    expect(s.errors).toEqual([]);
  });
});
