/**
 * From the stored data (Invoice, Payment with allocations, Customer) to penalty figures: one
 * invoice's penalty input, and the penalties of several invoices for one letter.
 */
import type { IsoDate } from '../dates';
import type { Customer, Id, Invoice, Payment, RateRow } from '../model';
import type { Cents } from '../money';
import {
  computePenalties,
  type DatedPayment,
  type PenaltyErrorCode,
  type PenaltyIssue,
  type PenaltyResult,
  type PenaltyWarningCode,
} from './compute';

/** What computePenalties needs to know about one invoice (the caller adds until, rates, notice…). */
export interface InvoicePenaltyFacts {
  invoiceId: Id;
  /** The invoice amount less the credit notes allocated to it: a credit note is not a payment. */
  amountCents: Cents;
  dueDate: IsoDate;
  payments: DatedPayment[];
  debtor: Customer['kind'];
  warnings: PenaltyIssue<PenaltyWarningCode>[];
}

/**
 * Maps an invoice and its customer's payments to a penalty input:
 * - payments allocated to this invoice are dated payments (their date is the payment's date);
 * - credit notes allocated to it lower the amount from the start (the invoice was overstated,
 *   nothing was late on that part);
 * - money the accounting shows as paid (amount − open) beyond those allocations has no known
 *   date: it is treated as paid on the due date, so it bears no interest (never claim interest
 *   we cannot justify), with an `undated-payment` warning.
 */
export function penaltyInputsForInvoice(invoice: Invoice, payments: readonly Payment[], customer: Customer): InvoicePenaltyFacts {
  if (invoice.customerId !== customer.id) {
    throw new RangeError(`Invoice ${invoice.number} belongs to customer ${invoice.customerId}, not ${customer.id}`);
  }
  let credited = 0;
  const dated: DatedPayment[] = [];
  for (const payment of payments) {
    for (const allocation of payment.allocations) {
      if (allocation.invoiceId !== invoice.id || allocation.cents <= 0) continue;
      if (payment.kind === 'credit-note') credited += allocation.cents;
      else dated.push({ cents: allocation.cents, date: payment.date });
    }
  }
  const warnings: PenaltyIssue<PenaltyWarningCode>[] = [];
  const paidPerAccounting = invoice.amountCents - invoice.openCents;
  const undated = paidPerAccounting - credited - dated.reduce((sum, p) => sum + p.cents, 0);
  if (undated > 0) {
    dated.push({ cents: undated, date: invoice.dueDate });
    warnings.push({ code: 'undated-payment', params: { number: invoice.number, amountCents: undated, dueDate: invoice.dueDate } });
  }
  return {
    invoiceId: invoice.id,
    amountCents: Math.max(0, invoice.amountCents - credited),
    dueDate: invoice.dueDate,
    payments: dated,
    debtor: customer.kind,
    warnings,
  };
}

export interface InvoicePenalty {
  invoiceId: Id;
  number: string;
  dueDate: IsoDate;
  /** Penalty base amount: the invoice amount less its credit notes. */
  amountCents: Cents;
  result: PenaltyResult;
}

export interface PenaltySummary {
  invoices: InvoicePenalty[];
  /** Totals over the invoices whose computation succeeded. */
  interestCents: Cents;
  indemnityCents: Cents;
  totalCents: Cents;
  /** Every warning of every invoice, each once. */
  warnings: PenaltyIssue<PenaltyWarningCode>[];
  /** Invoices that could not be computed (no rate): a letter must not go out without them. */
  errors: { invoiceId: Id; number: string; error: PenaltyIssue<PenaltyErrorCode> }[];
}

export interface PenaltiesForInvoicesInput {
  invoices: readonly Invoice[];
  /** The customer's payments and credit notes (others are ignored by the allocations). */
  payments: readonly Payment[];
  customer: Customer;
  until: IsoDate;
  rates: readonly RateRow[];
  noticeDate?: IsoDate;
  contractualRateBasisPoints?: number;
}

/** Penalties of several invoices of one customer, for a letter: per invoice, then totals. */
export function penaltiesForInvoices(input: PenaltiesForInvoicesInput): PenaltySummary {
  const lines: InvoicePenalty[] = [];
  const warnings = new Map<string, PenaltyIssue<PenaltyWarningCode>>();
  const errors: PenaltySummary['errors'] = [];
  let interestCents = 0;
  let indemnityCents = 0;
  for (const invoice of input.invoices) {
    const facts = penaltyInputsForInvoice(invoice, input.payments, input.customer);
    const computed = computePenalties({
      amountCents: facts.amountCents,
      dueDate: facts.dueDate,
      until: input.until,
      payments: facts.payments,
      debtor: facts.debtor,
      noticeDate: input.noticeDate,
      contractualRateBasisPoints: input.contractualRateBasisPoints,
      rates: input.rates,
    });
    const result: PenaltyResult = computed.ok ? { ...computed, warnings: [...facts.warnings, ...computed.warnings] } : computed;
    lines.push({ invoiceId: invoice.id, number: invoice.number, dueDate: invoice.dueDate, amountCents: facts.amountCents, result });
    if (!result.ok) {
      errors.push({ invoiceId: invoice.id, number: invoice.number, error: result.error });
      continue;
    }
    interestCents += result.interestCents;
    indemnityCents += result.indemnityCents;
    for (const w of result.warnings) warnings.set(`${w.code}|${JSON.stringify(w.params)}`, w);
  }
  return {
    invoices: lines,
    interestCents,
    indemnityCents,
    totalCents: interestCents + indemnityCents,
    warnings: [...warnings.values()],
    errors,
  };
}
