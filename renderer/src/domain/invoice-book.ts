/**
 * The invoice book as the screen shows it: one row per invoice with what is computed for today
 * (status, days late, bucket), instant search, filters, sort and totals. Pure and fast: 60 000
 * invoices are filtered in memory in a few milliseconds, so nothing here touches the database.
 */
import type { IsoDate } from './dates';
import { formatAmountPlain } from './money';
import type { Customer, Invoice, InvoiceStatus } from './model';
import { daysLate, invoiceStatus, isHoldActive, latenessBucket, type LatenessBucket } from './invoice-status';
import type { BookSearchIndex } from './book-search-index';

export interface BookRow {
  invoice: Invoice;
  customerName: string;
  customerReference: string;
  /** The customer is blocked for new orders: shown beside the name wherever it appears. */
  customerBlocked: Customer['blocked'];
  status: InvoiceStatus;
  daysLate: number;
  bucket: LatenessBucket;
  held: boolean;
  /**
   * Lower-case text searched by the search box: number, customer, amounts as typed. Built on the
   * first search, not when the book loads, so the first rows show sooner.
   */
  readonly haystack: string;
}

function haystackOf(invoice: Invoice, customerName: string, customerReference: string): string {
  return normalise(
    `${invoice.number} ${customerName} ${customerReference} ${invoice.label ?? ''} ${amountForms(invoice.amountCents)} ${amountForms(invoice.openCents)}`,
  );
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ');

/** Amounts as people type them: "1234,56", "1 234,56", "1234.56". */
function amountForms(cents: number): string {
  const plain = formatAmountPlain(cents);
  const [units, decimals] = plain.split(',');
  const grouped = (units ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${plain} ${grouped},${decimals} ${units}.${decimals}`;
}

export function buildBookRows(invoices: Invoice[], customers: Map<string, Customer>, today: IsoDate): BookRow[] {
  return invoices.map((invoice) => {
    const customer = customers.get(invoice.customerId);
    const late = daysLate(invoice, today);
    const customerName = customer?.name ?? '';
    const customerReference = customer?.reference ?? '';
    let haystack: string | undefined;
    return {
      invoice,
      customerName,
      customerReference,
      customerBlocked: customer?.blocked ?? null,
      status: invoiceStatus(invoice, today),
      daysLate: late,
      bucket: latenessBucket(late),
      held: isHoldActive(invoice.hold, today),
      get haystack() {
        return (haystack ??= haystackOf(invoice, customerName, customerReference));
      },
    };
  });
}

export interface BookFilters {
  query: string;
  statuses: InvoiceStatus[];
  bucket: LatenessBucket | 'all';
  customerId: string | null;
  hold: 'all' | 'held' | 'not-held';
  /** Hide paid invoices unless the status filter asks for them. */
  includePaid: boolean;
}

export const DEFAULT_FILTERS: BookFilters = {
  query: '',
  statuses: [],
  bucket: 'all',
  customerId: null,
  hold: 'all',
  includePaid: false,
};

/** The search words of a query, normalised like the rows' search text. */
export const searchWords = (query: string): string[] => normalise(query).trim().split(' ').filter(Boolean);

/**
 * The rows the filters keep, in the rows' order. With a search index of these same rows the
 * words are found through it (see book-search-index.ts); without, row by row.
 */
export function filterBook(rows: readonly BookRow[], filters: BookFilters, index?: BookSearchIndex): BookRow[] {
  const words = searchWords(filters.query);
  const statuses = new Set(filters.statuses);
  const candidates = index && index.rows === rows && words.length > 0 ? index.match(words) : rows;
  const wordsLeft = candidates === rows ? words : [];
  return candidates.filter((row) => {
    if (statuses.size > 0 ? !statuses.has(row.status) : !filters.includePaid && row.status === 'paid') return false;
    if (filters.bucket !== 'all' && row.bucket !== filters.bucket) return false;
    if (filters.customerId && row.invoice.customerId !== filters.customerId) return false;
    if (filters.hold === 'held' && !row.held) return false;
    if (filters.hold === 'not-held' && row.held) return false;
    for (const word of wordsLeft) if (!row.haystack.includes(word)) return false;
    return true;
  });
}

export type SortKey = 'number' | 'customer' | 'issueDate' | 'dueDate' | 'daysLate' | 'amount' | 'open' | 'status';
export interface BookSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
const STATUS_ORDER: InvoiceStatus[] = ['late', 'partly-paid', 'disputed', 'on-hold', 'not-due', 'paid'];

// ISO dates and tie-breaks compare as plain strings: a locale-aware compare on 60 000 rows full of
// ties costs hundreds of milliseconds, where `<` costs a few.
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const comparators: Record<SortKey, (a: BookRow, b: BookRow) => number> = {
  number: (a, b) => collator.compare(a.invoice.number, b.invoice.number),
  customer: (a, b) => collator.compare(a.customerName, b.customerName),
  issueDate: (a, b) => plain(a.invoice.issueDate, b.invoice.issueDate),
  dueDate: (a, b) => plain(a.invoice.dueDate, b.invoice.dueDate),
  daysLate: (a, b) => a.daysLate - b.daysLate,
  amount: (a, b) => a.invoice.amountCents - b.invoice.amountCents,
  open: (a, b) => a.invoice.openCents - b.invoice.openCents,
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
};

/**
 * Stable sort; ties are broken by due date then number so the order never jumps. Sort once, then
 * filter the sorted rows: filtering keeps the order, so a keystroke in the search box never sorts.
 */
export function sortBook(rows: BookRow[], sort: BookSort): BookRow[] {
  const primary = comparators[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * primary(a, b) || comparators.dueDate(a, b) || plain(a.invoice.number, b.invoice.number),
  );
}

export interface BookTotals {
  count: number;
  amountCents: number;
  openCents: number;
  lateOpenCents: number;
}

export function bookTotals(rows: BookRow[]): BookTotals {
  let amountCents = 0;
  let openCents = 0;
  let lateOpenCents = 0;
  for (const row of rows) {
    amountCents += row.invoice.amountCents;
    openCents += row.invoice.openCents;
    if (row.daysLate > 0) lateOpenCents += row.invoice.openCents;
  }
  return { count: rows.length, amountCents, openCents, lateOpenCents };
}
