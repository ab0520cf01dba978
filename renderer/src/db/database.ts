import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Customer,
  DocumentRecord,
  ImportBatch,
  Interaction,
  Invoice,
  Payment,
  PaymentPlan,
  PaymentPromise,
  RateRow,
  Scenario,
  SettingRow,
  Task,
  Template,
} from './schema';
import { applySchemaVersions, schemaVersions, type SchemaVersion } from './versions';

export const DATABASE_NAME = 'relance';

export class RelanceDatabase extends Dexie {
  settings!: Table<SettingRow, string>;
  customers!: EntityTable<Customer, 'id'>;
  invoices!: EntityTable<Invoice, 'id'>;
  payments!: EntityTable<Payment, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  promises!: EntityTable<PaymentPromise, 'id'>;
  plans!: EntityTable<PaymentPlan, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  scenarios!: EntityTable<Scenario, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  documents!: EntityTable<DocumentRecord, 'id'>;
  imports!: EntityTable<ImportBatch, 'id'>;
  rates!: EntityTable<RateRow, 'id'>;

  constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name);
    applySchemaVersions(this, versions);
  }
}

let shared: RelanceDatabase | null = null;

/** The app's database, opened on first use. */
export function database(): RelanceDatabase {
  shared ??= new RelanceDatabase();
  return shared;
}

/** A random, globally unique key (see schema.ts: never auto-increment). */
export const newId = (): string => crypto.randomUUID();
