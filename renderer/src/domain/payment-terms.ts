/**
 * Due dates computed from payment terms, for files that do not carry them (the FEC never does).
 *
 * Three rules, chosen in the settings because French practice disagrees on "45 jours fin de mois"
 * (LEGAL-FR.md: both computations are accepted):
 * - `net`: issue date + N days ("30 jours net": 15/01 -> 14/02);
 * - `end-of-month-then-days`: last day of the issue month, then + N days
 *   ("45 jours fin de mois", first reading: 15/01 -> 31/01 -> 17/03);
 * - `days-then-end-of-month`: issue date + N days, then the last day of that month
 *   ("45 jours fin de mois", second reading: 15/01 -> 01/03 -> 31/03).
 *
 * Pure calendar arithmetic on ISO strings through dates.ts: no Date object, no time zone.
 */
import type { IsoDate } from './dates';
import { addDays, daysInMonth, isValidIsoDate } from './dates';
import type { TermsPolicy } from './import/types';

/** Longest accepted term: far beyond any legal limit, only there to catch nonsense values. */
export const MAX_TERMS_DAYS = 3650;

/** Last day of the month of `iso`: endOfMonth('2024-02-10') = '2024-02-29'. */
export function endOfMonth(iso: IsoDate): IsoDate {
  if (!isValidIsoDate(iso)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** True for a policy this module can apply: a known rule and a whole number of days in 0..MAX_TERMS_DAYS. */
export function isValidTermsPolicy(terms: TermsPolicy): boolean {
  return (
    (terms.rule === 'net' || terms.rule === 'end-of-month-then-days' || terms.rule === 'days-then-end-of-month') &&
    Number.isInteger(terms.days) &&
    terms.days >= 0 &&
    terms.days <= MAX_TERMS_DAYS
  );
}

/**
 * The due date of an invoice issued on `issueDate` under `terms`. Always on or after the issue date.
 * Throws RangeError for an invalid date or policy (a programming error: settings are validated when
 * saved) and when the result would leave the supported calendar (after 9999-12-31).
 */
export function dueDateFromTerms(issueDate: IsoDate, terms: TermsPolicy): IsoDate {
  if (!isValidTermsPolicy(terms)) throw new RangeError(`Invalid payment terms: ${JSON.stringify(terms)}`);
  switch (terms.rule) {
    case 'net':
      return addDays(issueDate, terms.days);
    case 'end-of-month-then-days':
      return addDays(endOfMonth(issueDate), terms.days);
    case 'days-then-end-of-month':
      return endOfMonth(addDays(issueDate, terms.days));
  }
}
