/**
 * Calendar dates (invoice date, due date, reminder date) as ISO strings "YYYY-MM-DD".
 *
 * A due date is a day, not an instant: "2026-11-29" must stay the 29th whatever the time zone or
 * daylight-saving change. So dates never go through `new Date(y, m, d)` (local midnight, which
 * shifts when converted) or `new Date("2026-11-29")` (UTC midnight, the 28th in America).
 * Arithmetic is done on day numbers (days since 1970-01-01) with the integer civil-calendar
 * algorithms of Howard Hinnant (https://howardhinnant.github.io/date_algorithms.html), in the
 * proleptic Gregorian calendar. Supported years: 0001-9999 (four-digit ISO years).
 */
import type { Result } from './result';
import { err, ok } from './result';

/** "YYYY-MM-DD". A plain string: check untrusted values with `isValidIsoDate`. */
export type IsoDate = string;

/**
 * - `empty`: nothing but whitespace.
 * - `format`: not one of the accepted layouts.
 * - `invalid-date`: right layout, but the day does not exist (31/02/2024, 29/02/2023, month 13).
 */
export type DateError = 'empty' | 'format' | 'invalid-date';

/** Field order of an ambiguous "a/b/c" date. Default 'DMY' (France); 'MDY' for US exports. */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export type DateLocale = 'fr-FR' | 'en-GB';

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
/** Days from 0000-03-01 to 1970-01-01 in Hinnant's era-based counting. */
const EPOCH_SHIFT = 719468;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function splitIso(iso: IsoDate): { year: number; month: number; day: number } | null {
  const m = ISO_RE.exec(iso);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/** True for an existing day written exactly "YYYY-MM-DD" (year 0001-9999). */
export function isValidIsoDate(value: string): boolean {
  return splitIso(value) !== null;
}

function requireIso(iso: IsoDate): { year: number; month: number; day: number } {
  const parts = splitIso(iso);
  if (parts === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return parts;
}

/** Days since 1970-01-01 (negative before). Throws RangeError on an invalid IsoDate. */
export function toDayNumber(iso: IsoDate): number {
  const { year, month, day } = requireIso(iso);
  // Count years from March so that the leap day is the last day of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // [0, 399]
  const monthFromMarch = (month + 9) % 12; // March = 0 ... February = 11
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1; // [0, 365]
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - EPOCH_SHIFT;
}

const MIN_DAY = -719162; // 0001-01-01
const MAX_DAY = 2932896; // 9999-12-31

/** Inverse of toDayNumber. Throws RangeError outside 0001-01-01..9999-12-31 or for non-integers. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY || dayNumber > MAX_DAY) {
    throw new RangeError(`Day number out of range: ${dayNumber}`);
  }
  const z = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097; // [0, 146096]
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  ); // [0, 399]
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return toIso(year, month, day);
}

/** `iso` shifted by `days` (may be negative). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(iso) + days);
}

/** -1 if a is before b, 0 if same day, 1 if after. Throws RangeError on invalid dates. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return Math.sign(toDayNumber(a) - toDayNumber(b)) as -1 | 0 | 1;
}

/** Signed number of days from `from` to `to` (to − from): daysBetween('2026-01-01', '2026-01-31') = 30. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The user's calendar day "today", from the LOCAL date parts of `now`: at 00:30 in Paris on the
 * 29th it is the 29th for the user, even though it is still the 28th in UTC.
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** ISO weekday: 1 = Monday ... 7 = Sunday (1970-01-01, day 0, was a Thursday = 4). */
export function dayOfWeek(iso: IsoDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const n = toDayNumber(iso);
  return ((((n + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * "29/11/2026". fr-FR and en-GB both write dates as DD/MM/YYYY; building the string by hand
 * avoids Intl's time-zone handling entirely (tests check it matches Intl with timeZone 'UTC').
 * The locale parameter is kept so callers do not have to change when a locale differs.
 */
export function formatDate(iso: IsoDate, _locale: DateLocale = 'fr-FR'): string {
  const { year, month, day } = requireIso(iso);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

const LONG_FORMATS: Record<DateLocale, Intl.DateTimeFormat> = {
  'fr-FR': new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
  'en-GB': new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
};

/**
 * "29 novembre 2026" / "29 November 2026", for letters. French writes the first day of a month as
 * an ordinal ("1er décembre 2026"), which Intl does not do. The Date is built at UTC midnight with
 * setUTCFullYear (Date.UTC would map years 0-99 to 1900-1999) and formatted in UTC, so the local
 * time zone cannot move it to another day.
 */
export function formatDateLong(iso: IsoDate, locale: DateLocale = 'fr-FR'): string {
  const { year, month, day } = requireIso(iso);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return LONG_FORMATS[locale]
    .formatToParts(instant)
    .map((part) => (locale === 'fr-FR' && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** Two-digit years: 00-69 => 2000-2069, 70-99 => 1970-1999 (the POSIX/strptime pivot). */
function expandTwoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const SHORT_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
/** Spreadsheet exports often append a time ("15/01/2024 00:00:00"); it is ignored. */
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;

/**
 * Parses a date typed by a user or read from an export.
 *
 * Accepted (after trimming, with an optional trailing " HH:MM[:SS]" time that is ignored):
 * - YYYYMMDD (always year-month-day) and YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (always year first);
 * - D/M/YYYY, DD/MM/YYYY, DD/MM/YY with '/', '-' or '.' (the same separator twice).
 *   `hint` orders those: 'DMY' (default), 'MDY' (US exports: MM/DD/YYYY), 'YMD' (YY/MM/DD, only
 *   meaningful when every part has two digits; a four-digit last part is always the year).
 * Two-digit years: see expandTwoDigitYear.
 */
export function parseDate(text: string, hint: DateOrder = 'DMY'): Result<IsoDate, DateError> {
  let s = text.trim();
  if (s === '') return err('empty');
  s = s.replace(TIME_SUFFIX, '');

  let year: number;
  let month: number;
  let day: number;

  const compact = COMPACT_YMD.exec(s);
  const yearFirst = YEAR_FIRST.exec(s);
  const short = SHORT_FIRST.exec(s);
  if (compact !== null) {
    [year, month, day] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  } else if (yearFirst !== null) {
    [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4])];
  } else if (short !== null) {
    const a = Number(short[1]);
    const b = Number(short[3]);
    const last = short[4] ?? '';
    const c = Number(last);
    if (hint === 'YMD' && last.length === 2) {
      [year, month, day] = [expandTwoDigitYear(a), b, c];
    } else {
      year = last.length === 2 ? expandTwoDigitYear(c) : c;
      [month, day] = hint === 'MDY' ? [a, b] : [b, a];
    }
  } else {
    return err('format');
  }

  return isValidYmd(year, month, day) ? ok(toIso(year, month, day)) : err('invalid-date');
}
