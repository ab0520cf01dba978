/**
 * Following a plan once agreed: payments fill the instalments, a late instalment breaks the plan.
 */
import type { IsoDate } from '../dates';
import { daysBetween, isValidIsoDate } from '../dates';
import type { Id, PaymentPlan } from '../model';
import type { Cents } from '../money';
import { isCents, sumCents } from '../money';

type Instalment = PaymentPlan['instalments'][number];

export function planTotalCents(plan: PaymentPlan): Cents {
  return sumCents(plan.instalments.map((i) => i.amountCents));
}

export function planPaidCents(plan: PaymentPlan): Cents {
  return sumCents(plan.instalments.map((i) => i.paidCents));
}

/** What is left to pay: Σ (amount − paid), never negative per instalment. */
export function planRemainingCents(plan: PaymentPlan): Cents {
  return sumCents(plan.instalments.map((i) => Math.max(0, i.amountCents - i.paidCents)));
}

function isPaid(i: Instalment): boolean {
  return i.paidCents >= i.amountCents;
}

export interface PlanAllocation {
  plan: PaymentPlan;
  /** What went to each instalment, oldest first (instalments that got nothing are left out). */
  allocations: { instalmentId: Id; cents: Cents }[];
  /** The part of the payment the plan could not take (it is fully paid, or renegotiated). */
  surplusCents: Cents;
}

/**
 * Allocates a payment of `cents` received on `date` to the instalments in due-date order, each
 * filled up before the next (a partial fill is fine). An instalment that becomes fully paid gets
 * `paidOn = date`. What no instalment can take is returned as `surplusCents` (allocated + surplus
 * = payment, always). A plan with every instalment paid comes back 'completed'; any other status
 * is kept (planStatus tells whether a broken plan has caught up). A renegotiated plan takes
 * nothing: the payment belongs to the plan that replaced it, so all of it is surplus.
 * Throws RangeError on a payment that is not a positive safe integer of cents or an invalid date.
 */
export function allocatePlanPayment(plan: PaymentPlan, cents: Cents, date: IsoDate): PlanAllocation {
  if (!isCents(cents) || cents <= 0) throw new RangeError(`Not a positive amount in cents: ${cents}`);
  if (!isValidIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  if (plan.status === 'renegotiated') return { plan, allocations: [], surplusCents: cents };

  // Oldest first; the index breaks ties so two instalments on one day keep their order.
  const order = plan.instalments
    .map((instalment, index) => ({ instalment, index }))
    .sort((a, b) => (a.instalment.dueDate < b.instalment.dueDate ? -1 : a.instalment.dueDate > b.instalment.dueDate ? 1 : a.index - b.index));
  const instalments = plan.instalments.map((i) => ({ ...i }));
  const allocations: { instalmentId: Id; cents: Cents }[] = [];
  let left = cents;
  for (const { index } of order) {
    if (left === 0) break;
    const target = instalments[index];
    if (target === undefined) continue;
    const due = Math.max(0, target.amountCents - target.paidCents);
    if (due === 0) continue;
    const take = Math.min(due, left);
    target.paidCents += take;
    if (target.paidCents >= target.amountCents) target.paidOn = date;
    left -= take;
    allocations.push({ instalmentId: target.id, cents: take });
  }
  const allPaid = instalments.every(isPaid);
  const status: PaymentPlan['status'] = allPaid ? 'completed' : plan.status;
  return { plan: { ...plan, instalments, status }, allocations, surplusCents: left };
}

export interface MissedInstalment {
  instalmentId: Id;
  /** Position in the plan, from 1. */
  position: number;
  dueDate: IsoDate;
  amountCents: Cents;
  missingCents: Cents;
  /** Calendar days since the due date (at least 1). */
  daysLate: number;
}

/**
 * Instalments not fully paid whose due date is more than `graceDays` calendar days before `today`
 * (on the due date itself, and during the grace, an instalment is not missed yet). Plan order.
 */
export function missedInstalments(plan: PaymentPlan, today: IsoDate, graceDays = 0): MissedInstalment[] {
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new RangeError(`Not a grace in days: ${graceDays}`);
  const missed: MissedInstalment[] = [];
  plan.instalments.forEach((i, index) => {
    const daysLate = daysBetween(i.dueDate, today);
    if (!isPaid(i) && daysLate > graceDays) {
      missed.push({
        instalmentId: i.id,
        position: index + 1,
        dueDate: i.dueDate,
        amountCents: i.amountCents,
        missingCents: i.amountCents - i.paidCents,
        daysLate,
      });
    }
  });
  return missed;
}

/**
 * The status a plan has on `today`: 'completed' when every instalment is fully paid, 'broken' when
 * one is missed (see missedInstalments, with `graceDays`), else 'active'. A renegotiated plan
 * stays 'renegotiated' (it was replaced; its own instalments are no longer chased).
 */
export function planStatus(plan: PaymentPlan, today: IsoDate, graceDays = 0): PaymentPlan['status'] {
  if (plan.status === 'renegotiated') return 'renegotiated';
  if (plan.instalments.every(isPaid)) return 'completed';
  return missedInstalments(plan, today, graceDays).length > 0 ? 'broken' : 'active';
}
