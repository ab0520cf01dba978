import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../renderer/src/db/database';
import { loadTemplates, saveTemplate } from '../../renderer/src/db/templates';
import { defaultTemplate } from '../../renderer/src/domain/templates/defaults/index';
import { TemplatesPanel } from '../../renderer/src/features/templates/TemplatesPanel';
import { renderInApp } from './render';

const COURTESY = 'builtin:courtesy:fr:cordial';
const body = () => screen.getByTestId('template-body') as HTMLTextAreaElement;
const subject = () => screen.getByTestId('template-subject') as HTMLInputElement;
const preview = () => screen.getByTestId('template-preview');
const saveButton = () => screen.getByRole('button', { name: 'Enregistrer' });

async function openPanel() {
  renderInApp(<TemplatesPanel />);
  await screen.findByTestId('template-body', {}, { timeout: 5000 });
}

beforeEach(async () => {
  await database().templates.clear();
});

describe('templates panel', () => {
  it('lists the templates by kind and opens the courtesy reminder with its preview', async () => {
    await openPanel();
    const list = screen.getByRole('navigation', { name: 'Liste des modèles' });
    for (const kind of ['Rappel de courtoisie', 'Relance 1', 'Relance 2 (pénalités)', 'Mise en demeure', 'Relevé de compte', 'Compte rendu d’appel', 'Échéancier de paiement']) {
      expect(within(list).getByText(kind)).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Rappel de courtoisie · Cordial · Français');
    expect(body().value).toBe(defaultTemplate(COURTESY)!.body);
    // The sample data fills the preview, tables as tables.
    expect(within(preview()).getByTestId('template-preview-subject')).toHaveTextContent('Objet : Rappel de paiement – factures n° FA-2026-0117');
    expect(within(preview()).getByRole('table')).toHaveTextContent('FA-2026-0142');
    expect(saveButton()).toBeDisabled();
  });

  it('filters by language and tone', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.click(screen.getByRole('radio', { name: 'Anglais' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Rappel de courtoisie · Cordial · Anglais'));
    expect(body().value).toContain('According to our records');
    const items = screen.getAllByTestId('template-item');
    expect(items.every((item) => item.getAttribute('data-template-id')?.includes(':en:'))).toBe(true);
    expect(items).toHaveLength(13);
  });

  it('updates the preview as the user types, and marks the edit as not saved', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.clear(body());
    await user.type(body(), 'Bonjour {{{{customer.name}}, merci.');
    await waitFor(() => expect(preview()).toHaveTextContent('Bonjour Boulangerie Durand, merci.'));
    expect(screen.getByText('Non enregistré')).toBeInTheDocument();
    expect(saveButton()).toBeEnabled();
  });

  it('shows an unknown variable with its line and column in French and refuses to save it', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.clear(body());
    await user.type(body(), 'Bonjour,{Enter}  {{{{compagny.name}}');
    const errors = await screen.findByTestId('template-errors');
    expect(errors).toHaveTextContent('1 erreur à corriger avant d’enregistrer');
    expect(errors).toHaveTextContent('Texte, ligne 2, colonne 3 : Variable inconnue : « compagny.name ». Vouliez-vous dire « company.name » ?');
    expect(saveButton()).toBeDisabled();
    // Ctrl + S does not save either.
    fireEvent.keyDown(body(), { key: 's', code: 'KeyS', ctrlKey: true });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await database().templates.count()).toBe(0);
    // The store refuses it as well, whoever calls it.
    const refused = await saveTemplate(database(), { ...defaultTemplate(COURTESY)!, body: '{{compagny.name}}' });
    expect(refused.ok).toBe(false);
    expect(await database().templates.count()).toBe(0);
  });

  it('jumps to the place of an error', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.clear(body());
    await user.type(body(), 'ABC {{{{#if penalties.any}}');
    await user.click(await screen.findByRole('button', { name: /Texte, ligne 1, colonne 5/ }));
    await waitFor(() => expect(document.activeElement).toBe(body()));
    expect(body().selectionStart).toBe(4);
  });

  it('inserts a variable from the picker at the cursor', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.clear(body());
    await user.type(body(), 'Madame, Monsieur');
    body().setSelectionRange(6, 6);
    fireEvent.select(body());
    await user.click(screen.getByRole('combobox', { name: 'Insérer une variable' }));
    await user.type(screen.getByRole('combobox', { name: 'Insérer une variable' }), 'iban');
    await user.click(await screen.findByRole('option', { name: /company\.iban/, hidden: true }));
    await waitFor(() => expect(body().value).toBe('Madame{{company.iban}}, Monsieur'));
  });

  it('saves with the button and with Ctrl + S, and the list says the template was modified', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.type(subject(), ' (urgent)');
    await user.click(saveButton());
    await waitFor(async () => expect((await database().templates.get(COURTESY))?.subject).toMatch(/\(urgent\)$/));
    expect(await screen.findByText('Modèle enregistré.')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Liste des modèles' })).getByText('Modifié')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();

    await user.type(body(), '{Enter}PS : merci.');
    fireEvent.keyDown(body(), { key: 's', code: 'KeyS', ctrlKey: true });
    await waitFor(async () => expect((await database().templates.get(COURTESY))?.body).toMatch(/PS : merci\.$/));
    const loaded = (await loadTemplates(database())).find((template) => template.id === COURTESY)!;
    expect(loaded.builtIn).toBe(true);
  });

  it('keeps an unsaved edit while the user looks at another template', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.type(body(), '{Enter}Brouillon');
    await user.click(screen.getAllByTestId('template-item').find((item) => item.getAttribute('data-template-id') === 'builtin:reminder-1:fr:cordial')!);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Relance 1'));
    await user.click(screen.getAllByTestId('template-item').find((item) => item.getAttribute('data-template-id') === COURTESY)!);
    await waitFor(() => expect(body().value).toMatch(/Brouillon$/));
  });

  it('resets a modified template to the shipped text after confirmation', async () => {
    const user = userEvent.setup();
    await saveTemplate(database(), { ...defaultTemplate(COURTESY)!, body: 'Mon texte à moi.' });
    await openPanel();
    await waitFor(() => expect(body().value).toBe('Mon texte à moi.'));
    await user.click(screen.getByRole('button', { name: 'Rétablir le texte d’origine' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rétablir le texte d’origine ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(await database().templates.get(COURTESY)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Rétablir le texte d’origine' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Rétablir le texte d’origine ?' })).getByRole('button', { name: 'Rétablir' }));
    await waitFor(() => expect(body().value).toBe(defaultTemplate(COURTESY)!.body));
    expect(await database().templates.get(COURTESY)).toBeUndefined();
  });

  it('duplicates a template into a copy the user can give another tone, and delete', async () => {
    const user = userEvent.setup();
    await openPanel();
    await user.click(screen.getAllByTestId('template-item').find((item) => item.getAttribute('data-template-id') === 'builtin:statement:fr:cordial')!);
    await user.click(screen.getByRole('button', { name: 'Dupliquer' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Supprimer la copie' })).toBeInTheDocument());
    const copies = (await database().templates.toArray()).filter((template) => !template.builtIn);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ kind: 'statement', language: 'fr', tone: 'cordial', builtIn: false });

    await user.click(screen.getByRole('combobox', { name: 'Ton de la copie' }));
    const tones = await screen.findByRole('listbox', { name: 'Ton de la copie', hidden: true });
    await user.click(within(tones).getByRole('option', { name: 'Formel', hidden: true }));
    await user.click(saveButton());
    await waitFor(async () => expect((await database().templates.get(copies[0]!.id))?.tone).toBe('formel'));

    await user.click(screen.getByRole('button', { name: 'Supprimer la copie' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Supprimer cette copie ?' })).getByRole('button', { name: 'Supprimer' }));
    await waitFor(async () => expect(await database().templates.get(copies[0]!.id)).toBeUndefined());
  });
});
