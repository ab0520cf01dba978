import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { database } from '../../db/database';
import { loadLetterSettings } from '../../db/letter-settings';
import { loadRates } from '../../db/rates';
import { customerDatesOf, loadBusinessCalendar } from '../../db/schedule';
import { readSetting } from '../../db/settings';
import { unansweredAttempts } from '../../domain/agreements/call-outcome';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import type { CompanyProfile } from '../../domain/company-profile';
import type { IsoDate } from '../../domain/dates';
import { daysLate } from '../../domain/invoice-status';
import type { Id, RateRow } from '../../domain/model';
import { penaltiesForInvoices, type PenaltySummary } from '../../domain/penalties';

/** Who is calling, for the script's sentences: the signature of the letters and the company's name. */
export interface Caller {
  name: string;
  company: string;
  /** The company's phone number, to leave on a voicemail. */
  phone: string;
}

/**
 * Everything the call screen shows about one customer, followed live (the call saved, a payment
 * recorded elsewhere), with the business calendar of its dates and the penalties owed today.
 * `customer` is null when the id matches no customer.
 */
export function useCallData(customerId: Id, taskId: Id | null, today: IsoDate) {
  const data = useLiveQuery(async () => {
    const db = database();
    const [customer, invoices, payments, interactions, promises, plans, task] = await Promise.all([
      db.customers.get(customerId),
      db.invoices.where('customerId').equals(customerId).toArray(),
      db.payments.where('customerId').equals(customerId).toArray(),
      db.interactions.where('customerId').equals(customerId).toArray(),
      db.promises.where('customerId').equals(customerId).toArray(),
      db.plans.where('customerId').equals(customerId).toArray(),
      taskId ? db.tasks.get(taskId) : Promise.resolve(undefined),
    ]);
    return { customer: customer ?? null, invoices, payments, interactions, promises, plans, task: task ?? null };
  }, [customerId, taskId]);

  const [rates, setRates] = useState<RateRow[] | null>(null);
  const [caller, setCaller] = useState<Caller>({ name: '', company: '', phone: '' });
  useEffect(() => {
    let live = true;
    const db = database();
    void loadRates(db).then((rows) => live && setRates(rows));
    void Promise.all([loadLetterSettings(db), readSetting<CompanyProfile>(db, 'company')]).then(
      ([letters, company]) =>
        live && setCaller({ name: letters.signatureName.trim(), company: company?.name.trim() ?? '', phone: company?.phone?.trim() ?? '' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const customer = data?.customer ?? null;
  const datesKey = customer ? JSON.stringify(customerDatesOf(customer) ?? null) : '';
  const [calendar, setCalendar] = useState<BusinessCalendar | null>(null);
  useEffect(() => {
    if (!customer) return;
    let live = true;
    void loadBusinessCalendar(database(), customerDatesOf(customer)).then((c) => live && setCalendar(c));
    return () => {
      live = false;
    };
    // The calendar depends on the customer's own dates only, not on every change of its row.
  }, [customer?.id, datesKey]);

  return useMemo(() => {
    if (!data) return { loading: true as const };
    const { invoices, payments, interactions } = data;
    const openInvoices = invoices
      .filter((i) => i.openCents > 0)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number, 'fr', { numeric: true }));
    const penalties: PenaltySummary | null =
      customer && rates ? penaltiesForInvoices({ invoices: openInvoices, payments, customer, until: today, rates }) : null;
    const history = [...interactions].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return {
      loading: false as const,
      ...data,
      openInvoices,
      openCents: openInvoices.reduce((sum, i) => sum + i.openCents, 0),
      maxDaysLate: Math.max(0, ...openInvoices.map((i) => daysLate(i, today))),
      penalties,
      history,
      attempts: unansweredAttempts(interactions),
      calendar,
      caller,
    };
  }, [data, customer, rates, today, calendar, caller]);
}

export type CallData = Extract<ReturnType<typeof useCallData>, { loading: false }>;
