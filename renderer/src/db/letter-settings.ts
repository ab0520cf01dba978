/**
 * Paramètres → Courriers: how letters are printed and sent, stored under the one settings key
 * `letters`. Validation returns one error code per field (translated by the panel); nothing is
 * stored unless every field is valid.
 */
import type { CompanyProfile } from '../domain/company-profile';
import type { RelanceDatabase } from './database';
import { readSetting, writeSetting } from './settings';

export const LETTERS_KEY = 'letters';
/** Where the company profile is stored (features/settings/company-store.ts). */
const COMPANY_KEY = 'company';

export const EMAIL_MODES = ['eml', 'mailto'] as const;
export const TONES = ['cordial', 'ferme', 'formel'] as const;

/** The printer's correction of the address block, in millimetres: -20 to 20, by 0.5. */
export const OFFSET_LIMIT_MM = 20;
export const OFFSET_STEP_MM = 0.5;
/** LEGAL-FR: a formal notice gives 8 to 15 days to pay. */
export const NOTICE_DAYS_MIN = 8;
export const NOTICE_DAYS_MAX = 15;
export const SIGNATURE_MAX = 80;
export const PLACE_MAX = 60;

export interface LetterSettings {
  /** Positive x moves the address to the right, positive y moves it down. */
  envelopeOffsetMm: { x: number; y: number };
  /** 'eml': a draft with the PDF attached, opened in the mail program; 'mailto': a link, no attachment. */
  emailMode: (typeof EMAIL_MODES)[number];
  signatureName: string;
  signatureRole: string;
  /** "Lyon" in "Lyon, le 30 novembre 2026". */
  place: string;
  formalNoticeDeadlineDays: number;
  defaultTone: (typeof TONES)[number];
}

export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
  envelopeOffsetMm: { x: 0, y: 0 },
  emailMode: 'eml',
  signatureName: '',
  signatureRole: '',
  place: '',
  formalNoticeDeadlineDays: NOTICE_DAYS_MIN,
  defaultTone: 'cordial',
};

/** What the form holds: numbers may be empty or text while the user types. */
export interface LetterSettingsDraft {
  offsetX: number | string;
  offsetY: number | string;
  emailMode: string;
  signatureName: string;
  signatureRole: string;
  place: string;
  formalNoticeDeadlineDays: number | string;
  defaultTone: string;
}

export type LetterSettingsField = keyof LetterSettingsDraft;
export type LetterSettingsErrorCode = 'required' | 'number' | 'offsetRange' | 'offsetStep' | 'noticeDays' | 'tooLong' | 'choice';
export type LetterSettingsErrors = Partial<Record<LetterSettingsField, LetterSettingsErrorCode>>;

export type LetterSettingsValidation = { ok: true; value: LetterSettings } | { ok: false; errors: LetterSettingsErrors };

export function toDraft(settings: LetterSettings): LetterSettingsDraft {
  return {
    offsetX: settings.envelopeOffsetMm.x,
    offsetY: settings.envelopeOffsetMm.y,
    emailMode: settings.emailMode,
    signatureName: settings.signatureName,
    signatureRole: settings.signatureRole,
    place: settings.place,
    formalNoticeDeadlineDays: settings.formalNoticeDeadlineDays,
    defaultTone: settings.defaultTone,
  };
}

/** "1,5" or "1.5" or 1.5 → 1.5; '' → null; anything else → NaN. */
function readNumber(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const text = value.trim().replace(',', '.');
  if (text === '') return null;
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

export function validateLetterSettings(draft: LetterSettingsDraft): LetterSettingsValidation {
  const errors: LetterSettingsErrors = {};

  const offset = (field: 'offsetX' | 'offsetY'): number => {
    const n = readNumber(draft[field]);
    if (n === null) return 0; // an empty offset means no correction
    if (!Number.isFinite(n)) errors[field] = 'number';
    else if (Math.abs(n) > OFFSET_LIMIT_MM) errors[field] = 'offsetRange';
    else if (Math.abs(n / OFFSET_STEP_MM - Math.round(n / OFFSET_STEP_MM)) > 1e-9) errors[field] = 'offsetStep';
    return n === 0 ? 0 : n; // no -0
  };
  const x = offset('offsetX');
  const y = offset('offsetY');

  const days = readNumber(draft.formalNoticeDeadlineDays);
  if (days === null) errors.formalNoticeDeadlineDays = 'required';
  else if (!Number.isInteger(days) || days < NOTICE_DAYS_MIN || days > NOTICE_DAYS_MAX) errors.formalNoticeDeadlineDays = 'noticeDays';

  if (!(EMAIL_MODES as readonly string[]).includes(draft.emailMode)) errors.emailMode = 'choice';
  if (!(TONES as readonly string[]).includes(draft.defaultTone)) errors.defaultTone = 'choice';

  const text = (field: 'signatureName' | 'signatureRole' | 'place', max: number): string => {
    const value = draft[field].replace(/\s+/g, ' ').trim();
    if (value.length > max) errors[field] = 'tooLong';
    return value;
  };
  const signatureName = text('signatureName', SIGNATURE_MAX);
  const signatureRole = text('signatureRole', SIGNATURE_MAX);
  const place = text('place', PLACE_MAX);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      envelopeOffsetMm: { x, y },
      emailMode: draft.emailMode as LetterSettings['emailMode'],
      signatureName,
      signatureRole,
      place,
      formalNoticeDeadlineDays: days as number,
      defaultTone: draft.defaultTone as LetterSettings['defaultTone'],
    },
  };
}

/**
 * The saved settings over the defaults; a stored value that is no longer valid (an older version,
 * a hand-edited database) falls back to its default field by field. The place defaults to the
 * company's city.
 */
export async function loadLetterSettings(db: RelanceDatabase): Promise<LetterSettings> {
  const [stored, company] = await Promise.all([
    readSetting<Partial<LetterSettings>>(db, LETTERS_KEY),
    readSetting<Partial<CompanyProfile>>(db, COMPANY_KEY),
  ]);
  const merged: LetterSettings = { ...DEFAULT_LETTER_SETTINGS, ...(stored ?? {}) };
  merged.envelopeOffsetMm = { ...DEFAULT_LETTER_SETTINGS.envelopeOffsetMm, ...(stored?.envelopeOffsetMm ?? {}) };
  const checked = validateLetterSettings(toDraft(merged));
  let settings: LetterSettings;
  if (checked.ok) settings = checked.value;
  else {
    settings = { ...merged, envelopeOffsetMm: { ...merged.envelopeOffsetMm } };
    const defaults = DEFAULT_LETTER_SETTINGS;
    for (const field of Object.keys(checked.errors) as LetterSettingsField[]) {
      if (field === 'offsetX') settings.envelopeOffsetMm.x = defaults.envelopeOffsetMm.x;
      else if (field === 'offsetY') settings.envelopeOffsetMm.y = defaults.envelopeOffsetMm.y;
      else (settings as unknown as Record<string, unknown>)[field] = defaults[field];
    }
  }
  if (settings.place === '' && typeof company?.city === 'string') settings.place = company.city.trim().slice(0, PLACE_MAX);
  return settings;
}

/** Validates, then stores; nothing is written when a field is invalid. */
export async function saveLetterSettings(
  db: RelanceDatabase,
  settings: LetterSettings | LetterSettingsDraft,
): Promise<LetterSettingsValidation> {
  const draft = 'envelopeOffsetMm' in settings ? toDraft(settings) : settings;
  const checked = validateLetterSettings(draft);
  if (checked.ok) await writeSetting(db, LETTERS_KEY, checked.value);
  return checked;
}
