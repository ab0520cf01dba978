/**
 * Half-years ("semestres"), the periods French rates are fixed for: the B2B penalty rate is the
 * ECB rate in force on 1 January or 1 July plus 10 points, and the taux d'intérêt légal is
 * published for each half-year. A half-year is named by its first day, YYYY-01-01 or YYYY-07-01.
 */
import { addDays, isValidIsoDate, type IsoDate } from '../dates';

/** First day of the half-year containing `date`: YYYY-01-01 (January-June) or YYYY-07-01. */
export function halfYearStart(date: IsoDate): IsoDate {
  if (!isValidIsoDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const year = date.slice(0, 4);
  return Number(date.slice(5, 7)) <= 6 ? `${year}-01-01` : `${year}-07-01`;
}

/** True for YYYY-01-01 and YYYY-07-01. */
export function isHalfYearStart(date: IsoDate): boolean {
  return isValidIsoDate(date) && (date.endsWith('-01-01') || date.endsWith('-07-01'));
}

/** First day of the half-year after the one containing `date`. */
export function nextHalfYearStart(date: IsoDate): IsoDate {
  const start = halfYearStart(date);
  const year = Number(start.slice(0, 4));
  return start.endsWith('-01-01') ? `${start.slice(0, 4)}-07-01` : `${String(year + 1).padStart(4, '0')}-01-01`;
}

/** Last day of the half-year containing `date`: YYYY-06-30 or YYYY-12-31. */
export function halfYearEnd(date: IsoDate): IsoDate {
  return addDays(nextHalfYearStart(date), -1);
}

/** { year: 2026, half: 2 } for any day of July-December 2026. */
export function halfYearOf(date: IsoDate): { year: number; half: 1 | 2 } {
  const start = halfYearStart(date);
  return { year: Number(start.slice(0, 4)), half: start.endsWith('-01-01') ? 1 : 2 };
}

/** "1er semestre 2026" / "2e semestre 2026", or "first half of 2026" / "second half of 2026". */
export function halfYearName(date: IsoDate, language: 'fr' | 'en' = 'fr'): string {
  const { year, half } = halfYearOf(date);
  if (language === 'en') return `${half === 1 ? 'first' : 'second'} half of ${year}`;
  return `${half === 1 ? '1er' : '2e'} semestre ${year}`;
}
