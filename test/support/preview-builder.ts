import type { ImportPreview, ImportedCredit, ImportedInvoice } from '../../renderer/src/domain/import/types';
import type { Existing, ImportPlan } from '../../renderer/src/domain/import/reconcile';

export function preview(parts: Partial<ImportPreview> = {}): ImportPreview {
  return {
    detection: {
      encoding: 'utf-8',
      hasBom: false,
      separator: ';',
      headerLine: 1,
      rowCount: 0,
      format: 'csv',
      lineEnding: 'lf',
    },
    customers: [],
    invoices: [],
    credits: [],
    issues: [],
    ...parts,
  };
}

export function inv(customerReference: string, number: string, amountCents: number, openCents = amountCents, extra: Partial<ImportedInvoice> = {}): ImportedInvoice {
  return {
    customerReference,
    number,
    issueDate: '2026-09-01',
    dueDate: '2026-10-01',
    dueDateDerived: false,
    amountCents,
    openCents,
    line: 2,
    ...extra,
  };
}

export function credit(customerReference: string, reference: string, amountCents: number, extra: Partial<ImportedCredit> = {}): ImportedCredit {
  return {
    customerReference,
    kind: 'payment',
    date: '2026-10-15',
    amountCents,
    reference,
    unallocatedCents: amountCents,
    line: 3,
    ...extra,
  };
}

/** Applies a plan to plain arrays, as the database layer does in one transaction. */
export function applyInMemory(existing: Existing, plan: ImportPlan, confirmMissingPaid = false): Existing {
  const replace = <T extends { id: string }>(rows: T[], add: T[], updates: { after: T }[], remove: T[] = []) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of add) byId.set(r.id, r);
    for (const u of updates) byId.set(u.after.id, u.after);
    for (const r of remove) byId.delete(r.id);
    return [...byId.values()];
  };
  let invoices = replace(existing.invoices, plan.invoices.add, plan.invoices.update);
  if (confirmMissingPaid) {
    const missing = new Set(plan.invoices.missing.map((i) => i.id));
    invoices = invoices.map((i) => (missing.has(i.id) ? { ...i, openCents: 0, sourceOpenCents: 0 } : i));
  }
  return {
    customers: replace(existing.customers, plan.customers.add, plan.customers.update),
    invoices,
    payments: replace(existing.payments, plan.payments.add, plan.payments.update, plan.payments.remove),
  };
}
