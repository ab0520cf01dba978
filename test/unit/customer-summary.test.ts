import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptySummary, summariseCustomer, summariseCustomers } from '../../renderer/src/domain/customer-summary';
import {
  buildCustomerRows,
  customerTotals,
  filterCustomers,
  sortCustomers,
  type CustomerSortKey,
} from '../../renderer/src/domain/customer-list';
import { addDays, daysBetween } from '../../renderer/src/domain/dates';
import type { Customer, Invoice, Payment } from '../../renderer/src/domain/model';

const TODAY = '2026-11-29';

const customer = (id: string, name: string, extra: Partial<Customer> = {}): Customer => ({
  id, reference: `411${id.toUpperCase()}`, name, kind: 'business', contacts: [], blocked: null, createdAt: '', updatedAt: '', ...extra,
});
const invoice = (id: string, customerId: string, amountCents: number, openCents: number, dueDate: string, extra: Partial<Invoice> = {}): Invoice => ({
  id, customerId, number: `F-${id}`, issueDate: '2026-08-01', dueDate, amountCents, openCents, sourceOpenCents: openCents,
  hold: null, source: 'import', createdAt: '', updatedAt: '', ...extra,
});
const payment = (id: string, customerId: string, unallocatedCents: number): Payment => ({
  id, customerId, kind: 'payment', source: 'import', date: '2026-10-01', amountCents: unallocatedCents, allocations: [], unallocatedCents, createdAt: '',
});

describe('customer summary', () => {
  const invoices = [
    invoice('1', 'a', 100000, 100000, '2026-09-30'), // 60 days late
    invoice('2', 'a', 50000, 20000, '2026-11-19'), // 10 days late, partly paid
    invoice('3', 'a', 30000, 30000, '2026-12-15'), // not due
    invoice('4', 'a', 70000, 0, '2026-01-01'), // paid: ignored
    invoice('5', 'b', 90000, 90000, '2026-07-01', { hold: { kind: 'dispute', reason: 'Livraison', since: '2026-08-01', until: null } }),
  ];
  const payments = [payment('p', 'a', 5000), payment('q', 'c', 1200)];
  const summaries = summariseCustomers(invoices, payments, TODAY);

  it('sums open and late amounts, counts invoices and finds the oldest lateness', () => {
    expect(summaries.get('a')).toEqual({
      customerId: 'a', openInvoices: 3, openCents: 150000, lateInvoices: 2, lateCents: 120000, oldestDaysLate: 60,
      disputedInvoices: 0, unallocatedCreditCents: 5000, balanceCents: 145000,
    });
  });

  it('counts a disputed invoice as late all the same (a dispute does not make a debt younger)', () => {
    expect(summaries.get('b')).toMatchObject({ openCents: 90000, lateCents: 90000, disputedInvoices: 1, oldestDaysLate: 151 });
  });

  it('gives a customer with only a credit a negative balance', () => {
    expect(summaries.get('c')).toMatchObject({ openCents: 0, unallocatedCreditCents: 1200, balanceCents: -1200 });
  });

  it('summarises one customer alone, or an empty summary for one with nothing', () => {
    expect(summariseCustomer('a', invoices, payments, TODAY)).toEqual(summaries.get('a'));
    expect(summariseCustomer('zz', invoices, payments, TODAY)).toEqual(emptySummary('zz'));
  });

  it('matches a naive recomputation on random books', () => {
    const row = fc.record({
      customer: fc.constantFrom('a', 'b', 'c'),
      amount: fc.integer({ min: 1, max: 1_000_000 }),
      paid: fc.integer({ min: 0, max: 1_000_000 }),
      dueOffset: fc.integer({ min: -400, max: 100 }),
      disputed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(fc.record({ customer: fc.constantFrom('a', 'b', 'd'), cents: fc.nat(50_000) }), { maxLength: 5 }), (rows, credits) => {
        const book = rows.map((r, i) =>
          invoice(`${i}`, r.customer, r.amount, Math.max(0, r.amount - r.paid), addDays(TODAY, r.dueOffset), {
            hold: r.disputed ? { kind: 'dispute', reason: 'x', since: '2026-01-01', until: null } : null,
          }),
        );
        const pays = credits.map((c, i) => payment(`p${i}`, c.customer, c.cents));
        const result = summariseCustomers(book, pays, TODAY);
        for (const id of ['a', 'b', 'c', 'd']) {
          const mine = book.filter((i) => i.customerId === id && i.openCents > 0);
          const late = mine.filter((i) => daysBetween(i.dueDate, TODAY) > 0);
          const credit = pays.filter((p) => p.customerId === id).reduce((s, p) => s + p.unallocatedCents, 0);
          const open = mine.reduce((s, i) => s + i.openCents, 0);
          const got = result.get(id) ?? emptySummary(id);
          expect(got.openInvoices).toBe(mine.length);
          expect(got.openCents).toBe(open);
          expect(got.lateInvoices).toBe(late.length);
          expect(got.lateCents).toBe(late.reduce((s, i) => s + i.openCents, 0));
          expect(got.oldestDaysLate).toBe(Math.max(0, ...late.map((i) => daysBetween(i.dueDate, TODAY))));
          expect(got.disputedInvoices).toBe(mine.filter((i) => i.hold).length);
          expect(got.balanceCents).toBe(open - credit);
          expect(got.lateCents).toBeLessThanOrEqual(got.openCents);
        }
      }),
    );
  });
});

describe('customers list', () => {
  const customers = [
    customer('a', 'Boulangerie Étoile', {
      siren: '732829320',
      contacts: [{ id: 'k', name: 'Mme Durand', email: 'compta@etoile.fr' }],
    }),
    customer('b', 'Garage Martin', { blocked: { since: '2026-11-01', reason: 'Impayés répétés' } }),
    customer('c', 'Atelier Zoé', { kind: 'consumer', reference: 'CZOE' }),
  ];
  const summaries = summariseCustomers(
    [invoice('1', 'a', 100000, 100000, '2026-09-30'), invoice('2', 'b', 50000, 50000, '2026-12-30')],
    [],
    TODAY,
  );
  const rows = buildCustomerRows(customers, summaries);
  const ids = (list: { customer: Customer }[]) => list.map((r) => r.customer.id);

  it('searches name without accents, reference, SIREN with or without spaces, and contact e-mail and name', () => {
    const search = (q: string) => ids(filterCustomers(rows, q));
    expect(search('')).toEqual(['a', 'b', 'c']);
    expect(search('etoile')).toEqual(['a']);
    expect(search('ZOÉ')).toEqual(['c']);
    expect(search('411b')).toEqual(['b']);
    expect(search('732829320')).toEqual(['a']);
    expect(search('732 829 320')).toEqual(['a']);
    expect(search('compta@etoile')).toEqual(['a']);
    expect(search('durand')).toEqual(['a']);
    expect(search('garage martin')).toEqual(['b']);
    expect(search('garage étoile')).toEqual([]);
  });

  it('filters customers with an open balance, a late balance, or blocked', () => {
    expect(ids(filterCustomers(rows, '', 'open'))).toEqual(['a', 'b']);
    expect(ids(filterCustomers(rows, '', 'late'))).toEqual(['a']);
    expect(ids(filterCustomers(rows, '', 'blocked'))).toEqual(['b']);
    expect(rows.find((r) => r.customer.id === 'b')?.blocked).toBe(true);
  });

  it('sorts by any column both ways, ties by name', () => {
    expect(ids(sortCustomers(rows, { key: 'name', direction: 'asc' }))).toEqual(['c', 'a', 'b']);
    expect(ids(sortCustomers(rows, { key: 'openCents', direction: 'desc' }))).toEqual(['a', 'b', 'c']);
    expect(ids(sortCustomers(rows, { key: 'oldestDaysLate', direction: 'desc' }))).toEqual(['a', 'c', 'b']);
    expect(ids(sortCustomers(rows, { key: 'blocked', direction: 'desc' }))).toEqual(['b', 'c', 'a']);
    expect(ids(sortCustomers(rows, { key: 'kind', direction: 'desc' }))).toEqual(['c', 'a', 'b']);
  });

  it('sorting is a stable permutation for every key', () => {
    const keys: CustomerSortKey[] = ['name', 'reference', 'kind', 'openInvoices', 'openCents', 'lateCents', 'oldestDaysLate', 'blocked'];
    for (const key of keys) {
      for (const direction of ['asc', 'desc'] as const) {
        const sorted = sortCustomers(rows, { key, direction });
        expect([...ids(sorted)].sort()).toEqual(['a', 'b', 'c']);
        expect(ids(sortCustomers(sorted, { key, direction }))).toEqual(ids(sorted));
      }
    }
  });

  it('totals what is shown', () => {
    expect(customerTotals(rows)).toEqual({ count: 3, openCents: 150000, lateCents: 100000 });
    expect(customerTotals([])).toEqual({ count: 0, openCents: 0, lateCents: 0 });
  });

  it('summarises and searches 1 500 customers and 60 000 invoices quickly', () => {
    const many = Array.from({ length: 1500 }, (_, i) => customer(`c${i}`, `Client ${i}`));
    const book = Array.from({ length: 60000 }, (_, i) => invoice(`${i}`, `c${i % 1500}`, 10000, i % 3 === 0 ? 0 : 10000, addDays(TODAY, (i % 200) - 100)));
    const started = performance.now();
    const list = buildCustomerRows(many, summariseCustomers(book, [], TODAY));
    const built = performance.now() - started;
    const searchStart = performance.now();
    filterCustomers(list, 'client 14');
    sortCustomers(list, { key: 'lateCents', direction: 'desc' });
    const searched = performance.now() - searchStart;
    expect(built).toBeLessThan(500);
    expect(searched).toBeLessThan(50);
  });
});
