/**
 * The customers list as the screen shows it: one row per customer with its summary, instant
 * search, a quick filter and a sort. Pure and in memory, like the invoice book: 1 500 customers are
 * searched on every keystroke without touching the database.
 */
import { emptySummary, type CustomerSummary } from './customer-summary';
import type { Customer } from './model';

export interface CustomerRow {
  customer: Customer;
  summary: CustomerSummary;
  blocked: boolean;
  /** Lower-case, accent-free text the search box looks into. */
  haystack: string;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ');

/**
 * Searched: name, reference, SIREN, VAT number, and each contact's name and e-mail (people search
 * "Mme Durand" as often as the company). The SIREN is kept as bare digits, so "732829320" finds
 * it and "732 829 320" does too (each group is a word found inside the digits).
 */
function haystackOf(customer: Customer): string {
  const contacts = customer.contacts.map((c) => `${c.name} ${c.email ?? ''}`).join(' ');
  const siren = (customer.siren ?? '').replace(/\D/g, '');
  return normalise(`${customer.name} ${customer.reference} ${siren} ${customer.vatNumber ?? ''} ${contacts}`);
}

export function buildCustomerRows(
  customers: readonly Customer[],
  summaries: ReadonlyMap<string, CustomerSummary>,
): CustomerRow[] {
  return customers.map((customer) => ({
    customer,
    summary: summaries.get(customer.id) ?? emptySummary(customer.id),
    blocked: !!customer.blocked,
    haystack: haystackOf(customer),
  }));
}

export type CustomerFilter = 'all' | 'open' | 'late' | 'blocked';
export const CUSTOMER_FILTERS: CustomerFilter[] = ['all', 'open', 'late', 'blocked'];

/** Every word of the query must appear somewhere (so "dupont lyon" finds "Dupont SARL, Lyon"). */
export function filterCustomers(rows: readonly CustomerRow[], query: string, filter: CustomerFilter = 'all'): CustomerRow[] {
  const words = normalise(query).trim().split(' ').filter(Boolean);
  return rows.filter((row) => {
    if (filter === 'open' && row.summary.openCents <= 0) return false;
    if (filter === 'late' && row.summary.lateCents <= 0) return false;
    if (filter === 'blocked' && !row.blocked) return false;
    for (const word of words) if (!row.haystack.includes(word)) return false;
    return true;
  });
}

export type CustomerSortKey =
  | 'name'
  | 'reference'
  | 'kind'
  | 'openInvoices'
  | 'openCents'
  | 'lateCents'
  | 'oldestDaysLate'
  | 'blocked';

export interface CustomerSort {
  key: CustomerSortKey;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

const comparators: Record<CustomerSortKey, (a: CustomerRow, b: CustomerRow) => number> = {
  name: (a, b) => collator.compare(a.customer.name, b.customer.name),
  reference: (a, b) => collator.compare(a.customer.reference, b.customer.reference),
  kind: (a, b) => a.customer.kind.localeCompare(b.customer.kind),
  openInvoices: (a, b) => a.summary.openInvoices - b.summary.openInvoices,
  openCents: (a, b) => a.summary.openCents - b.summary.openCents,
  lateCents: (a, b) => a.summary.lateCents - b.summary.lateCents,
  oldestDaysLate: (a, b) => a.summary.oldestDaysLate - b.summary.oldestDaysLate,
  blocked: (a, b) => Number(a.blocked) - Number(b.blocked),
};

/** Stable; ties broken by name then reference so the order never jumps while typing. */
export function sortCustomers(rows: readonly CustomerRow[], sort: CustomerSort): CustomerRow[] {
  const primary = comparators[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || comparators.name(a, b) || comparators.reference(a, b));
}

export interface CustomerTotals {
  count: number;
  openCents: number;
  lateCents: number;
}

export function customerTotals(rows: readonly CustomerRow[]): CustomerTotals {
  let openCents = 0;
  let lateCents = 0;
  for (const row of rows) {
    openCents += row.summary.openCents;
    lateCents += row.summary.lateCents;
  }
  return { count: rows.length, openCents, lateCents };
}
