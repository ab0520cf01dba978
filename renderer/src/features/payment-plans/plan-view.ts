/**
 * How the "Plans et promesses" tab shows a plan: its figures from the payments received so far,
 * the status to display and the state of each instalment.
 */
import { instalmentsMissed, planWithPayments } from '../../domain/agreements/follow-up';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import { compareDates, type IsoDate } from '../../domain/dates';
import type { Payment, PaymentPlan, PaymentPromise } from '../../domain/model';
import type { Cents } from '../../domain/money';
import { planPaidCents, planRemainingCents, planTotalCents } from '../../domain/payment-plan';
import { promiseCheckDate } from '../../domain/promises';

export type InstalmentState = 'paid' | 'upcoming' | 'missed' | 'replaced';

export interface PlanView {
  /** The plan with its instalments filled from the payments (the stored one once completed or renegotiated). */
  plan: PaymentPlan;
  /** The stored status, or 'completed' as soon as the payments cover every instalment. */
  status: PaymentPlan['status'];
  totalCents: Cents;
  paidCents: Cents;
  remainingCents: Cents;
  states: InstalmentState[];
  /** The plan can be printed and renegotiated. */
  open: boolean;
}

/** Missed from its check date on (the first business day after the due date), as the review decides. */
function missedPositions(plan: PaymentPlan, today: IsoDate, calendar: BusinessCalendar): Set<number> {
  try {
    return new Set(instalmentsMissed(plan, today, calendar).map((m) => m.position));
  } catch {
    // A calendar without any business day: fall back on the due date itself.
    return new Set(plan.instalments.flatMap((i, index) => (i.paidCents < i.amountCents && compareDates(i.dueDate, today) < 0 ? [index + 1] : [])));
  }
}

export function planView(stored: PaymentPlan, payments: readonly Payment[], today: IsoDate, calendar: BusinessCalendar): PlanView {
  // Only a plan still followed takes the payments; a completed or replaced one is shown as it was closed.
  const followed = stored.status === 'active' || stored.status === 'broken';
  const plan = followed ? planWithPayments(stored, payments) : stored;
  const status = followed && plan.status === 'completed' ? 'completed' : stored.status;
  const missed = status === 'renegotiated' ? new Set<number>() : missedPositions(plan, today, calendar);
  const states = plan.instalments.map((i, index): InstalmentState => {
    if (i.paidCents >= i.amountCents) return 'paid';
    if (status === 'renegotiated') return 'replaced';
    return missed.has(index + 1) ? 'missed' : 'upcoming';
  });
  return {
    plan,
    status,
    totalCents: planTotalCents(plan),
    paidCents: planPaidCents(plan),
    remainingCents: planRemainingCents(plan),
    states,
    open: status === 'active' || status === 'broken',
  };
}

/** The day an open promise is checked: stored with it, else worked out the same way. */
export function promiseCheckDay(promise: PaymentPromise, calendar: BusinessCalendar): IsoDate {
  if (promise.checkDate) return promise.checkDate;
  try {
    return promiseCheckDate(promise.promisedDate, calendar);
  } catch {
    return promise.promisedDate;
  }
}
