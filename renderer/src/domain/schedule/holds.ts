/**
 * When an invoice is not to be chased: its own hold (dispute, promise, plan, manual), a promise
 * to pay that covers it, a payment plan that covers it. Each becomes a span of days; the scenario
 * pauses inside a span and resumes ON its end date (the brief of the schedule: "held until D" →
 * chased again from D, the day a promise is found broken).
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

/** The day after a plan's last instalment: when a broken plan stored without its break day broke at the latest. */
function lastDueDate(plan: PaymentPlan): IsoDate | null {
  let last: IsoDate | null = null;
  for (const instalment of plan.instalments) if (last === null || instalment.dueDate > last) last = instalment.dueDate;
  return last === null ? null : addDays(last, 1);
}

/**
 * Every hold span, per invoice id; invoices never held are absent (most of them: the map stays
 * small). A promise or a plan holds its invoices without end while it runs, and until the day it
 * was decided once kept or broken.
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
    // Open: held until it is decided, which the daily review does on its check date before the
    // engine runs (agreements/follow-up.ts); meanwhile its check is the only action. Decided:
    // held until that day, so a step that fell due meanwhile resumes then, not "late" since its
    // own date.
    const until = promise.status === 'open' ? null : (promise.resolvedOn ?? promise.checkDate ?? promise.promisedDate);
    for (const id of promise.invoiceIds) add(id, { kind: 'promise', from: null, until });
  }
  for (const plan of plans) {
    // Active: held while it runs (each instalment has its own check). Broken: held until the day
    // it broke, when chasing resumes. Completed or replaced by a renegotiation: nothing to hold.
    if (plan.status === 'active') {
      for (const id of plan.invoiceIds) add(id, { kind: 'plan', from: null, until: null });
    } else if (plan.status === 'broken') {
      const until = plan.brokenOn ?? lastDueDate(plan);
      if (until !== null) for (const id of plan.invoiceIds) add(id, { kind: 'plan', from: null, until });
    }
  }
  return spans;
}
