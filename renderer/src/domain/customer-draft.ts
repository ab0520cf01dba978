/**
 * A customer's record as typed on its page: identity (reference, name, kind, SIREN, VAT number,
 * address, payment terms), contacts and the blocked flag. Validation returns one error per field as
 * a translation key under `customers.errors` with its parameters; nothing is stored unless the
 * whole record is valid, and what is stored is normalised (SIREN digits only, address lines
 * trimmed, empty optional fields removed).
 */
import { EMAIL } from './company-profile';
import type { FieldError } from './company-profile';
import { formatSiren, validateSiren, validateVatNumber, vatFromSiren } from './identifiers';
import { parseDate, type IsoDate } from './dates';
import type { Contact, Customer, PaymentTerms } from './model';

export type { FieldError };

export const CUSTOMER_KINDS = ['business', 'consumer'] as const;
export const TERMS_RULES = ['net', 'end-of-month-then-days', 'days-then-end-of-month'] as const;

/** LEGAL-FR (Code de commerce L441-10): 60 days from the invoice date, or 45 days end of month. */
export const MAX_NET_TERMS_DAYS = 60;
export const MAX_END_OF_MONTH_TERMS_DAYS = 45;

/** La Poste (NF Z10-011): at most 6 lines of 38 characters on an envelope. */
export const MAX_ADDRESS_LINES = 6;
export const MAX_ADDRESS_LINE_LENGTH = 38;
export const MAX_REFERENCE_LENGTH = 30;
export const MAX_NAME_LENGTH = 120;
export const MAX_GROUP_LENGTH = 60;

export interface CustomerDraft {
  reference: string;
  name: string;
  kind: string;
  siren: string;
  vatNumber: string;
  /** One line per row, as on the envelope. */
  address: string;
  /** The customer has its own payment terms instead of the company's. */
  ownTerms: boolean;
  termsDays: number | string;
  termsRule: string;
  /** The customer group ("Grands comptes"), to give several customers one escalation scenario. */
  group?: string;
}

export interface CustomerIdentity {
  reference: string;
  name: string;
  kind: Customer['kind'];
  siren?: string;
  vatNumber?: string;
  address?: string;
  paymentTerms?: PaymentTerms;
  group?: string;
}

export type CustomerErrors = Partial<Record<keyof CustomerDraft, FieldError>>;
export type CustomerValidation = { ok: true; value: CustomerIdentity } | { ok: false; errors: CustomerErrors };

export const EMPTY_CUSTOMER_DRAFT: CustomerDraft = {
  reference: '',
  name: '',
  kind: 'business',
  siren: '',
  vatNumber: '',
  address: '',
  ownTerms: false,
  termsDays: 30,
  termsRule: 'net',
  group: '',
};

/** References are compared without case or surrounding spaces: "411dupont" is "411DUPONT". */
export const referenceKey = (reference: string) => reference.trim().toLocaleUpperCase('fr');

/**
 * Checks a draft. `takenReferences` holds referenceKey() of the OTHER customers (leave the
 * customer being edited out), so a reference already used gets a clear message before any write.
 */
export function validateCustomerDraft(draft: CustomerDraft, takenReferences: ReadonlySet<string> = new Set()): CustomerValidation {
  const errors: CustomerErrors = {};
  const reference = draft.reference.trim();
  if (reference === '') errors.reference = { code: 'required' };
  else if (reference.length > MAX_REFERENCE_LENGTH) errors.reference = { code: 'tooLong', params: { max: MAX_REFERENCE_LENGTH } };
  else if (takenReferences.has(referenceKey(reference))) errors.reference = { code: 'referenceTaken', params: { reference } };

  const name = draft.name.trim().replace(/\s+/g, ' ');
  if (name === '') errors.name = { code: 'required' };
  else if (name.length > MAX_NAME_LENGTH) errors.name = { code: 'tooLong', params: { max: MAX_NAME_LENGTH } };

  const kind: Customer['kind'] = draft.kind === 'consumer' ? 'consumer' : 'business';
  if (!(CUSTOMER_KINDS as readonly string[]).includes(draft.kind)) errors.kind = { code: 'required' };

  // A consumer has no SIREN nor VAT number: the fields are hidden and whatever was typed is dropped.
  let siren: string | undefined;
  let vatNumber: string | undefined;
  if (kind === 'business') {
    if (draft.siren.trim() !== '') {
      const checked = validateSiren(draft.siren);
      if (checked.ok) siren = checked.value;
      else errors.siren = { code: `siren.${checked.error}` };
    }
    if (draft.vatNumber.trim() !== '') {
      const checked = validateVatNumber(draft.vatNumber);
      if (!checked.ok) errors.vatNumber = { code: `vat.${checked.error}` };
      else {
        vatNumber = checked.value;
        const expected = siren ? vatFromSiren(siren) : null;
        if (expected?.ok && checked.value.startsWith('FR') && checked.value !== expected.value) {
          errors.vatNumber = { code: 'vat.mismatch', params: { expected: expected.value } };
        }
      }
    }
  }

  const addressLines = draft.address
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '');
  if (addressLines.length > MAX_ADDRESS_LINES) errors.address = { code: 'addressLines', params: { max: MAX_ADDRESS_LINES } };
  else {
    const long = addressLines.findIndex((line) => line.length > MAX_ADDRESS_LINE_LENGTH);
    if (long >= 0) errors.address = { code: 'addressLineTooLong', params: { line: long + 1, max: MAX_ADDRESS_LINE_LENGTH } };
  }

  let paymentTerms: PaymentTerms | undefined;
  if (draft.ownTerms) {
    const checked = validateTerms(draft.termsDays, draft.termsRule);
    if (checked.ok) paymentTerms = checked.value;
    else errors[checked.field] = { code: checked.code };
  }

  // Spaces collapsed: "Grands  comptes " is the group "Grands comptes" the scenarios are chosen for.
  const group = (draft.group ?? '').trim().replace(/\s+/g, ' ');
  if (group.length > MAX_GROUP_LENGTH) errors.group = { code: 'tooLong', params: { max: MAX_GROUP_LENGTH } };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      reference,
      name,
      kind,
      ...(siren ? { siren } : {}),
      ...(vatNumber ? { vatNumber } : {}),
      ...(addressLines.length > 0 ? { address: addressLines.join('\n') } : {}),
      ...(paymentTerms ? { paymentTerms } : {}),
      ...(group ? { group } : {}),
    },
  };
}

/** Same caps as the company profile: net ≤ 60 days, end-of-month rules ≤ 45 days. */
export function validateTerms(
  rawDays: number | string,
  rawRule: string,
): { ok: true; value: PaymentTerms } | { ok: false; field: 'termsDays' | 'termsRule'; code: string } {
  if (!(TERMS_RULES as readonly string[]).includes(rawRule)) return { ok: false, field: 'termsRule', code: 'required' };
  const rule = rawRule as PaymentTerms['rule'];
  const days = typeof rawDays === 'number' ? rawDays : rawDays.trim() === '' ? NaN : Number(rawDays);
  if (!Number.isInteger(days) || days < 0 || days > MAX_NET_TERMS_DAYS) return { ok: false, field: 'termsDays', code: 'termsDays' };
  if (rule !== 'net' && days > MAX_END_OF_MONTH_TERMS_DAYS) return { ok: false, field: 'termsDays', code: 'termsLegalCap' };
  return { ok: true, value: { days, rule } };
}

/** A stored customer as the form shows it: the SIREN grouped the way people read it. */
export function draftFromCustomer(customer: Customer): CustomerDraft {
  return {
    reference: customer.reference,
    name: customer.name,
    kind: customer.kind,
    siren: customer.siren && /^\d{9}$/.test(customer.siren) ? formatSiren(customer.siren) : (customer.siren ?? ''),
    vatNumber: customer.vatNumber ?? '',
    address: customer.address ?? '',
    ownTerms: !!customer.paymentTerms,
    termsDays: customer.paymentTerms?.days ?? 30,
    termsRule: customer.paymentTerms?.rule ?? 'net',
    group: customer.group ?? '',
  };
}

export function newCustomer(identity: CustomerIdentity, id: string, now: string): Customer {
  return { id, ...identity, contacts: [], blocked: null, createdAt: now, updatedAt: now };
}

/** The customer with its identity replaced; optional fields left empty are removed, not blanked. */
export function withIdentity(customer: Customer, identity: CustomerIdentity, now: string): Customer {
  const { siren: _s, vatNumber: _v, address: _a, paymentTerms: _p, group: _g, ...rest } = customer;
  return { ...rest, ...identity, updatedAt: now };
}

/**
 * A reference proposed for a new customer, in the style of auxiliary accounts ("CDUPONT"): C and
 * the first letters of the name without accents, numbered when already taken ("CDUPONT2").
 */
export function suggestReference(name: string, takenReferences: ReadonlySet<string>): string {
  const letters = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 8);
  const base = `C${letters || 'CLIENT'}`;
  if (!takenReferences.has(referenceKey(base))) return base;
  for (let n = 2; ; n += 1) if (!takenReferences.has(referenceKey(`${base}${n}`))) return `${base}${n}`;
}

// ---------------------------------------------------------------------------------------------
// Contacts

export interface ContactDraft {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export const EMPTY_CONTACT_DRAFT: ContactDraft = { name: '', role: '', email: '', phone: '' };

export type ContactErrors = Partial<Record<keyof ContactDraft, FieldError>>;

/** Permissive on purpose (as the company profile's): the mail program is the real judge. */

/**
 * A contact needs a name, an e-mail or a phone (the accounting export often brings an e-mail with
 * no name). E-mail and phone are checked when given.
 */
export function validateContact(
  draft: ContactDraft,
): { ok: true; value: Omit<Contact, 'id' | 'fromImport'> } | { ok: false; errors: ContactErrors } {
  const errors: ContactErrors = {};
  const name = draft.name.trim();
  const role = draft.role.trim();
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (name === '' && email === '' && phone === '') errors.name = { code: 'contactEmpty' };
  if (name.length > MAX_NAME_LENGTH) errors.name = { code: 'tooLong', params: { max: MAX_NAME_LENGTH } };
  if (role.length > 60) errors.role = { code: 'tooLong', params: { max: 60 } };
  if (email !== '' && (!EMAIL.test(email) || email.length > 254)) errors.email = { code: 'email' };
  const digits = phone.replace(/\D/g, '').length;
  if (phone !== '' && (!/^\+?[\d\s.()-]+$/.test(phone) || digits < 6 || digits > 15)) errors.phone = { code: 'phone' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, ...(role ? { role } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) } };
}

export function draftFromContact(contact: Contact): ContactDraft {
  return { name: contact.name, role: contact.role ?? '', email: contact.email ?? '', phone: contact.phone ?? '' };
}

/** Adds the contact, or replaces the one with the same id (keeping its import marker). */
export function withContact(customer: Customer, contact: Contact, now: string): Customer {
  const index = customer.contacts.findIndex((c) => c.id === contact.id);
  const contacts =
    index < 0
      ? [...customer.contacts, contact]
      : customer.contacts.map((c) => (c.id === contact.id ? { ...contact, ...(c.fromImport ? { fromImport: true } : {}) } : c));
  return { ...customer, contacts, updatedAt: now };
}

export function withoutContact(customer: Customer, contactId: string, now: string): Customer {
  return { ...customer, contacts: customer.contacts.filter((c) => c.id !== contactId), updatedAt: now };
}

// ---------------------------------------------------------------------------------------------
// Blocked flag (PRODUCT.md, consequences: account blocked for new orders)

export interface BlockDraft {
  since: string;
  reason: string;
}

export type BlockErrors = Partial<Record<keyof BlockDraft, FieldError>>;

/** A reason is required (it is shown wherever the flag is); the date is typed JJ/MM/AAAA, not in the future. */
export function validateBlock(
  draft: BlockDraft,
  today: IsoDate,
): { ok: true; value: NonNullable<Customer['blocked']> } | { ok: false; errors: BlockErrors } {
  const errors: BlockErrors = {};
  const reason = draft.reason.trim();
  if (reason === '') errors.reason = { code: 'blockReasonRequired' };
  else if (reason.length > 500) errors.reason = { code: 'tooLong', params: { max: 500 } };
  const since = parseDate(draft.since);
  if (!since.ok) errors.since = { code: since.error === 'empty' ? 'required' : 'date' };
  else if (since.value > today) errors.since = { code: 'dateFuture' };
  if (Object.keys(errors).length > 0 || !since.ok) return { ok: false, errors };
  return { ok: true, value: { since: since.value, reason } };
}

export function withBlocked(customer: Customer, blocked: Customer['blocked'], now: string): Customer {
  return { ...customer, blocked: blocked ?? null, updatedAt: now };
}
