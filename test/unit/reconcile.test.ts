import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isEmptyPlan, reconcile, type Existing } from '../../renderer/src/domain/import/reconcile';
import type { Payment } from '../../renderer/src/domain/model';
import { applyInMemory, credit, inv, preview } from '../support/preview-builder';

let counter = 0;
const options = (mode: 'full' | 'partial' = 'full') => ({
  batchId: 'batch-1',
  now: '2026-11-29T10:00:00.000Z',
  mode,
  newId: () => `id-${counter++}`,
});
const empty: Existing = { customers: [], invoices: [], payments: [] };

const first = preview({
  customers: [
    { reference: '411A', name: 'Alpha SARL', email: 'compta@alpha.fr' },
    { reference: '411B', name: 'Bêta SAS' },
  ],
  invoices: [inv('411A', 'F-1', 100000), inv('411A', 'F-2', 50000, 20000), inv('411B', 'F-1', 30000)],
  credits: [credit('411B', 'VIR-9', 5000)],
});

describe('first import', () => {
  it('creates customers, invoices and credits, keyed by reference and number', () => {
    const plan = reconcile(empty, first, options());
    expect(plan.customers.add.map((c) => c.reference)).toEqual(['411A', '411B']);
    expect(plan.invoices.add).toHaveLength(3);
    expect(plan.payments.add).toHaveLength(1);
    const a = plan.customers.add[0]!;
    expect(a.contacts).toMatchObject([{ email: 'compta@alpha.fr', fromImport: true }]);
    const f2 = plan.invoices.add.find((i) => i.number === 'F-2')!;
    expect(f2).toMatchObject({ customerId: a.id, amountCents: 50000, openCents: 20000, sourceOpenCents: 20000, source: 'import', importBatchId: 'batch-1' });
    // The same number for another customer is another invoice.
    expect(plan.invoices.add.filter((i) => i.number === 'F-1').map((i) => i.customerId)).toHaveLength(2);
  });
});

describe('re-import', () => {
  it('changes nothing when the same file comes again', () => {
    const db = applyInMemory(empty, reconcile(empty, first, options()));
    const again = reconcile(db, first, options());
    expect(isEmptyPlan(again)).toBe(true);
    expect(again.invoices.unchanged).toBe(3);
    expect(again.customers.unchanged).toBe(2);
    expect(again.payments.unchanged).toBe(1);
  });

  it('applies and lists changed amounts and payments', () => {
    const db = applyInMemory(empty, reconcile(empty, first, options()));
    const next = preview({ ...first, invoices: [inv('411A', 'F-1', 100000, 40000), inv('411A', 'F-2', 50000, 20000), inv('411B', 'F-1', 30000)] });
    const plan = reconcile(db, next, options());
    expect(plan.invoices.update).toHaveLength(1);
    expect(plan.invoices.update[0]).toMatchObject({ before: { openCents: 100000 }, after: { openCents: 40000 }, changes: ['open'] });
    expect(plan.invoices.unchanged).toBe(2);
  });

  it('lists invoices gone from a full re-import for the user to confirm as paid', () => {
    const db = applyInMemory(empty, reconcile(empty, first, options()));
    const next = preview({ ...first, invoices: [inv('411A', 'F-2', 50000, 20000)] });
    const plan = reconcile(db, next, options('full'));
    expect(plan.invoices.missing.map((i) => i.number).sort()).toEqual(['F-1', 'F-1']);
    expect(reconcile(db, next, options('partial')).invoices.missing).toEqual([]);
  });

  it('never lists an invoice typed in Relance as missing', () => {
    const db = applyInMemory(empty, reconcile(empty, first, options()));
    db.invoices.push({ ...db.invoices[0]!, id: 'manual-1', number: 'M-1', source: 'manual' });
    const plan = reconcile(db, preview({ ...first, invoices: [] }), options('full'));
    expect(plan.invoices.missing.map((i) => i.id)).not.toContain('manual-1');
  });

  it('keeps a payment typed in Relance until the accounting shows it, without counting it twice', () => {
    let db = applyInMemory(empty, reconcile(empty, first, options()));
    const f1 = db.invoices.find((i) => i.number === 'F-1' && i.amountCents === 100000)!;
    const manual: Payment = {
      id: 'pay-1', customerId: f1.customerId, kind: 'payment', source: 'manual', date: '2026-11-20',
      amountCents: 30000, allocations: [{ invoiceId: f1.id, cents: 30000, pendingCents: 30000 }],
      unallocatedCents: 0, createdAt: '2026-11-20T00:00:00Z',
    };
    db = { ...db, payments: [...db.payments, manual], invoices: db.invoices.map((i) => (i.id === f1.id ? { ...i, openCents: 70000 } : i)) };

    // The accounting has not recorded it yet: still 1 000,00 € open in the file → 700,00 € owed.
    const stale = reconcile(db, first, options());
    expect(isEmptyPlan(stale)).toBe(true);

    // The accounting now shows it: the file says 700,00 € open; the pending part is consumed.
    const caughtUp = preview({ ...first, invoices: [inv('411A', 'F-1', 100000, 70000), inv('411A', 'F-2', 50000, 20000), inv('411B', 'F-1', 30000)] });
    const plan = reconcile(db, caughtUp, options());
    expect(plan.invoices.update[0]!.after).toMatchObject({ sourceOpenCents: 70000, openCents: 70000 });
    expect(plan.payments.update[0]!.after.allocations[0]!.pendingCents).toBe(0);
    db = applyInMemory(db, plan);
    expect(isEmptyPlan(reconcile(db, caughtUp, options()))).toBe(true);
  });

  it('removes imported credits that left a full re-import, keeps identical credits apart', () => {
    const twice = preview({ ...first, credits: [credit('411B', 'VIR', 5000), credit('411B', 'VIR', 5000)] });
    const db = applyInMemory(empty, reconcile(empty, twice, options()));
    expect(db.payments).toHaveLength(2);
    const once = preview({ ...first, credits: [credit('411B', 'VIR', 5000)] });
    const plan = reconcile(db, once, options('full'));
    expect(plan.payments.remove).toHaveLength(1);
    expect(plan.payments.unchanged).toBe(1);
  });
});

describe('properties', () => {
  const invoiceArb = fc.record({
    customer: fc.constantFrom('411A', '411B', '411C'),
    number: fc.stringMatching(/^F-[0-9]{1,3}$/),
    amount: fc.integer({ min: 1, max: 10_000_000 }),
    paidShare: fc.integer({ min: 0, max: 100 }),
  });
  const previewArb = fc.uniqueArray(invoiceArb, { selector: (i) => `${i.customer}/${i.number}`, maxLength: 30 }).map((rows) =>
    preview({
      customers: ['411A', '411B', '411C'].map((reference) => ({ reference, name: reference })),
      invoices: rows.map((r) => inv(r.customer, r.number, r.amount, Math.floor((r.amount * (100 - r.paidShare)) / 100))),
    }),
  );

  it('reconciling a file already applied plans nothing (idempotent)', () => {
    fc.assert(
      fc.property(previewArb, previewArb, (a, b) => {
        const afterA = applyInMemory(empty, reconcile(empty, a, options()));
        const afterB = applyInMemory(afterA, reconcile(afterA, b, options('partial')));
        expect(isEmptyPlan(reconcile(afterB, b, options('partial')))).toBe(true);
      }),
    );
  });

  it('after importing a file, the book holds exactly its open total (confirming the missing ones)', () => {
    fc.assert(
      fc.property(previewArb, previewArb, (a, b) => {
        const afterA = applyInMemory(empty, reconcile(empty, a, options()));
        const afterB = applyInMemory(afterA, reconcile(afterA, b, options('full')), true);
        const open = afterB.invoices.reduce((sum, i) => sum + i.openCents, 0);
        expect(open).toBe(b.invoices.reduce((sum, i) => sum + i.openCents, 0));
        const keys = afterB.invoices.map((i) => `${i.customerId}/${i.number}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
