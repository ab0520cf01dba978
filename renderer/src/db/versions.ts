import type { Dexie, Transaction } from 'dexie';
import { taskFromV1, type TaskRowV1 } from '../domain/schedule/tasks';

/**
 * Every schema the database has had, in order. A change is a NEW entry with an upgrade function
 * that transforms existing rows; an entry already shipped is never edited, because users' databases
 * were created from it. Each upgrade is tested from every earlier version with real rows.
 *
 * Index only what is queried: every index slows every write (ARCHITECTURE.md).
 */
export interface SchemaVersion {
  version: number;
  description: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    description: 'Initial data model',
    stores: {
      settings: 'key',
      customers: 'id, &reference, name',
      invoices: 'id, customerId, &[customerId+number], dueDate',
      payments: 'id, customerId, date',
      interactions: 'id, customerId, at',
      promises: 'id, customerId, promisedDate',
      plans: 'id, customerId',
      tasks: 'id, customerId, date',
      scenarios: 'id',
      templates: 'id, kind',
      documents: 'id, customerId, createdAt',
      imports: 'id, startedAt',
      rates: 'id, kind, from',
    },
  },
  {
    version: 2,
    description: 'Schedule: tasks keyed by customer + step + driving invoice, found by status',
    stores: {
      // The unique key makes a duplicate task impossible even when two plans race.
      tasks: 'id, &key, customerId, date, status',
    },
    upgrade: async (tx) => {
      await tx
        .table('tasks')
        .toCollection()
        .modify((row: TaskRowV1, ref: { value: unknown }) => {
          ref.value = taskFromV1(row);
        });
    },
  },
];

/** Declares the versions on a Dexie instance; refuses a list that is not strictly increasing. */
export function applySchemaVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  let previous = 0;
  for (const entry of versions) {
    if (!Number.isInteger(entry.version) || entry.version <= previous) {
      throw new Error(`Schema versions must increase: ${entry.version} after ${previous}`);
    }
    previous = entry.version;
    const declared = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
}
