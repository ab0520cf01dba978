import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_COMPANY_PROFILE,
  presentCompanyProfile,
  validateCompanyProfile,
  type CompanyProfileDraft,
} from '../../renderer/src/domain/company-profile';
import { vatFromSiren } from '../../renderer/src/domain/identifiers';

const valid: CompanyProfileDraft = {
  ...EMPTY_COMPANY_PROFILE,
  name: 'Menuiserie Dupont',
  legalForm: 'SARL',
  siren: '732 829 320',
  vatNumber: 'FR44 732829320',
  addressLine1: '12 rue des Lilas',
  postalCode: '69003',
  city: 'Lyon',
  iban: 'fr76 3000 6000 0112 3456 7890 189',
  bic: 'agrifrpp',
  email: 'compta@dupont.fr',
  phone: '04 78 12 34 56',
};

const errorsOf = (draft: CompanyProfileDraft) => {
  const result = validateCompanyProfile(draft);
  return result.ok ? {} : result.errors;
};

describe('company profile', () => {
  it('accepts a complete profile and normalises identifiers', () => {
    const result = validateCompanyProfile(valid);
    expect(result).toMatchObject({
      ok: true,
      value: {
        siren: '732829320',
        vatNumber: 'FR44732829320',
        iban: 'FR7630006000011234567890189',
        bic: 'AGRIFRPP',
        country: 'France',
        paymentTermsDays: 30,
        paymentTermsRule: 'net',
      },
    });
  });

  it('requires the name, legal form, SIREN and address', () => {
    expect(errorsOf(EMPTY_COMPANY_PROFILE)).toEqual({
      name: { code: 'required' },
      legalForm: { code: 'required' },
      siren: { code: 'required' },
      addressLine1: { code: 'required' },
      postalCode: { code: 'required' },
      city: { code: 'required' },
    });
  });

  it('says why a SIREN is wrong', () => {
    expect(errorsOf({ ...valid, siren: '12345' }).siren).toEqual({ code: 'siren.format' });
    expect(errorsOf({ ...valid, siren: '732829321' }).siren).toEqual({ code: 'siren.checksum' });
  });

  it('says why an IBAN is wrong', () => {
    expect(errorsOf({ ...valid, iban: 'FR7630006000011234567890188' }).iban).toEqual({ code: 'iban.checksum' });
    expect(errorsOf({ ...valid, iban: 'FR763000600001' }).iban).toEqual({ code: 'iban.length' });
  });

  it('asks for the BIC with an IBAN, and checks it', () => {
    expect(errorsOf({ ...valid, bic: '' }).bic).toEqual({ code: 'bic.requiredWithIban' });
    expect(errorsOf({ ...valid, bic: 'AGRI' }).bic).toEqual({ code: 'bic.format' });
    expect(errorsOf({ ...valid, iban: '', bic: '' })).toEqual({});
  });

  it('points out a French VAT number that belongs to another SIREN', () => {
    const other = vatFromSiren('542107651');
    expect(other.ok).toBe(true);
    const errors = errorsOf({ ...valid, vatNumber: other.ok ? other.value : '' });
    expect(errors.vatNumber).toEqual({ code: 'vat.mismatch', params: { expected: 'FR44732829320' } });
  });

  it('checks a French postcode and the e-mail and phone formats', () => {
    expect(errorsOf({ ...valid, postalCode: '6900' }).postalCode).toEqual({ code: 'postalCode' });
    expect(errorsOf({ ...valid, postalCode: '1000', country: 'Belgique' }).postalCode).toBeUndefined();
    expect(errorsOf({ ...valid, email: 'compta@dupont' }).email).toEqual({ code: 'email' });
    expect(errorsOf({ ...valid, phone: '12' }).phone).toEqual({ code: 'phone' });
    expect(errorsOf({ ...valid, phone: '+33 (0)4 78 12 34 56' }).phone).toBeUndefined();
  });

  it('keeps payment terms within the legal caps', () => {
    expect(errorsOf({ ...valid, paymentTermsDays: 61 }).paymentTermsDays).toEqual({ code: 'termsDays' });
    expect(errorsOf({ ...valid, paymentTermsDays: '' }).paymentTermsDays).toEqual({ code: 'termsDays' });
    expect(errorsOf({ ...valid, paymentTermsDays: 2.5 }).paymentTermsDays).toEqual({ code: 'termsDays' });
    expect(
      errorsOf({ ...valid, paymentTermsDays: 60, paymentTermsRule: 'end-of-month-then-days' }).paymentTermsDays,
    ).toEqual({ code: 'termsLegalCap' });
    expect(errorsOf({ ...valid, paymentTermsDays: '45', paymentTermsRule: 'days-then-end-of-month' })).toEqual({});
  });

  it('limits address lines to the 38 characters La Poste allows', () => {
    expect(errorsOf({ ...valid, addressLine1: 'x'.repeat(39) }).addressLine1).toEqual({
      code: 'tooLong',
      params: { max: 38 },
    });
  });

  it('never accepts a profile whose SIREN fails its checksum, whatever else is typed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.string(), (siren, name) => {
        const result = validateCompanyProfile({ ...valid, siren, name, vatNumber: '' });
        const digits = siren.split('').map(Number);
        const luhn =
          digits.reverse().reduce((sum, d, i) => sum + (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0) % 10 === 0;
        return !result.ok || luhn;
      }),
    );
  });
});

describe('presentCompanyProfile', () => {
  it('groups the SIREN and IBAN for reading, and the result validates back to the same profile', () => {
    const saved = validateCompanyProfile(valid);
    if (!saved.ok) throw new Error('fixture should be valid');
    const shown = presentCompanyProfile(saved.value);
    expect(shown.siren).toBe('732 829 320');
    expect(shown.iban).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(validateCompanyProfile(shown)).toEqual(saved);
  });
});
