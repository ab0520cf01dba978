import { describe, expect, it } from 'vitest';
import type { Customer, Hold, Invoice, PaymentPlan, PaymentPromise, Task } from '../../renderer/src/domain/model';
import { applyMerge, catchUp, mergeTasks, planActions, type PlanInput, type PlannedAction } from '../../renderer/src/domain/schedule/engine';
import { NO_ASSIGNMENTS } from '../../renderer/src/domain/schedule/scenario';
import { taskKey } from '../../renderer/src/domain/schedule/tasks';
import { HOLIDAYS_2026, testCalendar } from '../support/test-calendar';

const STAMP = '2026-01-01T00:00:00.000Z';

const customer = (id: string, extra: Partial<Customer> = {}): Customer => ({
  id,
  reference: id.toUpperCase(),
  name: `Client ${id}`,
  kind: 'business',
  contacts: [],
  createdAt: STAMP,
  updatedAt: STAMP,
  ...extra,
});

const invoice = (id: string, customerId: string, dueDate: string, openCents = 100_000, hold: Hold | null = null): Invoice => ({
  id,
  customerId,
  number: id,
  issueDate: '2026-01-01',
  dueDate,
  amountCents: openCents,
  sourceOpenCents: openCents,
  openCents,
  hold,
  source: 'import',
  createdAt: STAMP,
  updatedAt: STAMP,
});

const weekends = testCalendar();
const france2026 = testCalendar(HOLIDAYS_2026);

function input(today: string, customers: Customer[], invoices: Invoice[], extra: Partial<PlanInput> = {}): PlanInput {
  return {
    today,
    customers,
    invoices,
    payments: [],
    promises: [],
    plans: [],
    tasks: [],
    scenarios: [],
    assignments: NO_ASSIGNMENTS,
    calendarFor: () => weekends,
    ...extra,
  };
}

/** The fields a user reads, in a compact form: "step date (original) [invoices]". */
const brief = (actions: PlannedAction[]) =>
  actions.map((a) => `${a.customerId} ${a.stepId} ${a.date}${a.date !== a.originalDate ? ` (${a.originalDate})` : ''}${a.overdue ? ' en retard' : ''} [${a.invoiceIds.join(',')}]`);

/** The tasks as the user leaves them: `done` for the given step keys. */
const markDone = (tasks: Task[], keys: string[], doneAt = '2026-03-20T09:00:00.000Z'): Task[] =>
  tasks.map((t) => (keys.includes(t.key) ? { ...t, status: 'done', doneAt } : t));

const ACTION_OF: Record<string, Task['action']> = {
  courtesy: 'courtesy-email',
  reminder: 'email-reminder',
  call: 'call',
  'letter-1': 'letter-1',
  'letter-2': 'letter-2',
};

/** A step of the default ladder the user already did (or skipped) on `date`, typed by hand. */
const settled = (stepId: string, date: string, invoiceIds = ['F1'], status: Task['status'] = 'done', customerId = 'c1'): Task => ({
  id: `${customerId}-${stepId}-${invoiceIds[0]}`,
  key: taskKey(customerId, stepId, invoiceIds[0]!),
  customerId,
  scenarioId: 'default',
  stepId,
  action: ACTION_OF[stepId]!,
  date,
  originalDate: date,
  status,
  doneAt: `${date}T10:00:00.000Z`,
  invoiceIds,
  drivingInvoiceId: invoiceIds[0]!,
});

describe('one rung at a time', () => {
  // F1 due Monday 5 January 2026, imported on Monday 16 March with nothing done: J-3 (Friday 2
  // January), J+3 (Thursday 8), J+10 (Thursday 15) and J+20 (Sunday 25) have all passed.
  const old = [invoice('F1', 'c1', '2026-01-05')];

  it('gives an old invoice with nothing done exactly one action: the e-mail reminder, late since J+3, no courtesy e-mail', () => {
    const actions = planActions(input('2026-03-16', [customer('c1')], old));
    expect(brief(actions)).toEqual(['c1 reminder 2026-01-08 en retard [F1]']);
    expect(actions[0]!.action).toBe('email-reminder');
    expect(actions[0]!.originalDate).toBe('2026-01-08');
    expect(actions.some((a) => a.action === 'courtesy-email')).toBe(false);
  });

  it('brings the next rung once the current one is done or skipped, late since its own original date', () => {
    const tasks = mergeTasks([], planActions(input('2026-03-16', [customer('c1')], old))).create;
    const reminderDone = markDone(tasks, [taskKey('c1', 'reminder', 'F1')]);
    const call = planActions(input('2026-03-16', [customer('c1')], old, { tasks: reminderDone }));
    expect(brief(call)).toEqual(['c1 call 2026-01-15 en retard [F1]']);
    expect(call[0]!.originalDate).toBe('2026-01-15');

    // The call skipped: letter 1 at J+20, Sunday 25 January → Monday 26.
    let after = applyMerge(reminderDone, mergeTasks(reminderDone, call));
    after = after.map((t) => (t.stepId === 'call' ? { ...t, status: 'skipped' as const, doneAt: '2026-03-16T11:00:00.000Z' } : t));
    expect(brief(planActions(input('2026-03-16', [customer('c1')], old, { tasks: after })))).toEqual(['c1 letter-1 2026-01-26 (2026-01-25) en retard [F1]']);
  });

  it('gives an old book imported today one action per customer, and planning it twice creates nothing', () => {
    const customers = [customer('a'), customer('b'), customer('c')];
    const invoices = [
      invoice('A1', 'a', '2025-11-03'), invoice('A2', 'a', '2026-01-05'), invoice('A3', 'a', '2026-03-30'),
      invoice('B1', 'b', '2026-02-02'),
      invoice('C1', 'c', '2026-03-18'),
    ];
    const plan = planActions(input('2026-03-16', customers, invoices));
    // a: A1 due Monday 3 November 2025, J+3 Thursday 6 November; A2 rides along (due by today).
    // b: B1 due Monday 2 February, J+3 Thursday 5. c: C1 not late yet, J-3 is Sunday 15 March
    // → Monday 16, today: its courtesy e-mail is still proposed.
    expect(brief(plan)).toEqual([
      'a reminder 2025-11-06 en retard [A1,A2]',
      'b reminder 2026-02-05 en retard [B1]',
      'c courtesy 2026-03-16 (2026-03-15) [C1]',
    ]);
    const tasks = applyMerge([], mergeTasks([], plan));
    expect(mergeTasks(tasks, planActions(input('2026-03-16', customers, invoices, { tasks })))).toEqual({ create: [], update: [], obsolete: [] });
  });

  it('keeps a courtesy e-mail already planned before the due date: shown as missed, and the reminder waits for it', () => {
    // F1 due Wednesday 4 March; planned on 25 February: J-3 is Sunday 1 March → Monday 2.
    const invoices = [invoice('F1', 'c1', '2026-03-04')];
    const before = planActions(input('2026-02-25', [customer('c1')], invoices));
    expect(brief(before)).toEqual(['c1 courtesy 2026-03-02 (2026-03-01) [F1]']);
    const tasks = mergeTasks([], before).create;
    const late = planActions(input('2026-03-16', [customer('c1')], invoices, { tasks }));
    expect(brief(late)).toEqual(['c1 courtesy 2026-03-02 (2026-03-01) en retard [F1]']);
    expect(mergeTasks(tasks, late)).toEqual({ create: [], update: [], obsolete: [] });
  });
});

describe('planActions on the default scenario', () => {
  it('plans one action for a customer with three late invoices, driven by the oldest, covering them all', () => {
    const invoices = [invoice('F3', 'c1', '2026-03-13'), invoice('F1', 'c1', '2026-03-02'), invoice('F2', 'c1', '2026-03-10')];
    const actions = planActions(input('2026-03-16', [customer('c1')], invoices));
    // F1 due Monday 2 March drives: late, so no courtesy e-mail; J+3 Thursday 5 March, missed.
    expect(brief(actions)).toEqual(['c1 reminder 2026-03-05 en retard [F1,F2,F3]']);
    expect(actions[0]!.drivingInvoiceId).toBe('F1');
    expect(actions[0]!.key).toBe(taskKey('c1', 'reminder', 'F1'));
    // Reminder and call done on their days: letter 1 at J+20, Sunday 22 March → Monday 23.
    const tasks = [settled('reminder', '2026-03-05', ['F1', 'F2', 'F3']), settled('call', '2026-03-12', ['F1', 'F2', 'F3'])];
    const next = planActions(input('2026-03-16', [customer('c1')], invoices, { tasks }));
    expect(brief(next)).toEqual(['c1 letter-1 2026-03-23 (2026-03-22) [F1,F2,F3]']);
    expect(next[0]!.drivingInvoiceId).toBe('F1');
  });

  it('covers only the invoices due by the action day; a later step covers more', () => {
    const invoices = [invoice('F1', 'c1', '2026-03-02'), invoice('F2', 'c1', '2026-03-20')];
    expect(brief(planActions(input('2026-03-03', [customer('c1')], invoices)))).toEqual(['c1 reminder 2026-03-05 [F1]']);
    // Reminder done the 5th: the call on Thursday 12 March covers F1 only.
    const reminder = [settled('reminder', '2026-03-05')];
    expect(brief(planActions(input('2026-03-06', [customer('c1')], invoices, { tasks: reminder })))).toEqual(['c1 call 2026-03-12 [F1]']);
    // Call done the 12th: letter 1 on Monday 23 March (J+20 a Sunday) covers F2, due the 20th.
    const call = [...reminder, settled('call', '2026-03-12')];
    expect(brief(planActions(input('2026-03-13', [customer('c1')], invoices, { tasks: call })))).toEqual(['c1 letter-1 2026-03-23 (2026-03-22) [F1,F2]']);
  });

  it('moves a step that falls on a Saturday or a Sunday to the Monday, keeping the original date', () => {
    // Due Wednesday 4 March: J-3 is Sunday 1 March, J+3 Saturday 7 March.
    const invoices = [invoice('F1', 'c1', '2026-03-04')];
    // On the due date the invoice is not late yet: the courtesy e-mail, missed, comes first.
    expect(brief(planActions(input('2026-03-04', [customer('c1')], invoices)))).toEqual(['c1 courtesy 2026-03-02 (2026-03-01) en retard [F1]']);
    // The day after, it is late: the reminder.
    expect(brief(planActions(input('2026-03-05', [customer('c1')], invoices)))).toEqual(['c1 reminder 2026-03-09 (2026-03-07) [F1]']);
  });

  it('moves a step off a public holiday, and the next step keeps its spacing from the day it took place', () => {
    // Due Friday 27 March: J+3 Monday 30 March, J+10 is Easter Monday 6 April 2026.
    const invoices = [invoice('F1', 'c1', '2026-03-27')];
    const france = { calendarFor: () => france2026 };
    expect(brief(planActions(input('2026-04-01', [customer('c1')], invoices, france)))).toEqual(['c1 reminder 2026-03-30 en retard [F1]']);
    const reminder = [settled('reminder', '2026-03-30')];
    expect(brief(planActions(input('2026-04-01', [customer('c1')], invoices, { ...france, tasks: reminder })))).toEqual([
      'c1 call 2026-04-07 (2026-04-06) [F1]',
    ]);
    expect(planActions(input('2026-04-01', [customer('c1')], invoices, { tasks: reminder })).map((a) => a.date)).toEqual(['2026-04-06']);
    // The call done on Tuesday 7 April: letter 1 ten days after it, Friday 17 (J+20 is the 16th).
    const call = [...reminder, settled('call', '2026-04-07')];
    expect(brief(planActions(input('2026-04-08', [customer('c1')], invoices, { ...france, tasks: call })))).toEqual([
      'c1 letter-1 2026-04-17 (2026-04-16) [F1]',
    ]);
  });

  it('pauses on a hold and resumes on the business day on or after its end date', () => {
    const dispute: Hold = { kind: 'dispute', reason: 'Livraison contestée', since: '2026-03-01', until: '2026-04-04' };
    const tasks: Task[] = [
      {
        id: 't1', key: taskKey('c1', 'courtesy', 'F1'), customerId: 'c1', stepId: 'courtesy', action: 'courtesy-email',
        date: '2026-02-27', originalDate: '2026-02-27', status: 'done', doneAt: '2026-02-27T10:00:00.000Z', invoiceIds: ['F1'], drivingInvoiceId: 'F1',
      },
    ];
    // Held until Saturday 4 April; Monday 6 April is Easter Monday: resumes Tuesday 7 April.
    const actions = planActions(
      input('2026-03-16', [customer('c1')], [invoice('F1', 'c1', '2026-03-02', 100_000, dispute)], { tasks, calendarFor: () => france2026 }),
    );
    expect(brief(actions)).toEqual(['c1 reminder 2026-04-07 (2026-03-05) [F1]']);
  });

  it('moves a missed step out of a hold put after its day, to the hold’s end date, where it stays', () => {
    // F1 due Monday 2 March, reminder J+3 Thursday 5 March not done; disputed from Monday 16 March
    // until Wednesday 1 April: not chased meanwhile, chased again on 1 April.
    const invoices = (until: string | null) => [invoice('F1', 'c1', '2026-03-02', 100_000, { kind: 'dispute', reason: 'Litige', since: '2026-03-16', until })];
    expect(brief(planActions(input('2026-03-16', [customer('c1')], invoices('2026-04-01'))))).toEqual(['c1 reminder 2026-04-01 (2026-03-05) [F1]']);
    expect(brief(planActions(input('2026-04-02', [customer('c1')], invoices('2026-04-01'))))).toEqual(['c1 reminder 2026-04-01 (2026-03-05) en retard [F1]']);
    // Without end date: nothing; the task planned before becomes obsolete.
    const tasks = mergeTasks([], planActions(input('2026-03-13', [customer('c1')], invoices(null)))).create;
    expect(tasks.map((t) => [t.stepId, t.date])).toEqual([['reminder', '2026-03-05']]);
    const held = planActions(input('2026-03-16', [customer('c1')], invoices(null), { tasks }));
    expect(held).toEqual([]);
    expect(mergeTasks(tasks, held).obsolete.map((t) => t.stepId)).toEqual(['reminder']);
  });

  it('keeps chasing the other invoices while the oldest is disputed, without naming it', () => {
    const dispute: Hold = { kind: 'dispute', reason: 'Prix contesté', since: '2026-02-15', until: null };
    const invoices = [invoice('F1', 'c1', '2026-03-02', 100_000, dispute), invoice('F2', 'c1', '2026-03-10')];
    // F2 (due Tuesday 10 March) drives: J+3 Friday 13 March, then J+10 Friday 20 March.
    expect(brief(planActions(input('2026-03-16', [customer('c1')], invoices)))).toEqual(['c1 reminder 2026-03-13 en retard [F2]']);
    const tasks = [settled('reminder', '2026-03-13', ['F2'])];
    expect(brief(planActions(input('2026-03-16', [customer('c1')], invoices, { tasks })))).toEqual(['c1 call 2026-03-20 [F2]']);
  });

  it('plans nothing for a customer whose only invoice is on hold without end date', () => {
    const hold: Hold = { kind: 'manual', reason: 'Accord du gérant', since: '2026-03-01', until: null };
    expect(planActions(input('2026-03-16', [customer('c1')], [invoice('F1', 'c1', '2026-03-02', 100_000, hold)]))).toEqual([]);
  });

  it('holds the invoices of an open promise until it is decided, then resumes on the day it was', () => {
    const promise: PaymentPromise = { id: 'p1', customerId: 'c1', invoiceIds: ['F1'], promisedDate: '2026-03-25', amountCents: 100_000, status: 'open' };
    const tasks: Task[] = ['courtesy', 'reminder'].map((stepId, i) => ({
      id: stepId, key: taskKey('c1', stepId, 'F1'), customerId: 'c1', stepId, action: i === 0 ? 'courtesy-email' : 'email-reminder',
      date: i === 0 ? '2026-02-27' : '2026-03-05', originalDate: i === 0 ? '2026-02-27' : '2026-03-05', status: 'done', invoiceIds: ['F1'], drivingInvoiceId: 'F1',
    }));
    const base = input('2026-03-16', [customer('c1')], [invoice('F1', 'c1', '2026-03-02')], { tasks });
    // Open: nothing of the scenario is planned, its check is the only action (agreements/follow-up.ts).
    expect(brief(planActions({ ...base, promises: [promise] }))).toEqual([]);
    expect(brief(planActions({ ...base, promises: [{ ...promise, checkDate: '2026-03-26' }] }))).toEqual([]);
    // Broken on its check date, Thursday 26: the call of J+10 resumes that day, not "late" since the 12th.
    const broken: PaymentPromise = { ...promise, checkDate: '2026-03-26', status: 'broken', resolvedOn: '2026-03-26' };
    expect(brief(planActions({ ...base, today: '2026-03-26', promises: [broken] }))).toEqual(['c1 call 2026-03-26 (2026-03-12) [F1]']);
    // Seen later (the app was closed): late since the day it broke.
    expect(brief(planActions({ ...base, today: '2026-03-31', promises: [broken] }))).toEqual(['c1 call 2026-03-26 (2026-03-12) en retard [F1]']);
  });

  it('holds the invoices of a payment plan while it runs, and from the day it broke resumes the chase', () => {
    const plan: PaymentPlan = {
      id: 'pl', customerId: 'c1', invoiceIds: ['F1'], status: 'active', createdAt: STAMP,
      instalments: [
        { id: 'i1', dueDate: '2026-03-31', amountCents: 50_000, paidCents: 50_000 },
        { id: 'i2', dueDate: '2026-04-30', amountCents: 50_000, paidCents: 0 },
      ],
    };
    const base = input('2026-03-16', [customer('c1')], [invoice('F1', 'c1', '2026-03-02')], { plans: [plan] });
    // Running: its instalments' checks are the only actions.
    expect(brief(planActions(base))).toEqual([]);
    // Broken on Friday 1 May (the second instalment unpaid): late, so no courtesy e-mail; the reminder resumes that day.
    const broken: PaymentPlan = { ...plan, status: 'broken', brokenOn: '2026-05-01' };
    expect(brief(planActions({ ...base, today: '2026-05-01', plans: [broken] }))).toEqual(['c1 reminder 2026-05-01 (2026-03-05) [F1]']);
    // Completed or replaced: nothing held (a completed plan's invoices are paid anyway).
    expect(brief(planActions({ ...base, plans: [{ ...plan, status: 'renegotiated' }] }))).toEqual(['c1 reminder 2026-03-05 en retard [F1]']);
  });

  it('never proposes a done or skipped step again, and spaces the next one from the day it took place', () => {
    const invoices = [invoice('F1', 'c1', '2026-03-02')];
    const first = planActions(input('2026-03-16', [customer('c1')], invoices));
    expect(first.map((a) => a.stepId)).toEqual(['reminder']);
    // The user moved the reminder to Tuesday 10 March and sent it then: the call keeps its 7 days
    // after it, Tuesday 17 March (J+10 was Thursday 12).
    let tasks = markDone(
      mergeTasks([], first).create.map((t) => ({ ...t, date: '2026-03-10', movedByUser: true })),
      [taskKey('c1', 'reminder', 'F1')],
    );
    const second = planActions(input('2026-03-16', [customer('c1')], invoices, { tasks }));
    expect(brief(second)).toEqual(['c1 call 2026-03-17 (2026-03-12) [F1]']);
    tasks = applyMerge(tasks, mergeTasks(tasks, second));
    // The call skipped on the 17th: letter 1 ten days after, Friday 27 March (J+20 was the 22nd).
    tasks = tasks.map((t) => (t.stepId === 'call' ? { ...t, status: 'skipped' as const, doneAt: '2026-03-17T09:00:00.000Z' } : t));
    const third = planActions(input('2026-03-30', [customer('c1')], invoices, { tasks }));
    expect(brief(third)).toEqual(['c1 letter-1 2026-03-27 (2026-03-22) en retard [F1]']);
    tasks = applyMerge(tasks, mergeTasks(tasks, third));
    expect(mergeTasks(tasks, planActions(input('2026-03-30', [customer('c1')], invoices, { tasks })))).toEqual({ create: [], update: [], obsolete: [] });
  });

  it('does not restart the ladder for an invoice already covered by done reminders when the older one is paid', () => {
    const invoices = [invoice('F1', 'c1', '2026-03-02'), invoice('F2', 'c1', '2026-03-04')];
    const doneSteps = [settled('reminder', '2026-03-05', ['F1', 'F2']), settled('call', '2026-03-12', ['F1', 'F2'])];
    const first = planActions(input('2026-03-16', [customer('c1')], invoices, { tasks: doneSteps }));
    expect(brief(first)).toEqual(['c1 letter-1 2026-03-23 (2026-03-22) [F1,F2]']);
    const tasks = applyMerge(doneSteps, mergeTasks(doneSteps, first));
    const paid = [{ ...invoices[0]!, openCents: 0 }, invoices[1]!];
    const after = planActions(input('2026-03-16', [customer('c1')], paid, { tasks }));
    // F2 now drives; reminder and call named it already: next is letter 1 at F2's J+20, Tuesday 24.
    expect(brief(after)).toEqual(['c1 letter-1 2026-03-24 [F2]']);
    const merge = mergeTasks(tasks, after);
    expect(merge.obsolete.map((t) => [t.stepId, t.drivingInvoiceId, t.status])).toEqual([['letter-1', 'F1', 'obsolete']]);
    expect(merge.create.map((t) => t.key)).toEqual([taskKey('c1', 'letter-1', 'F2')]);
  });

  it("makes a paid invoice's planned tasks obsolete, keeping them as history", () => {
    const invoices = [invoice('F1', 'c1', '2026-03-02')];
    const done = settled('reminder', '2026-03-05');
    const tasks = applyMerge([done], mergeTasks([done], planActions(input('2026-03-16', [customer('c1')], invoices, { tasks: [done] }))));
    expect(tasks.map((t) => [t.stepId, t.status])).toEqual([['reminder', 'done'], ['call', 'planned']]);
    const after = planActions(input('2026-03-17', [customer('c1')], [{ ...invoices[0]!, openCents: 0 }], { tasks }));
    expect(after).toEqual([]);
    const merge = mergeTasks(tasks, after);
    expect(merge.create).toEqual([]);
    expect(merge.obsolete.map((t) => [t.id, t.status])).toEqual([[taskKey('c1', 'call', 'F1'), 'obsolete']]);
    // Reopened (the payment bounced): the same task is planned again, none created.
    const reopened = mergeTasks(applyMerge(tasks, merge), planActions(input('2026-03-17', [customer('c1')], invoices, { tasks: applyMerge(tasks, merge) })));
    expect(reopened.create).toEqual([]);
    expect(reopened.update.map((t) => [t.id, t.status])).toEqual([[taskKey('c1', 'call', 'F1'), 'planned']]);
  });

  it('does not chase a customer owing less than the minimum (10 € by default), credits deducted', () => {
    const customers = [customer('small'), customer('exact'), customer('credited')];
    const invoices = [invoice('S1', 'small', '2026-03-02', 600), invoice('S2', 'small', '2026-03-03', 399), invoice('E1', 'exact', '2026-03-02', 1000), invoice('C1', 'credited', '2026-03-02', 5000)];
    const payments = [{ customerId: 'credited', unallocatedCents: 4500 }];
    const actions = planActions(input('2026-03-03', customers, invoices, { payments }));
    expect([...new Set(actions.map((a) => a.customerId))]).toEqual(['exact']);
    const strict = planActions(input('2026-03-03', customers, invoices, {
      scenarios: [{ id: 'zero', name: 'Tout', minimumCents: 0, steps: [{ id: 'r', offsetDays: 1, relativeTo: 'due', action: 'email-reminder' }] }],
      assignments: { groups: {}, defaultScenarioId: 'zero' },
    }));
    expect([...new Set(strict.map((a) => a.customerId))].sort()).toEqual(['credited', 'exact', 'small']);
  });

  it('plans payment reminders on the customer’s payment day, other steps on any business day', () => {
    const tasks: Task[] = [
      { id: 'a', key: taskKey('c1', 'courtesy', 'F1'), customerId: 'c1', stepId: 'courtesy', action: 'courtesy-email', date: '2026-02-27', originalDate: '2026-02-27', status: 'done', invoiceIds: ['F1'], drivingInvoiceId: 'F1' },
    ];
    const base = input('2026-03-03', [customer('c1')], [invoice('F1', 'c1', '2026-03-02')], { tasks, paymentDaysFor: () => [10] });
    // J+3 = Thursday 5 March → Tuesday 10 March.
    expect(brief(planActions(base))).toEqual(['c1 reminder 2026-03-10 (2026-03-05) [F1]']);
    // Reminder done on the 10th: the call (not a payment reminder) keeps its 7 days after it,
    // Tuesday 17 March, any business day.
    const done = [...tasks, { ...tasks[0]!, id: 'b', key: taskKey('c1', 'reminder', 'F1'), stepId: 'reminder', action: 'email-reminder' as const, date: '2026-03-10', originalDate: '2026-03-05' }];
    const later = planActions({ ...base, today: '2026-03-18', tasks: done });
    expect(brief(later)).toEqual(['c1 call 2026-03-17 (2026-03-12) en retard [F1]']);
    // Call done on the 17th: letter 1 ten days after it, Friday 27 March, then waits for 10 April.
    const called = [...done, { ...tasks[0]!, id: 'c', key: taskKey('c1', 'call', 'F1'), stepId: 'call', action: 'call' as const, date: '2026-03-17', originalDate: '2026-03-12' }];
    expect(brief(planActions({ ...base, today: '2026-03-18', tasks: called }))).toEqual(['c1 letter-1 2026-04-10 (2026-03-22) [F1]']);
  });

  it('follows the scenario assigned to the customer or its group', () => {
    const quick = { id: 'quick', name: 'Rapide', minimumCents: 0, steps: [{ id: 'q-call', offsetDays: 1, relativeTo: 'due' as const, action: 'call' as const }] };
    const custom = { id: 'own', name: 'Sur mesure', minimumCents: 0, steps: [{ id: 'own-task', offsetDays: 2, relativeTo: 'due' as const, action: 'custom' as const, label: 'Passer voir le client' }] };
    const actions = planActions(
      input('2026-03-03', [customer('a', { group: 'BTP' }), customer('b', { group: 'BTP', scenarioId: 'own' }), customer('c')], [
        invoice('A1', 'a', '2026-03-02'),
        invoice('B1', 'b', '2026-03-02'),
        invoice('C1', 'c', '2026-03-02'),
      ], { scenarios: [quick, custom], assignments: { groups: { BTP: 'quick' } } }),
    );
    // c, late since the 2nd, gets the default reminder (J+3), not the courtesy e-mail.
    expect(actions.map((a) => [a.customerId, a.scenarioId, a.stepId, a.date, a.label ?? ''])).toEqual([
      ['a', 'quick', 'q-call', '2026-03-03', ''],
      ['b', 'own', 'own-task', '2026-03-04', 'Passer voir le client'],
      ['c', 'default', 'reminder', '2026-03-05', ''],
    ]);
  });

  it('asks each calendar about a date once', () => {
    const calendar = testCalendar();
    const customers = Array.from({ length: 50 }, (_, i) => customer(`c${i}`));
    const invoices = customers.map((c) => invoice(`${c.id}-F`, c.id, '2026-03-02'));
    const tasks = customers.map((c) => settled('reminder', '2026-03-05', [`${c.id}-F`], 'done', c.id));
    planActions(input('2026-03-16', customers, invoices, { calendarFor: () => calendar, tasks }));
    // 27 February (the courtesy e-mail, dated before it is passed over), 5 and 12 March.
    expect(calendar.calls.nextBusinessDay).toBe(3);
  });
});

describe('mergeTasks', () => {
  const invoices = [invoice('F1', 'c1', '2026-03-02')];
  const doneSteps = [settled('reminder', '2026-03-05'), settled('call', '2026-03-12')];

  it('creates the planned tasks once; running again creates and changes nothing', () => {
    const plan = planActions(input('2026-03-16', [customer('c1')], invoices, { tasks: doneSteps }));
    const first = mergeTasks(doneSteps, plan);
    expect(first.create.map((t) => [t.id, t.status, t.date, t.originalDate])).toEqual([[taskKey('c1', 'letter-1', 'F1'), 'planned', '2026-03-23', '2026-03-22']]);
    expect(first.update).toEqual([]);
    const tasks = applyMerge(doneSteps, first);
    const again = planActions(input('2026-03-16', [customer('c1')], invoices, { tasks }));
    expect(mergeTasks(tasks, again)).toEqual({ create: [], update: [], obsolete: [] });
  });

  it('keeps the date the user moved a task to, and pushes the next steps after it', () => {
    const planned = mergeTasks(doneSteps, planActions(input('2026-03-16', [customer('c1')], invoices, { tasks: doneSteps }))).create;
    const tasks = [...doneSteps, ...planned.map((t) => (t.stepId === 'letter-1' ? { ...t, date: '2026-03-30', movedByUser: true } : t))];
    const plan = planActions(input('2026-03-16', [customer('c1')], invoices, { tasks }));
    const merge = mergeTasks(tasks, plan);
    expect(merge).toEqual({ create: [], update: [], obsolete: [] });
    // Letter 2 would be the next after the letter 1 of the 30th: not in the calendar yet.
    expect(plan.map((a) => a.stepId)).toEqual(['letter-1']);
    const later = planActions(input('2026-03-31', [customer('c1')], invoices, { tasks: markDone(tasks, [taskKey('c1', 'letter-1', 'F1')]) }));
    expect(brief(later)).toEqual(['c1 letter-2 2026-04-09 (2026-04-01) [F1]']); // 30 March + 10 days
  });

  it('gives up the day the user moved a task to when a hold now covers it, and follows the plan again', () => {
    const planned = mergeTasks(doneSteps, planActions(input('2026-03-16', [customer('c1')], invoices, { tasks: doneSteps }))).create;
    // Letter 1 (planned Monday 23 March) moved by the user to Monday 30 March.
    const tasks = [...doneSteps, ...planned.map((t) => (t.stepId === 'letter-1' ? { ...t, date: '2026-03-30', movedByUser: true } : t))];
    // Then a dispute holds F1 from 25 March to Thursday 2 April: the 30th is under it.
    const held = invoices.map((i) => ({ ...i, hold: { kind: 'dispute' as const, reason: 'Litige', since: '2026-03-25', until: '2026-04-02' } }));
    const plan = planActions(input('2026-03-16', [customer('c1')], held, { tasks }));
    // Back to the plan's own day, Monday 23 March (22 March + the Sunday), which no hold covers.
    expect(brief(plan)).toEqual(['c1 letter-1 2026-03-23 (2026-03-22) [F1]']);
    const merge = mergeTasks(tasks, plan);
    expect(merge.update.map((t) => [t.stepId, t.date, t.movedByUser])).toEqual([['letter-1', '2026-03-23', undefined]]);
    // Running again on the merged tasks changes nothing.
    const after = applyMerge(tasks, merge);
    expect(mergeTasks(after, planActions(input('2026-03-16', [customer('c1')], held, { tasks: after })))).toEqual({ create: [], update: [], obsolete: [] });
  });

  it('updates what changed (a new late invoice covered) without touching the id', () => {
    const tasks = applyMerge(doneSteps, mergeTasks(doneSteps, planActions(input('2026-03-16', [customer('c1')], invoices, { tasks: doneSteps }))));
    const more = [...invoices, invoice('F2', 'c1', '2026-03-20')];
    const merge = mergeTasks(tasks, planActions(input('2026-03-16', [customer('c1')], more, { tasks })));
    expect(merge.update.map((t) => [t.id, t.invoiceIds])).toEqual([[taskKey('c1', 'letter-1', 'F1'), ['F1', 'F2']]]);
    expect(merge.create).toEqual([]);
  });

  it('leaves tasks typed by hand and other customers alone when asked', () => {
    const manual: Task = { id: 'm', key: 'manual:m', customerId: 'c1', action: 'call', label: 'Rappeler M. Durand', date: '2026-03-18', originalDate: '2026-03-18', status: 'planned', invoiceIds: [] };
    const other = mergeTasks([], planActions(input('2026-03-16', [customer('c2')], [invoice('G1', 'c2', '2026-03-02')]))).create;
    const merge = mergeTasks([manual, ...other], [], { customerIds: new Set(['c1']) });
    expect(merge).toEqual({ create: [], update: [], obsolete: [] });
    expect(mergeTasks([manual, ...other], []).obsolete.map((t) => t.customerId)).toEqual(other.map(() => 'c2'));
  });
});

describe('catchUp', () => {
  it('lists the planned tasks before today, oldest first, with their original date', () => {
    // b due Monday 2 March: J+3 Thursday 5. z due Wednesday 4: J+3 Saturday 7 → Monday 9.
    // d due Thursday 5: J+3 Sunday 8 → Monday 9. Same day: the older original date first.
    const customers = [customer('b'), customer('z'), customer('d')];
    const invoices = [invoice('B1', 'b', '2026-03-02'), invoice('Z1', 'z', '2026-03-04'), invoice('D1', 'd', '2026-03-05')];
    const tasks = mergeTasks([], planActions(input('2026-03-16', customers, invoices))).create;
    const line = (m: ReturnType<typeof catchUp>[number]) => `${m.task.customerId} ${m.task.stepId} ${m.date} ${m.originalDate} ${m.daysLate}`;
    expect(catchUp(tasks, '2026-03-16').map(line)).toEqual([
      'b reminder 2026-03-05 2026-03-05 11',
      'z reminder 2026-03-09 2026-03-07 7',
      'd reminder 2026-03-09 2026-03-08 7',
    ]);
    // z's reminder done: its call comes 7 days after it, Monday 16 March, today's, not missed.
    const done = markDone(tasks, [taskKey('z', 'reminder', 'Z1')]);
    const after = applyMerge(done, mergeTasks(done, planActions(input('2026-03-16', customers, invoices, { tasks: done }))));
    expect(catchUp(after, '2026-03-16').map(line)).toEqual(['b reminder 2026-03-05 2026-03-05 11', 'd reminder 2026-03-09 2026-03-08 7']);
    expect(after.some((t) => t.customerId === 'z' && t.stepId === 'call' && t.date === '2026-03-16' && t.status === 'planned')).toBe(true);
  });
});
