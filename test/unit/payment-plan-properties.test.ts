import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClosedPeriod } from '../../renderer/src/domain/calendar/business-calendar';
import { createBusinessCalendar } from '../../renderer/src/domain/calendar/calendar-rules';
import { addDays, daysInMonth, fromDayNumber, toDayNumber } from '../../renderer/src/domain/dates';
import type { PaymentPlan } from '../../renderer/src/domain/model';
import {
  MIN_INSTALMENT_CENTS,
  allocatePlanPayment,
  instalmentDates,
  nominalInstalmentDates,
  planStatus,
  splitInstalments,
  validateCustomAmounts,
} from '../../renderer/src/domain/payment-plan';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

const count = fc.integer({ min: 1, max: 60 });
const remainderOn = fc.constantFrom('first' as const, 'last' as const);
const frequency = fc.constantFrom('weekly' as const, 'fortnightly' as const, 'monthly' as const);
const day = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map((n) => fromDayNumber(n));

describe('splitInstalments: properties', () => {
  it('instalments sum exactly to the total, differ by at most one cent, and the extra cents sit first or last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), count, remainderOn, (total, n, side) => {
        const r = splitInstalments(total, n, side);
        // Refused exactly when an instalment would be under 1 €.
        expect(r.ok).toBe(Math.floor(total / n) >= MIN_INSTALMENT_CENTS);
        if (!r.ok) return;
        expect(r.amounts).toHaveLength(n);
        expect(sum(r.amounts)).toBe(total);
        expect(Math.max(...r.amounts) - Math.min(...r.amounts)).toBeLessThanOrEqual(1);
        for (let i = 1; i < n; i += 1) {
          const [a, b] = [r.amounts[i - 1] ?? 0, r.amounts[i] ?? 0];
          if (side === 'first') expect(a).toBeGreaterThanOrEqual(b);
          else expect(a).toBeLessThanOrEqual(b);
        }
        // The split always passes the hand-edit check.
        expect(validateCustomAmounts(r.amounts, total).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('hand-edited amounts pass exactly when they sum to the total and each is at least 1 €', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6e7 }), (amounts, total) => {
        const r = validateCustomAmounts(amounts, total);
        expect(r.ok).toBe(sum(amounts) === total && amounts.every((a) => a >= MIN_INSTALMENT_CENTS));
        if (!r.ok && sum(amounts) !== total) {
          const d = r.errors.find((e) => e.code === 'amountsShort' || e.code === 'amountsOver');
          expect(d?.params?.differenceCents).toBe(Math.abs(total - sum(amounts)));
          expect(d?.code).toBe(sum(amounts) < total ? 'amountsShort' : 'amountsOver');
        }
      }),
    );
  });
});

describe('instalmentDates: properties', () => {
  const closing: fc.Arbitrary<ClosedPeriod> = fc
    .tuple(day('2026-01-01', '2031-12-31'), fc.integer({ min: 0, max: 40 }))
    .map(([from, len]) => ({ from, to: addDays(from, len) }));

  it('every due date is a business day, on or after its nominal date, and dates strictly increase', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('metropole' as const, 'alsace-moselle' as const),
        fc.array(closing, { maxLength: 4 }),
        day('2026-01-01', '2030-12-31'),
        fc.integer({ min: 0, max: 30 }),
        count,
        frequency,
        (zone, closings, today, ahead, n, freq) => {
          const calendar = createBusinessCalendar({ zone, closings });
          const first = addDays(today, ahead);
          const r = instalmentDates(first, n, freq, calendar, today);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.dates.map((d) => d.nominal)).toEqual(nominalInstalmentDates(first, n, freq));
          r.dates.forEach((d, i) => {
            expect(calendar.isBusinessDay(d.dueDate)).toBe(true);
            expect(d.dueDate >= d.nominal).toBe(true);
            const prev = r.dates[i - 1];
            if (prev !== undefined) expect(d.dueDate > prev.dueDate).toBe(true);
            // Without a collision, the due date is simply the next business day.
            if (prev === undefined || calendar.nextBusinessDay(d.nominal) > prev.dueDate) {
              expect(d.dueDate).toBe(calendar.nextBusinessDay(d.nominal));
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('monthly nominal dates keep the day of month of the first, clamped to the month length', () => {
    fc.assert(
      fc.property(day('2000-01-01', '2090-12-31'), count, (first, n) => {
        const anchor = Number(first.slice(8));
        nominalInstalmentDates(first, n, 'monthly').forEach((d, i) => {
          const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
          const monthIndex = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1 + i;
          expect(y * 12 + m - 1).toBe(monthIndex);
          expect(Number(d.slice(8))).toBe(Math.min(anchor, daysInMonth(y, m)));
        });
      }),
    );
  });

  it('refuses exactly the first dates before today', () => {
    const calendar = createBusinessCalendar({ zone: 'metropole', closings: [] });
    fc.assert(
      fc.property(day('2026-01-01', '2030-12-31'), fc.integer({ min: -400, max: 400 }), frequency, (today, offset, freq) => {
        const r = instalmentDates(addDays(today, offset), 3, freq, calendar, today);
        expect(r.ok).toBe(offset >= 0);
        if (!r.ok) expect(r.error.code).toBe('firstDateInPast');
      }),
    );
  });
});

/** A plan with 1-12 instalments, some already partly or fully paid, on increasing dates. */
const plan: fc.Arbitrary<PaymentPlan> = fc
  .array(
    fc.integer({ min: 100, max: 1e7 }).chain((amount) =>
      fc.tuple(fc.constant(amount), fc.oneof(fc.constant(0), fc.constant(amount), fc.integer({ min: 0, max: amount })), fc.integer({ min: 1, max: 40 })),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => {
    let date = '2026-01-05';
    return {
      id: 'p',
      customerId: 'c',
      invoiceIds: ['i'],
      instalments: rows.map(([amountCents, paidCents, gap], k) => {
        date = addDays(date, gap);
        return { id: `x${k}`, dueDate: date, amountCents, paidCents };
      }),
      status: 'active' as const,
      createdAt: '2026-01-01',
    };
  });

describe('allocation and status: properties', () => {
  it('never loses or creates a cent: allocated + surplus = payment; oldest first; never over an instalment', () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 1, max: 2e8 }), (p, cents) => {
        const before = sum(p.instalments.map((i) => i.paidCents));
        const remaining = sum(p.instalments.map((i) => i.amountCents - i.paidCents));
        const r = allocatePlanPayment(p, cents, '2026-06-01');
        const after = sum(r.plan.instalments.map((i) => i.paidCents));
        expect(after - before + r.surplusCents).toBe(cents);
        expect(sum(r.allocations.map((a) => a.cents))).toBe(after - before);
        expect(r.surplusCents).toBe(Math.max(0, cents - remaining));
        r.plan.instalments.forEach((inst, k) => {
          expect(inst.paidCents).toBeLessThanOrEqual(inst.amountCents);
          expect(inst.paidCents).toBeGreaterThanOrEqual(p.instalments[k]?.paidCents ?? 0);
          // An instalment got money only if every earlier one is now fully paid.
          if (inst.paidCents > (p.instalments[k]?.paidCents ?? 0)) {
            for (const earlier of r.plan.instalments.slice(0, k)) expect(earlier.paidCents).toBe(earlier.amountCents);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("is 'completed' exactly when every instalment is fully paid, whatever the day", () => {
    fc.assert(
      fc.property(plan, day('2025-12-01', '2028-12-31'), fc.integer({ min: 0, max: 30 }), (p, today, grace) => {
        const allPaid = p.instalments.every((i) => i.paidCents >= i.amountCents);
        const status = planStatus(p, today, grace);
        expect(status === 'completed').toBe(allPaid);
        // 'broken' exactly when an unpaid instalment is more than `grace` days past due.
        const late = p.instalments.some((i) => i.paidCents < i.amountCents && toDayNumber(today) - toDayNumber(i.dueDate) > grace);
        expect(status === 'broken').toBe(!allPaid && late);
      }),
      { numRuns: 1000 },
    );
  });

  it('paying what remains completes the plan', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const remaining = sum(p.instalments.map((i) => i.amountCents - i.paidCents));
        fc.pre(remaining > 0);
        const r = allocatePlanPayment(p, remaining, '2026-06-01');
        expect(r.surplusCents).toBe(0);
        expect(r.plan.status).toBe('completed');
        expect(planStatus(r.plan, '2030-01-01')).toBe('completed');
      }),
    );
  });
});
