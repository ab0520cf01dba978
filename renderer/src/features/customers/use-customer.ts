import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { today } from '../../app/clock';
import { database } from '../../db/database';
import { paymentBehaviour } from '../../domain/customer-behaviour';
import { buildStatement } from '../../domain/customer-statement';
import { summariseCustomer } from '../../domain/customer-summary';
import { daysLate, invoiceStatus } from '../../domain/invoice-status';
import type { Invoice, InvoiceStatus } from '../../domain/model';

export interface OpenItem {
  invoice: Invoice;
  status: InvoiceStatus;
  daysLate: number;
}

/**
 * One customer with everything its page shows, followed live: a payment recorded in a modal, or
 * an import running meanwhile, updates the figures, the open items and the statement at once.
 * `customer` is null when the id matches no customer (deleted, or a stale link).
 */
export function useCustomer(customerId: string) {
  const data = useLiveQuery(async () => {
    const db = database();
    const [customer, invoices, payments] = await Promise.all([
      db.customers.get(customerId),
      db.invoices.where('customerId').equals(customerId).toArray(),
      db.payments.where('customerId').equals(customerId).toArray(),
    ]);
    return { customer: customer ?? null, invoices, payments };
  }, [customerId]);
  const day = today();

  return useMemo(() => {
    if (!data) return { loading: true as const };
    const { customer, invoices, payments } = data;
    const openItems: OpenItem[] = invoices
      .filter((invoice) => invoice.openCents > 0)
      .map((invoice) => ({ invoice, status: invoiceStatus(invoice, day), daysLate: daysLate(invoice, day) }))
      .sort((a, b) => a.invoice.dueDate.localeCompare(b.invoice.dueDate) || a.invoice.number.localeCompare(b.invoice.number, 'fr', { numeric: true }));
    return {
      loading: false as const,
      customer,
      invoices,
      payments,
      openItems,
      summary: summariseCustomer(customerId, invoices, payments, day),
      statement: buildStatement(invoices, payments),
      behaviour: paymentBehaviour(invoices, payments),
    };
  }, [data, day, customerId]);
}
