import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftFromContact,
  draftFromCustomer,
  EMPTY_CUSTOMER_DRAFT,
  newCustomer,
  referenceKey,
  suggestReference,
  validateBlock,
  validateContact,
  validateCustomerDraft,
  validateTerms,
  withBlocked,
  withContact,
  withIdentity,
  withoutContact,
  type CustomerDraft,
} from '../../renderer/src/domain/customer-draft';
import type { Customer } from '../../renderer/src/domain/model';

const draft = (extra: Partial<CustomerDraft> = {}): CustomerDraft => ({
  ...EMPTY_CUSTOMER_DRAFT, reference: '411DUPONT', name: 'Menuiserie Dupont', ...extra,
});
const errorsOf = (d: CustomerDraft, taken: Set<string> = new Set()) => {
  const result = validateCustomerDraft(d, taken);
  return result.ok ? {} : result.errors;
};

describe('customer identity', () => {
  it('accepts the minimum (reference and name) and normalises the rest', () => {
    expect(validateCustomerDraft(draft({ name: '  Menuiserie   Dupont ', siren: '732 829 320', address: ' 12 rue des Lilas \n\n 69003  Lyon ' }))).toEqual({
      ok: true,
      value: { reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', siren: '732829320', address: '12 rue des Lilas\n69003 Lyon' },
    });
  });

  it('requires a reference and a name', () => {
    expect(errorsOf(draft({ reference: ' ', name: '' }))).toEqual({ reference: { code: 'required' }, name: { code: 'required' } });
  });

  it('refuses a reference already used by another customer, whatever its case', () => {
    expect(errorsOf(draft({ reference: '411dupont ' }), new Set([referenceKey('411DUPONT')]))).toEqual({
      reference: { code: 'referenceTaken', params: { reference: '411dupont' } },
    });
  });

  it('checks the SIREN and VAT number of a business', () => {
    expect(errorsOf(draft({ siren: '732 829 321' }))).toEqual({ siren: { code: 'siren.checksum' } });
    expect(errorsOf(draft({ siren: '12345' }))).toEqual({ siren: { code: 'siren.format' } });
    expect(errorsOf(draft({ siren: '732829320', vatNumber: 'FR40303265045' }))).toEqual({
      vatNumber: { code: 'vat.mismatch', params: { expected: 'FR44732829320' } },
    });
    expect(validateCustomerDraft(draft({ siren: '732829320', vatNumber: 'fr 44 732829320' }))).toMatchObject({ ok: true, value: { vatNumber: 'FR44732829320' } });
  });

  it('drops the SIREN and VAT number of a consumer (the fields are hidden for them)', () => {
    const result = validateCustomerDraft(draft({ kind: 'consumer', siren: 'not a siren', vatNumber: 'x' }));
    expect(result).toEqual({ ok: true, value: { reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'consumer' } });
  });

  it('keeps an address within La Poste limits: 6 lines of 38 characters', () => {
    expect(errorsOf(draft({ address: 'a\nb\nc\nd\ne\nf\ng' }))).toEqual({ address: { code: 'addressLines', params: { max: 6 } } });
    expect(errorsOf(draft({ address: `ok\n${'x'.repeat(39)}` }))).toEqual({ address: { code: 'addressLineTooLong', params: { line: 2, max: 38 } } });
    expect(errorsOf(draft({ address: 'x'.repeat(38) }))).toEqual({});
  });

  it('applies the legal caps to payment terms: 60 days net, 45 days end of month', () => {
    expect(validateTerms(60, 'net')).toEqual({ ok: true, value: { days: 60, rule: 'net' } });
    expect(validateTerms('45', 'end-of-month-then-days')).toEqual({ ok: true, value: { days: 45, rule: 'end-of-month-then-days' } });
    expect(validateTerms(61, 'net')).toEqual({ ok: false, field: 'termsDays', code: 'termsDays' });
    expect(validateTerms(46, 'days-then-end-of-month')).toEqual({ ok: false, field: 'termsDays', code: 'termsLegalCap' });
    expect(validateTerms('', 'net')).toEqual({ ok: false, field: 'termsDays', code: 'termsDays' });
    expect(validateTerms(2.5, 'net')).toEqual({ ok: false, field: 'termsDays', code: 'termsDays' });
    expect(validateTerms(30, 'whenever')).toEqual({ ok: false, field: 'termsRule', code: 'required' });
    expect(errorsOf(draft({ ownTerms: true, termsDays: 50, termsRule: 'end-of-month-then-days' }))).toEqual({ termsDays: { code: 'termsLegalCap' } });
    // Terms typed but not switched on are not the customer's.
    expect(validateCustomerDraft(draft({ ownTerms: false, termsDays: 99 }))).toMatchObject({ ok: true });
    expect(validateCustomerDraft(draft({ ownTerms: true, termsDays: 45, termsRule: 'net' }))).toMatchObject({ ok: true, value: { paymentTerms: { days: 45, rule: 'net' } } });
  });

  it('accepts only terms within the caps, for any days and rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 100 }), fc.constantFrom('net', 'end-of-month-then-days', 'days-then-end-of-month'), (days, rule) => {
        const result = validateTerms(days, rule);
        expect(result.ok).toBe(days >= 0 && days <= (rule === 'net' ? 60 : 45));
      }),
    );
  });

  it('round-trips a stored customer through the form', () => {
    const stored: Customer = {
      ...newCustomer({ reference: 'C1', name: 'Dupont', kind: 'business', siren: '732829320', address: 'A\nB', paymentTerms: { days: 45, rule: 'end-of-month-then-days' } }, 'id', 't0'),
    };
    const shown = draftFromCustomer(stored);
    expect(shown.siren).toBe('732 829 320');
    expect(shown.ownTerms).toBe(true);
    const again = validateCustomerDraft(shown);
    expect(again.ok && withIdentity(stored, again.value, 't0')).toEqual(stored);
  });

  it('removes optional fields emptied on edit instead of keeping stale values', () => {
    const stored = newCustomer({ reference: 'C1', name: 'Dupont', kind: 'business', siren: '732829320', paymentTerms: { days: 30, rule: 'net' } }, 'id', 't0');
    const result = validateCustomerDraft({ ...draftFromCustomer(stored), siren: '', ownTerms: false });
    if (!result.ok) throw new Error('invalid');
    const updated = withIdentity(stored, result.value, 't1');
    expect(updated).not.toHaveProperty('siren');
    expect(updated).not.toHaveProperty('paymentTerms');
    expect(updated.updatedAt).toBe('t1');
    expect(updated.createdAt).toBe('t0');
  });

  it('suggests a free reference from the name', () => {
    expect(suggestReference('Boulangerie Étoile', new Set())).toBe('CBOULANGE');
    expect(suggestReference('Boulangerie Étoile', new Set(['CBOULANGE', 'CBOULANGE2']))).toBe('CBOULANGE3');
    expect(suggestReference('', new Set())).toBe('CCLIENT');
  });
});

describe('contacts', () => {
  it('needs a name, an e-mail or a phone, and checks those given', () => {
    expect(validateContact({ name: '', role: 'Comptable', email: '', phone: '' })).toEqual({ ok: false, errors: { name: { code: 'contactEmpty' } } });
    expect(validateContact({ name: '', role: '', email: 'compta@dupont.fr', phone: '' })).toEqual({ ok: true, value: { name: '', email: 'compta@dupont.fr' } });
    expect(validateContact({ name: 'Mme Durand', role: '', email: 'durand@', phone: '12' })).toEqual({
      ok: false, errors: { email: { code: 'email' }, phone: { code: 'phone' } },
    });
    expect(validateContact({ name: ' Mme Durand ', role: ' Comptable ', email: ' d@dupont.fr ', phone: '+33 4 78 12 34 56' })).toEqual({
      ok: true, value: { name: 'Mme Durand', role: 'Comptable', email: 'd@dupont.fr', phone: '+33 4 78 12 34 56' },
    });
  });

  it('adds, replaces (keeping the import marker) and removes contacts', () => {
    const base = newCustomer({ reference: 'C1', name: 'Dupont', kind: 'business' }, 'id', 't0');
    const withImported = { ...base, contacts: [{ id: 'k1', name: '', email: 'a@b.fr', fromImport: true }] };
    const added = withContact(withImported, { id: 'k2', name: 'M. Petit' }, 't1');
    expect(added.contacts.map((c) => c.id)).toEqual(['k1', 'k2']);
    const edited = withContact(added, { id: 'k1', name: 'Service compta', email: 'a@b.fr' }, 't2');
    expect(edited.contacts[0]).toEqual({ id: 'k1', name: 'Service compta', email: 'a@b.fr', fromImport: true });
    expect(withoutContact(edited, 'k1', 't3').contacts.map((c) => c.id)).toEqual(['k2']);
    expect(draftFromContact({ id: 'x', name: 'A' })).toEqual({ name: 'A', role: '', email: '', phone: '' });
  });
});

describe('blocked flag', () => {
  it('needs a reason and a date that is not in the future', () => {
    expect(validateBlock({ since: '29/11/2026', reason: ' Impayés répétés ' }, '2026-11-29')).toEqual({
      ok: true, value: { since: '2026-11-29', reason: 'Impayés répétés' },
    });
    expect(validateBlock({ since: '30/11/2026', reason: '' }, '2026-11-29')).toEqual({
      ok: false, errors: { reason: { code: 'blockReasonRequired' }, since: { code: 'dateFuture' } },
    });
    expect(validateBlock({ since: '31/02/2026', reason: 'x' }, '2026-11-29')).toEqual({ ok: false, errors: { since: { code: 'date' } } });
    expect(validateBlock({ since: '', reason: 'x' }, '2026-11-29')).toEqual({ ok: false, errors: { since: { code: 'required' } } });
  });

  it('sets and clears the flag', () => {
    const base = newCustomer({ reference: 'C1', name: 'Dupont', kind: 'business' }, 'id', 't0');
    const blocked = withBlocked(base, { since: '2026-11-29', reason: 'x' }, 't1');
    expect(blocked.blocked).toEqual({ since: '2026-11-29', reason: 'x' });
    expect(withBlocked(blocked, null, 't2').blocked).toBeNull();
  });
});
