/**
 * A payment typed in Relance (the customer says they paid, the bank statement shows it): allocated
 * oldest first to the chosen invoices of ONE customer, lowering what they owe now. Its allocations
 * stay "pending" until the accounting export shows the same money (see import/reconcile.ts).
 */
import { allocateOldestFirst } from './allocation';
import type { IsoDate } from './dates';
import type { Invoice, Payment } from './model';

export interface ManualPaymentInput {
  invoices: Invoice[];
  amountCents: number;
  date: IsoDate;
  reference?: string;
  id: string;
  now: string;
}

export type ManualPaymentError = 'several-customers' | 'nothing-open' | 'amount';

export function planManualPayment(
  input: ManualPaymentInput,
): { ok: true; payment: Payment; invoices: Invoice[] } | { ok: false; error: ManualPaymentError } {
  const customers = new Set(input.invoices.map((i) => i.customerId));
  if (customers.size !== 1) return { ok: false, error: 'several-customers' };
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) return { ok: false, error: 'amount' };
  if (!input.invoices.some((i) => i.openCents > 0)) return { ok: false, error: 'nothing-open' };
  const { allocations, unallocatedCents } = allocateOldestFirst(input.invoices, input.amountCents);
  const byId = new Map(allocations.map((a) => [a.invoiceId, a.cents]));
  const invoices = input.invoices
    .filter((i) => byId.has(i.id))
    .map((i) => ({ ...i, openCents: i.openCents - byId.get(i.id)!, updatedAt: input.now }));
  const payment: Payment = {
    id: input.id,
    customerId: [...customers][0]!,
    kind: 'payment',
    source: 'manual',
    date: input.date,
    amountCents: input.amountCents,
    ...(input.reference ? { reference: input.reference } : {}),
    allocations: allocations.map((a) => ({ ...a, pendingCents: a.cents })),
    unallocatedCents,
    createdAt: input.now,
  };
  return { ok: true, payment, invoices };
}
