import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { database } from '../../db/database';
import {
  bookTotals,
  buildBookRows,
  filterBook,
  sortBook,
  type BookFilters,
  type BookSort,
} from '../../domain/invoice-book';
import type { Customer } from '../../domain/model';
import { today } from '../../app/clock';

/** The whole book from the database, followed live, then filtered and sorted in memory. */
export function useBook(filters: BookFilters, sort: BookSort) {
  const data = useLiveQuery(async () => {
    const db = database();
    const [invoices, customers] = await Promise.all([db.invoices.toArray(), db.customers.toArray()]);
    return { invoices, customers };
  }, []);
  const day = today();
  const customers = useMemo(() => new Map<string, Customer>((data?.customers ?? []).map((c) => [c.id, c])), [data]);
  const rows = useMemo(() => (data ? buildBookRows(data.invoices, customers, day) : []), [data, customers, day]);
  // Typing stays instant: the filtering of a large book follows a keystroke behind if it must.
  const deferred = useDeferredValue(filters);
  const shown = useMemo(() => sortBook(filterBook(rows, deferred), sort), [rows, deferred, sort]);
  const totals = useMemo(() => bookTotals(shown), [shown]);
  return { loading: data === undefined, rows, shown, totals, customers, total: data?.invoices.length ?? 0 };
}
