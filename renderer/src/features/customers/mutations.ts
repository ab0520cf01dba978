/**
 * Writes of the customers screens. Each action is ONE Dexie transaction that re-reads what it
 * depends on and re-validates with the domain rules (a reference or an invoice number may have been
 * taken since the form opened): either everything is saved or nothing is.
 *
 * Each returns what it changed so the notification can offer "Annuler". An undo is refused when a
 * row it would restore has been changed again since (its updatedAt is no longer ours): restoring
 * it would silently throw away the later change.
 */
import type { RelanceDatabase } from '../../db/database';
import { newId } from '../../db/database';
import {
  newCustomer,
  referenceKey,
  validateBlock,
  validateContact,
  validateCustomerDraft,
  withBlocked,
  withContact,
  withIdentity,
  withoutContact,
  type BlockDraft,
  type BlockErrors,
  type ContactDraft,
  type ContactErrors,
  type CustomerDraft,
  type CustomerErrors,
} from '../../domain/customer-draft';
import { disputeInvoice, liftDispute } from '../../domain/customer-dispute';
import {
  applyInvoiceEdit,
  invoiceNumberKey,
  newManualInvoice,
  validateInvoiceDraft,
  type InvoiceDraft,
  type InvoiceErrors,
} from '../../domain/customer-invoice-entry';
import { planCredit, type CreditEntry, type CreditEntryError } from '../../domain/customer-payment-entry';
import type { ClosedPeriod } from '../../domain/calendar/business-calendar';
import { validateClosedPeriod, validatePaymentDays, type ClosedPeriodErrors } from '../../domain/calendar/calendar-rules';
import type { IsoDate } from '../../domain/dates';
import type { Customer, Hold, Invoice } from '../../domain/model';

export interface Undoable {
  /** The timestamp written on every row this action touched. */
  writtenAt: string;
  customersBefore: Customer[];
  invoicesBefore: Invoice[];
  invoicesCreated: string[];
  paymentsCreated: string[];
}

const change = (writtenAt: string, parts: Partial<Omit<Undoable, 'writtenAt'>>): Undoable => ({
  writtenAt,
  customersBefore: [],
  invoicesBefore: [],
  invoicesCreated: [],
  paymentsCreated: [],
  ...parts,
});

export class MissingRecordError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} no longer exists`);
    this.name = 'MissingRecordError';
  }
}

async function requireCustomer(db: RelanceDatabase, id: string): Promise<Customer> {
  const customer = await db.customers.get(id);
  if (!customer) throw new MissingRecordError('Customer', id);
  return customer;
}

async function requireInvoice(db: RelanceDatabase, id: string): Promise<Invoice> {
  const invoice = await db.invoices.get(id);
  if (!invoice) throw new MissingRecordError('Invoice', id);
  return invoice;
}

async function takenReferences(db: RelanceDatabase, exceptId: string | null): Promise<Set<string>> {
  const taken = new Set<string>();
  await db.customers.each((c) => {
    if (c.id !== exceptId) taken.add(referenceKey(c.reference));
  });
  return taken;
}

// ---------------------------------------------------------------------------------------------
// Customers

export async function createCustomer(
  db: RelanceDatabase,
  draft: CustomerDraft,
  now: string,
): Promise<{ ok: true; customer: Customer } | { ok: false; errors: CustomerErrors }> {
  return db.transaction('rw', db.customers, async () => {
    const checked = validateCustomerDraft(draft, await takenReferences(db, null));
    if (!checked.ok) return checked;
    const customer = newCustomer(checked.value, newId(), now);
    await db.customers.add(customer);
    return { ok: true as const, customer };
  });
}

export async function updateCustomer(
  db: RelanceDatabase,
  customerId: string,
  draft: CustomerDraft,
  now: string,
): Promise<{ ok: true; undo: Undoable } | { ok: false; errors: CustomerErrors }> {
  return db.transaction('rw', db.customers, async () => {
    const before = await requireCustomer(db, customerId);
    const checked = validateCustomerDraft(draft, await takenReferences(db, customerId));
    if (!checked.ok) return checked;
    await db.customers.put(withIdentity(before, checked.value, now));
    return { ok: true as const, undo: change(now, { customersBefore: [before] }) };
  });
}

/** Adds a contact (no id) or replaces the one with `contactId`. */
export async function saveContact(
  db: RelanceDatabase,
  customerId: string,
  contactId: string | null,
  draft: ContactDraft,
  now: string,
): Promise<{ ok: true; undo: Undoable } | { ok: false; errors: ContactErrors }> {
  const checked = validateContact(draft);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.customers, async () => {
    const before = await requireCustomer(db, customerId);
    await db.customers.put(withContact(before, { id: contactId ?? newId(), ...checked.value }, now));
    return { ok: true as const, undo: change(now, { customersBefore: [before] }) };
  });
}

export async function deleteContact(db: RelanceDatabase, customerId: string, contactId: string, now: string): Promise<Undoable> {
  return db.transaction('rw', db.customers, async () => {
    const before = await requireCustomer(db, customerId);
    await db.customers.put(withoutContact(before, contactId, now));
    return change(now, { customersBefore: [before] });
  });
}

export async function blockCustomer(
  db: RelanceDatabase,
  customerId: string,
  draft: BlockDraft,
  today: IsoDate,
  now: string,
): Promise<{ ok: true; undo: Undoable } | { ok: false; errors: BlockErrors }> {
  const checked = validateBlock(draft, today);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.customers, async () => {
    const before = await requireCustomer(db, customerId);
    await db.customers.put(withBlocked(before, checked.value, now));
    return { ok: true as const, undo: change(now, { customersBefore: [before] }) };
  });
}

export async function unblockCustomer(db: RelanceDatabase, customerId: string, now: string): Promise<Undoable> {
  return db.transaction('rw', db.customers, async () => {
    const before = await requireCustomer(db, customerId);
    await db.customers.put(withBlocked(before, null, now));
    return change(now, { customersBefore: [before] });
  });
}

/**
 * The escalation scenario this customer follows; null: its group's, else the company default.
 * The caller plans the calendar again afterwards.
 */
export async function setCustomerScenario(db: RelanceDatabase, customerId: string, scenarioId: string | null, now: string): Promise<Undoable> {
  return db.transaction('rw', db.customers, async () => {
    const before = await requireCustomer(db, customerId);
    const { scenarioId: _old, ...rest } = before;
    await db.customers.put(scenarioId === null ? { ...rest, updatedAt: now } : { ...rest, scenarioId, updatedAt: now });
    return change(now, { customersBefore: [before] });
  });
}

export interface CustomerDatesDraft {
  closedPeriods: readonly ClosedPeriod[];
  paymentDays: readonly number[];
}

export type CustomerDatesError =
  | { field: 'closedPeriod'; index: number; errors: ClosedPeriodErrors }
  | { field: 'paymentDays'; value: number };

/**
 * The customer's own dates: the periods it is closed (by start date) and the days of the month it
 * pays on (sorted, no repeats); empty lists remove them. Each period is checked again with
 * validateClosedPeriod, the days with validatePaymentDays: nothing is written when one is wrong.
 * The caller plans the calendar again afterwards.
 */
export async function setCustomerDates(
  db: RelanceDatabase,
  customerId: string,
  draft: CustomerDatesDraft,
  now: string,
): Promise<{ ok: true; undo: Undoable } | { ok: false; error: CustomerDatesError }> {
  const closed: ClosedPeriod[] = [];
  for (const [index, period] of draft.closedPeriods.entries()) {
    const checked = validateClosedPeriod(period);
    if (!checked.ok) return { ok: false, error: { field: 'closedPeriod', index, errors: checked.errors } };
    closed.push(checked.value);
  }
  closed.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const days = validatePaymentDays(draft.paymentDays);
  if (!days.ok) return { ok: false, error: { field: 'paymentDays', value: days.error.params.value } };
  return db.transaction('rw', db.customers, async () => {
    const before = await requireCustomer(db, customerId);
    const { closedPeriods: _closed, paymentDays: _days, ...rest } = before;
    await db.customers.put({
      ...rest,
      ...(closed.length > 0 ? { closedPeriods: closed } : {}),
      ...(days.value.length > 0 ? { paymentDays: days.value } : {}),
      updatedAt: now,
    });
    return { ok: true as const, undo: change(now, { customersBefore: [before] }) };
  });
}

// ---------------------------------------------------------------------------------------------
// Invoices

async function takenNumbers(db: RelanceDatabase, customerId: string, exceptId: string | null): Promise<Set<string>> {
  const invoices = await db.invoices.where('customerId').equals(customerId).toArray();
  return new Set(invoices.filter((i) => i.id !== exceptId).map((i) => invoiceNumberKey(i.number)));
}

export async function createInvoice(
  db: RelanceDatabase,
  customerId: string,
  draft: InvoiceDraft,
  now: string,
): Promise<{ ok: true; invoice: Invoice; undo: Undoable } | { ok: false; errors: InvoiceErrors }> {
  return db.transaction('rw', db.customers, db.invoices, async () => {
    await requireCustomer(db, customerId);
    const checked = validateInvoiceDraft(draft, { takenNumbers: await takenNumbers(db, customerId, null) });
    if (!checked.ok) return checked;
    const invoice = newManualInvoice(checked.value, customerId, newId(), now);
    await db.invoices.add(invoice);
    return { ok: true as const, invoice, undo: change(now, { invoicesCreated: [invoice.id] }) };
  });
}

export async function updateInvoice(
  db: RelanceDatabase,
  invoiceId: string,
  draft: InvoiceDraft,
  now: string,
): Promise<{ ok: true; undo: Undoable } | { ok: false; errors: InvoiceErrors }> {
  return db.transaction('rw', db.invoices, async () => {
    const before = await requireInvoice(db, invoiceId);
    const checked = validateInvoiceDraft(draft, { takenNumbers: await takenNumbers(db, before.customerId, invoiceId), editing: before });
    if (!checked.ok) return checked;
    const edited = applyInvoiceEdit(before, checked.value, now);
    if (!edited.ok) return { ok: false as const, errors: { amount: { code: edited.code, params: { paidCents: edited.paidCents } } } };
    await db.invoices.put(edited.invoice);
    return { ok: true as const, undo: change(now, { invoicesBefore: [before] }) };
  });
}

export async function recordCredit(
  db: RelanceDatabase,
  customerId: string,
  entry: CreditEntry,
  today: IsoDate,
  now: string,
): Promise<{ ok: true; undo: Undoable } | { ok: false; error: CreditEntryError }> {
  return db.transaction('rw', db.customers, db.invoices, db.payments, async () => {
    await requireCustomer(db, customerId);
    const invoices = await db.invoices.where('customerId').equals(customerId).toArray();
    const planned = planCredit({ customerId, invoices, entry, id: newId(), today, now });
    if (!planned.ok) return { ok: false as const, error: planned.error };
    const changed = new Set(planned.plan.invoices.map((i) => i.id));
    await db.invoices.bulkPut(planned.plan.invoices);
    await db.payments.add(planned.plan.payment);
    return {
      ok: true as const,
      undo: change(now, { invoicesBefore: invoices.filter((i) => changed.has(i.id)), paymentsCreated: [planned.plan.payment.id] }),
    };
  });
}

export async function putInDispute(
  db: RelanceDatabase,
  invoiceId: string,
  hold: Hold,
  now: string,
): Promise<{ ok: true; undo: Undoable } | { ok: false; error: 'paid' }> {
  return db.transaction('rw', db.invoices, async () => {
    const before = await requireInvoice(db, invoiceId);
    const disputed = disputeInvoice(before, hold, now);
    if (!disputed.ok) return disputed;
    await db.invoices.put(disputed.invoice);
    return { ok: true as const, undo: change(now, { invoicesBefore: [before] }) };
  });
}

export async function liftInvoiceDispute(db: RelanceDatabase, invoiceId: string, now: string): Promise<Undoable> {
  return db.transaction('rw', db.invoices, async () => {
    const before = await requireInvoice(db, invoiceId);
    await db.invoices.put(liftDispute(before, now));
    return change(now, { invoicesBefore: [before] });
  });
}

// ---------------------------------------------------------------------------------------------
// Undo

/** Restores what an action changed; false (and nothing restored) when a row changed since. */
export async function undo(db: RelanceDatabase, done: Undoable): Promise<boolean> {
  return db.transaction('rw', db.customers, db.invoices, db.payments, async () => {
    const customers = await db.customers.bulkGet(done.customersBefore.map((c) => c.id));
    const invoices = await db.invoices.bulkGet([...done.invoicesBefore.map((i) => i.id), ...done.invoicesCreated]);
    const untouched = [...customers, ...invoices].every((row) => row === undefined || row.updatedAt === done.writtenAt);
    if (!untouched) return false;
    await db.payments.bulkDelete(done.paymentsCreated);
    await db.invoices.bulkDelete(done.invoicesCreated);
    await db.invoices.bulkPut(done.invoicesBefore);
    await db.customers.bulkPut(done.customersBefore);
    return true;
  });
}
