/**
 * How a customer pays: of its paid invoices, how many days late on average and what share was
 * paid after the due date. The risk evaluation and the tone of letters lean on these figures, so
 * an invoice is only counted when its payment date is actually known.
 *
 * When is the payment date of a paid invoice known? Payments and credit notes typed in Relance
 * carry a date and say which invoices they settle (allocations). Imported credits do not: the
 * accounting's lettering lowers an invoice's open amount without saying when or by which payment.
 * So a paid invoice (openCents ≤ 0) gets a date when the money that finished paying it is known:
 * - Relance allocations cover its whole amount (it was paid entirely through Relance), or
 * - the accounting has not shown the last payment yet (sourceOpenCents > 0, covered by the pending
 *   part of Relance allocations): the Relance payments finished it.
 * Its payment date is then the latest date of those allocations. Otherwise it was paid according
 * to the accounting only and is left out, counted in `excluded.noPaymentDate` so the screen can say
 * so. Also left out: balances brought forward (their due date is the opening entry's, not the
 * original invoice's) and invoices settled by credit notes only (cancelled, not paid).
 *
 * Days late = max(0, payment date − due date): paying early does not offset another invoice's
 * lateness. The average is per invoice, not weighted by amount.
 */
import { daysBetween, type IsoDate } from './dates';
import type { Invoice, Payment } from './model';

export interface PaidInvoiceTiming {
  invoiceId: string;
  dueDate: IsoDate;
  paidOn: IsoDate;
  daysLate: number;
}

export interface PaymentBehaviour {
  /** Paid invoices whose payment date is known: the base of both figures. */
  counted: number;
  paidLate: number;
  /** paidLate / counted, in 0..1; null when nothing is counted. */
  shareLate: number | null;
  /** Mean days late over the counted invoices (0 for those paid on time); null when none. */
  averageDaysLate: number | null;
  /** Longest delay among counted invoices (0 when none). */
  maxDaysLate: number;
  excluded: { noPaymentDate: number; opening: number; creditNotesOnly: number };
  timings: PaidInvoiceTiming[];
}

interface DatedAllocation {
  date: IsoDate;
  kind: Payment['kind'];
  cents: number;
  pendingCents: number;
}

export type SettlementDate =
  | { known: true; paidOn: IsoDate }
  | { known: false; reason: 'not-paid' | 'no-payment-date' | 'opening' | 'credit-notes-only' };

/** The payment date of one invoice, from the dated allocations that reach it (see module comment). */
export function settlementDate(invoice: Invoice, allocations: readonly DatedAllocation[]): SettlementDate {
  if (invoice.openCents > 0 || invoice.amountCents <= 0) return { known: false, reason: 'not-paid' };
  if (invoice.opening) return { known: false, reason: 'opening' };
  if (allocations.length === 0) return { known: false, reason: 'no-payment-date' };
  if (allocations.every((a) => a.kind === 'credit-note')) return { known: false, reason: 'credit-notes-only' };
  const allocated = allocations.reduce((sum, a) => sum + a.cents, 0);
  const pending = allocations.reduce((sum, a) => sum + a.pendingCents, 0);
  const paidThroughRelance = allocated >= invoice.amountCents;
  const finishedByRelance = invoice.sourceOpenCents > 0 && pending >= invoice.sourceOpenCents;
  if (!paidThroughRelance && !finishedByRelance) return { known: false, reason: 'no-payment-date' };
  const paidOn = allocations.reduce((latest, a) => (a.date > latest ? a.date : latest), allocations[0]!.date);
  return { known: true, paidOn };
}

/** The behaviour figures of the given invoices and payments (pass one customer's rows). */
export function paymentBehaviour(invoices: readonly Invoice[], payments: readonly Payment[]): PaymentBehaviour {
  const byInvoice = new Map<string, DatedAllocation[]>();
  for (const payment of payments) {
    for (const allocation of payment.allocations) {
      if (allocation.cents <= 0) continue;
      const list = byInvoice.get(allocation.invoiceId) ?? [];
      list.push({ date: payment.date, kind: payment.kind, cents: allocation.cents, pendingCents: allocation.pendingCents });
      byInvoice.set(allocation.invoiceId, list);
    }
  }
  const excluded = { noPaymentDate: 0, opening: 0, creditNotesOnly: 0 };
  const timings: PaidInvoiceTiming[] = [];
  for (const invoice of invoices) {
    const settled = settlementDate(invoice, byInvoice.get(invoice.id) ?? []);
    if (settled.known) {
      const late = Math.max(0, daysBetween(invoice.dueDate, settled.paidOn));
      timings.push({ invoiceId: invoice.id, dueDate: invoice.dueDate, paidOn: settled.paidOn, daysLate: late });
    } else if (settled.reason === 'no-payment-date') excluded.noPaymentDate += 1;
    else if (settled.reason === 'opening') excluded.opening += 1;
    else if (settled.reason === 'credit-notes-only') excluded.creditNotesOnly += 1;
  }
  const counted = timings.length;
  const paidLate = timings.filter((t) => t.daysLate > 0).length;
  const totalLate = timings.reduce((sum, t) => sum + t.daysLate, 0);
  return {
    counted,
    paidLate,
    shareLate: counted === 0 ? null : paidLate / counted,
    averageDaysLate: counted === 0 ? null : totalLate / counted,
    maxDaysLate: timings.reduce((max, t) => Math.max(max, t.daysLate), 0),
    excluded,
    timings,
  };
}
