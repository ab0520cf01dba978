import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCents,
  formatAmountPlain,
  formatEuros,
  isCents,
  parseAmount,
  sumCents,
} from '../../renderer/src/domain/money';
import type { AmountError, Cents } from '../../renderer/src/domain/money';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const THIN = '\u2009';
const MAX = Number.MAX_SAFE_INTEGER;

describe('parseAmount: accepted inputs', () => {
  it.each<[string, Cents]>([
    // French
    ['1 234,56', 123456],
    [`1${NBSP}234,56`, 123456],
    [`1${NNBSP}234,56`, 123456],
    [`1${THIN}234,56`, 123456],
    [`1${NNBSP}234,56${NBSP}€`, 123456],
    ['1 234,56 €', 123456],
    ['1 234 567,89', 123456789],
    ['1234,5', 123450],
    ['1234,56', 123456],
    ['0,01', 1],
    ['0,1', 10],
    ['-12,00', -1200],
    ['\u221212,00', -1200], // U+2212 MINUS SIGN
    ['(12,00)', -1200],
    ['( 12,00 € )', -1200],
    ['+5,00', 500],
    ['€ 12,00', 1200],
    ['€12,00', 1200],
    ['EUR 12,00', 1200],
    ['eur 12,00', 1200],
    ['12,00 EUR', 1200],
    ['12,00EUR', 1200],
    ['12 €', 1200],
    ['12€', 1200],
    ['12 euros', 1200],
    ['1 euro', 100],
    ['€ -12,00', -1200],
    ['-€12.00', -1200],
    ['- 12,00', -1200],
    ['  42,10  ', 4210],
    ['\t42,10\n', 4210],
    [`${NBSP}42,10${NNBSP}`, 4210],
    ['0000000074,70', 7470],
    [' 000000000000100,30', 10030],
    ['1.234,56', 123456], // German-style grouping
    ['1.234.567,89', 123456789],
    ['1.234.567', 123456700],
    // English
    ['1,284.50', 128450],
    ['1,234,567.89', 123456789],
    ['1,234,567', 123456700],
    ['1234.56', 123456],
    ['1234', 123400],
    ['€1,234.56', 123456],
    ['(€1,234.50)', -123450],
    // zero never comes back as -0
    ['-0,00', 0],
    ['0', 0],
    // limits
    ['90071992547409,91', MAX],
    ['-90 071 992 547 409,91 €', -MAX],
  ])('%j => %i', (input, cents) => {
    const result = parseAmount(input);
    expect(result).toEqual({ ok: true, value: cents });
    if (result.ok) expect(Object.is(result.value, -0)).toBe(false);
  });
});

describe('parseAmount: rejected inputs', () => {
  it.each<[string, AmountError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    [`${NBSP}${NNBSP}`, 'empty'],
    ['abc', 'format'],
    ['12,-', 'format'],
    ['12,00-', 'format'], // trailing minus is not supported
    ['12,', 'format'],
    ['12.', 'format'],
    ['1.234,', 'format'],
    ['.50', 'format'],
    [',50', 'format'],
    ['1e5', 'format'],
    ['0x10', 'format'],
    ['Infinity', 'format'],
    ['NaN', 'format'],
    ['--5', 'format'],
    ['+-5', 'format'],
    ['(-5)', 'format'],
    ['-(5)', 'format'],
    ['€ 12 €', 'format'],
    ['EUR', 'format'],
    ['€', 'format'],
    ['-', 'format'],
    ['12 34', 'format'], // spaces must group by three
    ['1  234', 'format'],
    ['1234 567', 'format'],
    ['1 234.567,00', 'format'], // two kinds of grouping
    ['1,234.567.00', 'format'],
    ['1.23.456', 'format'],
    ['1,2,3', 'format'],
    ['12 , 50', 'format'],
    ['12,5 0', 'format'],
    ['12$', 'format'],
    ['1,234', 'ambiguous'],
    ['1.234', 'ambiguous'],
    ['999,000', 'ambiguous'],
    ['-1,234 €', 'ambiguous'],
    ['0,125', 'too-many-decimals'],
    ['12345,678', 'too-many-decimals'],
    ['1 234,567', 'too-many-decimals'],
    ['1.234,567', 'too-many-decimals'],
    ['1,234.567', 'too-many-decimals'],
    ['12,3456', 'too-many-decimals'],
    ['90071992547409,92', 'too-large'],
    ['100000000000000000000000', 'too-large'],
    ['-90071992547409,92', 'too-large'],
  ])('%j => %s', (input, error) => {
    expect(parseAmount(input)).toEqual({ ok: false, error });
  });
});

describe('formatEuros / formatAmountPlain', () => {
  it.each<[Cents, string, string]>([
    [0, `0,00${NBSP}€`, '€0.00'],
    [5, `0,05${NBSP}€`, '€0.05'],
    [-5, `-0,05${NBSP}€`, '-€0.05'],
    [123456, `1${NNBSP}234,56${NBSP}€`, '€1,234.56'],
    [-123456789, `-1${NNBSP}234${NNBSP}567,89${NBSP}€`, '-€1,234,567.89'],
    // Exact to the cent at the very top of the range, where cents / 100 as a double is not.
    [MAX, `90${NNBSP}071${NNBSP}992${NNBSP}547${NNBSP}409,91${NBSP}€`, '€90,071,992,547,409.91'],
  ])('%i cents', (cents, fr, en) => {
    expect(formatEuros(cents)).toBe(fr);
    expect(formatEuros(cents, 'fr-FR')).toBe(fr);
    expect(formatEuros(cents, 'en-GB')).toBe(en);
  });

  it.each<[Cents, string]>([
    [0, '0,00'],
    [-0, '0,00'],
    [7, '0,07'],
    [-7, '-0,07'],
    [123456, '1234,56'],
    [-100, '-1,00'],
    [MAX, '90071992547409,91'],
    [-MAX, '-90071992547409,91'],
  ])('formatAmountPlain(%i) = %s', (cents, text) => {
    expect(formatAmountPlain(cents)).toBe(text);
  });

  it.each([1.5, Number.NaN, Infinity, MAX + 1, -MAX - 1])('rejects non-cents %s with RangeError', (value) => {
    expect(() => formatEuros(value)).toThrow(RangeError);
    expect(() => formatAmountPlain(value)).toThrow(RangeError);
  });
});

describe('isCents / addCents / sumCents', () => {
  it('isCents accepts safe integers only', () => {
    expect([0, -1, MAX, -MAX].every(isCents)).toBe(true);
    expect([0.5, MAX + 1, Number.NaN, '12', null, undefined].some(isCents)).toBe(false);
  });

  it('adds and sums without floating point drift', () => {
    expect(addCents(10, 20)).toBe(30);
    expect(sumCents([])).toBe(0);
    expect(sumCents([1999, 1, -500])).toBe(1500);
    // 0.1 + 0.2 in euros would be 0.30000000000000004; in cents it is exact.
    expect(sumCents([10, 20])).toBe(30);
  });

  it('throws on overflow or non-integer operands', () => {
    expect(() => addCents(MAX, 1)).toThrow(RangeError);
    expect(() => sumCents([MAX, 1])).toThrow(RangeError);
    expect(() => addCents(0.5, 1)).toThrow(RangeError);
  });

  it('property: sumCents equals the exact BigInt sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 50 }), (list) => {
        const exact = list.reduce((t, c) => t + BigInt(c), 0n);
        expect(BigInt(sumCents(list))).toBe(exact);
      }),
    );
  });
});

// ----------------------------------------------------------------------------------------------
// Properties

const realisticCents = fc.integer({ min: -1e13, max: 1e13 });
const anyCents = fc.integer({ min: -MAX, max: MAX });
const groupSpace = fc.constantFrom(' ', NBSP, NNBSP);

/** Groups a digit string by thousands, asking `nextSep` for each separator. */
function groupThousands(digits: string, nextSep: () => string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    const fromEnd = digits.length - i;
    if (i > 0 && fromEnd % 3 === 0) out += nextSep();
    out += digits.charAt(i);
  }
  return out;
}

function split(cents: Cents): { sign: string; euros: string; dec: string } {
  const abs = BigInt(Math.abs(cents));
  return { sign: cents < 0 ? '-' : '', euros: String(abs / 100n), dec: String(abs % 100n).padStart(2, '0') };
}

describe('parseAmount properties', () => {
  it('round-trips formatEuros in both locales (realistic range)', () => {
    fc.assert(
      fc.property(realisticCents, fc.constantFrom('fr-FR' as const, 'en-GB' as const), (cents, locale) => {
        expect(parseAmount(formatEuros(cents, locale))).toEqual({ ok: true, value: cents });
      }),
    );
  });

  it('round-trips formatEuros and formatAmountPlain over the whole safe range', () => {
    fc.assert(
      fc.property(anyCents, (cents) => {
        expect(parseAmount(formatEuros(cents, 'fr-FR'))).toEqual({ ok: true, value: cents });
        expect(parseAmount(formatEuros(cents, 'en-GB'))).toEqual({ ok: true, value: cents });
        expect(parseAmount(formatAmountPlain(cents))).toEqual({ ok: true, value: cents });
      }),
    );
  });

  it('reads French amounts grouped with any mix of space characters', () => {
    fc.assert(
      fc.property(
        realisticCents,
        fc.infiniteStream(groupSpace),
        fc.constantFrom('', ' €', `${NBSP}€`, `${NNBSP}€`, '€', ' EUR'),
        (cents, spaces, suffix) => {
          const { sign, euros, dec } = split(cents);
          const text = `${sign}${groupThousands(euros, () => spaces.next().value)},${dec}${suffix}`;
          expect(parseAmount(text)).toEqual({ ok: true, value: cents });
        },
      ),
    );
  });

  it('reads dot-grouped (1.234,56) and comma-grouped (1,234.56) amounts when 2 decimals are given', () => {
    fc.assert(
      fc.property(realisticCents, (cents) => {
        const { sign, euros, dec } = split(cents);
        expect(parseAmount(`${sign}${groupThousands(euros, () => '.')},${dec}`)).toEqual({ ok: true, value: cents });
        expect(parseAmount(`${sign}${groupThousands(euros, () => ',')}.${dec}`)).toEqual({ ok: true, value: cents });
      }),
    );
  });

  it('negation: "-x" and "(x)" parse to the opposite of "x"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), (cents) => {
        const text = formatAmountPlain(cents);
        expect(parseAmount(`-${text}`)).toEqual({ ok: true, value: -cents });
        expect(parseAmount(`(${text})`)).toEqual({ ok: true, value: -cents });
        expect(parseAmount(`+${text}`)).toEqual({ ok: true, value: cents });
      }),
    );
  });

  it('never throws, and only ever returns safe integers, on arbitrary amount-like text', () => {
    const amountish = fc.string({
      unit: fc.constantFrom(...'0123456789.,-+ ()€EURe\u2212', NBSP, NNBSP),
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.oneof(amountish, fc.string()), (text) => {
        const result = parseAmount(text);
        if (result.ok) expect(Number.isSafeInteger(result.value)).toBe(true);
        else expect(['empty', 'format', 'ambiguous', 'too-many-decimals', 'too-large']).toContain(result.error);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with an exact decimal reading of plain "digits[.dd]" strings', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,20}(\.[0-9]{1,2})?$/), (text) => {
        const [int = '', frac = ''] = text.split('.');
        const exact = BigInt(int) * 100n + BigInt(frac.padEnd(2, '0'));
        const result = parseAmount(text);
        if (exact > BigInt(MAX)) expect(result).toEqual({ ok: false, error: 'too-large' });
        else expect(result).toEqual({ ok: true, value: Number(exact) });
      }),
    );
  });
});
