/**
 * Promises to pay (issue 6): validating one taken on a call, the day it is checked, and whether it
 * was kept or broken. An open promise holds its invoices (schedule/holds.ts); once marked kept or
 * broken it never changes again, so a broken promise resumes the follow-up scenario exactly once.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import { addDays, compareDates, formatDate, isValidIsoDate, type IsoDate } from '../dates';
import type { Payment, PaymentPromise } from '../model';
import { formatEuros, isCents, type Cents } from '../money';
import { promiseMessage, type PromiseError, type PromiseOutcomeCode } from './messages';

export interface PromiseInput {
  promisedDate: IsoDate;
  amountCents: Cents;
  /** What remains due on the invoices the promise covers. */
  openCents: Cents;
  today: IsoDate;
}

function requireCents(value: Cents, name: string): void {
  if (!isCents(value)) throw new RangeError(`${name} must be an integer number of cents, got ${String(value)}`);
}

/**
 * Every error of a promise being taken, in field order; empty when it may be saved. Today is an
 * accepted date ("je paie aujourd'hui"); a weekend or holiday too (the check moves, not the promise).
 */
export function validatePromise(input: PromiseInput): PromiseError[] {
  requireCents(input.amountCents, 'amountCents');
  requireCents(input.openCents, 'openCents');
  if (!isValidIsoDate(input.today)) throw new RangeError(`today is not a valid date: ${input.today}`);
  const errors: PromiseError[] = [];
  if (!isValidIsoDate(input.promisedDate)) {
    errors.push({ code: 'invalidDate', field: 'promisedDate' });
  } else if (compareDates(input.promisedDate, input.today) < 0) {
    errors.push({
      code: 'dateInPast',
      field: 'promisedDate',
      params: { date: formatDate(input.promisedDate), today: formatDate(input.today) },
    });
  }
  if (input.openCents <= 0) {
    errors.push({ code: 'nothingOpen', field: 'amount' });
  } else if (input.amountCents <= 0) {
    errors.push({ code: 'amountNotPositive', field: 'amount' });
  } else if (input.amountCents > input.openCents) {
    errors.push({
      code: 'amountOverOpen',
      field: 'amount',
      params: { amount: formatEuros(input.amountCents), open: formatEuros(input.openCents) },
    });
  }
  return errors;
}

/** The first business day strictly after the promised date: the day the payment is checked. */
export function promiseCheckDate(promisedDate: IsoDate, calendar: BusinessCalendar): IsoDate {
  return calendar.nextBusinessDay(addDays(promisedDate, 1));
}

/**
 * Cents received towards a promise by `until`: allocations to its invoices of the customer's
 * payments dated from `madeOn` (when known) to `until`, both included. Credit notes are not
 * payments and do not keep a promise.
 */
export function promisePaidCents(promise: PaymentPromise, payments: readonly Payment[], until: IsoDate): Cents {
  const invoices = new Set(promise.invoiceIds);
  let total = 0;
  for (const payment of payments) {
    if (payment.kind !== 'payment' || payment.customerId !== promise.customerId) continue;
    if (compareDates(payment.date, until) > 0) continue;
    if (promise.madeOn !== undefined && compareDates(payment.date, promise.madeOn) < 0) continue;
    for (const allocation of payment.allocations) {
      if (invoices.has(allocation.invoiceId)) total += allocation.cents;
    }
  }
  return total;
}

export interface PromiseReview {
  status: PaymentPromise['status'];
  checkDate: IsoDate;
  /** Received towards the promise by the check date (by today while still open). */
  paidCents: Cents;
  /** Promised minus received, never below zero. */
  shortCents: Cents;
  /** Set when the status is kept or broken: the day it was decided, the check date. */
  on?: IsoDate;
  /** Set when the status is kept or broken: why. */
  reason?: PromiseOutcomeCode;
}

/**
 * The status of a promise on `today`. Open until the check date; from the check date, kept when
 * the payments allocated to its invoices dated on or before the check date reach the promised
 * amount, broken otherwise (a partial payment breaks it, `reason` 'brokenPartial'). Reviewing late
 * gives the same answer as reviewing on the day: the decision only looks at payments up to the
 * check date. A promise already kept or broken is returned as it stands, never re-decided.
 */
export function reviewPromise(
  promise: PaymentPromise,
  payments: readonly Payment[],
  today: IsoDate,
  calendar: BusinessCalendar,
): PromiseReview {
  const checkDate = promise.checkDate ?? promiseCheckDate(promise.promisedDate, calendar);
  if (promise.status !== 'open') {
    const paidCents = promise.paidCents ?? promisePaidCents(promise, payments, checkDate);
    const shortCents = Math.max(0, promise.amountCents - paidCents);
    const reason: PromiseOutcomeCode = promise.status === 'kept' ? 'kept' : paidCents > 0 ? 'brokenPartial' : 'brokenUnpaid';
    return { status: promise.status, checkDate, paidCents, shortCents, on: promise.resolvedOn ?? checkDate, reason };
  }
  if (compareDates(today, checkDate) < 0) {
    const paidCents = promisePaidCents(promise, payments, today);
    return { status: 'open', checkDate, paidCents, shortCents: Math.max(0, promise.amountCents - paidCents) };
  }
  const paidCents = promisePaidCents(promise, payments, checkDate);
  const shortCents = Math.max(0, promise.amountCents - paidCents);
  if (shortCents === 0) return { status: 'kept', checkDate, paidCents, shortCents, on: checkDate, reason: 'kept' };
  return {
    status: 'broken',
    checkDate,
    paidCents,
    shortCents,
    on: checkDate,
    reason: paidCents > 0 ? 'brokenPartial' : 'brokenUnpaid',
  };
}

/** A status change to apply to a stored promise. */
export interface PromiseStatusChange {
  promiseId: PaymentPromise['id'];
  customerId: PaymentPromise['customerId'];
  from: 'open';
  to: 'kept' | 'broken';
  /** The check date: the day the promise was kept or broken. */
  on: IsoDate;
  paidCents: Cents;
  shortCents: Cents;
  reason: PromiseOutcomeCode;
  /** The sentence for the dashboard and the interaction log, in French. */
  message: string;
}

/**
 * The changes to apply on `today`: one per open promise whose check date has come. Promises
 * already kept or broken are never in it, so applying the changes and reviewing again gives an
 * empty list (the scenario resumes exactly once per broken promise).
 */
export function reviewPromises(
  promises: readonly PaymentPromise[],
  payments: readonly Payment[],
  today: IsoDate,
  calendar: BusinessCalendar,
): PromiseStatusChange[] {
  const changes: PromiseStatusChange[] = [];
  for (const promise of promises) {
    if (promise.status !== 'open') continue;
    const review = reviewPromise(promise, payments, today, calendar);
    if (review.status === 'open' || review.on === undefined || review.reason === undefined) continue;
    changes.push({
      promiseId: promise.id,
      customerId: promise.customerId,
      from: 'open',
      to: review.status,
      on: review.on,
      paidCents: review.paidCents,
      shortCents: review.shortCents,
      reason: review.reason,
      message: promiseMessage(review.reason, {
        paid: formatEuros(review.paidCents),
        amount: formatEuros(promise.amountCents),
        short: formatEuros(review.shortCents),
        checkDate: formatDate(review.checkDate),
        promisedDate: formatDate(promise.promisedDate),
      }),
    });
  }
  return changes;
}

/**
 * The promise with a change applied. A change for another promise, or a promise no longer open,
 * leaves it as it is (so applying the same change twice is harmless).
 */
export function applyPromiseChange(promise: PaymentPromise, change: PromiseStatusChange): PaymentPromise {
  if (promise.id !== change.promiseId || promise.status !== 'open') return promise;
  return { ...promise, status: change.to, resolvedOn: change.on, paidCents: change.paidCents };
}

/** Every promise with the changes that concern it applied. */
export function applyPromiseChanges(
  promises: readonly PaymentPromise[],
  changes: readonly PromiseStatusChange[],
): PaymentPromise[] {
  const byId = new Map(changes.map((change) => [change.promiseId, change]));
  return promises.map((promise) => {
    const change = byId.get(promise.id);
    return change === undefined ? promise : applyPromiseChange(promise, change);
  });
}
