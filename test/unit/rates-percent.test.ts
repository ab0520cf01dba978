import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basisPointsToPercentNumber, formatPercent, formatPercentPlain, parsePercent } from '../../renderer/src/domain/rates/percent';

describe('parsePercent', () => {
  it.each([
    ['12,15', 1215],
    ['12.15', 1215],
    ['12,15 %', 1215],
    ['12,15%', 1215],
    ['12,15\u00a0%', 1215],
    ['12,15\u202f%', 1215],
    ['  12,5 ', 1250],
    ['10', 1000],
    ['0,05', 5],
    ['0', 0],
    ['100', 10000],
    ['-0,50', -50],
    ['\u22120,50', -50],
  ])('reads %j as %i basis points', (text, bp) => {
    expect(parsePercent(text)).toEqual({ ok: true, value: bp });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['%', 'empty'],
    ['douze', 'format'],
    ['12,1,5', 'format'],
    [',5', 'format'],
    ['12,', 'format'],
    ['1 000', 'format'],
    ['12 %%', 'format'],
    ['1e2', 'format'],
    ['12,155', 'too-many-decimals'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parsePercent(text)).toEqual({ ok: false, error });
  });
});

describe('formatPercent', () => {
  it('writes rates the French way, with a no-break space before %', () => {
    expect(formatPercent(1215)).toBe('12,15\u00a0%');
    expect(formatPercent(5)).toBe('0,05\u00a0%');
    expect(formatPercent(1000)).toBe('10,00\u00a0%');
    expect(formatPercent(1215, 'en-GB')).toBe('12.15%');
    expect(formatPercentPlain(1215)).toBe('12,15');
    expect(basisPointsToPercentNumber(1215)).toBe(12.15);
    expect(basisPointsToPercentNumber(1000)).toBe(10);
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.constantFrom('fr-FR' as const, 'en-GB' as const), (bp, locale) => {
        expect(parsePercent(formatPercent(bp, locale))).toEqual({ ok: true, value: bp });
        expect(parsePercent(formatPercentPlain(bp, locale))).toEqual({ ok: true, value: bp });
      }),
    );
  });
});
