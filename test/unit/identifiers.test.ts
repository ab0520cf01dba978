import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IBAN_LENGTHS,
  formatIban,
  formatSiren,
  formatSiret,
  isKnownCountryCode,
  isLuhnValid,
  normalizeIban,
  normalizeSiren,
  validateBic,
  validateIban,
  validateSiren,
  validateSiret,
  validateVatNumber,
  vatFromSiren,
} from '../../renderer/src/domain/identifiers';
import type { BicError, IbanError, SirenError, VatError } from '../../renderer/src/domain/identifiers';

// ----------------------------------------------------------------------------------------------
// Independent oracles (written differently from the implementation on purpose)

/** Luhn check digit via the classic doubling table. */
function luhnCheckDigit(payload: string): string {
  const doubled = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
  let sum = 0;
  [...payload].reverse().forEach((c, i) => {
    sum += i % 2 === 0 ? (doubled[Number(c)] ?? 0) : Number(c);
  });
  return String((10 - (sum % 10)) % 10);
}

/** IBAN check digits with BigInt arithmetic on the whole number. */
function ibanCheckDigits(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => parseInt(c, 36).toString()).join('');
  return String(98n - (BigInt(numeric) % 97n)).padStart(2, '0');
}

const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((a) => a.join(''));

const validSiren = digitString(8).map((p) => p + luhnCheckDigit(p));
const validSiret = fc
  .tuple(validSiren, digitString(4))
  .filter(([siren]) => siren !== '356000000') // La Poste numbers follow another rule
  .map(([siren, nic]) => siren + nic + luhnCheckDigit(siren + nic));

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const validIban = fc
  .constantFrom(...Object.keys(IBAN_LENGTHS))
  .chain((country) =>
    fc
      .tuple(
        fc.constant(country),
        fc.string({
          unit: fc.constantFrom(...ALNUM),
          minLength: (IBAN_LENGTHS[country] ?? 0) - 4,
          maxLength: (IBAN_LENGTHS[country] ?? 0) - 4,
        }),
      ),
  )
  .map(([country, bban]) => `${country}${ibanCheckDigits(country, bban)}${bban}`);

/** Replaces one character by another of the same class (digit/letter) at index i. */
function substitute(text: string, i: number, shift: number): string {
  const c = text.charAt(i);
  const isDigit = /\d/.test(c);
  const alphabet = isDigit ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const replacement = alphabet.charAt((alphabet.indexOf(c) + 1 + (shift % (alphabet.length - 1))) % alphabet.length);
  return text.slice(0, i) + replacement + text.slice(i + 1);
}

function swapAdjacent(text: string, i: number): string {
  return text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2);
}

// ----------------------------------------------------------------------------------------------

describe('isLuhnValid', () => {
  it.each<[string, boolean]>([
    ['0', true],
    ['18', true],
    ['79927398713', true], // textbook example
    ['79927398710', false],
    ['', false],
    ['12a4', false],
  ])('%j => %s', (digits, valid) => {
    expect(isLuhnValid(digits)).toBe(valid);
  });
});

describe('SIREN', () => {
  it.each<[string, string]>([
    ['732829320', '732829320'],
    ['732 829 320', '732829320'],
    ['\u00A0732\u202F829\u202F320 ', '732829320'],
    ['329.338.883', '329338883'],
    ['552100554', '552100554'],
    ['443061841', '443061841'],
    ['356000000', '356000000'], // La Poste: passes plain Luhn
  ])('valid %j => %s', (input, normalised) => {
    expect(validateSiren(input)).toEqual({ ok: true, value: normalised });
  });

  it.each<[string, SirenError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['73282932', 'format'],
    ['7328293200', 'format'],
    ['73282932A', 'format'],
    ['732-829-320', 'format'],
    ['732829321', 'checksum'],
    ['732829302', 'checksum'], // adjacent transposition 20 -> 02
    ['123456789', 'checksum'],
  ])('invalid %j => %s', (input, error) => {
    expect(validateSiren(input)).toEqual({ ok: false, error });
  });

  it('normalizeSiren / formatSiren', () => {
    expect(normalizeSiren(' 732 829.320 ')).toBe('732829320');
    expect(formatSiren('732829320')).toBe('732 829 320');
  });

  it('property: generated SIRENs validate, any single-digit change is detected', () => {
    fc.assert(
      fc.property(validSiren, fc.nat(8), fc.integer({ min: 1, max: 9 }), (siren, i, delta) => {
        expect(validateSiren(siren)).toEqual({ ok: true, value: siren });
        expect(validateSiren(formatSiren(siren))).toEqual({ ok: true, value: siren });
        const mutated = siren.slice(0, i) + String((Number(siren.charAt(i)) + delta) % 10) + siren.slice(i + 1);
        expect(validateSiren(mutated)).toEqual({ ok: false, error: 'checksum' });
      }),
    );
  });
});

describe('SIRET', () => {
  it.each<[string, string]>([
    ['73282932000074', '73282932000074'],
    ['732 829 320 00074', '73282932000074'],
    ['329.338.88300153', '32933888300153'],
    ['8 21 114 55000014', '82111455000014'],
    // La Poste establishments: digit sum multiple of 5 instead of Luhn
    ['356 000 000 09075', '35600000009075'],
    ['35600000049837', '35600000049837'],
    // La Poste head office: plain Luhn
    ['35600000000048', '35600000000048'],
  ])('valid %j => %s', (input, normalised) => {
    expect(validateSiret(input)).toEqual({ ok: true, value: normalised });
  });

  it.each<[string, SirenError]>([
    ['', 'empty'],
    ['7328293200007', 'format'],
    ['732829320000745', 'format'],
    ['7328293200007X', 'format'],
    ['73282932000079', 'checksum'],
    ['35600000049838', 'checksum'], // La Poste, sum 43
    // Luhn-valid 14 digits whose SIREN part (732829321) is not a valid SIREN
    ['73282932100007', 'checksum'],
  ])('invalid %j => %s', (input, error) => {
    expect(validateSiret(input)).toEqual({ ok: false, error });
  });

  it('the La Poste exception only applies to SIREN 356000000', () => {
    // 11111111100001: digit sum 10 (multiple of 5) but not Luhn-valid and not La Poste.
    expect(isLuhnValid('11111111100001')).toBe(false);
    expect(validateSiret('11111111100001')).toEqual({ ok: false, error: 'checksum' });
  });

  it('formatSiret', () => {
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
  });

  it('property: generated SIRETs validate; their SIREN part validates; single-digit changes are detected', () => {
    fc.assert(
      fc.property(validSiret, fc.nat(13), fc.integer({ min: 1, max: 9 }), (siret, i, delta) => {
        expect(validateSiret(siret)).toEqual({ ok: true, value: siret });
        expect(validateSiren(siret.slice(0, 9)).ok).toBe(true);
        const mutated = siret.slice(0, i) + String((Number(siret.charAt(i)) + delta) % 10) + siret.slice(i + 1);
        if (!mutated.startsWith('356000000')) {
          expect(validateSiret(mutated)).toEqual({ ok: false, error: 'checksum' });
        }
      }),
    );
  });

  it('property: La Poste SIRETs are accepted iff their digit sum is a multiple of 5 (or they pass Luhn)', () => {
    fc.assert(
      fc.property(digitString(5), (nic) => {
        const siret = `356000000${nic}`;
        const sum = [...siret].reduce((t, c) => t + Number(c), 0);
        expect(validateSiret(siret).ok).toBe(sum % 5 === 0 || isLuhnValid(siret));
      }),
    );
  });
});

describe('IBAN', () => {
  it.each([
    'FR7630006000011234567890189',
    'FR1420041010050500013M02606',
    'DE89370400440532013000',
    'GB82WEST12345698765432',
    'BE68539007547034',
    'NL91ABNA0417164300',
    'ES9121000418450200051332',
    'IT60X0542811101000000123456',
    'CH9300762011623852957',
    'LU280019400644750000',
    'AT611904300234573201',
    'PT50000201231234567890154',
    'IE29AIBK93115212345678',
    'MC5811222000010123456789030',
    'NO9386011117947',
    'MT84MALT011000012345MTLCAST001S',
    'SC18SSCB11010000000000001497USD',
  ])('valid %s', (iban) => {
    expect(validateIban(iban)).toEqual({ ok: true, value: iban });
  });

  it.each<[string, string]>([
    ['fr76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189'],
    ['FR76\u00A03000\u202F6000 0112 3456 7890 189\n', 'FR7630006000011234567890189'],
    ['gb82west12345698765432', 'GB82WEST12345698765432'],
  ])('normalises %j', (input, normalised) => {
    expect(validateIban(input)).toEqual({ ok: true, value: normalised });
    expect(normalizeIban(input)).toBe(normalised);
  });

  it.each<[string, IbanError]>([
    ['', 'empty'],
    ['  ', 'empty'],
    ['FR76-3000-6000-0112-3456-7890-189', 'format'],
    ['7630006000011234567890189', 'format'],
    ['FRXX30006000011234567890189', 'format'],
    ['F', 'format'],
    ['FR76', 'format'],
    ['FR76300060000112345678901é9', 'format'],
    ['XX7630006000011234567890189', 'country'],
    ['US7630006000011234567890189', 'country'],
    ['FR763000600001123456789018', 'length'],
    ['FR76300060000112345678901890', 'length'],
    ['DE8937040044053201300', 'length'],
    ['FR7630006000011234567890188', 'checksum'],
    ['FR7630006000011234567809189', 'checksum'],
    ['FR6730006000011234567890189', 'checksum'],
    // Check digits 00, 01 and 99 never occur, even when mod 97 happens to give 1.
    ['GB01WEST12345698765432', 'checksum'],
    ['GB99WEST12345698765432', 'checksum'],
    ['GB00WEST12345698765432', 'checksum'],
  ])('invalid %j => %s', (input, error) => {
    expect(validateIban(input)).toEqual({ ok: false, error });
  });

  it('"01" would pass mod 97 where "98" is the real key, so it is rejected explicitly', () => {
    // Find a BBAN whose real key is 98 to exercise the 98 ≡ 1 (mod 97) corner.
    const bban = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(23, '0')).find(
      (b) => ibanCheckDigits('FR', b) === '98',
    );
    expect(bban).toBeDefined();
    expect(validateIban(`FR98${bban}`).ok).toBe(true);
    expect(validateIban(`FR01${bban}`)).toEqual({ ok: false, error: 'checksum' });
  });

  it('covers every SEPA country with its registry length', () => {
    expect(IBAN_LENGTHS).toMatchObject({
      AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
      FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21,
      LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24,
      SI: 19, SK: 24, SM: 27, VA: 22,
    });
    for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
      expect(isKnownCountryCode(country), country).toBe(true);
      expect(length, country).toBeGreaterThanOrEqual(15);
      expect(length, country).toBeLessThanOrEqual(34);
    }
  });

  it.each<[string, string]>([
    ['FR7630006000011234567890189', 'FR76 3000 6000 0112 3456 7890 189'],
    ['be68 5390 0754 7034', 'BE68 5390 0754 7034'],
    ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
  ])('formatIban(%j) = %j', (input, formatted) => {
    expect(formatIban(input)).toBe(formatted);
  });

  it('property: generated IBANs validate in any case/spacing and survive formatIban', () => {
    fc.assert(
      fc.property(validIban, (iban) => {
        expect(validateIban(iban)).toEqual({ ok: true, value: iban });
        expect(validateIban(iban.toLowerCase())).toEqual({ ok: true, value: iban });
        expect(validateIban(formatIban(iban))).toEqual({ ok: true, value: iban });
        expect(normalizeIban(formatIban(iban))).toBe(iban);
        expect(formatIban(iban)).toMatch(/^([A-Z0-9]{4} )*[A-Z0-9]{1,4}$/);
      }),
    );
  });

  it('property: changing any single digit (or letter into another letter) is detected', () => {
    fc.assert(
      fc.property(validIban, fc.nat(), fc.nat(), (iban, position, shift) => {
        const i = position % iban.length;
        const mutated = substitute(iban, i, shift);
        expect(mutated).not.toBe(iban);
        expect(validateIban(mutated).ok).toBe(false);
      }),
    );
  });

  it('property: swapping two adjacent different characters is detected', () => {
    fc.assert(
      fc.property(validIban, fc.nat(), (iban, position) => {
        const i = position % (iban.length - 1);
        const [a, b] = [iban.charAt(i), iban.charAt(i + 1)];
        fc.pre(a !== b);
        // Known blind spot of ISO 7064 mod 97 (see next test): letter L next to digit d with
        // L's value = 11 × d, i.e. B/1, M/2, X/3, both expand to the same digits.
        const pair = [a, b].sort().join('');
        fc.pre(!['1B', '2M', '3X'].includes(pair));
        expect(validateIban(swapAdjacent(iban, i)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('documents the mod-97 blind spot: "B1" and "1B" both expand to "111"', () => {
    const bban = '0000B1000000000000';
    const iban = `GB${ibanCheckDigits('GB', bban)}${bban}`;
    expect(validateIban(iban).ok).toBe(true);
    expect(validateIban(iban.replace('B1', '1B')).ok).toBe(true);
  });
});

describe('BIC', () => {
  it.each<[string, string]>([
    ['BNPAFRPP', 'BNPAFRPP'],
    ['BNPAFRPPXXX', 'BNPAFRPPXXX'],
    ['bnpa fr pp xxx', 'BNPAFRPPXXX'],
    ['AGRIFRPP882', 'AGRIFRPP882'],
    ['DEUTDEFF', 'DEUTDEFF'],
    ['DEUTDEFF500', 'DEUTDEFF500'],
    ['CEPAFRPP751', 'CEPAFRPP751'],
    ['UBSWCHZH80A', 'UBSWCHZH80A'],
    ['BCMAMAMC', 'BCMAMAMC'], // Morocco
    ['CHASUS33', 'CHASUS33'],
    ['RZBAXKPR', 'RZBAXKPR'], // Kosovo (XK)
  ])('valid %j => %s', (input, normalised) => {
    expect(validateBic(input)).toEqual({ ok: true, value: normalised });
  });

  it.each<[string, BicError]>([
    ['', 'empty'],
    [' \u00A0', 'empty'],
    ['BNPAFRP', 'format'], // 7 chars
    ['BNPAFRPPX', 'format'], // 9 chars
    ['BNPAFRPPXX', 'format'], // 10 chars
    ['BNPAFRPPXXXX', 'format'], // 12 chars
    ['BNP1FRPP', 'format'], // digit in bank code
    ['BNPA12PP', 'format'], // digits in country code
    ['BNPAZZPP', 'format'], // unknown country
    ['BNPAAAPP', 'format'],
    ['BNPA-FR-PP', 'format'],
  ])('invalid %j => %s', (input, error) => {
    expect(validateBic(input)).toEqual({ ok: false, error });
  });

  it('knows exactly the 249 ISO 3166-1 countries plus XK, each a real region for Intl', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const known = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter(isKnownCountryCode);
    expect(known).toHaveLength(250);
    for (const code of known) expect(names.of(code), code).not.toBe(code);
    expect(isKnownCountryCode('fr')).toBe(false); // callers pass normalised upper case
  });
});

describe('VAT numbers', () => {
  it.each<[string, string]>([
    ['FR40303265045', 'FR40303265045'],
    ['Fr 40 303 265 045', 'FR40303265045'],
    ['FR 40.303.265.045', 'FR40303265045'],
    ['FR-40-303-265-045', 'FR40303265045'],
    ['FR23334175221', 'FR23334175221'],
    ['FR44732829320', 'FR44732829320'],
    ['FR53000004605', 'FR53000004605'], // Monaco: not a SIREN, key still checked
    ['FRK7399859412', 'FRK7399859412'], // new-style alphanumeric key
    ['FR4Z123456782', 'FR4Z123456782'],
    // Other countries: loose format only
    ['DE123456789', 'DE123456789'],
    ['BE0123456789', 'BE0123456789'],
    ['EL123456789', 'EL123456789'],
    ['ESX1234567X', 'ESX1234567X'],
    ['NL123456789B01', 'NL123456789B01'],
    ['CHE-123.456.789 TVA', 'CHE123456789TVA'],
  ])('valid %j => %s', (input, normalised) => {
    expect(validateVatNumber(input)).toEqual({ ok: true, value: normalised });
  });

  it.each<[string, VatError]>([
    ['', 'empty'],
    ['  ', 'empty'],
    ['40303265045', 'format'], // country prefix required
    ['FR4030326504', 'format'],
    ['FR403032650455', 'format'],
    ['FRIO334175221', 'format'], // I and O are not used in keys
    ['FR40 303 265 04X', 'format'],
    ['DE1', 'format'],
    ['DE12345678901234', 'format'], // more than 13 characters
    ['D1234567', 'format'],
    ['FR84323140391', 'checksum'],
    ['FR41303265045', 'checksum'], // wrong key
    ['FR40303265046', 'checksum'], // SIREN fails Luhn
    ['FR54000004605', 'checksum'], // Monaco, wrong key
    ['FRK7399859413', 'checksum'], // alphanumeric key, SIREN fails Luhn
    ['FRK8399859412', 'checksum'], // alphanumeric key mismatch
  ])('invalid %j => %s', (input, error) => {
    expect(validateVatNumber(input)).toEqual({ ok: false, error });
  });

  it.each<[string, string]>([
    ['303265045', 'FR40303265045'],
    ['303 265 045', 'FR40303265045'],
    ['334175221', 'FR23334175221'],
    ['732829320', 'FR44732829320'],
  ])('vatFromSiren(%j) = %s', (siren, vat) => {
    expect(vatFromSiren(siren)).toEqual({ ok: true, value: vat });
  });

  it('vatFromSiren reports SIREN errors', () => {
    expect(vatFromSiren('')).toEqual({ ok: false, error: 'empty' });
    expect(vatFromSiren('12345')).toEqual({ ok: false, error: 'format' });
    expect(vatFromSiren('732829321')).toEqual({ ok: false, error: 'checksum' });
  });

  it('property: vatFromSiren of any valid SIREN validates, with the key formula', () => {
    fc.assert(
      fc.property(validSiren, (siren) => {
        const vat = vatFromSiren(siren);
        const key = String((12n + 3n * (BigInt(siren) % 97n)) % 97n).padStart(2, '0');
        expect(vat).toEqual({ ok: true, value: `FR${key}${siren}` });
        expect(validateVatNumber(`FR${key}${siren}`)).toEqual({ ok: true, value: `FR${key}${siren}` });
      }),
    );
  });

  it('property: any other numeric key is rejected', () => {
    fc.assert(
      fc.property(validSiren, fc.integer({ min: 1, max: 99 }), (siren, offset) => {
        const good = vatFromSiren(siren);
        if (!good.ok) throw new Error('unreachable');
        const key = Number(good.value.slice(2, 4));
        const wrong = String((key + offset) % 100).padStart(2, '0');
        expect(validateVatNumber(`FR${wrong}${siren}`)).toEqual({ ok: false, error: 'checksum' });
      }),
    );
  });
});
