import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../support/images';
import { openApp, type Session } from './harness';

let s: Session;

beforeAll(async () => {
  s = await openApp();
});
afterAll(async () => {
  await s?.close();
});

const nav = (id: string) => s.page.locator(`nav [data-screen="${id}"]`);
const field = (label: string) => s.page.getByLabel(label, { exact: false }).first();

/** Types the required identity and address of the company, with the SIREN and IBAN given. */
async function fillCompany(siren: string, iban: string) {
  await field('Raison sociale').fill('Menuiserie Dupont');
  await s.page.getByRole('combobox', { name: 'Forme juridique' }).click();
  await s.page.getByRole('option', { name: 'SARL' }).click();
  await field('SIREN').fill(siren);
  await field('Adresse').fill('12 rue des Lilas');
  await field('Code postal').fill('69003');
  await field('Ville').fill('Lyon');
  await field('IBAN').fill(iban);
  await field('BIC').fill('AGRIFRPP');
}

// [screen, heading, built]: screens not built yet must say so plainly.
const screens: [string, string, boolean][] = [
  ['dashboard', 'Tableau de bord', true],
  ['invoices', 'Factures', true],
  ['customers', 'Clients', true],
  ['import', 'Importer un export comptable', true],
  ['call', 'Appel', true],
  ['calendar', 'Calendrier', true],
  ['documents', 'Documents', true],
  ['litigation', 'Contentieux', false],
];

describe('a new user finds every screen', () => {
  it('opens on the dashboard, in French', async () => {
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('Tableau de bord');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  it.each(screens)('visits %s (%s); a screen not built yet says so plainly', async (id, title, built) => {
    await nav(id).click();
    await expect.poll(() => s.page.locator('h1').first().textContent()).toBe(title);
    await expect.poll(() => s.page.getByText("Cet écran n'est pas encore disponible").count()).toBe(built ? 0 : 1);
    expect(await nav(id).getAttribute('aria-current')).toBe('page');
    await s.shot(`screen-${id}`);
  });
});

describe('company profile', () => {
  it('refuses an invalid SIREN and IBAN with French messages and stores nothing', async () => {
    await nav('settings').click();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('Paramètres');
    await fillCompany('732 829 321', 'FR76 3000 6000 0112 3456 7890 188');
    await s.page.getByRole('button', { name: 'Enregistrer' }).click();

    await expect.poll(() => s.page.getByText("Ce SIREN n'existe pas : sa clé de contrôle est fausse.", { exact: false }).count()).toBe(1);
    await expect.poll(() => s.page.getByText('Cet IBAN est invalide : sa clé de contrôle est fausse.', { exact: false }).count()).toBe(1);
    await expect.poll(() => s.page.getByTestId('form-error').textContent()).toContain("Le profil n'a pas été enregistré");
    await s.shot('settings-invalid');

    await s.page.reload();
    await expect.poll(() => field('Raison sociale').inputValue()).toBe('');
  });

  it('refuses a corrupt logo and an oversized one with a clear message', async () => {
    const corrupt = path.join(s.dataDir, 'logo-casse.png');
    await writeFile(corrupt, makePng(60, 30).subarray(0, 70));
    s.host.dialogs.answerNextOpen(corrupt);
    await s.page.getByRole('button', { name: 'Choisir un logo…' }).click();
    await expect.poll(() => s.page.getByTestId('logo-error').textContent()).toContain('Cette image est endommagée');

    const huge = path.join(s.dataDir, 'logo-enorme.png');
    await writeFile(huge, new Uint8Array(700 * 1024));
    s.host.dialogs.answerNextOpen(huge);
    await s.page.getByRole('button', { name: 'Choisir un logo…' }).click();
    await expect.poll(() => s.page.getByTestId('logo-error').textContent()).toContain('Ce fichier fait 700 Ko');

    const notImage = path.join(s.dataDir, 'facture.pdf');
    await writeFile(notImage, '%PDF-1.7\n');
    s.host.dialogs.answerNextOpen(notImage);
    await s.page.getByRole('button', { name: 'Choisir un logo…' }).click();
    await expect.poll(() => s.page.getByTestId('logo-error').textContent()).toContain("n'est pas une image PNG ou JPEG");
    expect(await s.page.getByTestId('logo-preview').count()).toBe(0);
  });

  it('saves a valid profile with its logo and finds it again after a reload', async () => {
    await fillCompany('732 829 320', 'FR76 3000 6000 0112 3456 7890 189');
    await field('E-mail').fill('compta@dupont.fr');
    await field('Téléphone').fill('04 78 12 34 56');

    const logo = path.join(s.dataDir, 'logo.png');
    await writeFile(logo, makePng(240, 80, [40, 60, 180]));
    s.host.dialogs.answerNextOpen(logo);
    await s.page.getByRole('button', { name: 'Choisir un logo…' }).click();
    await expect.poll(() => s.page.getByTestId('logo-preview').count()).toBe(1);

    await s.page.keyboard.press('Control+s');
    await expect.poll(() => s.page.getByText("Profil de l'entreprise enregistré.").count()).toBeGreaterThan(0);
    await s.shot('settings-saved');

    await s.page.reload();
    await expect.poll(() => field('Raison sociale').inputValue()).toBe('Menuiserie Dupont');
    expect(await field('SIREN').inputValue()).toBe('732 829 320');
    expect(await field('IBAN').inputValue()).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(await s.page.getByRole('combobox', { name: 'Forme juridique' }).inputValue()).toBe('SARL');
    await expect.poll(() => s.page.getByTestId('logo-preview').count()).toBe(1);
    const decoded = await s.page.getByTestId('logo-preview').evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(decoded).toBe(240);
  });

  it('shows the version and the folders where data and documents are stored', async () => {
    await s.page.getByRole('tab', { name: 'À propos' }).click();
    await expect.poll(() => s.page.getByTestId('app-version').textContent()).toContain('0.1.0-e2e');
    expect(await s.page.getByText(s.host.paths.documents).count()).toBe(1);
    await s.page.getByRole('button', { name: 'Ouvrir' }).nth(1).click();
    await expect.poll(() => s.host.shell.opened).toEqual([s.host.paths.documents]);
    await s.shot('settings-about');
  });
});

describe('language and theme', () => {
  it('switches to English, tells main for the menu, and stays English after a reload', async () => {
    await s.page.getByText('EN', { exact: true }).click();
    await expect.poll(() => nav('settings').textContent()).toBe('Settings');
    expect(await nav('invoices').textContent()).toBe('Invoices');
    await expect.poll(() => s.host.language.current).toBe('en');
    await s.page.reload();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('Settings');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await nav('litigation').click();
    await expect.poll(() => s.page.getByText('This screen is not available yet').count()).toBe(1);
    await s.shot('english-litigation');
    await s.page.getByText('FR', { exact: true }).click();
    await expect.poll(() => nav('calendar').textContent()).toBe('Calendrier');
  });

  it('follows a dark system theme', async () => {
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await nav('settings').click();
    await expect
      .poll(() => s.page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme')))
      .toBe('dark');
    await s.shot('settings-dark');
  });

  it('raised no error in the page', () => {
    expect(s.errors).toEqual([]);
  });
});
