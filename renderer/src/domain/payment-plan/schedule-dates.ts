/**
 * Instalment due dates: weekly, every two weeks or monthly from the first date, each on a
 * business day.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import { NoBusinessDayError } from '../calendar/calendar-rules';
import type { IsoDate } from '../dates';
import { addDays, compareDates, daysInMonth, formatDate, isValidIsoDate } from '../dates';
import type { PaymentPlan } from '../model';
import type { PlanError } from './messages';
import { MAX_INSTALMENTS, MIN_INSTALMENTS } from './split';

export type PlanFrequency = NonNullable<PaymentPlan['frequency']>;

export interface InstalmentDate {
  /** The date the rhythm gives (31 Jan, 28 Feb, 31 Mar, …). */
  nominal: IsoDate;
  /** The date the instalment is due: `nominal`, or the next business day after it. */
  dueDate: IsoDate;
}

export type InstalmentDatesResult = { ok: true; dates: InstalmentDate[] } | { ok: false; error: PlanError };

/**
 * The nominal dates of `count` instalments from `first`, without business-day moves: every 7 or
 * 14 days, or monthly on the day of month of `first`, clamped to the last day of shorter months
 * (from 31 January 2026: 28 February, 31 March, 30 April; the day comes back to 31 when the month
 * has one). Throws RangeError on an invalid date.
 */
export function nominalInstalmentDates(first: IsoDate, count: number, frequency: PlanFrequency): IsoDate[] {
  if (!isValidIsoDate(first)) throw new RangeError(`Not an ISO date: ${first}`);
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7));
  const day = Number(first.slice(8, 10));
  return Array.from({ length: count }, (_, i) => {
    if (frequency === 'weekly') return addDays(first, 7 * i);
    if (frequency === 'fortnightly') return addDays(first, 14 * i);
    const monthIndex = month - 1 + i;
    const y = year + Math.floor(monthIndex / 12);
    const m = (monthIndex % 12) + 1;
    const d = Math.min(day, daysInMonth(y, m));
    if (y > 9999) throw new RangeError('Instalment after year 9999');
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });
}

/**
 * Due dates of `count` instalments from `first` (see nominalInstalmentDates), each moved to the
 * calendar's next business day when it is not one (Saturday 3 January 2026 → Monday 5 January;
 * Friday 1 May 2026 → Monday 4 May). Due dates strictly increase: should a long closing push a
 * date onto or before the previous one, it goes to the first business day after the previous one.
 *
 * Refused: a `first` that is not an existing day (`invalidFirstDate`), a `first` before `today`
 * (`firstDateInPast`; today itself is accepted), a count outside 1-60 (`countRange`), a calendar
 * with no business day near a date (`noBusinessDay`).
 */
export function instalmentDates(
  first: IsoDate,
  count: number,
  frequency: PlanFrequency,
  calendar: BusinessCalendar,
  today: IsoDate,
): InstalmentDatesResult {
  if (!Number.isInteger(count) || count < MIN_INSTALMENTS || count > MAX_INSTALMENTS) {
    return { ok: false, error: { code: 'countRange', field: 'count', params: { min: MIN_INSTALMENTS, max: MAX_INSTALMENTS } } };
  }
  if (!isValidIsoDate(first)) return { ok: false, error: { code: 'invalidFirstDate', field: 'first' } };
  if (!isValidIsoDate(today)) throw new RangeError(`Not an ISO date: ${today}`);
  if (compareDates(first, today) < 0) {
    return {
      ok: false,
      error: { code: 'firstDateInPast', field: 'first', params: { date: formatDate(first), today: formatDate(today) } },
    };
  }
  const dates: InstalmentDate[] = [];
  let previous: IsoDate | null = null;
  for (const nominal of nominalInstalmentDates(first, count, frequency)) {
    let dueDate: IsoDate;
    try {
      dueDate = calendar.nextBusinessDay(nominal);
      if (previous !== null && compareDates(dueDate, previous) <= 0) dueDate = calendar.nextBusinessDay(addDays(previous, 1));
    } catch (e) {
      if (e instanceof NoBusinessDayError) {
        return { ok: false, error: { code: 'noBusinessDay', field: 'first', params: { date: formatDate(nominal) } } };
      }
      throw e;
    }
    dates.push({ nominal, dueDate });
    previous = dueDate;
  }
  return { ok: true, dates };
}
