import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

let s: Session;

beforeAll(async () => {
  s = await openApp();
  await s.page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
});
afterAll(async () => {
  await s?.close();
});

/** Drops a file on the window the way the OS does (a DataTransfer carrying a File). */
async function dropFile(name: string, content: string, type = 'text/csv') {
  await s.page.evaluate(
    ({ name, content, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      for (const event of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(event, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name, content, type },
  );
}

// An aged balance whose headers Relance cannot all guess: "Pièce" is the invoice number, "Tiers" the
// customer code, "Nom" the name, "Reste" the open amount.
const csv = [
  'Tiers;Nom;Pièce;Date;Échéance;TTC;Reste',
  'C001;Boulangerie Étoile;F-100;02/09/2026;02/10/2026;1 200,00;1 200,00',
  'C001;Boulangerie Étoile;F-101;15/09/2026;15/10/2026;300,00;100,00',
  'C002;Garage Martin;F-102;20/10/2026;19/11/2026;840,50;840,50',
].join('\r\n');

describe('a CSV dropped on the window, with the column mapping corrected and remembered', () => {
  it('opens the import wizard from any screen when a file is dropped', async () => {
    await s.page.goto(`${s.host.url}#/`);
    await dropFile('balance-agee.csv', csv);
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('Importer un export comptable');
    await expect.poll(() => s.page.getByTestId('mapping-editor').count()).toBe(1);
    await s.shot('import-csv-mapping');
  });

  it('lets the user map the columns, then imports with the right open amounts', async () => {
    const pick = async (field: string, column: string) => {
      await s.page.locator(`[data-field="${field}"]`).click();
      await s.page.getByRole('option', { name: column, exact: true }).click();
    };
    await pick('invoiceNumber', 'Pièce');
    await pick('customerReference', 'Tiers');
    await pick('customerName', 'Nom');
    await pick('openAmount', 'Reste');
    await s.page.getByRole('button', { name: 'Appliquer et mémoriser' }).click();
    await expect.poll(() => s.page.getByText('Correspondance enregistrée pour ce type d\'export', { exact: false }).count()).toBe(1);
    await s.page.getByTestId('import-next').click();
    await expect.poll(() => s.page.getByTestId('preview-counts').textContent()).toContain('2 clients');
    expect(await s.page.getByTestId('preview-counts').textContent()).toContain('2\u202f140,50\u00a0€');
    await s.page.getByTestId('import-next').click();
    await s.page.getByTestId('import-check').click();
    await s.page.getByTestId('import-run').click();
    await expect.poll(() => s.page.getByTestId('import-done').textContent()).toContain('3 factures ajoutées');
  });

  it('proposes the saved mapping for the next export of the same kind', async () => {
    await s.page.goto(`${s.host.url}#/`);
    await dropFile('balance-agee-decembre.csv', `${csv}\r\nC003;Pharmacie du Port;F-103;01/11/2026;01/12/2026;99,00;99,00`);
    await expect.poll(() => s.page.getByText('Correspondance enregistrée pour ce type d\'export', { exact: false }).count()).toBe(1);
    await s.page.getByTestId('import-next').click();
    await expect.poll(() => s.page.getByTestId('preview-counts').textContent()).toContain('3 clients');
    await s.page.getByTestId('import-next').click();
    await s.page.getByTestId('import-check').click();
    await expect.poll(() => s.page.getByTestId('plan-summary').textContent()).toContain('1 nouvelles factures · 0 modifiées · 3 inchangées');
    await s.shot('import-csv-second');
  });

  it('refuses a file with an unreadable amount, naming the line, and imports nothing', async () => {
    await s.page.goto(`${s.host.url}#/`);
    await dropFile('balance-agee-janvier.csv', `${csv}\r\nC004;Librairie;F-104;03/11/2026;03/12/2026;12,3x;12,3x`);
    await s.page.getByTestId('import-next').click();
    await s.page.getByTestId('import-next').click();
    await expect.poll(() => s.page.getByTestId('issues-error').textContent()).toContain('Ligne 5');
    expect(await s.page.getByTestId('issues-error').textContent()).toContain('12,3x');
    expect(await s.page.getByTestId('import-check').count()).toBe(0);
    await s.shot('import-csv-error');
  });

  it('raised no error in the page', () => {
    expect(s.errors).toEqual([]);
  });
});
