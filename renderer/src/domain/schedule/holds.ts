/**
 * When an invoice is not to be chased: its own hold (dispute, promise, plan, manual), an open
 * promise to pay that covers it, an active payment plan that covers it. Each becomes a span of
 * days; the scenario pauses inside a span and resumes ON its end date (the brief of the schedule:
 * "held until D" → chased again from D, the day a promise falls due unpaid).
 *
 * Note the difference with invoice-status.ts, where a hold "until D" still shows on D itself: the
 * book says "en pause" that day while the follow-up for it is already in the calendar.
 */
import { addDays, type IsoDate } from '../dates';
import type { Hold, Id, Invoice, PaymentPlan, PaymentPromise } from '../model';

export interface HoldSpan {
  kind: Hold['kind'];
  /** First day held; null: since before anything we know of. */
  from: IsoDate | null;
  /** Day chasing resumes (not held that day); null: until lifted by hand. */
  until: IsoDate | null;
}

/** Held on `date`: from ≤ date < until. */
export const spanCovers = (span: HoldSpan, date: IsoDate): boolean =>
  (span.from === null || span.from <= date) && (span.until === null || date < span.until);

/** The span covering `date`, if any (the one that ends last when several overlap). */
export function spanAt(spans: readonly HoldSpan[] | undefined, date: IsoDate): HoldSpan | undefined {
  if (spans === undefined) return undefined;
  let found: HoldSpan | undefined;
  for (const span of spans) {
    if (!spanCovers(span, date)) continue;
    if (found === undefined || span.until === null || (found.until !== null && span.until > found.until)) found = span;
  }
  return found;
}

export const isHeldOn = (spans: readonly HoldSpan[] | undefined, date: IsoDate): boolean => spanAt(spans, date) !== undefined;

/**
 * Every hold span, per invoice id; invoices never held are absent (most of them: the map stays
 * small). A plan holds its invoices until the day after its last instalment's due date (the
 * engine then lands on the next business day, the day that instalment is checked: chasing resumes
 * with the check, not on the due date itself); a plan without instalments holds them until it is
 * no longer active.
 */
export function holdSpans(
  invoices: readonly Pick<Invoice, 'id' | 'hold'>[],
  promises: readonly PaymentPromise[],
  plans: readonly PaymentPlan[],
): Map<Id, HoldSpan[]> {
  const spans = new Map<Id, HoldSpan[]>();
  const add = (invoiceId: Id, span: HoldSpan) => {
    const list = spans.get(invoiceId);
    if (list) list.push(span);
    else spans.set(invoiceId, [span]);
  };
  for (const invoice of invoices) {
    if (invoice.hold) add(invoice.id, { kind: invoice.hold.kind, from: invoice.hold.since, until: invoice.hold.until });
  }
  for (const promise of promises) {
    if (promise.status !== 'open') continue;
    // Until the promise is checked (the first business day after the promised date, when the
    // promise records it): chasing before the check would chase a promise not yet broken.
    const until = promise.checkDate ?? promise.promisedDate;
    for (const id of promise.invoiceIds) add(id, { kind: 'promise', from: null, until });
  }
  for (const plan of plans) {
    if (plan.status !== 'active') continue;
    let last: IsoDate | null = null;
    for (const instalment of plan.instalments) if (last === null || instalment.dueDate > last) last = instalment.dueDate;
    const until = last === null ? null : addDays(last, 1);
    for (const id of plan.invoiceIds) add(id, { kind: 'plan', from: null, until });
  }
  return spans;
}
