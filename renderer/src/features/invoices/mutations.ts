/**
 * Bulk actions of the invoice book. Each returns what it changed so the notification can offer
 * "Annuler": a mistaken click on 200 invoices is one click away from being undone.
 */
import type { RelanceDatabase } from '../../db/database';
import { newId } from '../../db/database';
import type { IsoDate } from '../../domain/dates';
import type { Hold, Invoice } from '../../domain/model';
import { planManualPayment, type ManualPaymentError } from '../../domain/manual-payment';

export interface Undoable {
  invoicesBefore: Invoice[];
  paymentsCreated: string[];
}

async function load(db: RelanceDatabase, ids: string[]): Promise<Invoice[]> {
  return (await db.invoices.bulkGet(ids)).filter((i): i is Invoice => i !== undefined);
}

export async function putOnHold(db: RelanceDatabase, ids: string[], hold: Hold, now: string): Promise<Undoable> {
  return db.transaction('rw', db.invoices, async () => {
    const before = await load(db, ids);
    await db.invoices.bulkPut(before.map((i) => ({ ...i, hold, updatedAt: now })));
    return { invoicesBefore: before, paymentsCreated: [] };
  });
}

export async function liftHold(db: RelanceDatabase, ids: string[], now: string): Promise<Undoable> {
  return db.transaction('rw', db.invoices, async () => {
    const before = (await load(db, ids)).filter((i) => i.hold);
    await db.invoices.bulkPut(before.map((i) => ({ ...i, hold: null, updatedAt: now })));
    return { invoicesBefore: before, paymentsCreated: [] };
  });
}

export async function recordPayment(
  db: RelanceDatabase,
  input: { invoiceIds: string[]; amountCents: number; date: IsoDate; reference?: string; now: string },
): Promise<{ ok: true; undo: Undoable } | { ok: false; error: ManualPaymentError }> {
  return db.transaction('rw', db.invoices, db.payments, async () => {
    const invoices = await load(db, input.invoiceIds);
    const planned = planManualPayment({ ...input, invoices, id: newId() });
    if (!planned.ok) return planned;
    await db.invoices.bulkPut(planned.invoices);
    await db.payments.add(planned.payment);
    return { ok: true as const, undo: { invoicesBefore: invoices, paymentsCreated: [planned.payment.id] } };
  });
}

/** One payment per customer for everything still open on the chosen invoices. */
export async function markPaid(db: RelanceDatabase, ids: string[], today: IsoDate, now: string): Promise<Undoable> {
  return db.transaction('rw', db.invoices, db.payments, async () => {
    const invoices = (await load(db, ids)).filter((i) => i.openCents > 0);
    const byCustomer = new Map<string, Invoice[]>();
    for (const invoice of invoices) byCustomer.set(invoice.customerId, [...(byCustomer.get(invoice.customerId) ?? []), invoice]);
    const created: string[] = [];
    for (const group of byCustomer.values()) {
      const total = group.reduce((sum, i) => sum + i.openCents, 0);
      const planned = planManualPayment({ invoices: group, amountCents: total, date: today, id: newId(), now });
      if (!planned.ok) continue;
      await db.invoices.bulkPut(planned.invoices);
      await db.payments.add(planned.payment);
      created.push(planned.payment.id);
    }
    return { invoicesBefore: invoices, paymentsCreated: created };
  });
}

export async function undo(db: RelanceDatabase, change: Undoable): Promise<void> {
  await db.transaction('rw', db.invoices, db.payments, async () => {
    await db.payments.bulkDelete(change.paymentsCreated);
    await db.invoices.bulkPut(change.invoicesBefore);
  });
}
