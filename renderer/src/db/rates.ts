/**
 * The stored rate tables (`rates` table). The shipped rows (domain/rates/default-rates.ts) are
 * written on first use; a later version of the app adds the rows it ships that the user's table
 * lacks, and never overwrites a row the user has (edited or not). Writes re-check the table's
 * rules inside their transaction.
 */
import { DEFAULT_RATES, isDefaultRate } from '../domain/rates/default-rates';
import { checkRate, type RateErrors } from '../domain/rates/rate-table';
import type { RateRow } from '../domain/model';
import { newId, type RelanceDatabase } from './database';

/**
 * Every rate row. Shipped rows missing from the table are added first, in one transaction: all
 * of them on first use; on a later version only the new ones, and only where the user has no row
 * of the same kind and date (the user's figure wins). Not for a liveQuery (it writes).
 */
export async function loadRates(db: RelanceDatabase): Promise<RateRow[]> {
  return db.transaction('rw', db.rates, async () => {
    const stored = await db.rates.toArray();
    const ids = new Set(stored.map((r) => r.id));
    const dates = new Set(stored.map((r) => `${r.kind}|${r.from}`));
    const missing = DEFAULT_RATES.filter((r) => !ids.has(r.id) && !dates.has(`${r.kind}|${r.from}`)).map((r) => ({ ...r }));
    if (missing.length > 0) await db.rates.bulkAdd(missing);
    return [...stored, ...missing];
  });
}

/** A new id for a row the user adds (distinct from the shipped ids, so it can be deleted). */
export const newRateId = (): string => `user-${newId()}`;

export type SaveRateResult = { ok: true; row: RateRow } | { ok: false; errors: RateErrors };

/** Adds or replaces a row after checking it against the rest of its table. */
export async function saveRate(db: RelanceDatabase, row: RateRow): Promise<SaveRateResult> {
  return db.transaction('rw', db.rates, async () => {
    const others = await db.rates.where('kind').equals(row.kind).toArray();
    const errors = checkRate(row, others, row.id);
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    await db.rates.put(row);
    return { ok: true, row };
  });
}

/** Deletes a row the user added. Shipped rows are corrected, never deleted: returns false. */
export async function deleteRate(db: RelanceDatabase, id: string): Promise<boolean> {
  if (isDefaultRate(id)) return false;
  await db.rates.delete(id);
  return true;
}

/** Marks a row as checked by the user ("À vérifier" goes away). False if the row is gone. */
export async function confirmRate(db: RelanceDatabase, id: string): Promise<boolean> {
  return (await db.rates.update(id, { confirmed: true })) > 0;
}
