/**
 * Properties of the schedule engine on random books: random customers, invoices (some paid, some
 * held, some promised), closed days, payment days, and tasks the user already did or moved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../renderer/src/domain/dates';
import type { Customer, Hold, Invoice, PaymentPromise, Task } from '../../renderer/src/domain/model';
import { applyMerge, catchUp, mergeTasks, planActions, type PlanInput } from '../../renderer/src/domain/schedule/engine';
import { holdSpans, isHeldOn } from '../../renderer/src/domain/schedule/holds';
import { NO_ASSIGNMENTS } from '../../renderer/src/domain/schedule/scenario';
import { testCalendar } from '../support/test-calendar';

const START = '2026-01-01';
const day = (n: number) => addDays(START, n);
const STAMP = '2026-01-01T00:00:00.000Z';

const holdArb: fc.Arbitrary<Hold | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc
      .record({ kind: fc.constantFrom('dispute', 'promise', 'plan', 'manual'), since: fc.integer({ min: 0, max: 200 }), length: fc.option(fc.integer({ min: 1, max: 60 })) })
      .map(({ kind, since, length }) => ({ kind, reason: 'test', since: day(since), until: length === null ? null : day(since + length) })),
  },
);

const invoiceArb = fc.record({
  customer: fc.integer({ min: 0, max: 5 }),
  due: fc.integer({ min: 0, max: 200 }),
  openCents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500_000 })),
  hold: holdArb,
  promised: fc.option(fc.integer({ min: 0, max: 250 })),
});

const bookArb = fc.record({
  invoices: fc.array(invoiceArb, { minLength: 1, maxLength: 25 }),
  today: fc.integer({ min: 0, max: 260 }),
  closed: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 40 }),
  paymentDays: fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { maxLength: 2 }), { minLength: 6, maxLength: 6 }),
});

type Book = typeof bookArb extends fc.Arbitrary<infer T> ? T : never;

function build(book: Book): PlanInput {
  const customers: Customer[] = Array.from({ length: 6 }, (_, i) => ({
    id: `c${i}`,
    reference: `C${i}`,
    name: `Client ${i}`,
    kind: 'business',
    contacts: [],
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  const invoices: Invoice[] = book.invoices.map((i, n) => ({
    id: `F${n}`,
    customerId: `c${i.customer}`,
    number: `F${n}`,
    issueDate: START,
    dueDate: day(i.due),
    amountCents: Math.max(i.openCents, 1),
    sourceOpenCents: i.openCents,
    openCents: i.openCents,
    hold: i.hold,
    source: 'import',
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  const promises: PaymentPromise[] = book.invoices.flatMap((i, n) =>
    i.promised === null ? [] : [{ id: `p${n}`, customerId: `c${i.customer}`, invoiceIds: [`F${n}`], promisedDate: day(i.promised), amountCents: 1, status: 'open' as const }],
  );
  const calendar = testCalendar(book.closed.map(day));
  return {
    today: day(book.today),
    customers,
    invoices,
    payments: [],
    promises,
    plans: [],
    tasks: [],
    scenarios: [],
    assignments: NO_ASSIGNMENTS,
    calendarFor: () => calendar,
    paymentDaysFor: (c) => book.paymentDays[Number(c.id.slice(1))]!,
  };
}

/** Held on `date` in the engine's reading: from the hold's start, until the day before its end. */
function heldOn(input: PlanInput, invoiceId: string, date: string): boolean {
  const invoice = input.invoices.find((i) => i.id === invoiceId)!;
  const h = invoice.hold;
  if (h && h.since <= date && (h.until === null || date < h.until)) return true;
  // An open promise holds until it is decided (the daily review does that before the engine runs).
  return input.promises.some((p) => p.status === 'open' && p.invoiceIds.includes(invoiceId));
}

/** The user at work: does some planned tasks, skips others, moves a few later. */
const userArb = fc.array(fc.constantFrom('leave', 'done', 'skip', 'move'), { minLength: 200, maxLength: 200 });

function actOn(tasks: Task[], moves: string[]): Task[] {
  return tasks.map((t, n) => {
    if (t.status !== 'planned') return t;
    const move = moves[n % moves.length];
    if (move === 'done') return { ...t, status: 'done', doneAt: `${t.date}T10:00:00.000Z` };
    if (move === 'skip') return { ...t, status: 'skipped', doneAt: `${t.date}T10:00:00.000Z` };
    if (move === 'move') return { ...t, date: addDays(t.date, 3), movedByUser: true };
    return t;
  });
}

describe('schedule engine properties', () => {
  it('plans every action on a business day, never before its original date, and on a date when its driver is not held', () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const input = build(book);
        const calendar = input.calendarFor(input.customers[0]!);
        for (const action of planActions(input)) {
          expect({ date: action.date, business: calendar.isBusinessDay(action.date) }).toEqual({ date: action.date, business: true });
          expect(action.date >= action.originalDate).toBe(true);
          expect({ driver: action.drivingInvoiceId, date: action.date, held: heldOn(input, action.drivingInvoiceId, action.date) }).toEqual({
            driver: action.drivingInvoiceId,
            date: action.date,
            held: false,
          });
          expect(action.invoiceIds).toContain(action.drivingInvoiceId);
          expect(action.overdue).toBe(action.date < input.today);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('drives each customer by its oldest open invoice not held today, and covers no invoice held on the day', () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const input = build(book);
        for (const action of planActions(input)) {
          const open = input.invoices.filter((i) => i.customerId === action.customerId && i.openCents > 0);
          const free = open.filter((i) => !heldOn(input, i.id, input.today));
          if (free.length > 0) {
            const oldest = Math.min(...free.map((i) => Date.parse(i.dueDate)));
            const driver = open.find((i) => i.id === action.drivingInvoiceId)!;
            expect(Date.parse(driver.dueDate)).toBe(oldest);
          }
          const onDay = action.date > input.today ? action.date : input.today;
          for (const id of action.invoiceIds) if (id !== action.drivingInvoiceId) expect(heldOn(input, id, onDay)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the steps of one ladder in order, a day apart at least', () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const input = build(book);
        const byCustomer = new Map<string, string[]>();
        for (const a of planActions(input)) byCustomer.set(a.customerId, [...(byCustomer.get(a.customerId) ?? []), a.date]);
        for (const dates of byCustomer.values()) for (let i = 1; i < dates.length; i += 1) expect(dates[i]! > dates[i - 1]!).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives each customer one action at most on a book with nothing done yet (one rung at a time)', () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const input = build(book);
        const perCustomer = new Map<string, number>();
        for (const a of planActions(input)) perCustomer.set(a.customerId, (perCustomer.get(a.customerId) ?? 0) + 1);
        for (const [customerId, count] of perCustomer) expect({ customerId, count }).toEqual({ customerId, count: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('proposes no step after one still due, unless it was already in the calendar', () => {
    fc.assert(
      fc.property(bookArb, userArb, fc.integer({ min: 0, max: 40 }), (book, moves, later) => {
        const input = build(book);
        const tasks = actOn(applyMerge([], mergeTasks([], planActions(input))), moves);
        const next = { ...input, today: addDays(input.today, later), tasks };
        const planned = new Set(tasks.filter((t) => t.status === 'planned').map((t) => t.key));
        const seen = new Map<string, boolean>();
        for (const a of planActions(next).sort((x, y) => (x.customerId < y.customerId ? -1 : x.customerId > y.customerId ? 1 : 0))) {
          // Actions of one customer come in the ladder's order (sorted by date, one ladder each).
          if (seen.get(a.customerId) === true) expect({ key: a.key, inCalendar: planned.has(a.key) }).toEqual({ key: a.key, inCalendar: true });
          const stored = tasks.find((t) => t.key === a.key);
          const day = stored?.movedByUser && stored.status === 'planned' ? stored.date : a.date;
          if (day <= next.today) seen.set(a.customerId, true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('creates nothing and changes nothing when planned and merged a second time, whatever the user did in between', () => {
    fc.assert(
      fc.property(bookArb, userArb, fc.integer({ min: 0, max: 40 }), (book, moves, later) => {
        const input = build(book);
        let tasks = applyMerge([], mergeTasks([], planActions(input)));
        tasks = actOn(tasks, moves);
        const movedTo = new Map(tasks.filter((t) => t.movedByUser).map((t) => [t.id, t.date]));
        const next = { ...input, today: addDays(input.today, later), tasks };
        tasks = applyMerge(tasks, mergeTasks(tasks, planActions(next)));
        const again = mergeTasks(tasks, planActions({ ...next, tasks }));
        expect(again).toEqual({ create: [], update: [], obsolete: [] });
        // Keys stay unique, and a done or skipped step is never planned again.
        expect(new Set(tasks.map((t) => t.key)).size).toBe(tasks.length);
        const settled = new Set(tasks.filter((t) => t.status === 'done' || t.status === 'skipped').map((t) => t.key));
        for (const a of planActions({ ...next, tasks })) expect(settled.has(a.key)).toBe(false);
        // A date the user moved stays where it was put, unless a hold of its driving invoice now
        // covers that day: then it is given up (and the task follows the plan again).
        const spans = holdSpans(next.invoices, next.promises, next.plans);
        for (const t of tasks) {
          if (!movedTo.has(t.id) || t.status === 'done') continue;
          const held = t.drivingInvoiceId !== undefined && isHeldOn(spans.get(t.drivingInvoiceId), movedTo.get(t.id)!);
          if (held && t.status === 'planned') expect({ id: t.id, movedByUser: t.movedByUser }).toEqual({ id: t.id, movedByUser: undefined });
          else if (!held) expect(t.date).toBe(movedTo.get(t.id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('catch-up lists exactly the planned tasks dated before today, oldest first', () => {
    const taskArb = fc.record({
      status: fc.constantFrom('planned', 'done', 'skipped', 'obsolete'),
      date: fc.integer({ min: 0, max: 60 }),
      shift: fc.integer({ min: 0, max: 10 }),
      customer: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 40 }), fc.integer({ min: 0, max: 60 }), (raw, todayN) => {
        const tasks: Task[] = raw.map((r, n) => ({
          id: `t${n}`,
          key: `k${n}`,
          customerId: `c${r.customer}`,
          stepId: 's',
          action: 'call',
          date: day(r.date),
          originalDate: day(r.date - r.shift),
          status: r.status,
          invoiceIds: [],
        }));
        const today = day(todayN);
        const missed = catchUp(tasks, today);
        const expected = tasks.filter((t) => t.status === 'planned' && t.date < today);
        expect(missed.map((m) => m.task.id).sort()).toEqual(expected.map((t) => t.id).sort());
        for (let i = 1; i < missed.length; i += 1) expect(missed[i]!.date >= missed[i - 1]!.date).toBe(true);
        for (const m of missed) {
          expect(m.originalDate).toBe(m.task.originalDate);
          expect(m.daysLate).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
