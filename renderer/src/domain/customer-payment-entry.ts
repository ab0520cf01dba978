/**
 * Money received from a customer, or a credit note granted to it, typed on the customer's page.
 *
 * Allocation (which invoices it settles):
 * - a payment goes by default to the oldest due dates first (allocation.ts), skipping invoices
 *   under an active dispute: a customer who contests an invoice pays the others, not that one. The
 *   user may instead choose invoices and amounts by hand (partial payments); what is not allocated
 *   stays as a credit in the customer's favour (unallocatedCents), to allocate later;
 * - a credit note goes to the invoice it cancels, or to none (left unallocated).
 *
 * Like the invoice book's payments (manual-payment.ts), allocations are "pending" until the
 * accounting export shows the same money (see import/reconcile.ts): pendingCents = cents.
 */
import { allocateOldestFirst } from './allocation';
import type { FieldError } from './company-profile';
import { parseDate, type IsoDate } from './dates';
import { isHoldActive } from './invoice-status';
import type { Invoice, Payment } from './model';
import { parseAmount } from './money';
import { amountErrorCode, dateErrorCode } from './customer-invoice-entry';

export type AllocationChoice =
  | { mode: 'oldest-first' }
  | { mode: 'by-hand'; lines: { invoiceId: string; cents: number }[] }
  /** A credit note cancelling one invoice: as much as is open on it, the rest left unallocated. */
  | { mode: 'one-invoice'; invoiceId: string }
  | { mode: 'none' };

export interface CreditEntry {
  kind: Payment['kind'];
  amountCents: number;
  date: IsoDate;
  reference?: string;
  allocation: AllocationChoice;
}

export type CreditEntryError =
  | 'amount'
  | 'allocation-unknown-invoice'
  | 'allocation-negative'
  | 'allocation-over-open'
  | 'allocation-over-amount';

export interface PlannedCredit {
  payment: Payment;
  /** The invoices whose open amount changes, after the change. */
  invoices: Invoice[];
}

/** The allocations a choice gives, or the first rule it breaks. */
export function allocationsFor(
  entry: Pick<CreditEntry, 'amountCents' | 'allocation'>,
  invoices: readonly Invoice[],
  today: IsoDate,
): { ok: true; allocations: { invoiceId: string; cents: number }[]; unallocatedCents: number } | { ok: false; error: CreditEntryError; invoiceId?: string } {
  if (!Number.isSafeInteger(entry.amountCents) || entry.amountCents <= 0) return { ok: false, error: 'amount' };
  const choice = entry.allocation;
  if (choice.mode === 'none') return { ok: true, allocations: [], unallocatedCents: entry.amountCents };
  if (choice.mode === 'one-invoice') {
    const invoice = invoices.find((i) => i.id === choice.invoiceId);
    if (!invoice) return { ok: false, error: 'allocation-unknown-invoice', invoiceId: choice.invoiceId };
    const cents = Math.min(entry.amountCents, Math.max(0, invoice.openCents));
    return {
      ok: true,
      allocations: cents > 0 ? [{ invoiceId: invoice.id, cents }] : [],
      unallocatedCents: entry.amountCents - cents,
    };
  }
  if (choice.mode === 'oldest-first') {
    const payable = invoices.filter((i) => !(isHoldActive(i.hold, today) && i.hold!.kind === 'dispute'));
    const result = allocateOldestFirst(payable, entry.amountCents);
    return { ok: true, ...result };
  }
  const byId = new Map(invoices.map((i) => [i.id, i]));
  let total = 0;
  const allocations: { invoiceId: string; cents: number }[] = [];
  for (const line of choice.lines) {
    const invoice = byId.get(line.invoiceId);
    if (!invoice) return { ok: false, error: 'allocation-unknown-invoice', invoiceId: line.invoiceId };
    if (!Number.isSafeInteger(line.cents) || line.cents < 0) return { ok: false, error: 'allocation-negative', invoiceId: line.invoiceId };
    if (line.cents > invoice.openCents) return { ok: false, error: 'allocation-over-open', invoiceId: line.invoiceId };
    if (line.cents === 0) continue;
    total += line.cents;
    allocations.push({ invoiceId: line.invoiceId, cents: line.cents });
  }
  if (total > entry.amountCents) return { ok: false, error: 'allocation-over-amount' };
  return { ok: true, allocations, unallocatedCents: entry.amountCents - total };
}

/**
 * The payment or credit note to store and the invoices it lowers. `invoices` are the customer's
 * invoices (any other customer's invoice named in a by-hand allocation is refused).
 */
export function planCredit(input: {
  customerId: string;
  invoices: readonly Invoice[];
  entry: CreditEntry;
  id: string;
  today: IsoDate;
  now: string;
}): { ok: true; plan: PlannedCredit } | { ok: false; error: CreditEntryError; invoiceId?: string } {
  const own = input.invoices.filter((i) => i.customerId === input.customerId);
  const allocated = allocationsFor(input.entry, own, input.today);
  if (!allocated.ok) return allocated;
  const byId = new Map(allocated.allocations.map((a) => [a.invoiceId, a.cents]));
  const invoices = own
    .filter((i) => byId.has(i.id))
    .map((i) => ({ ...i, openCents: i.openCents - byId.get(i.id)!, updatedAt: input.now }));
  const payment: Payment = {
    id: input.id,
    customerId: input.customerId,
    kind: input.entry.kind,
    source: 'manual',
    date: input.entry.date,
    amountCents: input.entry.amountCents,
    ...(input.entry.reference ? { reference: input.entry.reference } : {}),
    allocations: allocated.allocations.map((a) => ({ ...a, pendingCents: a.cents })),
    unallocatedCents: allocated.unallocatedCents,
    createdAt: input.now,
  };
  return { ok: true, plan: { payment, invoices } };
}

// ---------------------------------------------------------------------------------------------
// The form, as typed

export interface CreditDraft {
  amount: string;
  date: string;
  reference: string;
  mode: AllocationChoice['mode'];
  /** By hand: amount typed per invoice id ("" = nothing on that invoice). */
  lines: Record<string, string>;
  /** One invoice: the invoice a credit note cancels. */
  invoiceId: string | null;
}

export const EMPTY_CREDIT_DRAFT: CreditDraft = { amount: '', date: '', reference: '', mode: 'oldest-first', lines: {}, invoiceId: null };

/** The by-hand amounts, each checked against the invoice's open amount. */
function readHandLines(
  typed: Record<string, string>,
  invoices: readonly Invoice[],
): { lines: { invoiceId: string; cents: number }[]; errors?: Record<string, FieldError> } {
  const lines: { invoiceId: string; cents: number }[] = [];
  const errors: Record<string, FieldError> = {};
  const byId = new Map(invoices.map((i) => [i.id, i]));
  for (const [invoiceId, text] of Object.entries(typed)) {
    const invoice = byId.get(invoiceId);
    // Empty: nothing on that invoice. Unknown: an invoice paid meanwhile, no longer listed.
    if (text.trim() === '' || !invoice) continue;
    const cents = parseAmount(text);
    if (!cents.ok) errors[invoiceId] = { code: amountErrorCode(cents.error) };
    else if (cents.value < 0) errors[invoiceId] = { code: 'amountPositive' };
    else if (cents.value > invoice.openCents) errors[invoiceId] = { code: 'allocationOverOpen', params: { openCents: invoice.openCents } };
    else lines.push({ invoiceId, cents: cents.value });
  }
  return Object.keys(errors).length > 0 ? { lines, errors } : { lines };
}

export interface CreditDraftErrors {
  amount?: FieldError;
  date?: FieldError;
  reference?: FieldError;
  /** Per invoice id, for the by-hand amounts. */
  lines?: Record<string, FieldError>;
  /** About the allocation as a whole (more allocated than received). */
  allocation?: FieldError;
}

/** Reads a typed payment or credit note into an entry, with one French-translatable error per field. */
export function readCreditDraft(
  draft: CreditDraft,
  kind: Payment['kind'],
  invoices: readonly Invoice[],
  today: IsoDate,
): { ok: true; entry: CreditEntry } | { ok: false; errors: CreditDraftErrors } {
  const errors: CreditDraftErrors = {};
  const amount = parseAmount(draft.amount);
  if (!amount.ok) errors.amount = { code: amountErrorCode(amount.error) };
  else if (amount.value <= 0) errors.amount = { code: 'amountPositive' };
  const date = parseDate(draft.date);
  if (!date.ok) errors.date = { code: dateErrorCode(date.error) };
  else if (date.value > today) errors.date = { code: 'dateFuture' };
  const reference = draft.reference.trim();
  if (reference.length > 60) errors.reference = { code: 'tooLong', params: { max: 60 } };

  let allocation: AllocationChoice;
  if (draft.mode === 'by-hand') {
    const read = readHandLines(draft.lines, invoices);
    if (read.errors) errors.lines = read.errors;
    else if (amount.ok && read.lines.reduce((sum, l) => sum + l.cents, 0) > amount.value) {
      errors.allocation = { code: 'allocationOverAmount' };
    }
    allocation = { mode: 'by-hand', lines: read.lines };
  } else if (draft.mode === 'one-invoice') {
    if (draft.invoiceId && invoices.some((i) => i.id === draft.invoiceId)) {
      allocation = { mode: 'one-invoice', invoiceId: draft.invoiceId };
    } else {
      errors.allocation = { code: 'chooseInvoice' };
      allocation = { mode: 'none' };
    }
  } else allocation = draft.mode === 'none' ? { mode: 'none' } : { mode: 'oldest-first' };

  if (Object.keys(errors).length > 0 || !amount.ok || !date.ok) return { ok: false, errors };
  return {
    ok: true,
    entry: { kind, amountCents: amount.value, date: date.value, ...(reference ? { reference } : {}), allocation },
  };
}

/**
 * Where the money would go, shown in the modal while typing: the amount and allocation as typed
 * so far (the date and reference do not matter here). null while the amount is not readable.
 */
export function previewCredit(
  draft: Pick<CreditDraft, 'amount' | 'mode' | 'lines' | 'invoiceId'>,
  invoices: readonly Invoice[],
  today: IsoDate,
): { allocations: { invoiceId: string; cents: number }[]; unallocatedCents: number; allocatedCents: number } | null {
  const amount = parseAmount(draft.amount);
  if (!amount.ok || amount.value <= 0) return null;
  let allocation: AllocationChoice;
  if (draft.mode === 'by-hand') allocation = { mode: 'by-hand', lines: readHandLines(draft.lines, invoices).lines };
  else if (draft.mode === 'one-invoice') allocation = draft.invoiceId ? { mode: 'one-invoice', invoiceId: draft.invoiceId } : { mode: 'none' };
  else allocation = draft.mode === 'none' ? { mode: 'none' } : { mode: 'oldest-first' };
  const result = allocationsFor({ amountCents: amount.value, allocation }, invoices, today);
  if (!result.ok) return null;
  return { allocations: result.allocations, unallocatedCents: result.unallocatedCents, allocatedCents: amount.value - result.unallocatedCents };
}
