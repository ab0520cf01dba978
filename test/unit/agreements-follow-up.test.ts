import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  instalmentCheckDate,
  planWithPayments,
  reviewAgreements,
  type AgreementReviewInput,
} from '../../renderer/src/domain/agreements/follow-up';
import { addDays } from '../../renderer/src/domain/dates';
import type { Payment, PaymentPlan, PaymentPromise, Task } from '../../renderer/src/domain/model';
import { testCalendar } from '../support/test-calendar';

// Weekends closed; Friday 25 December 2026 a holiday.
const calendar = testCalendar(['2026-12-25']);

const promise = (extra: Partial<PaymentPromise> = {}): PaymentPromise => ({
  id: 'p1',
  customerId: 'c1',
  invoiceIds: ['F1', 'F2'],
  promisedDate: '2026-12-10', // a Thursday: checked on Friday 11
  amountCents: 120_000,
  status: 'open',
  madeOn: '2026-12-01',
  checkDate: '2026-12-11',
  ...extra,
});

const payment = (id: string, date: string, allocations: [string, number][], extra: Partial<Payment> = {}): Payment => ({
  id,
  customerId: 'c1',
  kind: 'payment',
  source: 'import',
  date,
  amountCents: allocations.reduce((sum, [, cents]) => sum + cents, 0),
  allocations: allocations.map(([invoiceId, cents]) => ({ invoiceId, cents, pendingCents: 0 })),
  unallocatedCents: 0,
  createdAt: `${date}T10:00:00.000Z`,
  ...extra,
});

/** 3 monthly instalments agreed on 1 December 2026: 15/12 (Tue), 15/01 (Fri), 15/02 (Mon). */
const plan = (extra: Partial<PaymentPlan> = {}): PaymentPlan => ({
  id: 'plan1',
  customerId: 'c1',
  invoiceIds: ['F1', 'F2'],
  instalments: [
    { id: 'i1', dueDate: '2026-12-15', amountCents: 173_569, paidCents: 0 },
    { id: 'i2', dueDate: '2027-01-15', amountCents: 173_569, paidCents: 0 },
    { id: 'i3', dueDate: '2027-02-15', amountCents: 173_570, paidCents: 0 },
  ],
  status: 'active',
  createdAt: '2026-12-01T09:00:00.000Z',
  ...extra,
});

let ids = 0;
const input = (extra: Partial<AgreementReviewInput>): AgreementReviewInput => ({
  today: '2026-12-02',
  now: '2026-12-02T08:00:00.000Z',
  promises: [],
  plans: [],
  payments: [],
  tasks: [],
  calendarFor: () => calendar,
  newId: () => `id${++ids}`,
  ...extra,
});

/** The tasks after applying a review's task changes to `tasks`. */
function applyTasks(tasks: readonly Task[], review: ReturnType<typeof reviewAgreements>): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const task of [...review.createTasks, ...review.updateTasks]) byId.set(task.id, task);
  return [...byId.values()];
}

describe('a promise taken on a call', () => {
  it('puts a check on its check date in the calendar, labelled with the amount and the date', () => {
    const review = reviewAgreements(input({ promises: [promise()] }));
    expect(review.promises).toEqual([]);
    expect(review.interactions).toEqual([]);
    expect(review.createTasks).toHaveLength(1);
    expect(review.createTasks[0]).toMatchObject({
      key: 'promise:p1',
      customerId: 'c1',
      action: 'promise-check',
      date: '2026-12-11',
      status: 'planned',
      promiseId: 'p1',
      invoiceIds: ['F1', 'F2'],
      label: 'Vérifier le paiement : 1\u202f200,00\u00a0€ promis pour le 10/12/2026',
    });
  });

  it('paid by the check date: kept, one history line, and the check leaves the calendar', () => {
    const first = reviewAgreements(input({ promises: [promise()] }));
    const tasks = applyTasks([], first);
    const review = reviewAgreements(
      input({ today: '2026-12-11', promises: [promise()], tasks, payments: [payment('pay1', '2026-12-10', [['F1', 120_000]])] }),
    );
    expect(review.promises).toEqual([expect.objectContaining({ id: 'p1', status: 'kept', resolvedOn: '2026-12-11', paidCents: 120_000 })]);
    expect(review.interactions).toEqual([expect.objectContaining({ channel: 'note', outcome: 'promise-kept', promiseId: 'p1', customerId: 'c1' })]);
    expect(review.updateTasks).toEqual([expect.objectContaining({ key: 'promise:p1', status: 'obsolete' })]);
  });

  it('not paid by the check date: broken once, the check stays planned and says so', () => {
    const tasks = applyTasks([], reviewAgreements(input({ promises: [promise()] })));
    const review = reviewAgreements(input({ today: '2026-12-11', promises: [promise()], tasks }));
    expect(review.promises).toEqual([expect.objectContaining({ status: 'broken', paidCents: 0 })]);
    expect(review.interactions).toHaveLength(1);
    expect(review.interactions[0]).toMatchObject({ outcome: 'promise-broken' });
    expect(review.interactions[0]!.summary).toMatch(/non tenue/i);
    expect(review.updateTasks).toEqual([
      expect.objectContaining({ key: 'promise:p1', status: 'planned', label: 'Promesse non tenue : 1\u202f200,00\u00a0€ promis pour le 10/12/2026' }),
    ]);

    // The next day, with what was written: nothing more.
    const again = reviewAgreements(input({ today: '2026-12-14', promises: review.promises, tasks: applyTasks(tasks, review) }));
    expect(again).toEqual({ promises: [], plans: [], interactions: [], createTasks: [], updateTasks: [] });
  });

  it('keeps a check the user moved to another day', () => {
    const tasks = applyTasks([], reviewAgreements(input({ promises: [promise()] }))).map((t) => ({ ...t, date: '2026-12-14', movedByUser: true }));
    const review = reviewAgreements(input({ promises: [promise()], tasks }));
    expect(review.createTasks).toEqual([]);
    expect(review.updateTasks).toEqual([]);
  });

  it('leaves the scenario’s own tasks alone', () => {
    const scenarioTask: Task = {
      id: 't1', key: 'c1|s1|F1', customerId: 'c1', stepId: 'j10', action: 'call', date: '2026-12-03', originalDate: '2026-12-03', status: 'planned', invoiceIds: ['F1'],
    };
    const review = reviewAgreements(input({ promises: [], tasks: [scenarioTask] }));
    expect(review.updateTasks).toEqual([]);
  });
});

describe('a payment plan', () => {
  it('is checked instalment by instalment, the first business day after each due date', () => {
    const review = reviewAgreements(input({ plans: [plan()] }));
    expect(review.createTasks.map((t) => [t.key, t.action, t.date, t.label])).toEqual([
      ['instalment:plan1:i1', 'instalment-check', '2026-12-16', 'Vérifier l’échéance 1/3 de 1\u202f735,69\u00a0€ du 15/12/2026'],
      ['instalment:plan1:i2', 'instalment-check', '2027-01-18', 'Vérifier l’échéance 2/3 de 1\u202f735,69\u00a0€ du 15/01/2027'],
      ['instalment:plan1:i3', 'instalment-check', '2027-02-16', 'Vérifier l’échéance 3/3 de 1\u202f735,70\u00a0€ du 15/02/2027'],
    ]);
    expect(review.plans).toEqual([]);
  });

  it('takes the payments on its invoices made since it was agreed, oldest instalment first', () => {
    const payments = [
      payment('old', '2026-11-20', [['F1', 50_000]]), // before the plan: not for it
      payment('a', '2026-12-14', [['F1', 100_000], ['F2', 73_569]]),
      payment('b', '2026-12-20', [['F9', 10_000]]), // another invoice
      payment('c', '2027-01-10', [['F2', 20_000]]),
      payment('credit', '2026-12-21', [['F1', 5_000]], { kind: 'credit-note' }),
    ];
    const followed = planWithPayments(plan(), payments);
    expect(followed.instalments.map((i) => [i.paidCents, i.paidOn])).toEqual([
      [173_569, '2026-12-14'],
      [20_000, undefined],
      [0, undefined],
    ]);
    // The tasks follow: the first instalment's check leaves.
    const tasks = applyTasks([], reviewAgreements(input({ plans: [plan()] })));
    const review = reviewAgreements(input({ today: '2026-12-15', plans: [plan()], payments, tasks }));
    expect(review.plans).toEqual([expect.objectContaining({ status: 'active' })]);
    expect(review.updateTasks).toEqual([expect.objectContaining({ key: 'instalment:plan1:i1', status: 'obsolete' })]);
  });

  it('a missed instalment breaks it once: a history line, the missed check stays, the later ones leave', () => {
    const tasks = applyTasks([], reviewAgreements(input({ plans: [plan()] })));
    const payments = [payment('a', '2026-12-15', [['F1', 173_569]])];
    const review = reviewAgreements(input({ today: '2027-01-18', plans: [plan()], payments, tasks }));
    expect(review.plans).toEqual([expect.objectContaining({ id: 'plan1', status: 'broken', brokenOn: '2027-01-18' })]);
    expect(review.interactions).toHaveLength(1);
    expect(review.interactions[0]).toMatchObject({ outcome: 'instalment-missed', planId: 'plan1' });
    expect(review.interactions[0]!.summary).toBe(
      'Échéance 2/3 du 15/01/2027 non payée (1\u202f735,69\u00a0€ manquants) : l’échéancier est rompu, les relances reprennent.',
    );
    const after = applyTasks(tasks, review);
    expect(after.filter((t) => t.status === 'planned').map((t) => [t.key, t.label])).toEqual([
      ['instalment:plan1:i2', 'Échéance manquée : échéance 2/3 de 1\u202f735,69\u00a0€ du 15/01/2027'],
    ]);
    const again = reviewAgreements(input({ today: '2027-01-25', plans: review.plans, payments, tasks: after }));
    expect(again.interactions).toEqual([]);
    expect(again.plans).toEqual([]);
  });

  it('on its due date and until the check date an unpaid instalment is not missed', () => {
    expect(instalmentCheckDate('2027-01-15', calendar)).toBe('2027-01-18'); // Friday → Monday
    expect(instalmentCheckDate('2026-12-24', calendar)).toBe('2026-12-28'); // the 25th is a holiday
    const payments = [payment('a', '2026-12-15', [['F2', 173_569]])];
    expect(reviewAgreements(input({ today: '2027-01-15', plans: [plan()], payments })).plans.map((p) => p.status)).toEqual(['active']);
    const review = reviewAgreements(input({ today: '2027-01-15', plans: [plan()], payments }));
    expect(review.interactions).toEqual([]);
    // The first instalment's payment is counted even though the stored plan said nothing of it.
    expect(review.plans[0]!.instalments[0]).toMatchObject({ paidCents: 173_569, paidOn: '2026-12-15' });
    // Without that payment, the first instalment was missed on its check date (16 December).
    expect(reviewAgreements(input({ today: '2026-12-16', plans: [plan()] })).plans.map((p) => p.status)).toEqual(['broken']);
    expect(reviewAgreements(input({ today: '2026-12-15', plans: [plan()] })).plans.map((p) => p.status)).toEqual([]);
  });

  it('fully paid: completed, said in the history, nothing left to check', () => {
    const tasks = applyTasks([], reviewAgreements(input({ plans: [plan()] })));
    const payments = [payment('a', '2026-12-15', [['F1', 520_708]])];
    const review = reviewAgreements(input({ today: '2026-12-16', plans: [plan()], payments, tasks }));
    expect(review.plans).toEqual([expect.objectContaining({ status: 'completed' })]);
    expect(review.interactions.map((i) => i.outcome)).toEqual(['plan-completed']);
    expect(applyTasks(tasks, review).filter((t) => t.status === 'planned')).toEqual([]);
  });

  it('a renegotiated plan is no longer checked', () => {
    const tasks = applyTasks([], reviewAgreements(input({ plans: [plan()] })));
    const review = reviewAgreements(input({ plans: [plan({ status: 'renegotiated', replacedByPlanId: 'plan2' })], tasks }));
    expect(review.updateTasks.map((t) => t.status)).toEqual(['obsolete', 'obsolete', 'obsolete']);
  });
});

describe('reviewed day after day, whatever the payments', () => {
  it('each promise and plan changes status at most once and logs at most one line; the instalments always sum to the plan', () => {
    const day0 = '2026-12-01';
    fc.assert(
      fc.property(
        fc.array(fc.record({ offset: fc.integer({ min: 0, max: 120 }), cents: fc.integer({ min: 1, max: 300_000 }), invoice: fc.constantFrom('F1', 'F2', 'F9') }), {
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (raw, promiseOffset, step) => {
          const payments = raw.map((p, n) => payment(`pay${n}`, addDays(day0, p.offset), [[p.invoice, p.cents]]));
          let promises = [promise({ promisedDate: addDays(day0, promiseOffset), checkDate: calendar.nextBusinessDay(addDays(day0, promiseOffset + 1)) })];
          let plans = [plan()];
          let tasks: Task[] = [];
          const lines: string[] = [];
          for (let day = 0; day <= 120; day += step) {
            const today = addDays(day0, day);
            const seen = payments.filter((p) => p.date <= today);
            const review = reviewAgreements(input({ today, promises, plans, payments: seen, tasks }));
            lines.push(...review.interactions.map((i) => `${i.promiseId ?? i.planId}:${i.outcome}`));
            const changedPromises = new Map(review.promises.map((p) => [p.id, p]));
            promises = promises.map((p) => changedPromises.get(p.id) ?? p);
            const changedPlans = new Map(review.plans.map((p) => [p.id, p]));
            plans = plans.map((p) => changedPlans.get(p.id) ?? p);
            tasks = applyTasks(tasks, review);
            const keys = tasks.map((t) => t.key);
            expect(new Set(keys).size).toBe(keys.length);
            for (const p of plans) expect(p.instalments.reduce((s, i) => s + i.amountCents, 0)).toBe(520_708);
          }
          const promiseLines = lines.filter((l) => l.startsWith('p1:'));
          expect(promiseLines.length).toBeLessThanOrEqual(1);
          expect(lines.filter((l) => l === 'plan1:instalment-missed').length).toBeLessThanOrEqual(1);
          expect(lines.filter((l) => l === 'plan1:plan-completed').length).toBeLessThanOrEqual(1);
          // Once its check date is reached the promise is decided.
          if (addDays(day0, 120) >= promises[0]!.checkDate!) expect(promises[0]!.status).not.toBe('open');
        },
      ),
      { numRuns: 150 },
    );
  });
});
