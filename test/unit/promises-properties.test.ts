import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../renderer/src/domain/calendar/calendar-rules';
import { addDays, compareDates, fromDayNumber, toDayNumber } from '../../renderer/src/domain/dates';
import type { Payment, PaymentPromise } from '../../renderer/src/domain/model';
import {
  applyPromiseChanges,
  promiseCheckDate,
  reviewPromise,
  reviewPromises,
  type PromiseStatusChange,
} from '../../renderer/src/domain/promises';

const calendars = {
  metropole: createBusinessCalendar({ zone: 'metropole', closings: [] }),
  alsace: createBusinessCalendar({ zone: 'alsace-moselle', closings: [] }),
  closedAugust: createBusinessCalendar({
    zone: 'metropole',
    closings: [
      { from: '2026-08-03', to: '2026-08-21' },
      { from: '2027-08-02', to: '2027-08-20' },
    ],
  }),
};
const calendarArb = fc.constantFrom(...Object.values(calendars));

const BASE = toDayNumber('2026-01-01');
/** A day in 2026–2027. */
const dayArb = fc.integer({ min: 0, max: 729 }).map((n) => fromDayNumber(BASE + n));

const INVOICES = ['i1', 'i2', 'i3'];

const promiseArb = (id: string): fc.Arbitrary<PaymentPromise> =>
  fc.record({
    id: fc.constant(id),
    customerId: fc.constant('c1'),
    invoiceIds: fc.subarray(INVOICES, { minLength: 1 }),
    promisedDate: dayArb,
    amountCents: fc.integer({ min: 1, max: 200_000 }),
    status: fc.constant('open' as const),
  });

const paymentArb: fc.Arbitrary<Payment> = fc
  .record({
    date: dayArb,
    allocations: fc.array(fc.record({ invoiceId: fc.constantFrom(...INVOICES, 'i9'), cents: fc.integer({ min: 1, max: 150_000 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    customerId: fc.constantFrom('c1', 'c1', 'c2'),
  })
  .map(({ date, allocations, customerId }) => ({
    id: `pay-${date}-${customerId}`,
    customerId,
    kind: 'payment' as const,
    source: 'manual' as const,
    date,
    amountCents: allocations.reduce((sum, a) => sum + a.cents, 0),
    allocations: allocations.map((a) => ({ ...a, pendingCents: 0 })),
    unallocatedCents: 0,
    createdAt: `${date}T10:00:00.000Z`,
  }));

describe('promise check date (property)', () => {
  it('is always a business day strictly after the promised date, with no business day in between', () => {
    fc.assert(
      fc.property(dayArb, calendarArb, (promised, calendar) => {
        const check = promiseCheckDate(promised, calendar);
        expect(compareDates(check, promised)).toBe(1);
        expect(calendar.isBusinessDay(check)).toBe(true);
        for (let day = addDays(promised, 1); day < check; day = addDays(day, 1)) {
          expect(calendar.isBusinessDay(day)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('promise review (properties)', () => {
  const promisesArb = fc.array(fc.nat(), { minLength: 1, maxLength: 4 }).chain((ids) =>
    fc.tuple(...ids.map((_, i) => promiseArb(`p${i}`))),
  );

  it('reviewing twice changes nothing the second time; the same review gives the same changes', () => {
    fc.assert(
      fc.property(promisesArb, fc.array(paymentArb, { maxLength: 6 }), dayArb, calendarArb, (promises, payments, today, calendar) => {
        const first = reviewPromises(promises, payments, today, calendar);
        expect(reviewPromises(promises, payments, today, calendar)).toEqual(first);
        const applied = applyPromiseChanges(promises, first);
        expect(reviewPromises(applied, payments, today, calendar)).toEqual([]);
        expect(applyPromiseChanges(applied, first)).toEqual(applied);
      }),
      { numRuns: 500 },
    );
  });

  it('decides on the check date: kept exactly when the payments up to it reach the promise, whenever reviewed', () => {
    fc.assert(
      fc.property(promiseArb('p'), fc.array(paymentArb, { maxLength: 6 }), fc.nat({ max: 400 }), calendarArb, (promise, payments, late, calendar) => {
        const check = promiseCheckDate(promise.promisedDate, calendar);
        const onTime = reviewPromise(promise, payments, check, calendar);
        expect(reviewPromise(promise, payments, addDays(check, late), calendar)).toEqual(onTime);
        expect(reviewPromise(promise, payments, addDays(check, -1), calendar).status).toBe('open');
        const paid = payments
          .filter((p) => p.customerId === 'c1' && p.date <= check)
          .flatMap((p) => p.allocations)
          .filter((a) => promise.invoiceIds.includes(a.invoiceId))
          .reduce((sum, a) => sum + a.cents, 0);
        expect(onTime.paidCents).toBe(paid);
        expect(onTime.status).toBe(paid >= promise.amountCents ? 'kept' : 'broken');
        expect(onTime.on).toBe(check);
        if (onTime.status === 'broken') expect(onTime.reason).toBe(paid > 0 ? 'brokenPartial' : 'brokenUnpaid');
      }),
      { numRuns: 500 },
    );
  });

  it('a promise changes status at most once over any sequence of days, and a broken one is reported exactly once', () => {
    // Each step: a day (in any order, repeats allowed) and how many of the payments are recorded by then.
    fc.assert(
      fc.property(
        promisesArb,
        fc.array(paymentArb, { maxLength: 6 }),
        fc.array(fc.tuple(dayArb, fc.nat({ max: 6 })), { minLength: 1, maxLength: 12 }),
        calendarArb,
        (initial, payments, steps, calendar) => {
          let promises: PaymentPromise[] = initial;
          const all: PromiseStatusChange[] = [];
          for (const [today, known] of steps) {
            const changes = reviewPromises(promises, payments.slice(0, known), today, calendar);
            all.push(...changes);
            promises = applyPromiseChanges(promises, changes);
          }
          for (const promise of promises) {
            const mine = all.filter((c) => c.promiseId === promise.id);
            expect(mine.length).toBeLessThanOrEqual(1);
            const check = promiseCheckDate(promise.promisedDate, calendar);
            const reached = steps.some(([today]) => today >= check);
            expect(mine.length).toBe(reached ? 1 : 0);
            expect(promise.status).toBe(mine[0]?.to ?? 'open');
            if (promise.status === 'broken') expect(all.filter((c) => c.promiseId === promise.id && c.to === 'broken')).toHaveLength(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
