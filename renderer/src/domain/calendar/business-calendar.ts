/**
 * The working days a follow-up may land on: no weekend, no French public holiday (metropolitan
 * France or Alsace-Moselle), no company closing day, and the customer's own dates (closed in
 * August, pays only on the 10th). The schedule engine only sees this interface; the holiday and
 * closing rules build it (see holidays.ts and calendar-rules.ts).
 */
import type { IsoDate } from '../dates';

export interface BusinessCalendar {
  /** A day an action may be planned on. */
  isBusinessDay(date: IsoDate): boolean;
  /** `date` itself when it is a business day, else the first business day after it. */
  nextBusinessDay(date: IsoDate): IsoDate;
  /**
   * The business day `days` business days after `date` (before it when negative), counted from the
   * day after `date` the way a delay in working days is: Friday + 1 = Monday, Saturday + 1 =
   * Monday, Monday − 1 = Friday; `date` need not be a business day. 0 gives nextBusinessDay(date).
   * (createBusinessCalendar in calendar-rules.ts throws NoBusinessDayError rather than search more
   * than two years, and RangeError on a non-integer `days` or an invalid date.)
   */
  addBusinessDays(date: IsoDate, days: number): IsoDate;
}

export type HolidayZone = 'metropole' | 'alsace-moselle';

/** A period the company or a customer is closed, both days included. */
export interface ClosedPeriod {
  from: IsoDate;
  to: IsoDate;
  label?: string;
}

/** A customer's own constraints on when it is contacted or pays. */
export interface CustomerDates {
  closed: ClosedPeriod[];
  /**
   * Days of the month the customer pays on (e.g. [10]): a payment reminder is planned on the next
   * such day that is also a business day. Empty: any business day.
   */
  paymentDays: number[];
}
