/**
 * Writing an import plan to the database, all or nothing, and undoing the last batch.
 *
 * Everything happens in ONE read-write transaction over customers, invoices, payments and imports:
 * if anything fails (a constraint, a closed tab, a crash) IndexedDB rolls the whole batch back and
 * the data is exactly as before. Rows are written in chunks inside that transaction only so the
 * caller can show progress.
 */
import type { RelanceDatabase } from './database';
import type { ImportPlan } from '../domain/import/reconcile';
import type { ImportBatch, Invoice, UndoEntry } from '../domain/model';
import type { ImportIssue } from '../domain/import/types';

export interface ApplyRequest {
  plan: ImportPlan;
  batchId: string;
  fileName: string;
  format: string;
  mode: 'full' | 'partial';
  issues: ImportIssue[];
  /** Invoices gone from a full re-import that the user confirmed as paid. */
  confirmPaidIds: string[];
  today: string;
  now: () => string;
  onProgress?: (done: number, total: number) => void;
}

// Rows per bulkPut inside the one transaction. Small enough that progress moves about ten times
// a second on this machine (about 1 000 invoices per 90 ms), large enough to keep Dexie's per-call
// overhead negligible.
const CHUNK = 1000;

async function putInChunks<T>(
  rows: T[],
  write: (chunk: T[]) => Promise<unknown>,
  progress: { done: number; total: number; report?: (done: number, total: number) => void },
) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await write(chunk);
    progress.done += chunk.length;
    progress.report?.(progress.done, progress.total);
  }
}

export async function applyImportPlan(db: RelanceDatabase, request: ApplyRequest): Promise<ImportBatch> {
  const { plan } = request;
  const startedAt = request.now();
  const confirm = new Set(request.confirmPaidIds);
  const confirmed: Invoice[] = plan.invoices.missing
    .filter((i) => confirm.has(i.id))
    .map((i) => ({ ...i, openCents: 0, sourceOpenCents: 0, confirmedPaidOn: request.today, updatedAt: startedAt }));

  const undo: UndoEntry[] = [
    ...plan.customers.add.map((r) => ({ table: 'customers' as const, id: r.id, before: null })),
    ...plan.customers.update.map((u) => ({ table: 'customers' as const, id: u.before.id, before: u.before })),
    ...plan.invoices.add.map((r) => ({ table: 'invoices' as const, id: r.id, before: null })),
    ...plan.invoices.update.map((u) => ({ table: 'invoices' as const, id: u.before.id, before: u.before })),
    ...plan.invoices.missing.filter((i) => confirm.has(i.id)).map((i) => ({ table: 'invoices' as const, id: i.id, before: i })),
    ...plan.payments.add.map((r) => ({ table: 'payments' as const, id: r.id, before: null })),
    ...plan.payments.update.map((u) => ({ table: 'payments' as const, id: u.before.id, before: u.before })),
    ...plan.payments.remove.map((r) => ({ table: 'payments' as const, id: r.id, before: r })),
  ];

  const customers = [...plan.customers.add, ...plan.customers.update.map((u) => u.after)];
  const invoices = [...plan.invoices.add, ...plan.invoices.update.map((u) => u.after), ...confirmed];
  const payments = [...plan.payments.add, ...plan.payments.update.map((u) => u.after)];
  const progress = {
    done: 0,
    total: customers.length + invoices.length + payments.length + plan.payments.remove.length,
    report: request.onProgress,
  };

  const batch: ImportBatch = {
    id: request.batchId,
    startedAt,
    finishedAt: startedAt,
    fileName: request.fileName,
    format: request.format,
    mode: request.mode,
    counts: {
      customersAdded: plan.customers.add.length,
      customersUpdated: plan.customers.update.length,
      invoicesAdded: plan.invoices.add.length,
      invoicesUpdated: plan.invoices.update.length,
      invoicesUnchanged: plan.invoices.unchanged,
      invoicesConfirmedPaid: confirmed.length,
      invoicesMissing: plan.invoices.missing.length,
      creditsAdded: plan.payments.add.length,
      creditsRemoved: plan.payments.remove.length,
    },
    issues: request.issues.map((i) => ({ ...i })),
    undo,
    undone: false,
  };

  await db.transaction('rw', [db.customers, db.invoices, db.payments, db.imports], async () => {
    await putInChunks(customers, (c) => db.customers.bulkPut(c), progress);
    await putInChunks(invoices, (c) => db.invoices.bulkPut(c), progress);
    await putInChunks(payments, (c) => db.payments.bulkPut(c), progress);
    await putInChunks(plan.payments.remove.map((p) => p.id), (c) => db.payments.bulkDelete(c), progress);
    batch.finishedAt = request.now();
    await db.imports.add(batch);
  });
  request.onProgress?.(progress.total, progress.total);
  return batch;
}

/** The batch that "Annuler le dernier import" would undo, if any. */
export async function lastUndoableBatch(db: RelanceDatabase): Promise<ImportBatch | undefined> {
  const last = await db.imports.orderBy('startedAt').last();
  return last && !last.undone ? last : undefined;
}

/**
 * Restores every row the batch changed to its state before the import, and deletes what it
 * created, in one transaction. Holds put on invoices since the import are kept: they are the
 * user's own work, not the import's.
 */
export async function undoBatch(db: RelanceDatabase, batchId: string, now: string): Promise<void> {
  await db.transaction('rw', [db.customers, db.invoices, db.payments, db.imports], async () => {
    const batch = await db.imports.get(batchId);
    if (!batch) throw new Error(`Unknown import batch ${batchId}`);
    if (batch.undone) throw new Error('This import was already undone');
    const last = await db.imports.orderBy('startedAt').last();
    if (last?.id !== batchId) throw new Error('Only the most recent import can be undone');

    for (const name of ['customers', 'invoices', 'payments'] as const) {
      const table = db.table<{ id: string }, string>(name);
      const entries = batch.undo.filter((e) => e.table === name);
      const created = entries.filter((e) => e.before === null).map((e) => e.id);
      const restored = entries.filter((e) => e.before !== null).map((e) => e.before) as { id: string }[];
      if (name === 'invoices' && restored.length > 0) {
        const current = await db.invoices.bulkGet(restored.map((r) => r.id));
        (restored as Invoice[]).forEach((row, i) => {
          row.hold = current[i]?.hold ?? row.hold;
        });
      }
      await table.bulkDelete(created);
      await table.bulkPut(restored);
    }
    await db.imports.update(batchId, { undone: true, undoneAt: now });
  });
}
