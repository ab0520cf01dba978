/**
 * Allocating a payment to invoices: oldest due date first (the usual rule when the customer does
 * not say which invoice they pay), never more than what is open on each, in integer cents.
 */
export interface Allocatable {
  id: string;
  dueDate: string;
  number: string;
  openCents: number;
}

export interface AllocationResult {
  allocations: { invoiceId: string; cents: number }[];
  /** What is left when the payment exceeds what the invoices owe (an overpayment or a credit). */
  unallocatedCents: number;
}

export function allocateOldestFirst(invoices: Allocatable[], amountCents: number): AllocationResult {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) throw new RangeError('amount must be cents >= 0');
  const ordered = [...invoices]
    .filter((i) => i.openCents > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number, 'fr', { numeric: true }));
  let left = amountCents;
  const allocations: AllocationResult['allocations'] = [];
  for (const invoice of ordered) {
    if (left === 0) break;
    const cents = Math.min(left, invoice.openCents);
    allocations.push({ invoiceId: invoice.id, cents });
    left -= cents;
  }
  return { allocations, unallocatedCents: left };
}
