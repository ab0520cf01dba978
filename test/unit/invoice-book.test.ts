import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bookTotals, buildBookRows, DEFAULT_FILTERS, filterBook, sortBook } from '../../renderer/src/domain/invoice-book';
import { allocateOldestFirst } from '../../renderer/src/domain/allocation';
import type { Customer, Invoice } from '../../renderer/src/domain/model';

const customer = (id: string, name: string): Customer => ({
  id, reference: `411${id}`, name, kind: 'business', contacts: [], createdAt: '', updatedAt: '',
});
const invoice = (id: string, customerId: string, number: string, amountCents: number, openCents: number, dueDate: string, extra: Partial<Invoice> = {}): Invoice => ({
  id, customerId, number, issueDate: '2026-08-01', dueDate, amountCents, openCents, sourceOpenCents: openCents,
  hold: null, source: 'import', createdAt: '', updatedAt: '', ...extra,
});

const customers = new Map([
  ['a', customer('a', 'Boulangerie Étoile')],
  ['b', customer('b', 'Garage Martin')],
]);
const invoices = [
  invoice('1', 'a', 'F-2026-001', 123456, 123456, '2026-09-01'),
  invoice('2', 'a', 'F-2026-002', 50000, 0, '2026-09-15'),
  invoice('3', 'b', 'F-2026-010', 99900, 40000, '2026-11-20'),
  invoice('4', 'b', 'F-2026-011', 20000, 20000, '2026-12-31'),
  invoice('5', 'b', 'F-2026-012', 75000, 75000, '2026-07-01', {
    hold: { kind: 'dispute', reason: 'Livraison incomplète', since: '2026-10-01', until: null },
  }),
];
const today = '2026-11-29';
const rows = buildBookRows(invoices, customers, today);
const ids = (list: { invoice: Invoice }[]) => list.map((r) => r.invoice.id);

describe('invoice book', () => {
  it('hides paid invoices by default and shows them on request', () => {
    expect(ids(filterBook(rows, DEFAULT_FILTERS))).toEqual(['1', '3', '4', '5']);
    expect(ids(filterBook(rows, { ...DEFAULT_FILTERS, statuses: ['paid'] }))).toEqual(['2']);
  });

  it('searches numbers, customers (without accents) and amounts as typed', () => {
    const search = (query: string) => ids(filterBook(rows, { ...DEFAULT_FILTERS, query, includePaid: true }));
    expect(search('2026-010')).toEqual(['3']);
    expect(search('etoile')).toEqual(['1', '2']);
    expect(search('ÉTOILE 001')).toEqual(['1']);
    expect(search('1234,56')).toEqual(['1']);
    expect(search('1 234,56')).toEqual(['1']);
    expect(search('1234.56')).toEqual(['1']);
    expect(search('400,00')).toEqual(['3']);
    expect(search('zzz')).toEqual([]);
  });

  it('filters by lateness bucket, customer and hold', () => {
    expect(ids(filterBook(rows, { ...DEFAULT_FILTERS, bucket: '61-90' }))).toEqual(['1']);
    expect(ids(filterBook(rows, { ...DEFAULT_FILTERS, bucket: '90+' }))).toEqual(['5']);
    expect(ids(filterBook(rows, { ...DEFAULT_FILTERS, customerId: 'b' }))).toEqual(['3', '4', '5']);
    expect(ids(filterBook(rows, { ...DEFAULT_FILTERS, hold: 'held' }))).toEqual(['5']);
    expect(ids(filterBook(rows, { ...DEFAULT_FILTERS, hold: 'not-held' }))).toEqual(['1', '3', '4']);
  });

  it('sorts by any column, both ways', () => {
    expect(ids(sortBook(rows, { key: 'daysLate', direction: 'desc' }))).toEqual(['5', '1', '3', '2', '4']);
    expect(ids(sortBook(rows, { key: 'open', direction: 'asc' }))).toEqual(['2', '4', '3', '5', '1']);
    expect(ids(sortBook(rows, { key: 'customer', direction: 'asc' })).slice(0, 2)).toEqual(['1', '2']);
  });

  it('totals what is shown', () => {
    const shown = filterBook(rows, DEFAULT_FILTERS);
    expect(bookTotals(shown)).toEqual({ count: 4, amountCents: 318356, openCents: 258456, lateOpenCents: 238456 });
  });

  it('filtering never returns a row that fails a filter, and sorting keeps every row', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.constantFrom('all', '0-30', '31-60', '61-90', '90+' as const), (query, bucket) => {
        const shown = filterBook(rows, { ...DEFAULT_FILTERS, query, bucket: bucket as never });
        for (const r of shown) if (bucket !== 'all') expect(r.bucket).toBe(bucket);
        expect(sortBook(shown, { key: 'amount', direction: 'asc' })).toHaveLength(shown.length);
      }),
    );
  });
});

describe('allocating a payment oldest first', () => {
  const open = [
    { id: 'x', dueDate: '2026-10-01', number: 'F-2', openCents: 30000 },
    { id: 'y', dueDate: '2026-09-01', number: 'F-1', openCents: 10000 },
    { id: 'z', dueDate: '2026-11-01', number: 'F-3', openCents: 50000 },
  ];

  it('pays the oldest due date first, partly the last one', () => {
    expect(allocateOldestFirst(open, 45000)).toEqual({
      allocations: [
        { invoiceId: 'y', cents: 10000 },
        { invoiceId: 'x', cents: 30000 },
        { invoiceId: 'z', cents: 5000 },
      ],
      unallocatedCents: 0,
    });
  });

  it('keeps an overpayment unallocated', () => {
    expect(allocateOldestFirst(open, 100000).unallocatedCents).toBe(10000);
  });

  it('allocates exactly the payment, never more than owed per invoice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), dueDate: fc.constantFrom('2026-01-01', '2026-02-01'), number: fc.string(), openCents: fc.integer({ min: 0, max: 1e7 }) }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 2e8 }),
        (list, amount) => {
          const result = allocateOldestFirst(list, amount);
          const total = result.allocations.reduce((s, a) => s + a.cents, 0);
          expect(total + result.unallocatedCents).toBe(amount);
          for (const a of result.allocations) {
            expect(a.cents).toBeGreaterThan(0);
            expect(a.cents).toBeLessThanOrEqual(list.find((i) => i.id === a.invoiceId)!.openCents);
          }
        },
      ),
    );
  });
});
