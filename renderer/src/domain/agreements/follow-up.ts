/**
 * Following the agreements taken on calls (issue 6): each day, promises whose check date has come
 * are decided kept or broken, plans take the payments made on their invoices and are found
 * completed or broken, and the calendar gets one check task per open promise and per instalment.
 *
 * Pure: the database layer (db/agreements.ts) reads the rows, calls `reviewAgreements` and writes
 * what it returns in the same transaction as the planning run. Every change is a status moving
 * forward (open → kept/broken, active → completed/broken), never back, so a second review on the
 * same data returns nothing: a broken promise or plan resumes the scenario and logs its line once.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import { addDays, compareDates, formatDate, type IsoDate } from '../dates';
import type { Id, Interaction, Payment, PaymentPlan, PaymentPromise, Task, Timestamp } from '../model';
import { formatEuros, sumCents, type Cents } from '../money';
import { allocatePlanPayment } from '../payment-plan/tracking';
import { applyPromiseChange, reviewPromises } from '../promises/promise';

type Instalment = PaymentPlan['instalments'][number];

export const promiseTaskKey = (promiseId: Id): string => `promise:${promiseId}`;
export const instalmentTaskKey = (planId: Id, instalmentId: Id): string => `instalment:${planId}:${instalmentId}`;

/** Whether a task checks an agreement (and is therefore planned here, not by the scenario engine). */
export const isAgreementTask = (task: Pick<Task, 'action'>): boolean =>
  task.action === 'promise-check' || task.action === 'instalment-check';

/**
 * The day an instalment is checked: the first business day after its due date. A transfer made on
 * the due date is seen the next day at best; checking on the due date itself would break plans
 * that are kept.
 */
export function instalmentCheckDate(dueDate: IsoDate, calendar: BusinessCalendar): IsoDate {
  return calendar.nextBusinessDay(addDays(dueDate, 1));
}

/** The day a plan starts taking payments: the day it was agreed. */
const planStart = (plan: PaymentPlan): IsoDate => plan.createdAt.slice(0, 10);

/**
 * The plan with its instalments filled from the customer's payments on its invoices made from the
 * day it was agreed, oldest payment first (each fills the oldest instalment first). Recomputed
 * from the payments every time, so a re-import that brings a payment late, or an undone import,
 * gives the right figures; a renegotiated plan is returned as it stands.
 */
export function planWithPayments(plan: PaymentPlan, payments: readonly Payment[]): PaymentPlan {
  if (plan.status === 'renegotiated') return plan;
  const invoices = new Set(plan.invoiceIds);
  const start = planStart(plan);
  const received = payments
    .filter((p) => p.kind === 'payment' && p.customerId === plan.customerId && p.date >= start)
    .map((p) => ({ date: p.date, id: p.id, cents: sumCents(p.allocations.filter((a) => invoices.has(a.invoiceId)).map((a) => a.cents)) }))
    .filter((p) => p.cents > 0)
    .sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let current: PaymentPlan = {
    ...plan,
    status: plan.status === 'completed' ? 'active' : plan.status,
    instalments: plan.instalments.map(({ paidOn: _paidOn, ...rest }): Instalment => ({ ...rest, paidCents: 0 })),
  };
  for (const payment of received) current = allocatePlanPayment(current, payment.cents, payment.date).plan;
  return current;
}

export interface MissedOnCheck {
  position: number;
  instalment: Instalment;
  checkDate: IsoDate;
}

/** Instalments not fully paid whose check date has come, in plan order. */
export function instalmentsMissed(plan: PaymentPlan, today: IsoDate, calendar: BusinessCalendar): MissedOnCheck[] {
  const missed: MissedOnCheck[] = [];
  plan.instalments.forEach((instalment, index) => {
    if (instalment.paidCents >= instalment.amountCents) return;
    const checkDate = instalmentCheckDate(instalment.dueDate, calendar);
    if (compareDates(today, checkDate) >= 0) missed.push({ position: index + 1, instalment, checkDate });
  });
  return missed;
}

export interface AgreementReviewInput {
  today: IsoDate;
  now: Timestamp;
  promises: readonly PaymentPromise[];
  plans: readonly PaymentPlan[];
  /** The payments of the customers that have promises or plans (every kind; credits are ignored). */
  payments: readonly Payment[];
  /** Stored tasks; those that check an agreement are updated, the others are left alone. */
  tasks: readonly Task[];
  calendarFor(customerId: Id): BusinessCalendar;
  newId(): Id;
}

export interface AgreementReview {
  /** Promises whose status changed (kept or broken today). */
  promises: PaymentPromise[];
  /** Plans whose instalments or status changed. */
  plans: PaymentPlan[];
  /** One log line per promise decided, plan broken or completed. */
  interactions: Interaction[];
  createTasks: Task[];
  updateTasks: Task[];
}

const logLine = (
  input: AgreementReviewInput,
  customerId: Id,
  invoiceIds: Id[],
  summary: string,
  outcome: string,
  link: { promiseId?: Id; planId?: Id },
): Interaction => ({
  id: input.newId(),
  customerId,
  at: input.now,
  channel: 'note',
  summary,
  outcome,
  invoiceIds: [...invoiceIds],
  documentIds: [],
  corrections: [],
  ...link,
});

/** What the check task of a promise says, in French (the task's label). */
export function promiseTaskLabel(promise: Pick<PaymentPromise, 'amountCents' | 'promisedDate' | 'status'>): string {
  const what = `${formatEuros(promise.amountCents)} promis pour le ${formatDate(promise.promisedDate)}`;
  return promise.status === 'broken' ? `Promesse non tenue : ${what}` : `Vérifier le paiement : ${what}`;
}

/** What the check task of an instalment says, in French. */
export function instalmentTaskLabel(position: number, count: number, instalment: Pick<Instalment, 'amountCents' | 'dueDate'>, missed = false): string {
  const what = `échéance ${position}/${count} de ${formatEuros(instalment.amountCents)} du ${formatDate(instalment.dueDate)}`;
  return missed ? `Échéance manquée : ${what}` : `Vérifier l’${what}`;
}

interface WantedTask {
  key: string;
  customerId: Id;
  action: 'promise-check' | 'instalment-check';
  date: IsoDate;
  label: string;
  invoiceIds: Id[];
  promiseId?: Id;
  planId?: Id;
  instalmentId?: Id;
}

/**
 * Reviews every promise and plan on `today` and says what to write: statuses decided, plans'
 * payments, log lines and the check tasks. Check tasks follow their agreement: planned while it
 * is open, obsolete once there is nothing to check (promise kept, instalment paid, plan completed
 * or replaced); a broken promise's or a missed instalment's task stays planned, relabelled, so the
 * user has it in the day's list with the flag of the dashboard.
 */
export function reviewAgreements(input: AgreementReviewInput): AgreementReview {
  const { today } = input;
  const interactions: Interaction[] = [];

  // Promises: decided from their check date on, exactly once.
  const byCustomer = new Map<Id, PaymentPromise[]>();
  for (const promise of input.promises) {
    const list = byCustomer.get(promise.customerId);
    if (list) list.push(promise);
    else byCustomer.set(promise.customerId, [promise]);
  }
  const changedPromises: PaymentPromise[] = [];
  const promisesNow = new Map<Id, PaymentPromise>(input.promises.map((p) => [p.id, p]));
  for (const [customerId, promises] of byCustomer) {
    const changes = reviewPromises(promises, input.payments, today, input.calendarFor(customerId));
    for (const change of changes) {
      const before = promisesNow.get(change.promiseId);
      if (before === undefined) continue;
      const after = applyPromiseChange(before, change);
      promisesNow.set(after.id, after);
      changedPromises.push(after);
      interactions.push(
        logLine(input, customerId, after.invoiceIds, change.message, change.to === 'kept' ? 'promise-kept' : 'promise-broken', {
          promiseId: after.id,
        }),
      );
    }
  }

  // Plans: payments in, then completed or broken (never back to active).
  const changedPlans: PaymentPlan[] = [];
  const plansNow: PaymentPlan[] = [];
  for (const plan of input.plans) {
    if (plan.status === 'renegotiated' || plan.status === 'completed') {
      plansNow.push(plan);
      continue;
    }
    const calendar = input.calendarFor(plan.customerId);
    let next = planWithPayments(plan, input.payments);
    const total = sumCents(next.instalments.map((i) => i.amountCents));
    if (next.status === 'completed') {
      interactions.push(
        logLine(input, plan.customerId, plan.invoiceIds, `Échéancier soldé : ${formatEuros(total)} reçus en ${next.instalments.length} échéance${next.instalments.length > 1 ? 's' : ''}.`, 'plan-completed', {
          planId: plan.id,
        }),
      );
    } else if (plan.status === 'active') {
      const missed = instalmentsMissed(next, today, calendar);
      const first = missed[0];
      if (first !== undefined) {
        next = { ...next, status: 'broken', brokenOn: today };
        const missing: Cents = first.instalment.amountCents - first.instalment.paidCents;
        interactions.push(
          logLine(
            input,
            plan.customerId,
            plan.invoiceIds,
            `Échéance ${first.position}/${next.instalments.length} du ${formatDate(first.instalment.dueDate)} non payée (${formatEuros(missing)} manquants) : l’échéancier est rompu, les relances reprennent.`,
            'instalment-missed',
            { planId: plan.id },
          ),
        );
      }
    }
    if (JSON.stringify(next) !== JSON.stringify(plan)) changedPlans.push(next);
    plansNow.push(next);
  }

  // The check tasks wanted now.
  const wanted = new Map<string, WantedTask>();
  for (const promise of promisesNow.values()) {
    if (promise.status === 'kept') continue;
    const calendar = input.calendarFor(promise.customerId);
    const date = promise.checkDate ?? calendar.nextBusinessDay(addDays(promise.promisedDate, 1));
    const key = promiseTaskKey(promise.id);
    wanted.set(key, {
      key,
      customerId: promise.customerId,
      action: 'promise-check',
      date,
      label: promiseTaskLabel(promise),
      invoiceIds: [...promise.invoiceIds],
      promiseId: promise.id,
    });
  }
  for (const plan of plansNow) {
    if (plan.status !== 'active' && plan.status !== 'broken') continue;
    const calendar = input.calendarFor(plan.customerId);
    const missed = new Set(plan.status === 'broken' ? instalmentsMissed(plan, today, calendar).map((m) => m.instalment.id) : []);
    plan.instalments.forEach((instalment, index) => {
      if (instalment.paidCents >= instalment.amountCents) return;
      // A broken plan is no longer followed instalment by instalment: only what was missed stays.
      if (plan.status === 'broken' && !missed.has(instalment.id)) return;
      const key = instalmentTaskKey(plan.id, instalment.id);
      wanted.set(key, {
        key,
        customerId: plan.customerId,
        action: 'instalment-check',
        date: instalmentCheckDate(instalment.dueDate, calendar),
        label: instalmentTaskLabel(index + 1, plan.instalments.length, instalment, missed.has(instalment.id)),
        invoiceIds: [...plan.invoiceIds],
        planId: plan.id,
        instalmentId: instalment.id,
      });
    });
  }

  const createTasks: Task[] = [];
  const updateTasks: Task[] = [];
  const existing = new Map<string, Task>();
  for (const task of input.tasks) if (isAgreementTask(task)) existing.set(task.key, task);
  for (const want of wanted.values()) {
    const task = existing.get(want.key);
    if (task === undefined) {
      createTasks.push({
        id: input.newId(),
        key: want.key,
        customerId: want.customerId,
        action: want.action,
        label: want.label,
        date: want.date,
        originalDate: want.date,
        status: 'planned',
        invoiceIds: want.invoiceIds,
        ...(want.promiseId ? { promiseId: want.promiseId } : {}),
        ...(want.planId ? { planId: want.planId } : {}),
        ...(want.instalmentId ? { instalmentId: want.instalmentId } : {}),
      });
      continue;
    }
    if (task.status === 'done' || task.status === 'skipped') continue;
    const date = task.movedByUser && task.status === 'planned' ? task.date : want.date;
    if (task.status !== 'planned' || task.label !== want.label || task.date !== date) {
      updateTasks.push({ ...task, status: 'planned', label: want.label, date, originalDate: want.date });
    }
  }
  for (const task of existing.values()) {
    if (task.status === 'planned' && !wanted.has(task.key)) updateTasks.push({ ...task, status: 'obsolete' });
  }

  return { promises: changedPromises, plans: changedPlans, interactions, createTasks, updateTasks };
}
