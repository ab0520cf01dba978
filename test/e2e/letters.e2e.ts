/**
 * A formal notice from a customer's page to the Documents screen, in Chromium against the real
 * main-process code (PDF layout, files, e-mail draft): the preview is the PDF main lays out, the
 * saved file holds every mandatory mention and amount, the e-mail draft carries it, and a letter
 * that lacks what makes it valid is refused before anything is written.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../renderer/src/domain/dates';
import { SAMPLE_COMPANY } from '../support/sample-company';
import { openApp, type Session } from './harness';
import { seed } from './seed';
import { pdfFileText } from '../support/letter-fixtures';

let s: Session;
const today = todayIso(new Date());
const stamp = '2026-01-01T00:00:00.000Z';

const company = SAMPLE_COMPANY;
const customers = [
  {
    id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', siren: '552100554', blocked: null, createdAt: stamp, updatedAt: stamp,
    address: 'Menuiserie Dupont\n12 rue des Lilas\n69003 Lyon',
    contacts: [{ id: 'k1', name: 'Claire Durand', role: 'Comptable', email: 'claire.durand@dupont.fr' }],
  },
  { id: 'martin', reference: '411MARTIN', name: 'Garage Martin', kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp },
];
const invoice = (id: string, customerId: string, number: string, cents: number, dueInDays: number) => ({
  id, customerId, number, issueDate: addDays(today, dueInDays - 30), dueDate: addDays(today, dueInDays), amountCents: cents,
  sourceOpenCents: cents, openCents: cents, hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const invoices = [
  invoice('d1', 'dupont', 'FA-2026-101', 240000, -75),
  invoice('d2', 'dupont', 'FA-2026-117', 96050, -20),
  invoice('m1', 'martin', 'FA-2026-105', 180000, -45),
];

const settled = async (name: string) => {
  await s.page.waitForTimeout(400);
  await s.shot(name);
};

beforeAll(async () => {
  s = await openApp();
  await s.page.goto(`${s.host.url}#/clients`);
  await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await seed(s.page, {
    customers,
    invoices,
    settings: [
      { key: 'company', value: company, updatedAt: stamp },
      {
        key: 'letters',
        value: {
          envelopeOffsetMm: { x: 0, y: 0 }, emailMode: 'eml', signatureName: 'Paul Girard', signatureRole: 'Gérant',
          place: '', formalNoticeDeadlineDays: 8, defaultTone: 'cordial',
        },
        updatedAt: stamp,
      },
    ],
  });
  await s.page.goto(`${s.host.url}#/clients/dupont`);
  await s.page.getByRole('heading', { level: 1, name: 'Menuiserie Dupont' }).waitFor();
});
afterAll(async () => {
  await s?.close();
});

describe('a formal notice from the customer page', () => {
  let saved = '';

  it('previews the PDF main lays out, then saves it with every mention and amount', async () => {
    await s.page.getByTestId('prepare-letter').click();
    const composer = s.page.getByRole('dialog');
    await composer.getByRole('combobox', { name: 'Type de courrier' }).click();
    await s.page.getByRole('option', { name: 'Mise en demeure (recommandé AR)' }).click();
    await composer.getByLabel('N° de recommandé (facultatif)').fill('1A 234 567 8901 2');
    await expect.poll(() => composer.getByTestId('composer-preview').locator('canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => composer.getByTestId('composer-preview-pages').textContent()).toMatch(/^\d+ pages?$/);
    await expect.poll(() => composer.getByTestId('composer-penalties').textContent()).toContain('indemnités forfaitaires : 80,00');
    await settled('letters-composer-formal-notice');

    await composer.getByTestId('composer-save').click();
    await composer.getByTestId('composer-saved').waitFor({ timeout: 20_000 });
    saved = (await composer.getByTestId('composer-saved').locator('p').first().textContent())!.trim();
    expect(saved.startsWith(path.join(s.host.paths.documents, today.slice(0, 4), '411DUPONT Menuiserie Dupont'))).toBe(true);
    await settled('letters-composer-saved');

    const text = await pdfFileText(saved);
    for (const mention of [
      'Lettre recommandée avec accusé de réception', '1A23456789012', 'MISE EN DEMEURE', 'Atelier Bois Créatif', 'SARL', '732 829 320',
      'Menuiserie Dupont', '12 RUE DES LILAS', '69003 LYON', 'FA-2026-101', 'FA-2026-117', '2 400,00 €', '960,50 €', '3 360,50 €',
      '40,00 €', 'FR76 3000 6000 0112 3456 7890 189', 'injonction de payer', 'Paul Girard',
    ]) {
      expect(text, mention).toContain(mention);
    }
    // Interest of each invoice, computed here: open amount × 12,15 % (2026 H1, carried over) × days / 365.
    expect(text).toContain('59,92 €'); // 2 400,00 € × 12,15 % × 75 / 365 = 59,9178…
    expect(text).toContain('6,39 €'); // 960,50 € × 12,15 % × 20 / 365 = 6,3946…
    expect(s.errors).toEqual([]);
  });

  it('writes an e-mail draft with the PDF attached and opens it in the mail program', async () => {
    const composer = s.page.getByRole('dialog');
    await composer.getByRole('button', { name: 'Envoyer par e-mail' }).click();
    await expect.poll(() => s.host.shell.opened.filter((p) => p.endsWith('.eml')).length, { timeout: 15_000 }).toBe(1);
    const eml = s.host.shell.opened.find((p) => p.endsWith('.eml'))!;
    const mail = await simpleParser(await readFile(eml));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toContain('claire.durand@dupont.fr');
    expect(mail.subject).toMatch(/mise en demeure/i);
    expect(mail.text).toContain('FA-2026-101');
    expect(mail.attachments).toHaveLength(1);
    expect(Buffer.compare(mail.attachments[0]!.content, await readFile(saved))).toBe(0);
  });

  it('finds the notice and its e-mail on the Documents screen, with the tracking number', async () => {
    await s.page.keyboard.press('Escape');
    await s.page.goto(`${s.host.url}#/documents`);
    await s.page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    const rows = s.page.getByTestId('document-row');
    await expect.poll(() => rows.count()).toBe(2);
    const all = (await rows.allTextContents()).join('\n');
    expect(all).toMatch(/Mise en demeure/);
    expect(all).toMatch(/E-mail/);
    await settled('letters-documents');
  });

  it('logs the letter and the e-mail in the customer history', async () => {
    const count = await s.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('relance');
          open.onsuccess = () => {
            const request = open.result.transaction('interactions').objectStore('interactions').getAll();
            request.onsuccess = () => resolve(request.result.filter((i: { customerId: string }) => i.customerId === 'dupont').length);
            request.onerror = () => reject(request.error);
          };
        }),
    );
    expect(count).toBe(2);
  });
});

describe('letters in bulk from the invoice book', () => {
  it('makes one letter per customer, lists the customer it cannot write to, and merges the rest to print at once', async () => {
    await s.page.goto(`${s.host.url}#/factures`);
    await s.page.getByTestId('book-row').first().waitFor();
    for (const number of ['FA-2026-101', 'FA-2026-117', 'FA-2026-105']) {
      await s.page.getByRole('checkbox', { name: `Sélectionner la facture ${number}` }).check();
    }
    await s.page.getByTestId('bulk-letters').click();
    const modal = s.page.getByTestId('batch-letters');
    expect(await modal.textContent()).toContain('3 factures sélectionnées, 2 clients');
    await modal.getByTestId('batch-generate').click();
    await modal.getByTestId('batch-result').waitFor({ timeout: 30_000 });
    const result = (await modal.getByTestId('batch-result').textContent()) ?? '';
    expect(result).toContain('1 courrier enregistré');
    expect(result).toContain('Garage Martin');
    expect(result).toContain('L’adresse postale du client');
    await settled('letters-batch-result');
    await modal.getByTestId('batch-print').click();
    await expect.poll(() => s.host.printer.printed.length).toBe(1);
    const merged = s.host.printer.printed[0]!;
    expect(path.dirname(merged)).toBe(path.join(s.host.paths.documents, today.slice(0, 4), 'Lots'));
    const text = await pdfFileText(merged);
    expect(text).toContain('Menuiserie Dupont');
    expect(text).toContain('FA-2026-117');
    expect(text).not.toContain('Garage Martin');
  });
});

describe('a letter that lacks what makes it valid', () => {
  it('is refused with the list of what is missing, and nothing is written', async () => {
    const before = await readdir(path.join(s.host.paths.documents, today.slice(0, 4))).catch(() => []);
    await s.page.goto(`${s.host.url}#/clients/martin`);
    await s.page.getByRole('heading', { level: 1, name: 'Garage Martin' }).waitFor();
    await s.page.getByTestId('prepare-letter').click();
    const composer = s.page.getByRole('dialog');
    const missing = composer.getByTestId('composer-missing');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('L’adresse postale du client');
    expect(await composer.getByTestId('composer-save').isDisabled()).toBe(true);
    await settled('letters-composer-refused');
    const after = await readdir(path.join(s.host.paths.documents, today.slice(0, 4))).catch(() => []);
    expect(after).toEqual(before);
  });
});
