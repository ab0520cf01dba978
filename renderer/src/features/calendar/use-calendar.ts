import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCalendarSettings, DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '../../db/calendar-settings';
import { database } from '../../db/database';
import type { IsoDate } from '../../domain/dates';
import type { Customer, Task } from '../../domain/model';
import { intlLocale } from '../../app/i18n';

const EMPTY_TASKS: Task[] = [];
const EMPTY_NAMES = new Map<string, string>();

/** Customer names by id, for chips: one read of the table, kept live. */
export function useCustomerNames(): Map<string, string> {
  const customers = useLiveQuery(() => database().customers.toArray(), []);
  return useMemo(
    () => (customers ? new Map(customers.map((c: Customer) => [c.id, c.name])) : EMPTY_NAMES),
    [customers],
  );
}

const NO_BLOCKED = new Map<string, NonNullable<Customer['blocked']>>();

/** The customers blocked for new orders, by id (few of them), for the flag beside their name. */
export function useBlockedCustomers(): Map<string, NonNullable<Customer['blocked']>> {
  const blocked = useLiveQuery(() => database().customers.filter((c) => !!c.blocked).toArray(), []);
  return useMemo(() => (blocked ? new Map(blocked.map((c) => [c.id, c.blocked!])) : NO_BLOCKED), [blocked]);
}

/** The tasks of [from, to] shown on the calendar: planned, done and skipped (obsolete ones are history only). */
export function useTasksBetween(from: IsoDate, to: IsoDate): Task[] {
  return (
    useLiveQuery(
      () =>
        // toArray then filter: a Dexie .filter() walks a cursor row by row, several times slower
        // than the one getAll() toArray does on 2 000 rows (see test/bench/calendar-bench.ts).
        database()
          .tasks.where('date')
          .between(from, to, true, true)
          .toArray()
          .then((tasks) => tasks.filter((task) => task.status !== 'obsolete')),
      [from, to],
    ) ?? EMPTY_TASKS
  );
}

/** Planned tasks due today or late, oldest first. */
export function useDueTasks(today: IsoDate): Task[] | undefined {
  return useLiveQuery(
    () =>
      database()
        .tasks.where('date')
        .belowOrEqual(today)
        .toArray() // in index order, so by date already
        .then((tasks) => tasks.filter((task) => task.status === 'planned')),
    [today],
  );
}

export function useCalendarSettings(): CalendarSettings {
  return useLiveQuery(() => loadCalendarSettings(database()), []) ?? DEFAULT_CALENDAR_SETTINGS;
}

/** "samedi 12 décembre", "lundi 1er mars 2027" (the year only when it is not this one). */
export function useDayNames() {
  const { i18n } = useTranslation();
  const language: 'fr' | 'en' = i18n.language === 'en' ? 'en' : 'fr';
  return useMemo(() => {
    const locale = intlLocale(i18n.language);
    const dayMonth = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
    const dayMonthYear = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const monthYear = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
    const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
    const weekdayLong = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
    const instant = (iso: IsoDate) => {
      const d = new Date(0);
      d.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
      return d;
    };
    const firstOrdinal = (format: Intl.DateTimeFormat, iso: IsoDate) =>
      format
        .formatToParts(instant(iso))
        .map((p) => (language === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value))
        .join('');
    const thisYear = String(new Date().getFullYear());
    return {
      language,
      /** "samedi 12 décembre" (with the year when not this year's). */
      day: (iso: IsoDate) => firstOrdinal(iso.startsWith(thisYear) ? dayMonth : dayMonthYear, iso),
      /** The day relative to another: "lundi 14" in the same month, else "lundi 1er mars". */
      dayAfter: (iso: IsoDate, reference: IsoDate) => {
        if (iso.slice(0, 7) === reference.slice(0, 7)) {
          const day = Number(iso.slice(8, 10));
          const number = language === 'fr' && day === 1 ? '1er' : String(day);
          return `${weekdayLong.format(instant(iso))} ${number}`;
        }
        return firstOrdinal(iso.startsWith(thisYear) ? dayMonth : dayMonthYear, iso);
      },
      month: (iso: IsoDate) => monthYear.format(instant(iso)),
      weekdayShort: (iso: IsoDate) => weekday.format(instant(iso)),
    };
  }, [i18n.language, language]);
}

export type DayNames = ReturnType<typeof useDayNames>;
