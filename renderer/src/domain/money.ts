/**
 * Money as integer cents.
 *
 * Amounts are stored and summed as integer cents so that 0.1 + 0.2 problems never reach an
 * invoice balance. Text is converted digit-by-digit (BigInt), never through parseFloat.
 */
import type { Result } from './result';
import { err, ok } from './result';

/** An amount in euro cents. Always a safe integer (Number.isSafeInteger). */
export type Cents = number;

/**
 * - `empty`: nothing but whitespace.
 * - `format`: not an amount (letters, misplaced separators, bad digit grouping, "12,-", ...).
 * - `ambiguous`: a lone "," or "." followed by exactly three digits ("1,234", "1.234") could be a
 *   thousands separator or a 3-decimal amount; we refuse to guess.
 * - `too-many-decimals`: a decimal part of 3+ digits ("0,125", "1 234,567", "1.234,567").
 * - `too-large`: more cents than Number.MAX_SAFE_INTEGER.
 */
export type AmountError = 'empty' | 'format' | 'ambiguous' | 'too-many-decimals' | 'too-large';

export type FormatLocale = 'fr-FR' | 'en-GB';

/**
 * Characters accepted as thousands separators (and between amount and currency):
 * - U+0020 plain space (typed by hand, most CSV exports),
 * - U+00A0 no-break space (classic French typography, older ICU and Excel),
 * - U+202F narrow no-break space (what CLDR/ICU emit for fr-FR since 2019, so it is what
 *   `Intl.NumberFormat('fr-FR')` produces and what users copy back from our own screens),
 * - U+2009 thin space (word processors).
 */
const SPACES = ' \u00A0\u202F\u2009';
const SPACE_RE = new RegExp(`[${SPACES}]`);

/** U+2212 MINUS SIGN is emitted by some locales/ICU versions and by spreadsheets. */
const PREFIX_TOKEN = /^(?:([+\-\u2212])|(€|EUR))\s*/i;
const SUFFIX_CURRENCY = /\s*(?:€|EUR|euros?)$/i;
const CORE_CHARS = new RegExp(`^\\d[\\d.,${SPACES}]*$`);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Parses an amount typed by a user or read from an accounting export into cents.
 *
 * Accepted: "1 234,56", "1 234,56 €" (any of the SPACES above), "1.234,56", "1,234.56",
 * "1234.56", "1234,5", "1234", "-12,00", "−12,00", "+5,00", "(12,00)" (accounting negative),
 * "€ 12,00", "EUR 12,00", "12,00 EUR", "12 euros", "-€12.00", "0000000074,70", surrounding
 * whitespace. Rejected: a trailing minus ("12,00-"), "12,-", ".50", exponents, two signs.
 *
 * Separator rules:
 * - both "," and "." present: the last one is the decimal separator, the other groups thousands;
 * - only one of them, several times: it groups thousands ("1.234.567");
 * - only one of them, once: decimal if followed by 1-2 digits; "ambiguous" if followed by exactly
 *   3 digits and preceded by 1-3 digits not starting with 0 ("1,234", "999.000"); otherwise a
 *   3+ digit tail is "too-many-decimals" ("0,125", "12345,678", "1 234,567");
 * - grouped integer parts must look like 1-3 digits then groups of exactly 3, one kind of
 *   separator only (spaces of any kind count as one kind).
 */
export function parseAmount(text: string): Result<Cents, AmountError> {
  // String.prototype.trim removes every Unicode space separator, including U+00A0 and U+202F.
  let s = text.trim();
  if (s === '') return err('empty');

  let negative = false;
  const parenthesised = s.startsWith('(') && s.endsWith(')');
  if (parenthesised) {
    negative = true;
    s = s.slice(1, -1).trim();
  }

  // Leading sign and currency, in either order ("-€12.00" from en-GB Intl, "€ -12,00").
  let signs = 0;
  let currencies = 0;
  for (let m = PREFIX_TOKEN.exec(s); m !== null; m = PREFIX_TOKEN.exec(s)) {
    if (m[1] !== undefined) {
      signs += 1;
      if (m[1] !== '+') negative = true;
    } else {
      currencies += 1;
    }
    s = s.slice(m[0].length);
  }
  const suffix = SUFFIX_CURRENCY.exec(s);
  if (suffix !== null) {
    currencies += 1;
    s = s.slice(0, suffix.index);
  }
  if (signs > 1 || currencies > 1 || (parenthesised && signs > 0)) return err('format');
  if (!CORE_CHARS.test(s)) return err('format');

  const split = splitDecimal(s);
  if (!split.ok) return split;
  const { integer, fraction } = split.value;

  const value = BigInt(integer) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (value > MAX_SAFE) return err('too-large');
  // Number(-0n) is 0, so "-0,00" yields +0, never -0.
  return ok(Number(negative ? -value : value));
}

/** Splits "1 234,56" into plain digit strings { integer: "1234", fraction: "56" }. */
function splitDecimal(core: string): Result<{ integer: string; fraction: string }, AmountError> {
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');

  if (lastDot < 0 && lastComma < 0) return withGrouping(core, null, '', false);

  if (lastDot >= 0 && lastComma >= 0) {
    // "1.234,56" / "1,234.56": the last separator is the decimal one and must appear once.
    const decimalIndex = Math.max(lastDot, lastComma);
    const decimalSep = core.charAt(decimalIndex);
    if (core.indexOf(decimalSep) !== decimalIndex) return err('format');
    const groupSep = decimalSep === '.' ? ',' : '.';
    return withGrouping(core.slice(0, decimalIndex), groupSep, core.slice(decimalIndex + 1), true);
  }

  const sep = lastDot >= 0 ? '.' : ',';
  const index = Math.max(lastDot, lastComma);
  // The only separator, several times: it groups thousands, there are no decimals ("1.234.567").
  if (core.indexOf(sep) !== index) return withGrouping(core, sep, '', false);

  const before = core.slice(0, index);
  const after = core.slice(index + 1);
  // "1,234": 1234 euros (English grouping) or 1.234 (3 decimals)? Refuse to guess when the part
  // before could be a first thousands group. "0,125", "12345,678" or "1 234,567" cannot be
  // grouping, so they fall through to "too-many-decimals".
  if (/^\d{3}$/.test(after) && /^[1-9]\d{0,2}$/.test(before)) return err('ambiguous');
  return withGrouping(before, null, after, true);
}

function withGrouping(
  intPart: string,
  groupSep: '.' | ',' | null,
  fraction: string,
  hasDecimalSep: boolean,
): Result<{ integer: string; fraction: string }, AmountError> {
  if (hasDecimalSep) {
    if (!/^\d+$/.test(fraction)) return err('format'); // "12," or "12,-" or "1,5 6"
    if (fraction.length > 2) return err('too-many-decimals');
  }
  const integer = ungroup(intPart, groupSep);
  if (integer === null) return err('format');
  return ok({ integer, fraction });
}

/**
 * Removes thousands separators after checking the grouping: first group 1-3 digits, then groups
 * of exactly 3. Returns null for bad grouping or mixed separator kinds ("1 234.567,00").
 */
function ungroup(intPart: string, groupSep: '.' | ',' | null): string | null {
  if (/^\d+$/.test(intPart)) return intPart;
  const hasSpace = SPACE_RE.test(intPart);
  const hasPunct = groupSep !== null && intPart.includes(groupSep);
  if (hasSpace && hasPunct) return null;
  const groups = hasSpace ? intPart.split(SPACE_RE) : groupSep !== null ? intPart.split(groupSep) : [intPart];
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return null;
  if (!rest.every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join('');
}

const CURRENCY_FORMATS: Record<FormatLocale, Intl.NumberFormat> = {
  'fr-FR': new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
  'en-GB': new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/**
 * Formats cents with the locale's currency format, keeping Intl's exact output: fr-FR gives
 * "1 234,56 €" with U+202F between groups and U+00A0 before "€" (so a line never breaks inside
 * an amount); en-GB gives "€1,234.56". `parseAmount` reads both back.
 *
 * The value is handed to Intl as an exact decimal string ("1234.56"), not as cents / 100: near
 * the top of the safe range (above ~3.5 × 10^15 cents) the double cents / 100 is often closer
 * to a neighbouring cent, e.g. MAX_SAFE_INTEGER would print as "…409,90" instead of "…409,91".
 */
export function formatEuros(cents: Cents, locale: FormatLocale = 'fr-FR'): string {
  return CURRENCY_FORMATS[locale].format(toDecimalString(cents, '.') as `${number}`);
}

/** "1234,56" / "-0,05": no currency, no grouping, comma decimal. For CSV and accounting exports. */
export function formatAmountPlain(cents: Cents): string {
  return toDecimalString(cents, ',');
}

function toDecimalString(cents: Cents, decimalSep: '.' | ','): string {
  assertCents(cents);
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const euros = (abs - rest) / 100; // exact: abs - rest is a multiple of 100
  return `${cents < 0 ? '-' : ''}${euros}${decimalSep}${String(rest).padStart(2, '0')}`;
}

export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function assertCents(value: number): void {
  if (!isCents(value)) throw new RangeError(`Not an amount in cents: ${value}`);
}

/** Adds two amounts; throws RangeError if an operand or the result is not a safe integer. */
export function addCents(a: Cents, b: Cents): Cents {
  assertCents(a);
  assertCents(b);
  const total = a + b;
  if (!Number.isSafeInteger(total)) throw new RangeError('Amount overflow');
  return total;
}

/** Sum of a list of amounts (0 for an empty list); same overflow guarantees as addCents. */
export function sumCents(amounts: readonly Cents[]): Cents {
  return amounts.reduce<Cents>((total, amount) => addCents(total, amount), 0);
}
