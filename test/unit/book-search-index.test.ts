import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBookSearchIndex } from '../../renderer/src/domain/book-search-index';
import { buildBookRows, DEFAULT_FILTERS, filterBook, sortBook, type BookFilters } from '../../renderer/src/domain/invoice-book';
import type { Customer, Invoice } from '../../renderer/src/domain/model';

const NAMES = ['Boulangerie Étoile', 'Garage Martin', 'Restaurant Bonnet Nîmes', 'Maçonnerie Leroy', 'SARL Œuvre & Fils'];
const customers = new Map<string, Customer>(
  NAMES.map((name, i) => [`c${i}`, { id: `c${i}`, reference: `411C${i}`, name, kind: 'business', contacts: [], createdAt: '', updatedAt: '' }]),
);

const invoiceArb = fc.record({
  customer: fc.integer({ min: 0, max: NAMES.length - 1 }),
  number: fc.stringMatching(/^FA-2026-0[0-9]{2}$/),
  amount: fc.integer({ min: 1, max: 2_000_000 }),
  paidShare: fc.constantFrom(0, 0.5, 1),
  due: fc.constantFrom('2026-06-01', '2026-09-15', '2026-11-20', '2026-12-31'),
});

type InvoiceSpec = { customer: number; number: string; amount: number; paidShare: number; due: string };
const toRows = (specs: InvoiceSpec[]) =>
  buildBookRows(
    specs.map((x, i): Invoice => {
      const open = Math.round(x.amount * (1 - x.paidShare));
      return {
        id: String(i), customerId: `c${x.customer}`, number: x.number, issueDate: '2026-05-01', dueDate: x.due,
        amountCents: x.amount, openCents: open, sourceOpenCents: open, hold: null, source: 'import', createdAt: '', updatedAt: '',
      };
    }),
    customers,
    '2026-11-30',
  );

// Fragments people type: parts of names (accents dropped or not), numbers, amounts.
const queryArb = fc.oneof(
  fc.constantFrom('', 'gar', 'garage', 'nimes', 'nîmes', 'étoile', 'etoile', 'œuvre', 'fa-2026', '0', '00', ',5', ' ', 'ma ler', 'zzz', '411c3', '1 2'),
  fc.string({ maxLength: 4 }),
);

describe('book search index', () => {
  it('finds exactly what the row-by-row search finds, in the same order, whatever the filters', () => {
    fc.assert(
      fc.property(
        fc.array(invoiceArb, { maxLength: 60 }),
        queryArb,
        fc.constantFrom<BookFilters['bucket']>('all', '0-30', '90+'),
        fc.boolean(),
        (specs, query, bucket, includePaid) => {
          const sorted = sortBook(toRows(specs), { key: 'daysLate', direction: 'desc' });
          const filters = { ...DEFAULT_FILTERS, query, bucket, includePaid };
          const index = createBookSearchIndex(sorted);
          expect(filterBook(sorted, filters, index)).toEqual(filterBook(sorted, filters));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches a word once per row even when it occurs several times, and across the words of a query', () => {
    const rows = toRows([
      { customer: 0, number: 'FA-2026-001', amount: 100000, paidShare: 0, due: '2026-09-15' },
      { customer: 1, number: 'FA-2026-002', amount: 100000, paidShare: 0, due: '2026-09-15' },
      { customer: 2, number: 'FA-2026-003', amount: 5000, paidShare: 0, due: '2026-09-15' },
    ]);
    const index = createBookSearchIndex(rows);
    // "1000,00" is in the amount and the open amount of rows 0 and 1: each row once.
    expect(index.match(['1000,00']).map((r) => r.invoice.id)).toEqual(['0', '1']);
    expect(index.match(['garage', '002']).map((r) => r.invoice.id)).toEqual(['1']);
    expect(index.match(['garage', '003'])).toEqual([]);
    // A word cannot match across two rows' texts.
    expect(index.match([`${rows[0]!.haystack.slice(-3)}${rows[1]!.haystack.slice(0, 3)}`])).toEqual([]);
  });

  it('is not used for another list than its own', () => {
    const rows = toRows([{ customer: 1, number: 'FA-2026-009', amount: 100, paidShare: 0, due: '2026-09-15' }]);
    const index = createBookSearchIndex([]);
    expect(filterBook(rows, { ...DEFAULT_FILTERS, query: 'garage' }, index)).toHaveLength(1);
  });
});
