import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

let s: Session;

beforeAll(async () => {
  s = await openApp();
});
afterAll(async () => {
  await s?.close();
});

const table = (kind: string) => s.page.getByTestId(`rates-table-${kind}`);
const row = (kind: string, from: string) => table(kind).locator(`[data-testid="rate-row"][data-from="${from}"]`);
/** Text with the no-break spaces of French typography made plain. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
/** Screenshot once Mantine's 200 ms transitions are over. */
const settledShot = async (name: string) => {
  await s.page.waitForTimeout(300);
  await s.shot(name);
};

describe('Paramètres → Taux', () => {
  it('shows the shipped rate tables, with the rows to check flagged', async () => {
    await s.page.goto(`${s.host.url}#/parametres?tab=rates`);
    await s.page.getByTestId('rates-panel').waitFor();
    expect(plain(await row('b2b-default', '2026-01-01').getByTestId('rate-value').textContent())).toBe('12,15 %');
    expect(await row('b2b-default', '2026-01-01').getByTestId('rate-unconfirmed').textContent()).toBe('À vérifier');
    expect(await s.page.getByTestId('rate-unconfirmed').count()).toBe(3);
    await settledShot('rates-panel');
  });

  it('adds the 2026 H2 B2B rate, which stays after a reload', async () => {
    await s.page.getByTestId('rates-add-b2b-default').click();
    const dialog = s.page.getByRole('dialog', { name: /Ajouter un semestre/ });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Premier jour du semestre').inputValue()).toBe('01/07/2026');
    expect(await dialog.getByRole('textbox', { name: /^Taux/ }).inputValue()).toBe('12,15');
    await settledShot('rates-add-half-year');

    // A wrong date first: the French message, nothing saved.
    await dialog.getByLabel('Premier jour du semestre').fill('15/08/2026');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Un taux semestriel commence le 1er janvier ou le 1er juillet : pour ce semestre, indiquez le 01/07/2026.').waitFor();
    await settledShot('rates-add-refused');

    await dialog.getByLabel('Premier jour du semestre').fill('01/07/2026');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row('b2b-default', '2026-07-01').count()).toBe(1);
    expect(plain(await row('b2b-default', '2026-07-01').textContent())).toContain('2e semestre 2026');

    await s.page.reload();
    await s.page.getByTestId('rates-panel').waitFor();
    await expect.poll(() => row('b2b-default', '2026-07-01').count()).toBe(1);
    expect(plain(await row('b2b-default', '2026-07-01').getByTestId('rate-value').textContent())).toBe('12,15 %');
    expect(await row('b2b-default', '2026-07-01').getByTestId('rate-unconfirmed').count()).toBe(0);
    await settledShot('rates-after-reload');
  });

  it('confirms a row to check', async () => {
    await row('b2b-default', '2026-01-01').getByRole('button', { name: 'Confirmer le taux : 1er semestre 2026' }).click();
    await expect.poll(() => row('b2b-default', '2026-01-01').getByTestId('rate-unconfirmed').count()).toBe(0);
    expect(await s.page.getByTestId('rate-unconfirmed').count()).toBe(2);
  });

  it('left no error in the page', () => {
    expect(s.errors).toEqual([]);
  });
});
