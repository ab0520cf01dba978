/**
 * Rates typed and shown the French way. A rate is stored in basis points (1215 = 12.15 %): rates
 * are published with two decimals, so an integer holds them exactly and no float ever reaches a
 * penalty computation.
 */
import type { Result } from '../result';
import { err, ok } from '../result';

/**
 * - `empty`: nothing typed.
 * - `format`: not a number ("douze", "12,1,5", "12 %%", "1 000").
 * - `too-many-decimals`: more than two decimals ("12,155"): rates are published to the hundredth.
 */
export type PercentError = 'empty' | 'format' | 'too-many-decimals';

/** Sign, whole part, decimal part, then an optional "%" after any kind of space. */
const PERCENT_RE = /^([+\-\u2212]?)(\d+)(?:[.,](\d+))?[\s\u00A0\u202F\u2009]*%?$/;

/**
 * "12,15", "12.15", "12,15 %", "12,15%" (and U+00A0 or U+202F before "%", as copied from our own
 * screens), "10", "0,5", "-0,50" all parse; the result is in basis points. The range is checked
 * by the caller (validation says "between 0 and 100 %" in words a user understands).
 */
export function parsePercent(text: string): Result<number, PercentError> {
  const s = text.trim();
  if (s === '' || s === '%') return err('empty');
  const m = PERCENT_RE.exec(s);
  if (m === null) return err('format');
  const [, sign = '', whole = '', fraction = ''] = m;
  if (fraction.length > 2) return err('too-many-decimals');
  if (whole.length > 6) return err('format'); // no rate has seven digits before the comma
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return ok(sign === '-' || sign === '\u2212' ? -value || 0 : value);
}

/** "12,15 %" (no-break space before "%", French typography) or "12.15%" in English. */
export function formatPercent(basisPoints: number, locale: 'fr-FR' | 'en-GB' = 'fr-FR'): string {
  const plain = formatPercentPlain(basisPoints, locale);
  return locale === 'fr-FR' ? `${plain}\u00A0%` : `${plain}%`;
}

/** "12,15" / "12.15": the number alone, as put back in an input field for editing. */
export function formatPercentPlain(basisPoints: number, locale: 'fr-FR' | 'en-GB' = 'fr-FR'): string {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`Not a rate in basis points: ${basisPoints}`);
  const abs = Math.abs(basisPoints);
  const rest = abs % 100;
  const whole = (abs - rest) / 100;
  return `${basisPoints < 0 ? '-' : ''}${whole}${locale === 'fr-FR' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}

/** The rate as a percentage number (1215 → 12.15), for JSON output only: never compute with it. */
export function basisPointsToPercentNumber(basisPoints: number): number {
  return Number(formatPercentPlain(basisPoints, 'en-GB'));
}
