/**
 * The BusinessCalendar the schedule engine plans on, built from the rules the user sets: never a
 * Saturday or Sunday, never a public holiday of the company's zone, never a day the company is
 * closed, never a day the customer is closed. Plus the customer who pays only on given days of
 * the month (nextPaymentDay), and the checks the settings screen runs on a closed period.
 *
 * Speed: the engine asks about the same dates again and again. Each calendar keeps, per year, one
 * byte per day (1 = not a business day), filled on the first question about that year; a question
 * is then a subtraction and an array read. Walking day by day stays in one year's array.
 */
import { addDays, daysBetween, daysInMonth, dayOfWeek, fromDayNumber, isValidIsoDate, toDayNumber, type IsoDate } from '../dates';
import type { BusinessCalendar, ClosedPeriod, CustomerDates, HolidayZone } from './business-calendar';
import { holidays } from './holidays';

export interface BusinessCalendarRules {
  zone: HolidayZone;
  /** The company's closing periods (summer, Christmas week). */
  closings: readonly ClosedPeriod[];
  /** The customer's closed periods; its paymentDays are for nextPaymentDay, not used here. */
  customer?: CustomerDates;
}

/**
 * How far a search for a business day goes before giving up: two years, leap day included. A real
 * calendar has a business day every few days; only closed periods covering everything get here.
 */
export const MAX_SEARCH_DAYS = 731;

/**
 * Thrown when no business day exists within MAX_SEARCH_DAYS of a date: the closed periods (company
 * and customer) with weekends and holidays leave no working day. `from` is where the search began,
 * so the screen can say which plan could not be made.
 */
export class NoBusinessDayError extends Error {
  override readonly name = 'NoBusinessDayError';
  constructor(
    readonly from: IsoDate,
    readonly direction: 'after' | 'before',
  ) {
    super(
      `No business day within ${MAX_SEARCH_DAYS} days ${direction} ${from}: weekends, public holidays and the ` +
        'closed periods of the company and the customer cover every day. Check the closed periods in the settings.',
    );
  }
}

interface YearFlags {
  /** Day numbers of 1 January and 31 December. */
  first: number;
  last: number;
  /** closed[n - first] is 1 when day n is not a business day. */
  closed: Uint8Array;
}

/** A closed period as day numbers, after checking it; a broken one is a programming error here. */
function periodDays(period: ClosedPeriod, owner: string): [number, number] {
  if (!isValidIsoDate(period.from) || !isValidIsoDate(period.to) || period.to < period.from) {
    throw new RangeError(
      `Invalid ${owner} closed period ${JSON.stringify(period)}: check it with validateClosedPeriod before building a calendar`,
    );
  }
  return [toDayNumber(period.from), toDayNumber(period.to)];
}

const isoYear = (year: number, monthDay: string): IsoDate => `${String(year).padStart(4, '0')}-${monthDay}`;

/**
 * Builds the calendar. Throws RangeError on a closed period that validateClosedPeriod refuses, and
 * (when asked about it) on a year without computed holidays (before 1583).
 */
export function createBusinessCalendar(rules: BusinessCalendarRules): BusinessCalendar {
  const { zone } = rules;
  const periods = [
    ...rules.closings.map((p) => periodDays(p, 'company')),
    ...(rules.customer?.closed ?? []).map((p) => periodDays(p, 'customer')),
  ];
  const years = new Map<number, YearFlags>();
  let current: YearFlags | undefined;

  function buildYear(year: number): YearFlags {
    const first = toDayNumber(isoYear(year, '01-01'));
    const last = toDayNumber(isoYear(year, '12-31'));
    const closed = new Uint8Array(last - first + 1);
    // ISO weekday of 1 January, 1 = Monday; days 6 and 7 are Saturday and Sunday.
    const weekday0 = dayOfWeek(isoYear(year, '01-01')) - 1;
    for (let i = 0; i < closed.length; i += 1) if ((weekday0 + i) % 7 >= 5) closed[i] = 1;
    for (const h of holidays(year, zone)) closed[toDayNumber(h.date) - first] = 1;
    for (const [from, to] of periods) {
      for (let n = Math.max(from, first); n <= Math.min(to, last); n += 1) closed[n - first] = 1;
    }
    return { first, last, closed };
  }

  /** The flags of the year holding day n: the last one used, else looked up or built. */
  function yearOf(n: number): YearFlags {
    if (current !== undefined && n >= current.first && n <= current.last) return current;
    const year = Number(fromDayNumber(n).slice(0, 4));
    let flags = years.get(year);
    if (flags === undefined) {
      flags = buildYear(year);
      years.set(year, flags);
    }
    current = flags;
    return flags;
  }

  const isClosed = (n: number): boolean => {
    const flags = yearOf(n);
    return flags.closed[n - flags.first] === 1;
  };

  function nextOpen(n: number, origin: IsoDate): number {
    for (let k = 0; k <= MAX_SEARCH_DAYS; k += 1) if (!isClosed(n + k)) return n + k;
    throw new NoBusinessDayError(origin, 'after');
  }

  return {
    isBusinessDay: (date) => !isClosed(toDayNumber(date)),

    nextBusinessDay: (date) => fromDayNumber(nextOpen(toDayNumber(date), date)),

    /**
     * Counts business days strictly after `date` (strictly before it when `days` < 0), the way a
     * delay "in working days" is counted: Friday + 1 = Monday, Saturday + 1 = Monday, Monday − 1 =
     * Friday. `date` itself need not be a business day. `days` = 0 gives nextBusinessDay(date): the
     * engine always gets a day it can plan on, never a Sunday.
     */
    addBusinessDays(date, days) {
      if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of business days: ${days}`);
      let n = toDayNumber(date);
      if (days === 0) return fromDayNumber(nextOpen(n, date));
      const step = days > 0 ? 1 : -1;
      let left = Math.abs(days);
      let closedRun = 0;
      while (left > 0) {
        n += step;
        if (!isClosed(n)) {
          left -= 1;
          closedRun = 0;
        } else if (++closedRun > MAX_SEARCH_DAYS) {
          throw new NoBusinessDayError(fromDayNumber(n - step * closedRun), step > 0 ? 'after' : 'before');
        }
      }
      return fromDayNumber(n);
    },
  };
}

/** True when `date` is a day the customer pays on: one of `days`, or the month's last day standing in for a longer one. */
function isPaymentDayOfMonth(date: IsoDate, days: readonly number[]): boolean {
  const day = Number(date.slice(8, 10));
  if (days.includes(day)) return true;
  const monthLength = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return day === monthLength && days.some((d) => d > monthLength);
}

/**
 * The first day on or after `date` the customer actually pays on, for a customer that pays only on
 * `paymentDays` of the month (e.g. [10] or [10, 25]):
 * - a payment day the month does not have becomes its last day (31 → 30 April, 28 or 29 February);
 * - a payment day that is not a business day moves to the next business day (10 May 2026, a
 *   Sunday, → Monday 11 May). Such a moved payment counts even when its own day is before `date`:
 *   asked on Monday 11 May, the answer is that Monday.
 * Empty `paymentDays`: any business day, i.e. calendar.nextBusinessDay(date).
 * Throws RangeError on a day outside 1-31 (see validatePaymentDays), NoBusinessDayError when the
 * calendar has no business day for two years.
 */
export function nextPaymentDay(date: IsoDate, calendar: BusinessCalendar, paymentDays: readonly number[]): IsoDate {
  for (const d of paymentDays) {
    if (!Number.isInteger(d) || d < 1 || d > 31) throw new RangeError(`Not a day of the month: ${d}`);
  }
  const start = calendar.nextBusinessDay(date);
  if (paymentDays.length === 0) return start;

  // The payment days that land on `start` are those since the previous business day: walk back
  // over the closed days before it (a weekend, a holiday, a closed August).
  let day = start;
  for (let k = 0; k < MAX_SEARCH_DAYS; k += 1) {
    const before = addDays(day, -1);
    if (calendar.isBusinessDay(before)) break;
    day = before;
  }

  // Then forward: remember a payment day met, pay on the first business day from there on. The
  // first business day met is `start` itself, so the answer is never before `date`.
  let due = false;
  let closedRun = 0;
  for (;;) {
    if (isPaymentDayOfMonth(day, paymentDays)) due = true;
    if (calendar.isBusinessDay(day)) {
      if (due) return day;
      closedRun = 0;
    } else if (++closedRun > MAX_SEARCH_DAYS) {
      throw new NoBusinessDayError(date, 'after');
    }
    day = addDays(day, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Checks for the settings screen (company closings, customer closed periods, payment days)

/** The longest closed period accepted: a full leap year. */
export const MAX_CLOSED_PERIOD_DAYS = 366;
export const MAX_CLOSED_PERIOD_LABEL = 80;

export type ClosedPeriodErrorCode = 'required' | 'invalidDate' | 'endBeforeStart' | 'tooLong' | 'labelTooLong';

export interface ClosedPeriodError {
  code: ClosedPeriodErrorCode;
  params?: Record<string, string | number>;
}

export type ClosedPeriodErrors = Partial<Record<'from' | 'to' | 'label', ClosedPeriodError>>;

/** French first; placeholders are filled from the error's params. */
export const CLOSED_PERIOD_MESSAGES: Record<ClosedPeriodErrorCode, { fr: string; en: string }> = {
  required: { fr: 'Date obligatoire.', en: 'Date required.' },
  invalidDate: { fr: 'Cette date n’existe pas.', en: 'This date does not exist.' },
  endBeforeStart: { fr: 'La fin de la fermeture précède son début.', en: 'The closure ends before it starts.' },
  tooLong: {
    fr: 'Une fermeture dure au plus {{max}} jours (celle-ci en compte {{days}}).',
    en: 'A closure lasts at most {{max}} days (this one has {{days}}).',
  },
  labelTooLong: { fr: 'Libellé trop long ({{max}} caractères au plus).', en: 'Label too long (at most {{max}} characters).' },
};

/**
 * Checks a closed period typed in the settings: both dates exist, `from` ≤ `to`, at most 366 days
 * both included, a label of at most 80 characters. Returns the period with its label trimmed
 * (dropped when empty), or one error per field as a code to translate.
 */
export function validateClosedPeriod(
  period: { from: string; to: string; label?: string },
): { ok: true; value: ClosedPeriod } | { ok: false; errors: ClosedPeriodErrors } {
  const errors: ClosedPeriodErrors = {};
  const from = period.from.trim();
  const to = period.to.trim();
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (value === '') errors[field] = { code: 'required' };
    else if (!isValidIsoDate(value)) errors[field] = { code: 'invalidDate' };
  }
  if (errors.from === undefined && errors.to === undefined) {
    const days = daysBetween(from, to) + 1;
    if (days < 1) errors.to = { code: 'endBeforeStart' };
    else if (days > MAX_CLOSED_PERIOD_DAYS) errors.to = { code: 'tooLong', params: { max: MAX_CLOSED_PERIOD_DAYS, days } };
  }
  const label = (period.label ?? '').trim().replace(/\s+/g, ' ');
  if (label.length > MAX_CLOSED_PERIOD_LABEL) errors.label = { code: 'labelTooLong', params: { max: MAX_CLOSED_PERIOD_LABEL } };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { from, to, ...(label !== '' ? { label } : {}) } };
}

/**
 * Checks a customer's payment days: whole numbers 1-31. Returns them sorted without repeats, or
 * the code 'paymentDay' with the first wrong value.
 */
export function validatePaymentDays(
  days: readonly number[],
): { ok: true; value: number[] } | { ok: false; error: { code: 'paymentDay'; params: { value: number } } } {
  const wrong = days.find((d) => !Number.isInteger(d) || d < 1 || d > 31);
  if (wrong !== undefined) return { ok: false, error: { code: 'paymentDay', params: { value: wrong } } };
  return { ok: true, value: [...new Set(days)].sort((a, b) => a - b) };
}
