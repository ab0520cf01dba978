import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import {
  DEFAULT_LETTER_SETTINGS,
  LETTERS_KEY,
  loadLetterSettings,
  saveLetterSettings,
  toDraft,
  validateLetterSettings,
} from '../../renderer/src/db/letter-settings';
import { LettersSettingsPanel } from '../../renderer/src/features/letters/LettersSettingsPanel';
import { bridgeDouble } from './bridge-double';
import { renderInApp } from './render';

vi.setConfig({ testTimeout: 20_000 });

const db = () => database();
const draft = (patch: Partial<ReturnType<typeof toDraft>>) => ({ ...toDraft(DEFAULT_LETTER_SETTINGS), ...patch });

beforeEach(async () => {
  await db().settings.clear();
});
afterEach(() => {
  setBridgeForTests(null);
  notifications.clean();
  notifications.cleanQueue();
});

describe('letter settings store', () => {
  it('defaults to no offset, .eml drafts, 8 days, a cordial tone and the company city as place', async () => {
    expect(await loadLetterSettings(db())).toEqual(DEFAULT_LETTER_SETTINGS);
    await db().settings.put({ key: 'company', value: { name: 'Menuiserie Dupont', city: 'Lyon' }, updatedAt: '' });
    expect(await loadLetterSettings(db())).toEqual({ ...DEFAULT_LETTER_SETTINGS, place: 'Lyon' });
  });

  it('validates every field and stores nothing invalid', async () => {
    expect(validateLetterSettings(draft({ offsetX: 20.5, offsetY: '1,3' }))).toEqual({ ok: false, errors: { offsetX: 'offsetRange', offsetY: 'offsetStep' } });
    expect(validateLetterSettings(draft({ offsetX: 'abc' }))).toEqual({ ok: false, errors: { offsetX: 'number' } });
    expect(validateLetterSettings(draft({ formalNoticeDeadlineDays: 7 }))).toEqual({ ok: false, errors: { formalNoticeDeadlineDays: 'noticeDays' } });
    expect(validateLetterSettings(draft({ formalNoticeDeadlineDays: 16 }))).toEqual({ ok: false, errors: { formalNoticeDeadlineDays: 'noticeDays' } });
    expect(validateLetterSettings(draft({ formalNoticeDeadlineDays: '' }))).toEqual({ ok: false, errors: { formalNoticeDeadlineDays: 'required' } });
    expect(validateLetterSettings(draft({ emailMode: 'smtp', defaultTone: 'rude' }))).toEqual({ ok: false, errors: { emailMode: 'choice', defaultTone: 'choice' } });
    expect(validateLetterSettings(draft({ signatureName: 'x'.repeat(81) }))).toEqual({ ok: false, errors: { signatureName: 'tooLong' } });

    expect((await saveLetterSettings(db(), draft({ offsetX: 99 }))).ok).toBe(false);
    expect(await db().settings.get(LETTERS_KEY)).toBeUndefined();

    const saved = await saveLetterSettings(db(), draft({ offsetX: '-1,5', offsetY: 2, formalNoticeDeadlineDays: '15', signatureName: '  Marie   Dupont ' }));
    expect(saved).toMatchObject({ ok: true });
    expect((await db().settings.get(LETTERS_KEY))?.value).toEqual({
      ...DEFAULT_LETTER_SETTINGS,
      envelopeOffsetMm: { x: -1.5, y: 2 },
      formalNoticeDeadlineDays: 15,
      signatureName: 'Marie Dupont',
    });
  });

  it('falls back field by field when a stored value is no longer valid', async () => {
    await db().settings.put({ key: LETTERS_KEY, value: { envelopeOffsetMm: { x: 50, y: 1 }, emailMode: 'mailto', formalNoticeDeadlineDays: 30 }, updatedAt: '' });
    expect(await loadLetterSettings(db())).toEqual({ ...DEFAULT_LETTER_SETTINGS, envelopeOffsetMm: { x: 0, y: 1 }, emailMode: 'mailto' });
  });
});

describe('Paramètres → Courriers', () => {
  it('refuses out-of-range values with French messages, then saves', async () => {
    setBridgeForTests(bridgeDouble().api);
    const user = userEvent.setup();
    renderInApp(<LettersSettingsPanel />);
    const x = await screen.findByLabelText('Décalage horizontal (X)');
    await user.clear(x);
    await user.type(x, '25');
    const days = screen.getByLabelText('Délai accordé par la mise en demeure');
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Le décalage va de -20 à 20 mm.')).toBeInTheDocument();
    expect(screen.getByText("Le délai d'une mise en demeure est de 8 à 15 jours.")).toBeInTheDocument();
    expect(screen.getByTestId('letters-form-error')).toHaveTextContent("Les réglages n'ont pas été enregistrés");
    expect(await db().settings.get(LETTERS_KEY)).toBeUndefined();

    await user.clear(x);
    await user.type(x, '1,5');
    await user.clear(days);
    await user.type(days, '10');
    await user.click(screen.getByRole('radio', { name: 'Lien mailto: (sans pièce jointe)' }));
    await user.type(screen.getByLabelText('Nom du signataire'), 'Marie Dupont');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Réglages des courriers enregistrés.')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await db().settings.get(LETTERS_KEY))?.value).toMatchObject({
        envelopeOffsetMm: { x: 1.5, y: 0 },
        emailMode: 'mailto',
        formalNoticeDeadlineDays: 10,
        signatureName: 'Marie Dupont',
      }),
    );
  });

  it('shows the company city as the default place, and the saved values', async () => {
    await db().settings.put({ key: 'company', value: { city: 'Nantes' }, updatedAt: '' });
    await db().settings.put({ key: LETTERS_KEY, value: { ...DEFAULT_LETTER_SETTINGS, defaultTone: 'ferme', envelopeOffsetMm: { x: 2.5, y: -1 } }, updatedAt: '' });
    renderInApp(<LettersSettingsPanel />);
    expect(await screen.findByLabelText("Lieu d'écriture")).toHaveValue('Nantes');
    expect(screen.getByLabelText('Décalage horizontal (X)')).toHaveValue('2,5 mm');
    expect(screen.getByLabelText('Décalage vertical (Y)')).toHaveValue('-1 mm');
    expect(screen.getByRole('radio', { name: 'Brouillon avec pièce jointe (.eml) ouvert dans votre messagerie' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Ton des relances par défaut' })).toHaveValue('Ferme');
  });

  it('prints a calibration page with the offset typed, then opens it', async () => {
    const double = bridgeDouble({
      calibrationPage: async () => ({ ok: true, data: { path: '/docs/Calibration.pdf', sha256: 'c'.repeat(64), size: 900, pages: 1 } }),
    });
    setBridgeForTests(double.api);
    const user = userEvent.setup();
    renderInApp(<LettersSettingsPanel />);
    const y = await screen.findByLabelText('Décalage vertical (Y)');
    await user.clear(y);
    await user.type(y, '-2,5');
    await user.click(screen.getByRole('button', { name: 'Imprimer une page de calibration' }));
    expect(await screen.findByText(/La page de calibration est ouverte dans votre lecteur PDF/)).toBeInTheDocument();
    expect(double.calls.map((c) => [c.name, c.request])).toEqual([
      ['calibrationPage', { envelopeOffsetMm: { x: 0, y: -2.5 }, language: 'fr' }],
      ['openPath', { path: '/docs/Calibration.pdf' }],
    ]);
  });

  it('says clearly when the calibration page could not be made, and does not ask with a bad offset', async () => {
    const double = bridgeDouble({ calibrationPage: async () => ({ ok: false, error: { code: 'UNAVAILABLE', message: 'Not built yet' } }) });
    setBridgeForTests(double.api);
    const user = userEvent.setup();
    renderInApp(<LettersSettingsPanel />);
    await user.click(await screen.findByRole('button', { name: 'Imprimer une page de calibration' }));
    expect(await screen.findByTestId('calibration-error')).toHaveTextContent(
      "La page de calibration n'a pas pu être créée. Cette fonction a besoin de l'application de bureau Relance.",
    );

    const x = screen.getByLabelText('Décalage horizontal (X)');
    await user.clear(x);
    await user.type(x, '0,3');
    await user.click(screen.getByRole('button', { name: 'Imprimer une page de calibration' }));
    expect(await screen.findByText('Le décalage se règle par pas de 0,5 mm (par exemple 1,5).')).toBeInTheDocument();
    expect(within(screen.getByTestId('calibration-error')).getByText(/Corrigez d'abord le décalage/)).toBeInTheDocument();
    expect(double.calls.filter((c) => c.name === 'calibrationPage')).toHaveLength(1);
  });
});
