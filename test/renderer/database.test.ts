import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { RelanceDatabase } from '../../renderer/src/db/database';
import { schemaVersions, type SchemaVersion } from '../../renderer/src/db/versions';
import type { Customer, Invoice } from '../../renderer/src/db/schema';

const opened: Dexie[] = [];
let counter = 0;
const freshName = () => `relance-test-${Date.now()}-${counter++}`;
const track = <T extends Dexie>(db: T) => (opened.push(db), db);

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const customer = (reference: string, name = 'Client'): Customer => ({
  id: crypto.randomUUID(),
  reference,
  name,
  kind: 'business',
  contacts: [],
  createdAt: '2026-11-29T10:00:00.000Z',
  updatedAt: '2026-11-29T10:00:00.000Z',
});

const invoice = (customerId: string, number: string, amountCents = 120000): Invoice => ({
  id: crypto.randomUUID(),
  customerId,
  number,
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  amountCents,
  openCents: amountCents,
  sourceOpenCents: amountCents,
  source: 'import',
  hold: null,
  createdAt: '2026-11-29T10:00:00.000Z',
  updatedAt: '2026-11-29T10:00:00.000Z',
});

describe('database v1', () => {
  it('has a typed table for every part of the data model', async () => {
    const db = track(new RelanceDatabase(freshName()));
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['customers', 'documents', 'imports', 'interactions', 'invoices', 'payments', 'plans', 'promises', 'rates', 'scenarios', 'settings', 'tasks', 'templates'].sort(),
    );
    expect(db.verno).toBe(1);
  });

  it('keys rows by random strings, never auto-increment numbers', async () => {
    const db = track(new RelanceDatabase(freshName()));
    await db.open();
    for (const table of db.tables) {
      expect({ table: table.name, auto: table.schema.primKey.auto }).toEqual({ table: table.name, auto: false });
    }
  });

  it('refuses two customers with the same accounting reference', async () => {
    const db = track(new RelanceDatabase(freshName()));
    await db.customers.add(customer('411DUPONT'));
    await expect(db.customers.add(customer('411DUPONT'))).rejects.toThrow(/ConstraintError|uniqueness/i);
    expect(await db.customers.count()).toBe(1);
  });

  it('refuses the same invoice number twice for one customer, allows it for another', async () => {
    const db = track(new RelanceDatabase(freshName()));
    const a = customer('411A');
    const b = customer('411B');
    await db.customers.bulkAdd([a, b]);
    await db.invoices.add(invoice(a.id, 'F-001'));
    await db.invoices.add(invoice(b.id, 'F-001'));
    await expect(db.invoices.add(invoice(a.id, 'F-001'))).rejects.toThrow();
    expect(await db.invoices.where('[customerId+number]').equals([a.id, 'F-001']).count()).toBe(1);
  });

  it('writes all or nothing inside a transaction', async () => {
    const db = track(new RelanceDatabase(freshName()));
    const a = customer('411A');
    await db.customers.add(a);
    await expect(
      db.transaction('rw', db.invoices, async () => {
        await db.invoices.bulkAdd([invoice(a.id, 'F-1'), invoice(a.id, 'F-2')]);
        await db.invoices.add(invoice(a.id, 'F-1')); // duplicate: the whole batch must go
      }),
    ).rejects.toThrow();
    expect(await db.invoices.count()).toBe(0);
  });
});

describe('schema versioning pattern', () => {
  // A future version 2 as the pattern would write it: split the customer name into a display name
  // and keep the reference; the upgrade must transform rows written by version 1.
  const withV2: SchemaVersion[] = [
    ...schemaVersions,
    {
      version: 2,
      description: 'test: display name on customers',
      stores: { customers: 'id, &reference, name, displayName' },
      upgrade: async (tx) => {
        await tx
          .table('customers')
          .toCollection()
          .modify((row: Customer & { displayName?: string }) => {
            row.displayName = `${row.name} (${row.reference})`;
          });
      },
    },
  ];

  it('upgrades rows written by version 1 when the app opens with version 2', async () => {
    const name = freshName();
    const v1 = new RelanceDatabase(name);
    await v1.customers.bulkAdd([customer('411A', 'Alpha'), customer('411B', 'Bêta')]);
    await v1.invoices.add(invoice('x', 'F-9'));
    v1.close();

    const v2 = track(new RelanceDatabase(name, withV2));
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = (await v2.customers.orderBy('reference').toArray()) as (Customer & { displayName: string })[];
    expect(rows.map((r) => r.displayName)).toEqual(['Alpha (411A)', 'Bêta (411B)']);
    expect(await v2.invoices.count()).toBe(1); // untouched tables keep their rows
    expect(await v2.customers.where('displayName').equals('Alpha (411A)').count()).toBe(1);
  });

  it('refuses a version list that does not increase', () => {
    const broken: SchemaVersion[] = [...schemaVersions, { version: 1, description: 'again', stores: {} }];
    expect(() => new RelanceDatabase(freshName(), broken)).toThrow(/must increase/);
  });

  it('has shipped versions numbered 1, 2, 3… with a description each', () => {
    schemaVersions.forEach((v, i) => {
      expect(v.version).toBe(i + 1);
      expect(v.description.length).toBeGreaterThan(0);
    });
  });
});
