import { useEffect, useState } from 'react';
import { database } from '../../db/database';
import { loadRates } from '../../db/rates';
import { customerDatesOf, loadBusinessCalendar } from '../../db/schedule';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import type { Customer, RateRow } from '../../domain/model';

export interface PlanContext {
  calendar: BusinessCalendar;
  rates: RateRow[];
}

type CustomerDates = Pick<Customer, 'id' | 'closedPeriods' | 'paymentDays'>;

/**
 * Reads once what the plan screens need from the settings: undefined while loading; a failure is
 * thrown to the nearest boundary rather than shown as an empty plan.
 */
function useLoaded<T>(customer: CustomerDates, load: (customer: CustomerDates) => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [failure, setFailure] = useState<Error | null>(null);
  // The customer's dates are what matters; its other fields change nothing here.
  const key = JSON.stringify([customer.id, customer.closedPeriods ?? [], customer.paymentDays ?? []]);
  useEffect(() => {
    let live = true;
    load(customer)
      .then((loaded) => live && setValue(() => loaded))
      .catch((error: unknown) => live && setFailure(error instanceof Error ? error : new Error(String(error))));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (failure) throw failure;
  return value;
}

const calendarOf = (customer: CustomerDates) => loadBusinessCalendar(database(), customerDatesOf(customer));

/** The customer's business calendar: company closings and its own closed periods. */
export function usePlanCalendar(customer: CustomerDates): BusinessCalendar | undefined {
  return useLoaded(customer, calendarOf);
}

/** The calendar, and the legal rates for the penalties owed. */
export function usePlanContext(customer: CustomerDates): PlanContext | undefined {
  return useLoaded(customer, async (c) => {
    const [calendar, rates] = await Promise.all([calendarOf(c), loadRates(database())]);
    return { calendar, rates };
  });
}
