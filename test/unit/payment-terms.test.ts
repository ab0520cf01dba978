import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dueDateFromTerms, endOfMonth, isValidTermsPolicy, MAX_TERMS_DAYS } from '../../renderer/src/domain/payment-terms';
import type { TermsPolicy } from '../../renderer/src/domain/import/types';

type Rule = TermsPolicy['rule'];
const RULES: readonly Rule[] = ['net', 'end-of-month-then-days', 'days-then-end-of-month'];
const MS_PER_DAY = 86_400_000;

// --- Independent oracle: Date.UTC arithmetic (pure UTC, no time zone), not dates.ts -------------
const parts = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
const toMs = (iso: string) => {
  const { y, m, d } = parts(iso);
  return Date.UTC(y, m - 1, d);
};
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (iso: string, days: number) => fromMs(toMs(iso) + days * MS_PER_DAY);
const lastOfMonth = (iso: string) => {
  const { y, m } = parts(iso);
  return fromMs(Date.UTC(y, m, 0)); // day 0 of the next month
};
function oracle(issue: string, { days, rule }: TermsPolicy): string {
  if (rule === 'net') return plusDays(issue, days);
  if (rule === 'end-of-month-then-days') return plusDays(lastOfMonth(issue), days);
  return lastOfMonth(plusDays(issue, days));
}
const isMonthEnd = (iso: string) => plusDays(iso, 1).endsWith('-01');
const daysFrom = (a: string, b: string) => (toMs(b) - toMs(a)) / MS_PER_DAY;

/** Any day 1901-2199 (Date.UTC is exact there), from a day number so no invalid day is produced. */
const isoDate = fc.integer({ min: Date.UTC(1901, 0, 1) / MS_PER_DAY, max: Date.UTC(2199, 11, 31) / MS_PER_DAY }).map((n) => fromMs(n * MS_PER_DAY));
const rule = fc.constantFrom(...RULES);
const days = fc.oneof(fc.constantFrom(0, 1, 15, 28, 29, 30, 31, 45, 60, 90), fc.integer({ min: 0, max: MAX_TERMS_DAYS }));

describe('endOfMonth', () => {
  it.each([
    ['2024-01-01', '2024-01-31'],
    ['2024-01-31', '2024-01-31'],
    ['2024-02-10', '2024-02-29'], // leap year
    ['2023-02-10', '2023-02-28'],
    ['2000-02-01', '2000-02-29'], // divisible by 400: leap
    ['1900-02-01', '1900-02-28'], // divisible by 100 only: not leap
    ['2100-02-15', '2100-02-28'],
    ['2024-04-15', '2024-04-30'],
    ['2024-06-30', '2024-06-30'],
    ['2024-09-01', '2024-09-30'],
    ['2024-11-11', '2024-11-30'],
    ['2024-12-25', '2024-12-31'],
    ['9999-12-01', '9999-12-31'],
  ])('%s -> %s', (iso, expected) => {
    expect(endOfMonth(iso)).toBe(expected);
  });

  it('rejects what is not an ISO date', () => {
    for (const bad of ['2024-02-30', '20240210', '', '2024-13-01']) expect(() => endOfMonth(bad)).toThrow(RangeError);
  });
});

describe('dueDateFromTerms: worked examples', () => {
  it.each<[string, number, Rule, string]>([
    // net: issue + days
    ['2024-01-15', 30, 'net', '2024-02-14'],
    ['2024-01-31', 30, 'net', '2024-03-01'], // through 29 February
    ['2023-01-31', 30, 'net', '2023-03-02'],
    ['2024-02-29', 365, 'net', '2025-02-28'],
    ['2024-12-15', 30, 'net', '2025-01-14'], // year change
    ['2024-03-10', 0, 'net', '2024-03-10'], // payable on receipt
    ['2024-01-01', 60, 'net', '2024-03-01'], // statutory maximum: 60 days
    // "45 jours fin de mois", first reading: end of the issue month, then + 45 days
    ['2024-01-15', 45, 'end-of-month-then-days', '2024-03-16'], // 31/01 + 45 (February has 29 days)
    ['2023-01-15', 45, 'end-of-month-then-days', '2023-03-17'], // 31/01 + 45 (February has 28 days)
    ['2024-01-31', 45, 'end-of-month-then-days', '2024-03-16'], // already a month end
    ['2024-02-01', 30, 'end-of-month-then-days', '2024-03-30'], // 29/02 + 30
    ['2023-02-01', 30, 'end-of-month-then-days', '2023-03-30'], // 28/02 + 30
    ['2024-12-02', 45, 'end-of-month-then-days', '2025-02-14'], // 31/12 + 45
    ['2024-04-20', 0, 'end-of-month-then-days', '2024-04-30'], // "fin de mois"
    // "45 jours fin de mois", second reading: + 45 days, then end of that month
    ['2024-01-15', 45, 'days-then-end-of-month', '2024-02-29'], // 15/01 + 45 = 29/02, already a month end
    ['2023-01-15', 45, 'days-then-end-of-month', '2023-03-31'], // 15/01 + 45 = 01/03
    ['2024-01-14', 45, 'days-then-end-of-month', '2024-02-29'], // 28/02 -> 29/02
    ['2024-12-20', 15, 'days-then-end-of-month', '2025-01-31'], // 04/01/2025
    ['2024-11-30', 31, 'days-then-end-of-month', '2024-12-31'],
    ['2024-04-20', 0, 'days-then-end-of-month', '2024-04-30'],
    ['2000-01-31', 29, 'days-then-end-of-month', '2000-02-29'], // 29/02/2000 (leap)
    ['1900-01-31', 29, 'days-then-end-of-month', '1900-03-31'], // 01/03/1900 (not leap)
  ])('%s, %i days, %s -> %s', (issue, d, r, expected) => {
    expect(dueDateFromTerms(issue, { days: d, rule: r })).toBe(expected);
  });

  it('gives the two readings of "45 jours fin de mois" different results (a setting, not a constant)', () => {
    const issue = '2023-01-15';
    expect(dueDateFromTerms(issue, { days: 45, rule: 'end-of-month-then-days' })).toBe('2023-03-17');
    expect(dueDateFromTerms(issue, { days: 45, rule: 'days-then-end-of-month' })).toBe('2023-03-31');
  });

  it('every issue day of two whole years (one leap), every rule, usual terms: matches the Date.UTC oracle', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (let n = toMs('2023-01-01'); n <= toMs('2024-12-31'); n += MS_PER_DAY) {
      const issue = fromMs(n);
      for (const r of RULES) {
        for (const d of [0, 1, 10, 15, 28, 29, 30, 31, 45, 60, 90]) {
          checked += 1;
          const got = dueDateFromTerms(issue, { days: d, rule: r });
          const want = oracle(issue, { days: d, rule: r });
          if (got !== want) mismatches.push(`${issue} ${d} ${r}: ${got} instead of ${want}`);
        }
      }
    }
    expect(checked).toBe(731 * 3 * 11);
    expect(mismatches).toEqual([]);
  });
});

describe('dueDateFromTerms: invalid input is a programming error', () => {
  it.each<[string, TermsPolicy]>([
    ['negative days', { days: -1, rule: 'net' }],
    ['fractional days', { days: 1.5, rule: 'net' }],
    ['NaN days', { days: Number.NaN, rule: 'net' }],
    ['too many days', { days: MAX_TERMS_DAYS + 1, rule: 'net' }],
    ['unknown rule', { days: 30, rule: 'fin-de-mois' as Rule }],
  ])('%s', (_name, terms) => {
    expect(isValidTermsPolicy(terms)).toBe(false);
    expect(() => dueDateFromTerms('2024-01-15', terms)).toThrow(RangeError);
  });

  it('rejects an invalid issue date', () => {
    expect(() => dueDateFromTerms('2024-02-30', { days: 30, rule: 'net' })).toThrow(RangeError);
    expect(() => dueDateFromTerms('15/01/2024', { days: 30, rule: 'end-of-month-then-days' })).toThrow(RangeError);
  });

  it('throws rather than wrapping past 9999-12-31', () => {
    expect(dueDateFromTerms('9999-12-01', { days: 30, rule: 'net' })).toBe('9999-12-31');
    expect(() => dueDateFromTerms('9999-12-15', { days: 30, rule: 'net' })).toThrow(RangeError);
    expect(() => dueDateFromTerms('9999-12-15', { days: 1, rule: 'end-of-month-then-days' })).toThrow(RangeError);
  });

  it('accepts the limits', () => {
    expect(isValidTermsPolicy({ days: 0, rule: 'net' })).toBe(true);
    expect(isValidTermsPolicy({ days: MAX_TERMS_DAYS, rule: 'days-then-end-of-month' })).toBe(true);
  });
});

describe('dueDateFromTerms: properties', () => {
  it('matches the Date.UTC oracle', () => {
    fc.assert(
      fc.property(isoDate, days, rule, (issue, d, r) => {
        expect(dueDateFromTerms(issue, { days: d, rule: r })).toBe(oracle(issue, { days: d, rule: r }));
      }),
      { numRuns: 2000 },
    );
  });

  it('the due date is never before the issue date, and net is exactly issue + days', () => {
    fc.assert(
      fc.property(isoDate, days, rule, (issue, d, r) => {
        const due = dueDateFromTerms(issue, { days: d, rule: r });
        expect(due >= issue).toBe(true);
        if (r === 'net') expect(daysFrom(issue, due)).toBe(d);
      }),
    );
  });

  it('the end-of-month rules are never earlier than net, and at most a month (30 days) later', () => {
    fc.assert(
      fc.property(isoDate, days, fc.constantFrom<Rule>('end-of-month-then-days', 'days-then-end-of-month'), (issue, d, r) => {
        const net = dueDateFromTerms(issue, { days: d, rule: 'net' });
        const due = dueDateFromTerms(issue, { days: d, rule: r });
        expect(daysFrom(net, due)).toBeGreaterThanOrEqual(0);
        expect(daysFrom(net, due)).toBeLessThanOrEqual(30);
      }),
    );
  });

  it('days-then-end-of-month always lands on the last day of a month', () => {
    fc.assert(
      fc.property(isoDate, days, (issue, d) => {
        expect(isMonthEnd(dueDateFromTerms(issue, { days: d, rule: 'days-then-end-of-month' }))).toBe(true);
      }),
    );
  });

  it('end-of-month-then-days is `days` after a month end, and the same for every day of a month', () => {
    fc.assert(
      fc.property(isoDate, days, (issue, d) => {
        const due = dueDateFromTerms(issue, { days: d, rule: 'end-of-month-then-days' });
        expect(isMonthEnd(plusDays(due, -d))).toBe(true);
        const firstOfMonth = `${issue.slice(0, 8)}01`;
        expect(dueDateFromTerms(firstOfMonth, { days: d, rule: 'end-of-month-then-days' })).toBe(due);
      }),
    );
  });

  it('is non-decreasing in the issue date and in the number of days', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 400 }), days, fc.integer({ min: 0, max: 400 }), rule, (issue, later, d, more, r) => {
        const base = dueDateFromTerms(issue, { days: d, rule: r });
        expect(dueDateFromTerms(plusDays(issue, later), { days: d, rule: r }) >= base).toBe(true);
        if (d + more <= MAX_TERMS_DAYS) expect(dueDateFromTerms(issue, { days: d + more, rule: r }) >= base).toBe(true);
      }),
    );
  });

  it('with 0 days: net is the issue date, both end-of-month rules give the end of the issue month', () => {
    fc.assert(
      fc.property(isoDate, (issue) => {
        expect(dueDateFromTerms(issue, { days: 0, rule: 'net' })).toBe(issue);
        expect(dueDateFromTerms(issue, { days: 0, rule: 'end-of-month-then-days' })).toBe(lastOfMonth(issue));
        expect(dueDateFromTerms(issue, { days: 0, rule: 'days-then-end-of-month' })).toBe(lastOfMonth(issue));
      }),
    );
  });
});
