import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { database } from '../../db/database';
import { createBookSearchIndex, type BookSearchIndex } from '../../domain/book-search-index';
import {
  bookTotals,
  buildBookRows,
  filterBook,
  searchWords,
  sortBook,
  type BookFilters,
  type BookRow,
  type BookSort,
  type BookTotals,
} from '../../domain/invoice-book';
import type { Customer } from '../../domain/model';
import { today } from '../../app/clock';

/** Rows read first, so the most overdue invoices show before the whole book has loaded. */
const EARLY_ROWS = 150;

/**
 * The whole book from the database, followed live, then sorted and filtered in memory.
 *
 * Reading 60 000 invoices takes most of a second; meanwhile the oldest open invoices (the top of
 * the default view: most days late first) are read through the due-date index and shown, so the
 * screen is useful at once. Totals wait for the full book (`partial` is true until then).
 */
export function useBook(filters: BookFilters, sort: BookSort) {
  const early = useLiveQuery(async () => {
    const db = database();
    const invoices = await db.invoices.orderBy('dueDate').filter((i) => i.openCents > 0).limit(EARLY_ROWS).toArray();
    const customers = await db.customers.bulkGet([...new Set(invoices.map((i) => i.customerId))]);
    return { invoices, customers: customers.filter((c): c is Customer => c !== undefined) };
  }, []);
  // Started once the early rows are in: IndexedDB would otherwise serve the big read first.
  const earlyLoaded = early !== undefined;
  const full = useLiveQuery(async () => {
    if (!earlyLoaded) return undefined;
    const db = database();
    const [invoices, customers] = await Promise.all([db.invoices.toArray(), db.customers.toArray()]);
    return { invoices, customers };
  }, [earlyLoaded]);
  const data = full ?? early;
  const day = today();
  const customers = useMemo(() => new Map<string, Customer>((full?.customers ?? []).map((c) => [c.id, c])), [full]);
  const rows = useMemo(() => {
    if (!data) return [];
    const known = full ? customers : new Map(data.customers.map((c) => [c.id, c]));
    return buildBookRows(data.invoices, known, day);
  }, [data, full, customers, day]);
  // Sorted once per data or sort change; a keystroke only filters (filtering keeps the order).
  const sorted = useMemo(() => sortBook(rows, sort), [rows, sort]);
  // The default view hides paid invoices: filter the (usually much shorter) open list then.
  const sortedOpen = useMemo(() => sorted.filter((r) => r.status !== 'paid'), [sorted]);
  // One search index per list: a keystroke scans one string instead of testing every row.
  const openIndex = useMemo(() => createBookSearchIndex(sortedOpen), [sortedOpen]);
  const allIndex = useMemo(() => createBookSearchIndex(sorted), [sorted]);
  // Typing stays instant because the search box hands its text over in a transition (see
  // InvoiceBookPage); filtering here is then interruptible without a second, deferred render.
  const shown = useMemo(() => {
    const openOnly = filters.statuses.length === 0 && !filters.includePaid;
    const list = openOnly ? sortedOpen : sorted;
    // Clearing the search shows the whole list again: the list itself, not a filtered copy.
    if (filters.statuses.length === 0 && isUnfiltered(filters)) return list;
    return filterBook(list, filters, openOnly ? openIndex : allIndex);
  }, [sorted, sortedOpen, openIndex, allIndex, filters]);
  useWarmSearch(openIndex, allIndex);
  const totals = useMemo(() => totalsOf(shown), [shown]);
  return {
    loading: data === undefined,
    partial: full === undefined,
    rows,
    shown,
    totals,
    customers,
    total: full?.invoices.length ?? data?.invoices.length ?? 0,
  };
}

const isUnfiltered = (f: BookFilters) =>
  searchWords(f.query).length === 0 && f.bucket === 'all' && !f.customerId && f.hold === 'all';

/** Totals of a list, remembered: the unfiltered lists come back on every cleared search. */
const totalsCache = new WeakMap<readonly BookRow[], BookTotals>();
function totalsOf(rows: BookRow[]): BookTotals {
  let totals = totalsCache.get(rows);
  if (!totals) totalsCache.set(rows, (totals = bookTotals(rows)));
  return totals;
}

/**
 * Builds the search indexes (the open invoices first, the most searched) while the browser is
 * idle after the book shows, in slices of a few thousand rows, so the first keystroke does not
 * pay for 60 000 rows at once.
 */
function useWarmSearch(...indexes: BookSearchIndex[]) {
  useEffect(() => {
    let handle = 0;
    const idle = (callback: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 500 }) : window.setTimeout(callback, 16);
    const cancel = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id));
    let current = 0;
    const step = () => {
      while (current < indexes.length && indexes[current]!.warm()) current++;
      if (current < indexes.length) handle = idle(step);
    };
    handle = idle(step);
    return () => cancel(handle);
    // The indexes change only with the rows; the spread keeps the effect's list stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, indexes);
}
