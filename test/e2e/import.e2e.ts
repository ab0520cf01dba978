import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const FIXTURE = path.resolve('../shared/fixtures/fec/0000000001FEC20220831.txt');

let s: Session;

async function importThroughWizard(file: string, expectDone = true) {
  await s.page.goto(`${s.host.url}#/import`);
  s.host.dialogs.answerNextOpen(file);
  await s.page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await s.page.getByTestId('import-next').click();
  await s.page.getByTestId('import-next').click();
  await s.page.getByTestId('import-check').click();
  await s.page.getByTestId('plan-summary').waitFor();
  if (!expectDone) return;
  await s.page.getByTestId('import-run').click();
  await s.page.getByTestId('import-done').waitFor({ timeout: 30_000 });
}

// Invoice numbers are kept exactly as the accounting wrote them ("FA  220272" has two spaces).
const rowNumbers = () => s.page.getByTestId('book-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number')));
const totals = () => s.page.getByTestId('book-totals').textContent();

// The real FEC fixture lives beside the clone (../shared); a plain clone without it skips.
describe.skipIf(!existsSync(FIXTURE))('importing an accounting export and working the book', () => {
  beforeAll(async () => {
    s = await openApp();
    await s.page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('refuses a PDF renamed .csv with a clear message, and stores nothing', async () => {
    const fake = path.join(s.dataDir, 'factures.csv');
    await writeFile(fake, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    await s.page.goto(`${s.host.url}#/import`);
    s.host.dialogs.answerNextOpen(fake);
    await s.page.getByRole('button', { name: 'Choisir un fichier…' }).click();
    await expect.poll(() => s.page.getByTestId('import-fatal').textContent()).toContain('PDF');
    await s.shot('import-refused-pdf');
    expect(await s.page.getByText('Aucun import pour l\'instant.').count()).toBe(1);
  });

  it('imports the FEC through the wizard: detection, preview, check, progress', async () => {
    await s.page.goto(`${s.host.url}#/import`);
    s.host.dialogs.answerNextOpen(FIXTURE);
    await s.page.getByRole('button', { name: 'Choisir un fichier…' }).click();
    await expect.poll(() => s.page.getByTestId('detected-rows').textContent()).toContain('5');
    await s.shot('import-detection');
    await s.page.getByTestId('import-next').click();
    await expect.poll(() => s.page.getByTestId('preview-counts').textContent()).toContain('17 clients');
    await s.shot('import-preview');
    await s.page.getByTestId('import-next').click();
    await s.page.getByTestId('import-check').click();
    await expect.poll(() => s.page.getByTestId('plan-summary').textContent()).toContain('400 nouvelles factures');
    await s.shot('import-report');
    await s.page.getByTestId('import-run').click();
    await expect.poll(() => s.page.getByTestId('import-done').textContent(), { timeout: 30_000 }).toContain('400 factures ajoutées');
    await s.shot('import-done');
  });

  it('shows the open invoices in the book, with totals', async () => {
    await s.page.goto(`${s.host.url}#/factures`);
    await expect.poll(totals).toContain('25 factures affichées');
    expect(await totals()).toContain('60\u202f806,38\u00a0€');
    await s.shot('book-after-import');
  });

  it('searches by customer and by amount, and filters by lateness and customer', async () => {
    await s.page.getByTestId('book-search').fill('prosol');
    await expect.poll(totals).toContain('18 factures affichées');
    await s.page.getByTestId('book-search').fill('8115,06');
    await expect.poll(rowNumbers).toEqual(['FA  220272']);
    await s.page.getByTestId('book-search').fill('');
    await s.page.getByTestId('filter-customer').click();
    await s.page.getByRole('option', { name: /LE VERGER DE RETAYON/ }).click();
    await expect.poll(totals).toContain('2 factures affichées');
    await s.page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await s.page.getByTestId('filter-bucket').click();
    await s.page.getByRole('option', { name: 'Plus de 90 jours' }).click();
    await expect.poll(totals).toContain('25 factures affichées');
    await s.page.getByTestId('filter-bucket').click();
    await s.page.getByRole('option', { name: '1 à 30 jours' }).click();
    await expect.poll(totals).toContain('0 facture affichée'); // French: zero takes the singular
    await s.page.getByRole('button', { name: 'Effacer les filtres' }).click();
  });

  it('puts an invoice on hold with a reason, and finds it with the hold filter', async () => {
    await s.page.getByTestId('book-search').fill('FA 220272');
    await expect.poll(rowNumbers).toEqual(['FA  220272']);
    await s.page.getByRole('checkbox', { name: 'Sélectionner la facture FA 220272' }).check();
    await s.page.getByRole('button', { name: 'Mettre en pause…' }).click();
    await s.page.getByLabel('Raison').fill('Le client conteste la livraison');
    await s.page.getByRole('button', { name: 'Mettre en pause', exact: true }).click();
    await expect.poll(() => s.page.getByTestId('book-row').first().locator('[data-status]').getAttribute('data-status')).toBe('on-hold');
    await s.page.getByTestId('book-search').fill('');
    await s.page.getByTestId('filter-hold').click();
    await s.page.getByRole('option', { name: 'En pause' }).click();
    await expect.poll(rowNumbers).toEqual(['FA  220272']);
    await s.shot('book-hold');
    await s.page.getByRole('button', { name: 'Effacer les filtres' }).click();
  });

  it('re-imports the same file without creating a single duplicate, keeping the hold', async () => {
    await importThroughWizard(FIXTURE, false);
    await expect.poll(() => s.page.getByTestId('plan-summary').textContent()).toContain('Ce fichier est déjà à jour');
    await s.shot('import-reimport');
    await s.page.goto(`${s.host.url}#/factures`);
    await expect.poll(totals).toContain('25 factures affichées');
    await s.page.getByTestId('filter-hold').click();
    await s.page.getByRole('option', { name: 'En pause' }).click();
    await expect.poll(rowNumbers).toEqual(['FA  220272']);
  });

  it('undoes the import from the history, leaving the book empty', async () => {
    await s.page.goto(`${s.host.url}#/import`);
    await s.page.getByTestId('undo-import').click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Annuler le dernier import' }).click();
    await expect.poll(() => s.page.getByText('annulé', { exact: true }).count()).toBe(1);
    await s.shot('import-undone');
    await s.page.goto(`${s.host.url}#/factures`);
    await expect.poll(() => s.page.getByText('Aucune facture pour l\'instant.', { exact: false }).count()).toBe(1);
  });

  it('raised no error in the page', () => {
    expect(s.errors).toEqual([]);
  });
});
