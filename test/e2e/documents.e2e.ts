import { createHash } from 'node:crypto';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDate, todayIso } from '../../renderer/src/domain/dates';
import { openApp, type Session } from './harness';
import { seed } from './seed';

let s: Session;
const today = todayIso(new Date());
const stamp = '2026-01-01T00:00:00.000Z';
/** A local-time timestamp `days` ago, as the app writes them. */
const daysAgo = (days: number) => new Date(`${addDays(today, -days)}T10:00:00`).toISOString();

const customers = [
  {
    id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', blocked: null, createdAt: stamp, updatedAt: stamp,
    address: 'Menuiserie Dupont\n12 rue des Lilas\n69003 Lyon', contacts: [{ id: 'k1', name: 'Mme Durand', email: 'durand@dupont.fr' }],
  },
  { id: 'martin', reference: '411MARTIN', name: 'Garage Martin', kind: 'business', contacts: [], blocked: null, createdAt: stamp, updatedAt: stamp },
];

/** A small real PDF, as main would have written it, and its SHA-256. */
async function writePdf(file: string, lines: string[], pages = 1): Promise<{ sha256: string; size: number }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595.28, 841.89]);
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 760 - i * 18, size: 12, font }));
  }
  const bytes = await pdf.save();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength };
}

const rows = () => s.page.getByTestId('document-row');
const row = (id: string) => s.page.locator(`[data-testid="document-row"][data-id="${id}"]`);
const settled = async (name: string) => {
  await s.page.waitForTimeout(300); // Mantine's transitions
  await s.shot(name);
};

let paths: Record<string, string>;

beforeAll(async () => {
  s = await openApp();
  await s.page.goto(`${s.host.url}#/documents`);
  await s.page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
  await s.page.getByTestId('documents-empty').waitFor();
  await s.shot('documents-empty');

  const folder = (customer: string) => path.join(s.host.paths.documents, today.slice(0, 4), customer);
  paths = {
    relance: path.join(folder('411DUPONT Menuiserie Dupont'), 'Relance 1 FA-2026-101.pdf'),
    mise: path.join(folder('411DUPONT Menuiserie Dupont'), 'Mise en demeure FA-2026-101.pdf'),
    releve: path.join(folder('411MARTIN Garage Martin'), 'Releve de compte Garage Martin.pdf'),
    gone: path.join(folder('411MARTIN Garage Martin'), 'Relance courtoise FA-2026-105.pdf'),
  };
  const relance = await writePdf(paths.relance!, ['Menuiserie Dupont', 'Relance 1 : facture FA-2026-101']);
  const mise = await writePdf(paths.mise!, ['MISE EN DEMEURE', 'Facture FA-2026-101'], 2);
  const releve = await writePdf(paths.releve!, ['Relevé de compte']);
  // Written, recorded, then changed by hand afterwards: the recorded hash is of the first version.
  await appendFile(paths.releve!, '\n% edited\n');
  const doc = (id: string, extra: Record<string, unknown>) => ({
    id, customerId: 'dupont', kind: 'reminder-1', pages: 1, language: 'fr', channel: 'letter', invoiceIds: [], ...extra,
  });
  await seed(s.page, {
    customers,
    documents: [
      doc('relance', { title: 'Relance 1 · FA-2026-101', path: paths.relance, fileName: path.basename(paths.relance!), ...relance, createdAt: daysAgo(20) }),
      doc('mise', { kind: 'formal-notice', channel: 'registered-letter', title: 'Mise en demeure · FA-2026-101', path: paths.mise, fileName: path.basename(paths.mise!), ...mise, pages: 2, createdAt: daysAgo(6) }),
      doc('releve', { kind: 'statement', customerId: 'martin', title: 'Relevé de compte · Garage Martin', path: paths.releve, fileName: path.basename(paths.releve!), ...releve, createdAt: daysAgo(3) }),
      doc('gone', { kind: 'courtesy', customerId: 'martin', title: 'Relance courtoise · FA-2026-105', path: paths.gone, fileName: path.basename(paths.gone!), sha256: 'f'.repeat(64), size: 1000, createdAt: daysAgo(30) }),
    ],
  });
  await s.page.reload();
  await s.page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
});
afterAll(async () => {
  await s?.close();
});

describe('Documents screen', () => {
  it('lists the documents newest first, flags a missing file and a changed one', async () => {
    await expect.poll(() => rows().count()).toBe(4);
    expect(await rows().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id))).toEqual(['releve', 'mise', 'relance', 'gone']);
    expect(await row('mise').getByTestId('registered-badge').textContent()).toBe('À envoyer');
    await expect.poll(() => row('gone').getAttribute('data-file')).toBe('missing');
    expect(await row('gone').getByText('Fichier introuvable').count()).toBe(1);
    expect(await row('gone').getByRole('button', { name: /^Ouvrir/ }).isDisabled()).toBe(true);
    expect(await row('gone').getByRole('button', { name: /^Imprimer/ }).isDisabled()).toBe(true);
    await expect.poll(() => row('releve').getAttribute('data-file')).toBe('changed');
    expect(await row('releve').getByText('Fichier modifié depuis sa création').count()).toBe(1);
    expect(await row('relance').getAttribute('data-file')).toBe('ok');
    await s.shot('documents-list');
  });

  it('filters by text, kind and customer', async () => {
    await s.page.getByTestId('documents-search').fill('mise');
    await expect.poll(() => rows().count()).toBe(1);
    await s.page.getByTestId('documents-search').fill('');
    await s.page.getByPlaceholder('Tous les types').click();
    await s.page.getByRole('option', { name: 'Relevé de compte' }).click();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().getAttribute('data-id')).toBe('releve');
    await s.page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await s.page.getByPlaceholder('Tous les clients').fill('Dupont');
    await s.page.getByRole('option', { name: 'Menuiserie Dupont (411DUPONT)' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    await s.page.getByTestId('filter-from').fill(addDays(today, -10));
    await expect.poll(() => rows().count()).toBe(1);
    await settled('documents-filtered');
    await s.page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect.poll(() => rows().count()).toBe(4);
  });

  it('opens a document in the system viewer, and with Enter', async () => {
    await row('relance').getByRole('button', { name: 'Ouvrir « Relance 1 · FA-2026-101 »' }).click();
    await expect.poll(() => s.host.shell.opened).toContain(paths.relance);
    await row('mise').focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.host.shell.opened).toContain(paths.mise);
  });

  it('prints a document, telling the user to print from the viewer when it opened there', async () => {
    await row('mise').getByRole('button', { name: 'Imprimer « Mise en demeure · FA-2026-101 »' }).click();
    await expect.poll(() => s.host.printer.printed).toContain(paths.mise);
    await expect.poll(() => s.page.getByText('Le PDF est ouvert dans votre lecteur : imprimez-le depuis celui-ci (Ctrl+P).').count()).toBe(1);
  });

  it('records the tracking number and the receipt of the registered letter', async () => {
    const sentOn = addDays(today, -5);
    const receivedOn = addDays(today, -3);
    await row('mise').getByRole('button', { name: 'Suivi recommandé de « Mise en demeure · FA-2026-101 »' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Suivi du recommandé' });
    await dialog.getByLabel('N° de suivi').fill('1A 0000 garbage');
    await dialog.getByLabel('Envoyée le').fill(sentOn);
    await dialog.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await expect.poll(() => dialog.getByText(/n'a pas le format de La Poste/).count()).toBe(1);
    await settled('documents-tracking-error');

    await dialog.getByLabel('N° de suivi').fill('1A 123 456 7890 1');
    await dialog.getByRole('radio', { name: 'Reçu, signé par le destinataire' }).check();
    await dialog.getByLabel("Reçue le (date de l'AR)").fill(receivedOn);
    await settled('documents-tracking');
    await dialog.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await expect.poll(() => row('mise').getByTestId('registered-badge').textContent()).toBe(`Reçue le ${formatDate(receivedOn)}`);
    expect(await row('mise').getByTestId('registered-badge').getAttribute('title')).toBe('N° de suivi 1A 123 456 7890 1');
    // Two facts, two lines in the customer's history.
    const history = await s.page.evaluate(
      () =>
        new Promise<{ channel: string; summary: string }[]>((resolve, reject) => {
          const open = indexedDB.open('relance');
          open.onsuccess = () => {
            const request = open.result.transaction('interactions').objectStore('interactions').getAll();
            request.onsuccess = () => resolve(request.result as { channel: string; summary: string }[]);
            request.onerror = () => reject(request.error);
          };
        }),
    );
    expect(history.map((h) => h.channel)).toEqual(['registered-letter', 'registered-letter']);
    expect(history.map((h) => h.summary).sort()).toEqual([
      `Lettre recommandée « Mise en demeure · FA-2026-101 » envoyée le ${formatDate(sentOn)} (n° 1A 123 456 7890 1).`,
      `Lettre recommandée « Mise en demeure · FA-2026-101 » reçue le ${formatDate(receivedOn)} (accusé de réception).`,
    ]);
    await settled('documents-tracked');
  });

  it('shows a document in its folder', async () => {
    await row('relance').getByRole('button', { name: 'Autres actions pour « Relance 1 · FA-2026-101 »' }).click();
    await settled('documents-row-menu');
    await s.page.getByRole('menuitem', { name: 'Afficher dans le dossier' }).click();
    await expect.poll(() => s.host.shell.revealed).toContain(paths.relance);
  });

  it('sends a letter again as an .eml draft with the PDF attached, and lists the draft', async () => {
    await row('relance').getByRole('button', { name: 'Autres actions pour « Relance 1 · FA-2026-101 »' }).click();
    await s.page.getByRole('menuitem', { name: 'Renvoyer par e-mail' }).click();
    await expect.poll(() => rows().count()).toBe(5);
    const eml = s.host.shell.opened.find((p) => p.endsWith('.eml'));
    expect(eml).toBe(path.join(s.host.paths.documents, today.slice(0, 4), '411DUPONT Menuiserie Dupont', 'Relance 1 FA-2026-101.eml'));
    expect(await rows().first().textContent()).toContain('E-mail : Relance 1 · FA-2026-101');
    await settled('documents-emailed');
  });
});

describe('Paramètres → Courriers', () => {
  it('prints a calibration page with the offset typed and opens it', async () => {
    await s.page.goto(`${s.host.url}#/parametres?tab=letters`);
    const x = s.page.getByLabel('Décalage horizontal (X)');
    await x.fill('2,5');
    await settled('settings-letters');
    const before = s.host.shell.opened.length;
    await s.page.getByRole('button', { name: 'Imprimer une page de calibration' }).click();
    await expect.poll(() => s.host.shell.opened.length).toBe(before + 1);
    expect(s.host.shell.opened.at(-1)!.startsWith(s.host.paths.documents)).toBe(true);
    expect(s.host.shell.opened.at(-1)!.endsWith('.pdf')).toBe(true);
    await s.page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => s.page.getByText('Réglages des courriers enregistrés.').count()).toBe(1);
  });

  it('has shown no error in the page', () => {
    expect(s.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
