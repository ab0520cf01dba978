/**
 * The promise and the scenario together, day after day as the app plans them (review of the
 * agreements, then the scenario engine, then the merge of tasks): while a promise is open nothing
 * of the scenario is planned before its check date; once it is broken the scenario resumes with one
 * action, and the break is logged once, whatever the days the app was opened on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewAgreements } from '../../renderer/src/domain/agreements/follow-up';
import { addDays } from '../../renderer/src/domain/dates';
import type { Customer, Interaction, Invoice, Payment, PaymentPromise, Task } from '../../renderer/src/domain/model';
import { promiseCheckDate } from '../../renderer/src/domain/promises';
import { applyMerge, mergeTasks, planActions } from '../../renderer/src/domain/schedule/engine';
import { NO_ASSIGNMENTS } from '../../renderer/src/domain/schedule/scenario';
import { HOLIDAYS_2026, testCalendar } from '../support/test-calendar';

const STAMP = '2026-01-01T00:00:00.000Z';
const calendar = testCalendar(HOLIDAYS_2026);
const customer: Customer = { id: 'c1', reference: 'C1', name: 'Client', kind: 'business', contacts: [], createdAt: STAMP, updatedAt: STAMP };
const invoice = (id: string, dueDate: string): Invoice => ({
  id, customerId: 'c1', number: id, issueDate: '2026-01-01', dueDate, amountCents: 100_000, sourceOpenCents: 100_000, openCents: 100_000,
  hold: null, source: 'import', createdAt: STAMP, updatedAt: STAMP,
});

interface World {
  promises: PaymentPromise[];
  tasks: Task[];
  log: Interaction[];
}

let ids = 0;
/** One opening of the app on `today`: what runPlanning does, in memory. */
function openApp(world: World, invoices: Invoice[], payments: Payment[], today: string): World {
  const review = reviewAgreements({
    today, now: `${today}T08:00:00.000Z`, promises: world.promises, plans: [], payments, tasks: world.tasks,
    calendarFor: () => calendar, newId: () => `r${++ids}`,
  });
  const changed = new Map(review.promises.map((p) => [p.id, p]));
  const promises = world.promises.map((p) => changed.get(p.id) ?? p);
  const byId = new Map(world.tasks.map((t) => [t.id, t]));
  for (const task of [...review.createTasks, ...review.updateTasks]) byId.set(task.id, task);
  let tasks = [...byId.values()];
  const planned = planActions({
    today, customers: [customer], invoices, payments: [], promises, plans: [], tasks, scenarios: [], assignments: NO_ASSIGNMENTS,
    calendarFor: () => calendar,
  });
  tasks = applyMerge(tasks, mergeTasks(tasks, planned, { newId: () => `t${++ids}` }));
  return { promises, tasks, log: [...world.log, ...review.interactions] };
}

describe('a promise and the scenario, day after day', () => {
  it('holds the scenario until the check date, then resumes it once, logged once, however the days go', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }), // promised date, days after the call
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 25 }), // days the app is opened
        fc.boolean(), // paid in time?
        (promisedIn, openedOn, paid) => {
          const callDay = '2026-03-02';
          const invoices = [invoice('F1', '2026-01-30'), invoice('F2', '2026-02-10')];
          const promisedDate = addDays(callDay, promisedIn);
          const checkDate = promiseCheckDate(promisedDate, calendar);
          const promise: PaymentPromise = {
            id: 'p1', customerId: 'c1', invoiceIds: ['F1', 'F2'], promisedDate, amountCents: 200_000, status: 'open', madeOn: callDay, checkDate,
          };
          const payment: Payment = {
            id: 'pay', customerId: 'c1', kind: 'payment', source: 'manual', date: promisedDate, amountCents: 200_000,
            allocations: [{ invoiceId: 'F1', cents: 100_000, pendingCents: 0 }, { invoiceId: 'F2', cents: 100_000, pendingCents: 0 }],
            unallocatedCents: 0, createdAt: STAMP,
          };
          let world: World = { promises: [promise], tasks: [], log: [] };
          for (const offset of [...openedOn].sort((a, b) => a - b)) {
            const today = addDays(callDay, offset);
            const payments = paid && today >= promisedDate ? [payment] : [];
            const open = paid && today >= promisedDate ? invoices.map((i) => ({ ...i, openCents: 0 })) : invoices;
            world = openApp(world, open, payments, today);
            const scenario = world.tasks.filter((t) => t.status === 'planned' && t.stepId !== undefined);
            const status = world.promises[0]!.status;
            // While open: nothing of the scenario before the check date.
            if (status === 'open') expect(scenario.every((t) => t.date >= checkDate)).toBe(true);
            // One action per customer at most, never two copies of a step.
            expect(scenario.length).toBeLessThanOrEqual(1);
            expect(new Set(world.tasks.map((t) => t.key)).size).toBe(world.tasks.length);
            if (status === 'broken') expect(scenario).toHaveLength(1);
            if (status === 'kept') expect(scenario).toHaveLength(0);
          }
          const lastDay = addDays(callDay, Math.max(...openedOn));
          const decided = lastDay >= checkDate;
          expect(world.promises[0]!.status).toBe(decided ? (paid ? 'kept' : 'broken') : 'open');
          expect(world.log.filter((i) => i.outcome === 'promise-broken')).toHaveLength(decided && !paid ? 1 : 0);
          expect(world.log.filter((i) => i.outcome === 'promise-kept')).toHaveLength(decided && paid ? 1 : 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
