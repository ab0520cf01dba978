import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { today } from '../../app/clock';
import { database } from '../../db/database';
import {
  buildCustomerRows,
  customerTotals,
  filterCustomers,
  sortCustomers,
  type CustomerFilter,
  type CustomerSort,
} from '../../domain/customer-list';
import { summariseCustomers } from '../../domain/customer-summary';

/** Every customer with its figures, followed live, then searched and sorted in memory. */
export function useCustomers(query: string, filter: CustomerFilter, sort: CustomerSort) {
  const data = useLiveQuery(async () => {
    const db = database();
    const [customers, invoices, payments] = await Promise.all([db.customers.toArray(), db.invoices.toArray(), db.payments.toArray()]);
    return { customers, invoices, payments };
  }, []);
  const day = today();
  const rows = useMemo(
    () => (data ? buildCustomerRows(data.customers, summariseCustomers(data.invoices, data.payments, day)) : []),
    [data, day],
  );
  // Typing stays instant: the search follows a keystroke behind if it must.
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => sortCustomers(filterCustomers(rows, deferredQuery, filter), sort), [rows, deferredQuery, filter, sort]);
  const totals = useMemo(() => customerTotals(shown), [shown]);
  return { loading: data === undefined, total: rows.length, shown, totals };
}
