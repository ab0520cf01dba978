import { describe, expect, it } from 'vitest';
import { RelanceDatabase } from '../../renderer/src/db/database';
import { applyImportPlan, lastUndoableBatch, undoBatch } from '../../renderer/src/db/import-batches';
import { reconcile, type Existing } from '../../renderer/src/domain/import/reconcile';
import type { ImportPreview } from '../../renderer/src/domain/import/types';
import { credit, inv, preview } from '../support/preview-builder';
import { freshDatabases } from './fresh-database';

const freshDb = freshDatabases('import-test');

let ids = 0;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 29, 10, 0, clock++)).toISOString();

async function snapshot(db: RelanceDatabase): Promise<Existing> {
  return { customers: await db.customers.toArray(), invoices: await db.invoices.toArray(), payments: await db.payments.toArray() };
}

async function importInto(db: RelanceDatabase, file: ImportPreview, mode: 'full' | 'partial' = 'full', confirm: 'all' | 'none' = 'none') {
  const batchId = `batch-${ids++}`;
  const plan = reconcile(await snapshot(db), file, { batchId, now: now(), mode, newId: () => `row-${ids++}` });
  const progress: number[] = [];
  const batch = await applyImportPlan(db, {
    plan, batchId, fileName: 'export.csv', format: 'csv', mode, issues: file.issues,
    confirmPaidIds: confirm === 'all' ? plan.invoices.missing.map((i) => i.id) : [],
    today: '2026-11-29', now, onProgress: (done) => progress.push(done),
  });
  return { batch, plan, progress };
}

const january = preview({
  customers: [{ reference: '411A', name: 'Alpha' }, { reference: '411B', name: 'Bêta' }],
  invoices: [inv('411A', 'F-1', 100000), inv('411A', 'F-2', 50000, 20000), inv('411B', 'F-3', 30000)],
  credits: [credit('411B', 'VIR-1', 5000)],
});
const february = preview({
  customers: [{ reference: '411A', name: 'Alpha SA' }, { reference: '411C', name: 'Gamma' }],
  invoices: [inv('411A', 'F-1', 100000, 60000), inv('411C', 'F-9', 70000)],
  credits: [],
});

describe('applying an import', () => {
  it('writes everything and records the batch with its counts', async () => {
    const db = await freshDb();
    const { batch, progress } = await importInto(db, january);
    expect(await db.customers.count()).toBe(2);
    expect(await db.invoices.count()).toBe(3);
    expect(await db.payments.count()).toBe(1);
    expect(batch.counts).toMatchObject({ invoicesAdded: 3, customersAdded: 2, creditsAdded: 1 });
    expect((await db.imports.get(batch.id))?.undone).toBe(false);
    expect(progress.at(-1)).toBe(6);
  });

  it('re-importing the same file creates no duplicate and changes nothing', async () => {
    const db = await freshDb();
    await importInto(db, january);
    const before = await snapshot(db);
    const { batch } = await importInto(db, january);
    expect(batch.counts).toMatchObject({ invoicesAdded: 0, invoicesUpdated: 0, invoicesUnchanged: 3, customersAdded: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the data exactly as before when the write fails half-way', async () => {
    const db = await freshDb();
    await importInto(db, january);
    const before = await snapshot(db);
    const plan = reconcile(before, february, { batchId: 'bad', now: now(), mode: 'full', newId: () => `bad-${ids++}` });
    // A second customer with an existing reference violates the unique index mid-transaction.
    plan.customers.add.push({ ...plan.customers.add[0]!, id: 'dup', reference: '411A' });
    await expect(
      applyImportPlan(db, { plan, batchId: 'bad', fileName: 'x', format: 'csv', mode: 'full', issues: [], confirmPaidIds: [], today: '2026-11-29', now }),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    expect(await db.imports.get('bad')).toBeUndefined();
  });
});

describe('undoing the last import', () => {
  it('restores every row the batch changed and removes what it created', async () => {
    const db = await freshDb();
    await importInto(db, january);
    const before = await snapshot(db);
    const { batch } = await importInto(db, february, 'full', 'all');
    expect((await db.invoices.toArray()).filter((i) => i.openCents === 0).map((i) => i.number).sort()).toEqual(['F-2', 'F-3']);
    expect((await lastUndoableBatch(db))?.id).toBe(batch.id);

    await undoBatch(db, batch.id, now());
    expect(await snapshot(db)).toEqual(before);
    expect(await lastUndoableBatch(db)).toBeUndefined();
    await expect(undoBatch(db, batch.id, now())).rejects.toThrow(/already undone/);
  });

  it('keeps a hold the user put on an invoice after the import', async () => {
    const db = await freshDb();
    await importInto(db, january);
    const { batch } = await importInto(db, february);
    const f1 = (await db.invoices.toArray()).find((i) => i.number === 'F-1')!;
    const hold = { kind: 'dispute' as const, reason: 'Contestation', since: '2026-11-29', until: null };
    await db.invoices.update(f1.id, { hold });
    await undoBatch(db, batch.id, now());
    const restored = await db.invoices.get(f1.id);
    expect(restored).toMatchObject({ openCents: 100000, hold });
  });

  it('refuses to undo an older batch', async () => {
    const db = await freshDb();
    const { batch: first } = await importInto(db, january);
    await importInto(db, february);
    await expect(undoBatch(db, first.id, now())).rejects.toThrow(/most recent/);
  });
});
