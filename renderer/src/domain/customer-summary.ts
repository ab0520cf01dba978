/**
 * What each customer owes today, summed from its invoices and credits: the figures of the
 * customers list and of the top of a customer page. One pass over the invoices and one over the
 * payments, so 1 500 customers and 60 000 invoices are summarised in a few milliseconds.
 *
 * Definitions (the same as the invoice book's, so the two screens agree):
 * - open: an invoice with openCents > 0 (what is owed now, Relance payments included);
 * - late: an open invoice past its due date (daysLate > 0), on hold or not: a dispute does not
 *   make a debt younger, it only stops the chasing;
 * - balance: open amounts less the credits not allocated to any invoice (an overpayment, a
 *   credit note left aside, an imported credit not lettered). It is the final balance of the
 *   statement of account (customer-statement.ts).
 */
import type { IsoDate } from './dates';
import { daysLate, invoiceStatus } from './invoice-status';
import type { Invoice, Payment } from './model';

export interface CustomerSummary {
  customerId: string;
  openInvoices: number;
  openCents: number;
  lateInvoices: number;
  lateCents: number;
  /** Days late of the oldest unpaid invoice past due (0 when nothing is late). */
  oldestDaysLate: number;
  /** Open invoices under an active dispute (status "Litige"). */
  disputedInvoices: number;
  /** Credits waiting to be allocated, in the customer's favour. */
  unallocatedCreditCents: number;
  /** openCents − unallocatedCreditCents; negative when the customer is in credit. */
  balanceCents: number;
}

export function emptySummary(customerId: string): CustomerSummary {
  return {
    customerId,
    openInvoices: 0,
    openCents: 0,
    lateInvoices: 0,
    lateCents: 0,
    oldestDaysLate: 0,
    disputedInvoices: 0,
    unallocatedCreditCents: 0,
    balanceCents: 0,
  };
}

/** One summary per customer met in the invoices or payments (others: use emptySummary). */
export function summariseCustomers(
  invoices: readonly Invoice[],
  payments: readonly Payment[],
  today: IsoDate,
): Map<string, CustomerSummary> {
  const summaries = new Map<string, CustomerSummary>();
  const of = (customerId: string) => {
    let summary = summaries.get(customerId);
    if (!summary) {
      summary = emptySummary(customerId);
      summaries.set(customerId, summary);
    }
    return summary;
  };
  for (const invoice of invoices) {
    const summary = of(invoice.customerId);
    if (invoice.openCents <= 0) continue;
    summary.openInvoices += 1;
    summary.openCents += invoice.openCents;
    const late = daysLate(invoice, today);
    if (late > 0) {
      summary.lateInvoices += 1;
      summary.lateCents += invoice.openCents;
      if (late > summary.oldestDaysLate) summary.oldestDaysLate = late;
    }
    if (invoiceStatus(invoice, today) === 'disputed') summary.disputedInvoices += 1;
  }
  for (const payment of payments) {
    if (payment.unallocatedCents !== 0) of(payment.customerId).unallocatedCreditCents += payment.unallocatedCents;
  }
  for (const summary of summaries.values()) summary.balanceCents = summary.openCents - summary.unallocatedCreditCents;
  return summaries;
}

/** The figures of one customer (its rows only are read). */
export function summariseCustomer(
  customerId: string,
  invoices: readonly Invoice[],
  payments: readonly Payment[],
  today: IsoDate,
): CustomerSummary {
  return (
    summariseCustomers(
      invoices.filter((i) => i.customerId === customerId),
      payments.filter((p) => p.customerId === customerId),
      today,
    ).get(customerId) ?? emptySummary(customerId)
  );
}
