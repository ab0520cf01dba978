/**
 * The dashboard's figures and alerts (issue 6), pure: the overdue total, the aged balance, the
 * top debtors, the broken promises and plans to deal with, and the promises to check this week.
 *
 * The figures take the whole book in ONE pass (60 000 invoices in a few milliseconds), with the
 * definitions of the customers list and the invoice book so the three screens agree:
 * - open: openCents > 0;
 * - late (overdue): open and past its due date (daysLate > 0), on hold or not: a dispute does not
 *   make a debt younger, it only stops the chasing (the held part is given apart);
 * - aged balance: each open invoice in one bucket by days late (not due, 1–30, 31–60, 61–90, > 90).
 *
 * No DSO here: it needs the turnover of a period, which Relance does not hold yet (an import brings
 * the open items, not the sales ledger).
 */
import { addDays, compareDates, daysBetween, type IsoDate } from './dates';
import { daysLate, isHoldActive, latenessBucket, type LatenessBucket } from './invoice-status';
import type { Id, Invoice, PaymentPlan, PaymentPromise } from './model';
import type { Cents } from './money';

export type AgedBucketKey = 'not-due' | '1-30' | '31-60' | '61-90' | '90+';
export const AGED_BUCKETS: readonly AgedBucketKey[] = ['not-due', '1-30', '31-60', '61-90', '90+'];

const BUCKET_OF: Record<LatenessBucket, AgedBucketKey> = {
  'not-late': 'not-due',
  '0-30': '1-30',
  '31-60': '31-60',
  '61-90': '61-90',
  '90+': '90+',
};

export interface AgedBucket {
  key: AgedBucketKey;
  cents: Cents;
  invoices: number;
}

export interface Debtor {
  customerId: Id;
  /** Open amount past its due date. */
  lateCents: Cents;
  lateInvoices: number;
  /** Days late of its oldest unpaid invoice. */
  oldestDaysLate: number;
}

export interface DashboardFigures {
  openCents: Cents;
  openInvoices: number;
  overdueCents: Cents;
  overdueInvoices: number;
  /** Of the overdue total, what is under an active hold (dispute, promise, plan, manual pause). */
  overdueHeldCents: Cents;
  /** The five buckets, always all of them, in AGED_BUCKETS order; their sum is openCents. */
  buckets: AgedBucket[];
  /** The customers owing the most overdue, largest first (ties: the oldest debt first). */
  topDebtors: Debtor[];
  /** How many customers have something overdue. */
  debtors: number;
}

export type FigureInvoice = Pick<Invoice, 'customerId' | 'dueDate' | 'openCents' | 'hold'>;

/** The dashboard's figures on `today`, in one pass over the invoices. */
export function dashboardFigures(invoices: readonly FigureInvoice[], today: IsoDate, topCount = 5): DashboardFigures {
  const buckets = new Map<AgedBucketKey, AgedBucket>(AGED_BUCKETS.map((key) => [key, { key, cents: 0, invoices: 0 }]));
  const debtors = new Map<Id, Debtor>();
  let openCents = 0;
  let openInvoices = 0;
  let overdueCents = 0;
  let overdueInvoices = 0;
  let overdueHeldCents = 0;
  for (const invoice of invoices) {
    if (invoice.openCents <= 0) continue;
    openCents += invoice.openCents;
    openInvoices += 1;
    // ISO dates compare as text: an invoice not yet due needs no day arithmetic.
    const late = invoice.dueDate >= today ? 0 : daysLate(invoice, today);
    const bucket = buckets.get(BUCKET_OF[latenessBucket(late)])!;
    bucket.cents += invoice.openCents;
    bucket.invoices += 1;
    if (late <= 0) continue;
    overdueCents += invoice.openCents;
    overdueInvoices += 1;
    if (isHoldActive(invoice.hold, today)) overdueHeldCents += invoice.openCents;
    const debtor = debtors.get(invoice.customerId);
    if (debtor === undefined) {
      debtors.set(invoice.customerId, { customerId: invoice.customerId, lateCents: invoice.openCents, lateInvoices: 1, oldestDaysLate: late });
    } else {
      debtor.lateCents += invoice.openCents;
      debtor.lateInvoices += 1;
      if (late > debtor.oldestDaysLate) debtor.oldestDaysLate = late;
    }
  }
  const topDebtors = [...debtors.values()]
    .sort(
      (a, b) =>
        b.lateCents - a.lateCents ||
        b.oldestDaysLate - a.oldestDaysLate ||
        (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
    )
    .slice(0, topCount);
  return {
    openCents,
    openInvoices,
    overdueCents,
    overdueInvoices,
    overdueHeldCents,
    buckets: AGED_BUCKETS.map((key) => buckets.get(key)!),
    topDebtors,
    debtors: debtors.size,
  };
}

// ---------------------------------------------------------------------------------------------
// Alerts: broken promises and plans whose flag the user has not dismissed

export interface PromiseAlert {
  kind: 'promise';
  promiseId: Id;
  customerId: Id;
  /** The day it was found broken (its check date). */
  since: IsoDate;
  amountCents: Cents;
  promisedDate: IsoDate;
  /** Received towards it by the check date (a partial payment still breaks it). */
  paidCents: Cents;
  shortCents: Cents;
}

export interface PlanAlert {
  kind: 'plan';
  planId: Id;
  customerId: Id;
  /** The day an instalment was found missed. */
  since: IsoDate;
  /** The first instalment missed: its place in the plan (from 1), of `count`. */
  position: number;
  count: number;
  dueDate: IsoDate;
  amountCents: Cents;
  missingCents: Cents;
}

export type AgreementAlert = PromiseAlert | PlanAlert;

/** What to say about a broken promise. */
export function promiseAlert(promise: PaymentPromise, today: IsoDate): PromiseAlert {
  const paidCents = promise.paidCents ?? 0;
  return {
    kind: 'promise',
    promiseId: promise.id,
    customerId: promise.customerId,
    since: promise.resolvedOn ?? promise.checkDate ?? today,
    amountCents: promise.amountCents,
    promisedDate: promise.promisedDate,
    paidCents,
    shortCents: Math.max(0, promise.amountCents - paidCents),
  };
}

/**
 * What to say about a broken plan: the first instalment that was due before the day it broke and
 * is not fully paid (the one the review found missed); failing that, the first one not paid.
 */
export function planAlert(plan: PaymentPlan, today: IsoDate): PlanAlert {
  const since = plan.brokenOn ?? today;
  const unpaid = plan.instalments.map((instalment, index) => ({ instalment, index })).filter(({ instalment }) => instalment.paidCents < instalment.amountCents);
  const missed = unpaid.find(({ instalment }) => compareDates(instalment.dueDate, since) < 0) ?? unpaid[0];
  const instalment = missed?.instalment;
  return {
    kind: 'plan',
    planId: plan.id,
    customerId: plan.customerId,
    since,
    position: missed ? missed.index + 1 : 0,
    count: plan.instalments.length,
    dueDate: instalment?.dueDate ?? since,
    amountCents: instalment?.amountCents ?? 0,
    missingCents: instalment ? instalment.amountCents - instalment.paidCents : 0,
  };
}

/** The alerts of the broken promises and plans given, the oldest first (waiting the longest). */
export function agreementAlertList(promises: readonly PaymentPromise[], plans: readonly PaymentPlan[], today: IsoDate): AgreementAlert[] {
  const alerts: AgreementAlert[] = [...promises.map((p) => promiseAlert(p, today)), ...plans.map((p) => planAlert(p, today))];
  const idOf = (alert: AgreementAlert) => (alert.kind === 'promise' ? alert.promiseId : alert.planId);
  return alerts.sort((a, b) => compareDates(a.since, b.since) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Promises to check soon

export interface PromiseDue {
  promise: PaymentPromise;
  /** The day the payment is checked. */
  checkDate: IsoDate;
  /** Days from today to the check (0: today; negative: the check is overdue, planning not run yet). */
  inDays: number;
}

/** Days ahead the dashboard looks for promises to check. */
export const PROMISES_AHEAD_DAYS = 7;

/**
 * Open promises whose check falls today or within the next `ahead` days (or has passed without the
 * planning having decided them yet), the soonest first. A promise stored without its check date is
 * checked the day after the promised date.
 */
export function promisesDue(promises: readonly PaymentPromise[], today: IsoDate, ahead = PROMISES_AHEAD_DAYS): PromiseDue[] {
  const until = addDays(today, ahead);
  return promises
    .filter((promise) => promise.status === 'open')
    .map((promise) => {
      const checkDate = promise.checkDate ?? addDays(promise.promisedDate, 1);
      return { promise, checkDate, inDays: daysBetween(today, checkDate) };
    })
    .filter((due) => compareDates(due.checkDate, until) <= 0)
    .sort((a, b) => compareDates(a.checkDate, b.checkDate) || (a.promise.id < b.promise.id ? -1 : a.promise.id > b.promise.id ? 1 : 0));
}
