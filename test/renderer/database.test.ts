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

describe('database', () => {
  it('has a typed table for every part of the data model', async () => {
    const db = track(new RelanceDatabase(freshName()));
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['customers', 'documents', 'imports', 'interactions', 'invoices', 'payments', 'plans', 'promises', 'rates', 'scenarios', 'settings', 'tasks', 'templates'].sort(),
    );
    expect(db.verno).toBe(schemaVersions.at(-1)!.version);
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
  // A version 2 as the pattern would write it: split the customer name into a display name
  // and keep the reference; the upgrade must transform rows written by version 1.
  const v1Only = schemaVersions.slice(0, 1);
  const withV2: SchemaVersion[] = [
    ...v1Only,
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
    const v1 = new RelanceDatabase(name, v1Only);
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

  it('upgrades version-1 tasks to keyed tasks with an action (version 2)', async () => {
    const name = freshName();
    const v1 = new RelanceDatabase(name, v1Only);
    const a = customer('411A', 'Alpha');
    await v1.customers.add(a);
    await v1.invoices.add(invoice(a.id, 'F-1'));
    const old = (id: string, kind: string, status: string, date: string) => ({ id, customerId: a.id, kind, date, originalDate: '2026-11-02', status, invoiceIds: ['inv-1'] });
    await v1.table('tasks').bulkAdd([
      old('t-call', 'call', 'planned', '2026-11-03'),
      old('t-mail', 'email', 'done', '2026-11-04'),
      old('t-odd', 'Passer au bureau', 'skipped', '2026-11-05'),
      old('t-notice', 'formal-notice', 'planned', '2026-11-06'),
    ]);
    v1.close();

    const v2 = track(new RelanceDatabase(name));
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = await v2.tasks.orderBy('date').toArray();
    expect(rows).toEqual([
      { id: 't-call', key: 'manual:t-call', customerId: a.id, action: 'call', date: '2026-11-03', originalDate: '2026-11-02', status: 'planned', invoiceIds: ['inv-1'] },
      { id: 't-mail', key: 'manual:t-mail', customerId: a.id, action: 'email-reminder', date: '2026-11-04', originalDate: '2026-11-02', status: 'done', invoiceIds: ['inv-1'] },
      { id: 't-odd', key: 'manual:t-odd', customerId: a.id, action: 'custom', label: 'Passer au bureau', date: '2026-11-05', originalDate: '2026-11-02', status: 'skipped', invoiceIds: ['inv-1'] },
      { id: 't-notice', key: 'manual:t-notice', customerId: a.id, action: 'formal-notice', date: '2026-11-06', originalDate: '2026-11-02', status: 'planned', invoiceIds: ['inv-1'] },
    ]);
    // The new indexes answer, the unique key refuses a copy, the other tables keep their rows.
    expect(await v2.tasks.where('status').equals('planned').count()).toBe(2);
    expect((await v2.tasks.where('key').equals('manual:t-mail').first())?.id).toBe('t-mail');
    await expect(v2.tasks.add({ ...rows[0]!, id: 'copy' })).rejects.toThrow();
    expect(await v2.customers.count()).toBe(1);
    expect(await v2.invoices.count()).toBe(1);
  });

  it('opens an empty version-1 database at version 2', async () => {
    const name = freshName();
    const v1 = new RelanceDatabase(name, v1Only);
    await v1.open();
    v1.close();
    const v2 = track(new RelanceDatabase(name));
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.tasks.count()).toBe(0);
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
