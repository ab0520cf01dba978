/**
 * Disputing an invoice (PRODUCT.md, step 1: "a disputed invoice is put on hold with a reason, not
 * chased"): a hold { kind: 'dispute', reason, since, until: null } that lasts until lifted. The
 * invoice then shows "Litige" in the invoice book and the customer page, and is skipped by the
 * default allocation of payments. Any other hold (a promise, a plan) is replaced: a dispute
 * suspends everything else.
 */
import type { FieldError } from './company-profile';
import { parseDate, type IsoDate } from './dates';
import type { Hold, Invoice } from './model';
import { dateErrorCode } from './customer-invoice-entry';

export interface DisputeDraft {
  reason: string;
  /** The day the customer raised it, as typed (JJ/MM/AAAA). */
  since: string;
}

export type DisputeErrors = Partial<Record<keyof DisputeDraft, FieldError>>;

export function readDisputeDraft(draft: DisputeDraft, today: IsoDate): { ok: true; hold: Hold } | { ok: false; errors: DisputeErrors } {
  const errors: DisputeErrors = {};
  const reason = draft.reason.trim();
  if (reason === '') errors.reason = { code: 'disputeReasonRequired' };
  else if (reason.length > 500) errors.reason = { code: 'tooLong', params: { max: 500 } };
  const since = parseDate(draft.since);
  if (!since.ok) errors.since = { code: dateErrorCode(since.error) };
  else if (since.value > today) errors.since = { code: 'dateFuture' };
  if (Object.keys(errors).length > 0 || !since.ok) return { ok: false, errors };
  return { ok: true, hold: { kind: 'dispute', reason, since: since.value, until: null } };
}

/** A paid invoice cannot be disputed any more (nothing is chased on it). */
export function disputeInvoice(invoice: Invoice, hold: Hold, now: string): { ok: true; invoice: Invoice } | { ok: false; error: 'paid' } {
  if (invoice.openCents <= 0) return { ok: false, error: 'paid' };
  return { ok: true, invoice: { ...invoice, hold, updatedAt: now } };
}

/** Lifting a dispute resumes the chasing (same as lifting any hold in the invoice book). */
export function liftDispute(invoice: Invoice, now: string): Invoice {
  return { ...invoice, hold: null, updatedAt: now };
}
