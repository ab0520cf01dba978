/**
 * What the invoice book shows about an invoice on a given day: its status, how late it is, and its
 * lateness bucket. Pure functions of the invoice and "today", so the book, the dashboard and the
 * schedule agree.
 */
import { daysBetween, type IsoDate } from './dates';
import type { Hold, InvoiceStatus } from './model';

export interface StatusInput {
  dueDate: IsoDate;
  amountCents: number;
  openCents: number;
  hold: Hold | null;
}

/** A hold counts from its start to its end date included; no end date means until lifted. */
export function isHoldActive(hold: Hold | null, today: IsoDate): boolean {
  if (!hold) return false;
  return hold.since <= today && (hold.until === null || today <= hold.until);
}

/** Days past the due date (0 when not yet due or when paid). */
export function daysLate(invoice: Pick<StatusInput, 'dueDate' | 'openCents'>, today: IsoDate): number {
  if (invoice.openCents <= 0) return 0;
  return Math.max(0, daysBetween(invoice.dueDate, today));
}

/**
 * Priority: paid, then a dispute (litige), then any other active hold (en pause), then partly
 * paid, then late, else not yet due. Lateness is shown separately in days.
 */
export function invoiceStatus(invoice: StatusInput, today: IsoDate): InvoiceStatus {
  if (invoice.openCents <= 0) return 'paid';
  if (isHoldActive(invoice.hold, today)) return invoice.hold!.kind === 'dispute' ? 'disputed' : 'on-hold';
  if (invoice.openCents < invoice.amountCents) return 'partly-paid';
  return daysBetween(invoice.dueDate, today) > 0 ? 'late' : 'not-due';
}

export type LatenessBucket = 'not-late' | '0-30' | '31-60' | '61-90' | '90+';
export const LATENESS_BUCKETS: LatenessBucket[] = ['not-late', '0-30', '31-60', '61-90', '90+'];

export function latenessBucket(days: number): LatenessBucket {
  if (days <= 0) return 'not-late';
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}
