/**
 * The statement of account of one customer (relevé de compte): every invoice as a debit, every
 * payment and credit note as a credit, in date order, with the running balance in cents.
 *
 * THE INVARIANT. The statement ends at what the customer owes now, as the rest of the app counts it:
 *
 *     final balance = Σ invoice.openCents − Σ payment.unallocatedCents           (balanceOf)
 *
 * which is also CustomerSummary.balanceCents. Getting there from the lines needs care, because
 * the data comes from two sources that overlap:
 *
 * 1. Invoices: debit = amountCents, on the issue date (a balance brought forward from a FEC,
 *    `opening`, is dated on the opening entry).
 * 2. Imported credits (source 'import', from the accounting export): credit = amountCents. Their
 *    lettered part has already lowered the invoices' sourceOpenCents in the accounting.
 * 3. Credits typed in Relance (source 'manual'): credit = the part the accounting has NOT shown
 *    yet, i.e. amountCents − Σ (allocation.cents − allocation.pendingCents). When a re-import shows
 *    an invoice's open amount going down, reconcile.ts consumes the pending part: that money is
 *    then in the accounting's own figures (and, from a FEC, on an imported credit line of its own);
 *    counting it again here would count the same euro twice. The line keeps the full amount
 *    received (`receivedCents`) and the part taken over (`inAccountingCents`) for display.
 * 4. One closing adjustment when the itemised lines do not explain everything the accounting says
 *    is settled. The usual cause: an export of open items (CSV "balance âgée") gives each invoice's
 *    amount and open amount but not the payments that settled the difference. Its amount is
 *    exactly (Σ debits − Σ credits) − final balance, so the statement always ends at the invariant;
 *    a credit adjustment reads "settled in the accounting, not itemised", a debit one (itemised
 *    credits exceeding what the invoices show settled, e.g. a partial import) "difference with the
 *    accounting". The adjustment is ZERO whenever the data is complete:
 *      - invoices and credits typed in Relance only (manual invoices, payments, credit notes);
 *      - a FEC import: each credit's lettered part paid debits of the same file, so
 *        Σ (amount − unallocated) over credits = Σ (amount − sourceOpen) over invoices;
 *      - both mixed, before or after a re-import has absorbed Relance payments (point 3).
 *    Tests check each case and the closing property on random data.
 *
 * Order: by date; on one day invoices come before credits (a payment received the day it was
 * invoiced must not show a credit balance first), then by number/reference, then id.
 */
import type { IsoDate } from './dates';
import type { Invoice, Payment } from './model';

interface LineBase {
  date: IsoDate;
  debitCents: number;
  creditCents: number;
  /** Balance after this line: what the customer owes (negative: in credit). */
  balanceCents: number;
}

export interface InvoiceLine extends LineBase {
  kind: 'invoice';
  invoiceId: string;
  number: string;
  label?: string;
  opening: boolean;
  openCents: number;
}

export interface CreditLine extends LineBase {
  kind: 'payment' | 'credit-note';
  paymentId: string;
  source: 'import' | 'manual';
  reference?: string;
  label?: string;
  /** The whole amount received or credited. */
  receivedCents: number;
  /** Part of a Relance-typed credit that the accounting export has since shown (not counted again). */
  inAccountingCents: number;
  unallocatedCents: number;
}

export interface AdjustmentLine extends LineBase {
  kind: 'accounting-adjustment';
}

export type StatementLine = InvoiceLine | CreditLine | AdjustmentLine;

export interface Statement {
  lines: StatementLine[];
  totalDebitCents: number;
  totalCreditCents: number;
  /** Final balance = the invariant above. */
  balanceCents: number;
  openCents: number;
  unallocatedCreditCents: number;
  /** Signed amount of the adjustment line (positive: a credit), 0 when there is none. */
  adjustmentCents: number;
}

/** What the customer owes now: Σ open − Σ unallocated credits (the statement's final balance). */
export function balanceOf(invoices: readonly Invoice[], payments: readonly Payment[]): number {
  let balance = 0;
  for (const invoice of invoices) balance += invoice.openCents;
  for (const payment of payments) balance -= payment.unallocatedCents;
  return balance;
}

/** Part of a Relance-typed credit already reflected in the accounting export (see point 3). */
export function inAccountingCents(payment: Payment): number {
  if (payment.source !== 'manual') return 0;
  return payment.allocations.reduce((sum, a) => sum + (a.cents - a.pendingCents), 0);
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
const KIND_ORDER: Record<StatementLine['kind'], number> = {
  invoice: 0,
  payment: 1,
  'credit-note': 1,
  'accounting-adjustment': 2,
};
const sortKey = (line: StatementLine) =>
  line.kind === 'invoice' ? line.number : line.kind === 'accounting-adjustment' ? '' : (line.reference ?? '');
const idOf = (line: StatementLine) =>
  line.kind === 'invoice' ? line.invoiceId : line.kind === 'accounting-adjustment' ? '' : line.paymentId;

function compareLines(a: StatementLine, b: StatementLine): number {
  return (
    a.date.localeCompare(b.date) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    collator.compare(sortKey(a), sortKey(b)) ||
    idOf(a).localeCompare(idOf(b))
  );
}

/** The statement of the given invoices and payments (pass one customer's rows). */
export function buildStatement(invoices: readonly Invoice[], payments: readonly Payment[]): Statement {
  const lines: StatementLine[] = [];
  for (const invoice of invoices) {
    lines.push({
      kind: 'invoice',
      date: invoice.issueDate,
      invoiceId: invoice.id,
      number: invoice.number,
      ...(invoice.label ? { label: invoice.label } : {}),
      opening: !!invoice.opening,
      openCents: invoice.openCents,
      debitCents: invoice.amountCents,
      creditCents: 0,
      balanceCents: 0,
    });
  }
  for (const payment of payments) {
    const alreadyShown = inAccountingCents(payment);
    lines.push({
      kind: payment.kind,
      date: payment.date,
      paymentId: payment.id,
      source: payment.source,
      ...(payment.reference ? { reference: payment.reference } : {}),
      ...(payment.label ? { label: payment.label } : {}),
      receivedCents: payment.amountCents,
      inAccountingCents: alreadyShown,
      unallocatedCents: payment.unallocatedCents,
      debitCents: 0,
      creditCents: payment.amountCents - alreadyShown,
      balanceCents: 0,
    });
  }
  lines.sort(compareLines);

  const balanceCents = balanceOf(invoices, payments);
  let itemised = 0;
  for (const line of lines) itemised += line.debitCents - line.creditCents;
  const adjustmentCents = itemised - balanceCents;
  if (adjustmentCents !== 0) {
    const last = lines[lines.length - 1]!; // a non-zero gap needs at least one line
    lines.push({
      kind: 'accounting-adjustment',
      date: last.date,
      debitCents: Math.max(0, -adjustmentCents),
      creditCents: Math.max(0, adjustmentCents),
      balanceCents: 0,
    });
  }

  let running = 0;
  let totalDebitCents = 0;
  let totalCreditCents = 0;
  for (const line of lines) {
    running += line.debitCents - line.creditCents;
    totalDebitCents += line.debitCents;
    totalCreditCents += line.creditCents;
    line.balanceCents = running;
  }
  const unallocatedCreditCents = payments.reduce((sum, p) => sum + p.unallocatedCents, 0);
  return {
    lines,
    totalDebitCents,
    totalCreditCents,
    balanceCents,
    openCents: balanceCents + unallocatedCreditCents,
    unallocatedCreditCents,
    adjustmentCents,
  };
}
