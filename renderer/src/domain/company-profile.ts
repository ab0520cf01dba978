/**
 * The company profile (Paramètres → Entreprise): who the letters come from. Validation returns
 * one error per field as a translation key and its parameters; nothing is stored unless the whole
 * profile is valid, and what is stored is normalised (SIREN digits only, IBAN without spaces…).
 */
import {
  formatIban,
  formatSiren,
  validateBic,
  validateIban,
  validateSiren,
  validateVatNumber,
  vatFromSiren,
} from './identifiers';

export const LEGAL_FORMS = ['EI', 'ME', 'EURL', 'SARL', 'SAS', 'SASU', 'SA', 'SNC', 'SCI', 'SCOP', 'ASSO', 'OTHER'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const TERMS_RULES = ['net', 'end-of-month-then-days', 'days-then-end-of-month'] as const;
export type TermsRule = (typeof TERMS_RULES)[number];

export interface CompanyProfile {
  name: string;
  legalForm: LegalForm;
  siren: string;
  vatNumber: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  country: string;
  iban: string;
  bic: string;
  email: string;
  phone: string;
  paymentTermsDays: number;
  paymentTermsRule: TermsRule;
}

/** What the form holds: everything as typed, the number possibly empty. */
export type CompanyProfileDraft = Omit<CompanyProfile, 'legalForm' | 'paymentTermsDays' | 'paymentTermsRule'> & {
  legalForm: string;
  paymentTermsDays: number | string;
  paymentTermsRule: string;
};

export const EMPTY_COMPANY_PROFILE: CompanyProfileDraft = {
  name: '',
  legalForm: '',
  siren: '',
  vatNumber: '',
  addressLine1: '',
  addressLine2: '',
  postalCode: '',
  city: '',
  country: 'France',
  iban: '',
  bic: '',
  email: '',
  phone: '',
  paymentTermsDays: 30,
  paymentTermsRule: 'net',
};

export interface FieldError {
  /** Key under `company.errors` in the catalogues. */
  code: string;
  params?: Record<string, string | number>;
}

export type CompanyProfileErrors = Partial<Record<keyof CompanyProfile, FieldError>>;

export type ProfileValidation =
  | { ok: true; value: CompanyProfile }
  | { ok: false; errors: CompanyProfileErrors };

const MAX_LENGTHS: Partial<Record<keyof CompanyProfile, number>> = {
  name: 120,
  addressLine1: 38, // La Poste: 38 characters per address line
  addressLine2: 38,
  city: 32,
  country: 38,
  email: 254,
  phone: 30,
};

const isFrance = (country: string) => /^(france|fr|)$/i.test(country.trim());

/** Permissive on purpose: the mail program is the real judge; this catches typing slips. */
export const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function validateCompanyProfile(draft: CompanyProfileDraft): ProfileValidation {
  const errors: CompanyProfileErrors = {};
  const text = (key: keyof CompanyProfileDraft) => String(draft[key] ?? '').trim();

  for (const [key, max] of Object.entries(MAX_LENGTHS) as [keyof CompanyProfile, number][]) {
    if (text(key as keyof CompanyProfileDraft).length > max) errors[key] = { code: 'tooLong', params: { max } };
  }
  for (const key of ['name', 'addressLine1', 'city'] as const) {
    if (text(key) === '') errors[key] = { code: 'required' };
  }

  const legalForm = text('legalForm');
  if (!(LEGAL_FORMS as readonly string[]).includes(legalForm)) errors.legalForm = { code: 'required' };

  const siren = validateSiren(text('siren'));
  if (!siren.ok) errors.siren = { code: siren.error === 'empty' ? 'required' : `siren.${siren.error}` };

  let vatNumber = '';
  if (text('vatNumber') !== '') {
    const vat = validateVatNumber(text('vatNumber'));
    if (!vat.ok) errors.vatNumber = { code: `vat.${vat.error}` };
    else {
      vatNumber = vat.value;
      const expected = siren.ok ? vatFromSiren(siren.value) : null;
      if (expected?.ok && vat.value.startsWith('FR') && vat.value !== expected.value) {
        errors.vatNumber = { code: 'vat.mismatch', params: { expected: expected.value } };
      }
    }
  }

  const country = text('country') || 'France';
  const postalCode = text('postalCode').replace(/\s+/g, '');
  if (postalCode === '') errors.postalCode = { code: 'required' };
  else if (isFrance(country) && !/^\d{5}$/.test(postalCode)) errors.postalCode = { code: 'postalCode' };
  else if (postalCode.length > 10) errors.postalCode = { code: 'tooLong', params: { max: 10 } };

  let iban = '';
  if (text('iban') !== '') {
    const result = validateIban(text('iban'));
    if (result.ok) iban = result.value;
    else errors.iban = { code: `iban.${result.error}` };
  }
  let bic = '';
  if (text('bic') !== '') {
    const result = validateBic(text('bic'));
    if (result.ok) bic = result.value;
    else errors.bic = { code: `bic.${result.error}` };
  } else if (text('iban') !== '') {
    errors.bic = { code: 'bic.requiredWithIban' };
  }

  const email = text('email');
  if (email !== '' && !EMAIL.test(email)) errors.email = { code: 'email' };

  const phone = text('phone');
  const phoneDigits = phone.replace(/\D/g, '').length;
  if (phone !== '' && (!/^\+?[\d\s.()-]+$/.test(phone) || phoneDigits < 6 || phoneDigits > 15)) {
    errors.phone = { code: 'phone' };
  }

  const rawDays = draft.paymentTermsDays;
  const days = typeof rawDays === 'number' ? rawDays : rawDays.trim() === '' ? NaN : Number(rawDays);
  const rule = (TERMS_RULES as readonly string[]).includes(text('paymentTermsRule'))
    ? (text('paymentTermsRule') as TermsRule)
    : 'net';
  if (!Number.isInteger(days) || days < 0 || days > 60) errors.paymentTermsDays = { code: 'termsDays' };
  else if (rule !== 'net' && days > 45) errors.paymentTermsDays = { code: 'termsLegalCap' };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: text('name'),
      legalForm: legalForm as LegalForm,
      siren: siren.ok ? siren.value : '',
      vatNumber,
      addressLine1: text('addressLine1'),
      addressLine2: text('addressLine2'),
      postalCode,
      city: text('city'),
      country,
      iban,
      bic,
      email,
      phone,
      paymentTermsDays: days,
      paymentTermsRule: rule,
    },
  };
}

/** A stored profile as the form shows it: identifiers grouped the way people read them. */
export function presentCompanyProfile(profile: CompanyProfile): CompanyProfileDraft {
  return {
    ...profile,
    siren: /^\d{9}$/.test(profile.siren) ? formatSiren(profile.siren) : profile.siren,
    iban: profile.iban ? formatIban(profile.iban) : '',
  };
}
