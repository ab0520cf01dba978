/**
 * Compares what an import file says with what the database holds, and plans the changes: which
 * customers, invoices and credits to add or update, what is unchanged, and which imported invoices
 * vanished from a full re-import (for the user to confirm as paid). Pure: the caller applies the
 * plan in one transaction and keeps its undo log.
 *
 * Identity across imports: a customer by its accounting reference; an invoice by (customer,
 * number); an imported credit by (customer, reference, date, amount, rank among identical ones).
 * Unchanged rows are left alone, so importing the same file twice changes nothing.
 *
 * Payments typed in Relance stay "pending" until the accounting shows them: when a re-import shows
 * an invoice's open amount going down, that drop consumes the pending part first, so the same money
 * is never subtracted twice (see Allocation.pendingCents).
 */
import type { Customer, Invoice, Payment } from '../model';
import type { ImportedCredit, ImportedCustomer, ImportedInvoice, ImportPreview } from './types';

export interface ReconcileOptions {
  batchId: string;
  /** Timestamp written on created and updated rows. */
  now: string;
  /** 'full': the file lists everything still open; 'partial': only some customers or invoices. */
  mode: 'full' | 'partial';
  newId: () => string;
}

export interface Existing {
  customers: Customer[];
  invoices: Invoice[];
  payments: Payment[];
}

export type InvoiceChange = 'amount' | 'open' | 'issueDate' | 'dueDate' | 'label';

export interface Updated<T, C extends string = string> {
  before: T;
  after: T;
  changes: C[];
}

export interface ImportPlan {
  customers: { add: Customer[]; update: Updated<Customer>[]; unchanged: number };
  invoices: { add: Invoice[]; update: Updated<Invoice, InvoiceChange>[]; unchanged: number; missing: Invoice[] };
  payments: { add: Payment[]; update: Updated<Payment>[]; remove: Payment[]; unchanged: number };
}

export function isEmptyPlan(plan: ImportPlan): boolean {
  return (
    plan.customers.add.length + plan.customers.update.length +
      plan.invoices.add.length + plan.invoices.update.length + plan.invoices.missing.length +
      plan.payments.add.length + plan.payments.update.length + plan.payments.remove.length ===
    0
  );
}

const invoiceKey = (customerId: string, number: string) => `${customerId}\u0000${number}`;

function creditKeys(credits: { customerReference: string; reference: string; date: string; amountCents: number }[]) {
  const seen = new Map<string, number>();
  return credits.map((c) => {
    const base = [c.customerReference, c.reference, c.date, c.amountCents].join('\u0000');
    const rank = seen.get(base) ?? 0;
    seen.set(base, rank + 1);
    return `${base}\u0000${rank}`;
  });
}

function importedContact(customer: ImportedCustomer, existing: Customer | undefined, newId: () => string) {
  const others = (existing?.contacts ?? []).filter((c) => !c.fromImport);
  if (!customer.email && !customer.phone) return others;
  const previous = existing?.contacts.find((c) => c.fromImport);
  return [
    {
      id: previous?.id ?? newId(),
      name: previous?.name ?? '',
      role: previous?.role ?? 'Comptabilité',
      ...(customer.email ? { email: customer.email } : {}),
      ...(customer.phone ? { phone: customer.phone } : {}),
      fromImport: true,
    },
    ...others,
  ];
}

function planCustomer(
  imported: ImportedCustomer,
  existing: Customer | undefined,
  options: ReconcileOptions,
): { row: Customer; kind: 'add' | 'update' | 'same'; changes: string[] } {
  const contacts = importedContact(imported, existing, options.newId);
  if (!existing) {
    return {
      kind: 'add',
      changes: [],
      row: {
        id: options.newId(),
        reference: imported.reference,
        name: imported.name,
        kind: 'business',
        ...(imported.siren ? { siren: imported.siren } : {}),
        ...(imported.address ? { address: imported.address } : {}),
        contacts,
        blocked: null,
        createdAt: options.now,
        updatedAt: options.now,
      },
    };
  }
  const after: Customer = {
    ...existing,
    name: imported.name || existing.name,
    ...(imported.siren ? { siren: imported.siren } : {}),
    ...(imported.address ? { address: imported.address } : {}),
    contacts,
  };
  const changes = (['name', 'siren', 'address', 'contacts'] as const).filter(
    (k) => JSON.stringify(after[k]) !== JSON.stringify(existing[k]),
  );
  if (changes.length === 0) return { kind: 'same', changes, row: existing };
  return { kind: 'update', changes, row: { ...after, updatedAt: options.now } };
}

/** Pending amounts of Relance-recorded payments per invoice. */
function pendingByInvoice(payments: Payment[]): Map<string, number> {
  const pending = new Map<string, number>();
  for (const p of payments) {
    if (p.source !== 'manual') continue;
    for (const a of p.allocations) pending.set(a.invoiceId, (pending.get(a.invoiceId) ?? 0) + a.pendingCents);
  }
  return pending;
}

export function reconcile(existing: Existing, preview: ImportPreview, options: ReconcileOptions): ImportPlan {
  const plan: ImportPlan = {
    customers: { add: [], update: [], unchanged: 0 },
    invoices: { add: [], update: [], unchanged: 0, missing: [] },
    payments: { add: [], update: [], remove: [], unchanged: 0 },
  };

  // Customers
  const customersByRef = new Map(existing.customers.map((c) => [c.reference, c]));
  const idByRef = new Map<string, string>();
  for (const imported of preview.customers) {
    const result = planCustomer(imported, customersByRef.get(imported.reference), options);
    idByRef.set(imported.reference, result.row.id);
    if (result.kind === 'add') plan.customers.add.push(result.row);
    else if (result.kind === 'update') {
      plan.customers.update.push({ before: customersByRef.get(imported.reference)!, after: result.row, changes: result.changes });
    } else plan.customers.unchanged++;
  }
  const customerIdOf = (ref: string): string => {
    const id = idByRef.get(ref) ?? customersByRef.get(ref)?.id;
    if (!id) throw new Error(`Import refers to an unknown customer ${ref}`);
    return id;
  };

  // Invoices
  const invoicesByKey = new Map(existing.invoices.map((i) => [invoiceKey(i.customerId, i.number), i]));
  const pending = pendingByInvoice(existing.payments);
  const consumed = new Map<string, number>(); // invoiceId → pending cents the drop has consumed
  const seen = new Set<string>();
  for (const imported of preview.invoices) {
    const customerId = customerIdOf(imported.customerReference);
    const key = invoiceKey(customerId, imported.number);
    seen.add(key);
    const current = invoicesByKey.get(key);
    if (!current) {
      plan.invoices.add.push(newInvoice(imported, customerId, options));
      continue;
    }
    const drop = Math.max(0, current.sourceOpenCents - imported.openCents);
    const pendingHere = pending.get(current.id) ?? 0;
    const use = Math.min(drop, pendingHere);
    if (use > 0) consumed.set(current.id, use);
    const openCents = Math.max(0, imported.openCents - (pendingHere - use));
    const after: Invoice = {
      ...current,
      amountCents: imported.amountCents,
      sourceOpenCents: imported.openCents,
      openCents,
      issueDate: imported.issueDate,
      // A due date typed or derived earlier is kept when the file has none of its own.
      dueDate: imported.dueDateDerived && current.dueDate ? current.dueDate : imported.dueDate,
      ...(imported.label !== undefined ? { label: imported.label } : {}),
    };
    const changes: InvoiceChange[] = [];
    if (after.amountCents !== current.amountCents) changes.push('amount');
    if (after.sourceOpenCents !== current.sourceOpenCents || after.openCents !== current.openCents) changes.push('open');
    if (after.issueDate !== current.issueDate) changes.push('issueDate');
    if (after.dueDate !== current.dueDate) changes.push('dueDate');
    if ((after.label ?? '') !== (current.label ?? '')) changes.push('label');
    if (changes.length === 0) plan.invoices.unchanged++;
    else plan.invoices.update.push({ before: current, after: { ...after, updatedAt: options.now }, changes });
  }
  if (options.mode === 'full') {
    for (const invoice of existing.invoices) {
      if (invoice.source === 'import' && invoice.openCents > 0 && !seen.has(invoiceKey(invoice.customerId, invoice.number))) {
        plan.invoices.missing.push(invoice);
      }
    }
  }

  // Relance-recorded payments whose pending part the accounting has now absorbed
  for (const payment of existing.payments) {
    if (payment.source !== 'manual') continue;
    let changed = false;
    const allocations = payment.allocations.map((a) => {
      const available = consumed.get(a.invoiceId) ?? 0;
      const take = Math.min(available, a.pendingCents);
      if (take === 0) return a;
      consumed.set(a.invoiceId, available - take);
      changed = true;
      return { ...a, pendingCents: a.pendingCents - take };
    });
    if (changed) plan.payments.update.push({ before: payment, after: { ...payment, allocations }, changes: ['allocations'] });
  }

  // Imported credits
  const importedPayments = existing.payments.filter((p) => p.source === 'import');
  const paymentsByKey = new Map(importedPayments.map((p) => [p.importKey ?? p.id, p]));
  const keys = creditKeys(preview.credits);
  const seenCredits = new Set<string>();
  preview.credits.forEach((credit, index) => {
    const key = keys[index]!;
    seenCredits.add(key);
    const current = paymentsByKey.get(key);
    if (!current) {
      plan.payments.add.push(newCredit(credit, customerIdOf(credit.customerReference), key, options));
    } else if (current.unallocatedCents !== credit.unallocatedCents || (current.label ?? '') !== (credit.label ?? '') || current.kind !== credit.kind) {
      plan.payments.update.push({
        before: current,
        after: { ...current, unallocatedCents: credit.unallocatedCents, kind: credit.kind, ...(credit.label !== undefined ? { label: credit.label } : {}) },
        changes: ['unallocated'],
      });
    } else plan.payments.unchanged++;
  });
  if (options.mode === 'full') {
    for (const payment of importedPayments) {
      if (!seenCredits.has(payment.importKey ?? payment.id)) plan.payments.remove.push(payment);
    }
  }
  return plan;
}

function newInvoice(imported: ImportedInvoice, customerId: string, options: ReconcileOptions): Invoice {
  return {
    id: options.newId(),
    customerId,
    number: imported.number,
    issueDate: imported.issueDate,
    dueDate: imported.dueDate,
    ...(imported.dueDateDerived ? { dueDateDerived: true } : {}),
    amountCents: imported.amountCents,
    sourceOpenCents: imported.openCents,
    openCents: imported.openCents,
    ...(imported.label !== undefined ? { label: imported.label } : {}),
    ...(imported.opening ? { opening: true } : {}),
    hold: null,
    source: 'import',
    importBatchId: options.batchId,
    createdAt: options.now,
    updatedAt: options.now,
  };
}

function newCredit(credit: ImportedCredit, customerId: string, importKey: string, options: ReconcileOptions): Payment {
  return {
    id: options.newId(),
    customerId,
    kind: credit.kind,
    source: 'import',
    date: credit.date,
    amountCents: credit.amountCents,
    reference: credit.reference,
    ...(credit.label !== undefined ? { label: credit.label } : {}),
    allocations: [],
    unallocatedCents: credit.unallocatedCents,
    importKey,
    importBatchId: options.batchId,
    createdAt: options.now,
  };
}
