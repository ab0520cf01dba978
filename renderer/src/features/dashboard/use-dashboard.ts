import { useLiveQuery } from 'dexie-react-hooks';
import { agreementAlerts } from '../../db/agreements';
import { database, type RelanceDatabase } from '../../db/database';
import { todayTasks } from '../../db/schedule';
import { agreementAlertList, dashboardFigures, promisesDue } from '../../domain/dashboard';
import type { IsoDate } from '../../domain/dates';
import type { Customer, Id } from '../../domain/model';

async function customersById(db: RelanceDatabase, ids: Iterable<Id>): Promise<Map<Id, Customer>> {
  const rows = await db.customers.bulkGet([...new Set(ids)]);
  return new Map(rows.filter((c): c is Customer => c !== undefined).map((c) => [c.id, c]));
}

/**
 * What needs the user today, followed live (small reads, shown at once): the alerts of broken
 * promises and plans, the promises to check this week, today's and the missed actions, and whether
 * the database is still empty (a new user).
 */
export function useDashboardAgenda(day: IsoDate) {
  return useLiveQuery(async () => {
    const db = database();
    const [broken, open, tasks, customerCount, invoiceCount] = await Promise.all([
      agreementAlerts(db),
      db.promises.filter((p) => p.status === 'open').toArray(),
      todayTasks(db, day),
      db.customers.count(),
      db.invoices.count(),
    ]);
    const alerts = agreementAlertList(broken.promises, broken.plans, day);
    const due = promisesDue(open, day);
    const customers = await customersById(db, [
      ...alerts.map((a) => a.customerId),
      ...due.map((d) => d.promise.customerId),
      ...tasks.map((t) => t.customerId),
    ]);
    return {
      alerts,
      due,
      missedTasks: tasks.filter((t) => t.date < day),
      todayTasks: tasks.filter((t) => t.date === day),
      customers,
      empty: customerCount === 0 && invoiceCount === 0,
    };
  }, [day]);
}

/**
 * The figures of the whole book, computed in one pass as the invoices are read; only the results
 * (and the few top debtors' rows) are kept, not the 60 000 invoices.
 */
export function useDashboardFigures(day: IsoDate) {
  return useLiveQuery(async () => {
    const db = database();
    const figures = dashboardFigures(await db.invoices.toArray(), day);
    const customers = await customersById(db, figures.topDebtors.map((d) => d.customerId));
    return { figures, customers };
  }, [day]);
}
