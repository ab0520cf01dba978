/**
 * Properties of the penalty computation over random invoices, payments and dates, checked
 * against independent day-by-day reasoning rather than the program's own pieces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from '../../renderer/src/domain/dates';
import { computePenalties, type DatedPayment, type PenaltyInput, type PenaltyResult } from '../../renderer/src/domain/penalties';
import { DEFAULT_RATES } from '../../renderer/src/domain/rates/default-rates';

const FIRST = toDayNumber('2016-07-01'); // the B2B table starts here
const LAST = toDayNumber('2027-12-31');

const day = (min = FIRST, max = LAST) => fc.integer({ min, max }).map(fromDayNumber);

const payment = (amount: number, around: { min: number; max: number }) =>
  fc.record({ cents: fc.integer({ min: 0, max: Math.max(0, amount) }), date: day(around.min, around.max) });

/** A business invoice, a computation date up to ~2 years later and up to 4 payments around them. */
const scenario = fc
  .record({ amount: fc.integer({ min: 0, max: 50_000_000 }), due: fc.integer({ min: FIRST, max: LAST - 800 }), late: fc.integer({ min: 0, max: 800 }) })
  .chain(({ amount, due, late }) =>
    fc.record({
      amountCents: fc.constant(amount),
      dueDate: fc.constant(fromDayNumber(due)),
      until: fc.constant(fromDayNumber(due + late)),
      payments: fc.array(payment(amount, { min: due - 30, max: due + late + 30 }), { maxLength: 4 }),
      contractualRateBasisPoints: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
    }),
  );

function run(input: Omit<PenaltyInput, 'debtor' | 'rates'>): Extract<PenaltyResult, { ok: true }> {
  const result = computePenalties({ ...input, debtor: 'business', rates: DEFAULT_RATES });
  if (!result.ok) throw new Error(`no result: ${JSON.stringify(result.error)}`);
  return result;
}

const halfOf = (iso: string) => `${iso.slice(0, 4)}-${Number(iso.slice(5, 7)) <= 6 ? 'H1' : 'H2'}`;

/** Days from due+1 to until on which something is still owed, counted one by one. */
function owedDays(input: { amountCents: number; dueDate: string; until: string; payments: readonly DatedPayment[] }): number {
  let count = 0;
  for (let d = addDays(input.dueDate, 1); d <= input.until; d = addDays(d, 1)) {
    const paid = input.payments.filter((p) => p.date < d && p.date <= input.until).reduce((s, p) => s + p.cents, 0);
    if (input.amountCents - paid > 0) count++;
  }
  return count;
}

/** Exact interest × 3 650 000 (the common denominator), from the pieces' own figures. */
const exactNumerator = (r: { pieces: { baseCents: number; rateBasisPoints: number; days: number }[] }) =>
  r.pieces.reduce((s, p) => s + BigInt(p.baseCents) * BigInt(p.rateBasisPoints) * BigInt(p.days), 0n);

describe('penalty properties', () => {
  it('pieces never cross 1 January or 1 July, are contiguous and carry their own day count', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = run(input);
        r.pieces.forEach((p, i) => {
          expect(halfOf(p.from)).toBe(halfOf(p.to));
          expect(p.days).toBe(daysBetween(p.from, p.to) + 1);
          expect(p.days).toBeGreaterThan(0);
          if (i > 0) expect(p.from).toBe(addDays(r.pieces[i - 1]!.to, 1));
        });
        if (r.pieces.length > 0) expect(r.pieces[0]!.from).toBe(addDays(input.dueDate, 1));
      }),
      { numRuns: 300 },
    );
  });

  it('the days of the pieces add up to the days late with something still owed', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = run(input);
        expect(r.pieces.reduce((s, p) => s + p.days, 0)).toBe(owedDays(input));
      }),
      { numRuns: 150 },
    );
  });

  it('each piece is base × rate × days / 365 rounded to the nearest cent', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        for (const p of run(input).pieces) {
          const exact = (p.baseCents * p.rateBasisPoints * p.days) / 3_650_000;
          expect(Math.abs(p.interestCents - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('interest is never negative and never goes down as the computation date moves on', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 400 }), (input, more) => {
        const before = run(input);
        const after = run({ ...input, until: addDays(input.until, more) });
        expect(before.interestCents).toBeGreaterThanOrEqual(0);
        expect(after.interestCents).toBeGreaterThanOrEqual(before.interestCents);
      }),
      { numRuns: 300 },
    );
  });

  it('an extra payment never increases the interest owed (beyond the cent of rounding of the line it splits)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: -30, max: 830 }), (input, cents, offset) => {
        const extra = { cents, date: addDays(input.dueDate, offset) };
        const before = run(input);
        const after = run({ ...input, payments: [...input.payments, extra] });
        // The exact interest (before rounding) can only go down...
        expect(exactNumerator(after)).toBeLessThanOrEqual(exactNumerator(before));
        // ...and each line is rounded on its own, so splitting one line can add at most one cent.
        expect(after.interestCents).toBeLessThanOrEqual(before.interestCents + 1);
        expect(after.indemnityCents).toBeLessThanOrEqual(before.indemnityCents);
      }),
      { numRuns: 300 },
    );
  });

  it('the total is the interest plus the indemnity, and the interest is the sum of the lines', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = run(input);
        expect(r.totalCents).toBe(r.interestCents + r.indemnityCents);
        expect(r.interestCents).toBe(r.pieces.reduce((s, p) => s + p.interestCents, 0));
        expect([0, 4000]).toContain(r.indemnityCents);
      }),
      { numRuns: 300 },
    );
  });

  it('the indemnity is owed exactly when something was still unpaid after the due date', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = run(input);
        const paidByDue = input.payments.filter((p) => p.date <= input.dueDate).reduce((s, p) => s + p.cents, 0);
        const late = input.until > input.dueDate && input.amountCents - paidByDue > 0;
        expect(r.indemnityCents).toBe(late ? 4000 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('without a contract, each piece uses the B2B rate of its half-year (or the latest earlier one)', () => {
    const b2b = DEFAULT_RATES.filter((r) => r.kind === 'b2b-default');
    fc.assert(
      fc.property(scenario, (input) => {
        for (const p of run({ ...input, contractualRateBasisPoints: undefined }).pieces) {
          const start = `${p.from.slice(0, 4)}-${Number(p.from.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
          const row = b2b.filter((r) => r.from <= start).sort((a, b) => b.from.localeCompare(a.from))[0];
          expect(p.rateBasisPoints).toBe(row!.basisPoints);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a consumer owes interest only from the day after the later of due date and formal notice, and never the indemnity', () => {
    const from2019 = toDayNumber('2019-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: from2019, max: LAST - 800 }),
        fc.integer({ min: -60, max: 400 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (due, noticeOffset, late, amountCents) => {
          const dueDate = fromDayNumber(due);
          const noticeDate = fromDayNumber(due + noticeOffset);
          const until = fromDayNumber(due + late);
          const result = computePenalties({ amountCents, dueDate, until, payments: [], debtor: 'consumer', noticeDate, rates: DEFAULT_RATES });
          if (!result.ok) throw new Error(JSON.stringify(result.error));
          const start = noticeDate > dueDate ? noticeDate : dueDate;
          const days = Math.max(0, daysBetween(start, until));
          expect(result.pieces.reduce((s, p) => s + p.days, 0)).toBe(days);
          if (days > 0) expect(result.pieces[0]!.from).toBe(addDays(start, 1));
          expect(result.pieces.every((p) => p.rateKind === 'legal-other')).toBe(true);
          expect(result.indemnityCents).toBe(0);
          const without = computePenalties({ amountCents, dueDate, until, payments: [], debtor: 'consumer', rates: DEFAULT_RATES });
          expect(without.ok && without.totalCents).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
