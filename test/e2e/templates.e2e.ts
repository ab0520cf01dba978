import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

let s: Session;
const body = () => s.page.getByTestId('template-body');
const preview = () => s.page.getByTestId('template-preview');
const errors = () => s.page.getByTestId('template-errors');
/** The editor's title: "Rappel de courtoisie · Cordial · Français". */
const editorTitle = () => s.page.getByRole('heading', { level: 2, name: / · / });
/** The template chooser of a window too narrow for the list column (1280 pixels here). */
const chooser = () => s.page.getByRole('combobox', { name: 'Modèle', exact: true });
const save = () => s.page.getByRole('button', { name: 'Enregistrer', exact: true });
/** Screenshot once Mantine's transitions are over. */
const settledShot = async (name: string) => {
  await s.page.waitForTimeout(300);
  await s.shot(name);
};

beforeAll(async () => {
  s = await openApp();
  await s.page.goto(`${s.host.url}#/parametres?tab=templates`);
  await s.page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
  await body().waitFor();
});
afterAll(async () => {
  await s?.close();
});

describe('Paramètres → Modèles', () => {
  it('opens on the courtesy reminder with a preview filled with sample data', async () => {
    await expect.poll(() => s.page.getByRole('tab', { name: 'Modèles' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => editorTitle().textContent()).toBe('Rappel de courtoisie · Cordial · Français');
    expect(await preview().getByRole('table').count()).toBe(1);
    expect(await preview().textContent()).toContain('FA-2026-0117');
    await settledShot('templates-open');
  });

  it('edits the courtesy reminder and the preview follows the typing', async () => {
    await body().click();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.type('\nPS : pensez à joindre le numéro de facture, {{contact.name}}.');
    await expect.poll(() => preview().textContent()).toContain('PS : pensez à joindre le numéro de facture, Mme Claire Durand.');
    await expect.poll(() => chooser().inputValue()).toBe('Rappel de courtoisie · Cordial · Non enregistré');
    await preview().scrollIntoViewIfNeeded();
    await settledShot('templates-edited');
  });

  it('shows a misspelt variable with its line and column and keeps the save button disabled', async () => {
    await s.page.keyboard.type(' {{custmer.name}}');
    await errors().waitFor();
    const text = (await errors().textContent()) ?? '';
    expect(text).toContain('1 erreur à corriger avant d’enregistrer');
    expect(text).toMatch(/Texte, ligne \d+, colonne \d+ :\s*Variable inconnue : « custmer\.name »\. Vouliez-vous dire « customer\.name » \?/);
    expect(await save().isDisabled()).toBe(true);
    await errors().scrollIntoViewIfNeeded();
    await settledShot('templates-error');
  });

  it('saves once the typo is fixed, and the text is still there after a reload', async () => {
    for (let i = 0; i < ' {{custmer.name}}'.length; i++) await s.page.keyboard.press('Backspace');
    await errors().waitFor({ state: 'detached' });
    await save().click();
    await s.page.getByText('Modèle enregistré.').waitFor();
    await expect.poll(() => chooser().inputValue()).toBe('Rappel de courtoisie · Cordial · Modifié');

    await s.page.reload();
    await body().waitFor();
    await expect.poll(() => body().inputValue()).toContain('PS : pensez à joindre le numéro de facture, {{contact.name}}.');
    expect(await preview().textContent()).toContain('PS : pensez à joindre le numéro de facture, Mme Claire Durand.');
    await settledShot('templates-saved');
  });

  it('inserts a variable from the picker with the keyboard', async () => {
    await body().click();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.type('\nIBAN : ');
    const picker = s.page.getByRole('combobox', { name: 'Insérer une variable' });
    await picker.click();
    await picker.fill('iban');
    await s.page.getByRole('option', { name: /company\.iban/ }).waitFor();
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => body().inputValue()).toMatch(/IBAN : \{\{company\.iban\}\}$/);
    await expect.poll(() => preview().textContent()).toContain('IBAN : FR76 3000 6000 0112 3456 7890 189');
  });

  it('restores the original text after confirmation', async () => {
    await s.page.getByRole('button', { name: 'Rétablir le texte d’origine' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Rétablir le texte d’origine ?' });
    await dialog.waitFor();
    await settledShot('templates-reset-confirm');
    await dialog.getByRole('button', { name: 'Rétablir' }).click();
    await expect.poll(() => body().inputValue()).not.toContain('PS : pensez');
    await expect.poll(() => chooser().inputValue()).toBe('Rappel de courtoisie · Cordial');
  });

  it('shows the formal notice with its tables, in English too', async () => {
    await chooser().click();
    await s.page.getByRole('option', { name: 'Mise en demeure · Formel' }).click();
    await expect.poll(() => preview().textContent()).toContain('MISE EN DEMEURE');
    expect(await preview().textContent()).toContain('Total réclamé');
    await settledShot('templates-formal-notice');
    await s.page.getByText('Anglais', { exact: true }).click();
    await expect.poll(() => editorTitle().textContent()).toBe('Rappel de courtoisie · Cordial · Anglais');
    await expect.poll(() => preview().textContent()).toContain('€2,400.00');
    await settledShot('templates-english');
  });

  it('shows the list of templates beside the editor in a wide window', async () => {
    await s.page.setViewportSize({ width: 1680, height: 1000 });
    const list = s.page.getByRole('navigation', { name: 'Liste des modèles' });
    await list.waitFor();
    expect(await chooser().isVisible()).toBe(false);
    await list.locator('[data-template-id="builtin:reminder-2:en:ferme"]').click();
    await expect.poll(() => editorTitle().textContent()).toBe('Relance 2 (pénalités) · Ferme · Anglais');
    await expect.poll(() => preview().textContent()).toContain('Total claimed');
    await settledShot('templates-wide');
    expect(s.errors).toEqual([]);
  });
});
