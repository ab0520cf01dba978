/**
 * Date arithmetic of the calendar screen: the days a month or week view shows, tasks grouped by
 * day, and the name of a day that is not worked. Plain functions, tested without a DOM.
 */
import type { ClosedPeriod, HolidayZone } from '../../domain/calendar/business-calendar';
import { holidays } from '../../domain/calendar/holidays';
import { addDays, dayOfWeek, daysInMonth, type IsoDate } from '../../domain/dates';
import type { Task, TaskAction } from '../../domain/model';

export type CalendarView = 'month' | 'week' | 'agenda';

const pad = (n: number) => String(n).padStart(2, '0');

export const monthStart = (iso: IsoDate): IsoDate => `${iso.slice(0, 7)}-01`;

export function monthEnd(iso: IsoDate): IsoDate {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 7)}-${pad(daysInMonth(year, month))}`;
}

/** The same day `months` months later, on the month's last day when it has fewer days. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export const weekStart = (iso: IsoDate): IsoDate => addDays(iso, 1 - dayOfWeek(iso));

/** Monday of the first week to Sunday of the last: 35 or 42 days (28 for a February from Monday). */
export function monthDays(iso: IsoDate): IsoDate[] {
  const first = weekStart(monthStart(iso));
  const last = addDays(weekStart(monthEnd(iso)), 6);
  const days: IsoDate[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

export function weekDays(iso: IsoDate): IsoDate[] {
  const first = weekStart(iso);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i));
}

/** Tasks by day, each day's in a stable order (action, then customer name). */
export function groupByDate(tasks: readonly Task[], nameOf: (id: string) => string): Map<IsoDate, Task[]> {
  const byDate = new Map<IsoDate, Task[]>();
  for (const task of tasks) {
    const list = byDate.get(task.date);
    if (list) list.push(task);
    else byDate.set(task.date, [task]);
  }
  for (const list of byDate.values()) list.sort((a, b) => compareTasks(a, b, nameOf));
  return byDate;
}

const ACTION_ORDER: Record<TaskAction, number> = {
  'litigation-review': 0,
  'formal-notice': 1,
  'letter-2': 2,
  'letter-1': 3,
  call: 4,
  'email-reminder': 5,
  'courtesy-email': 6,
  custom: 7,
  'promise-check': 8,
  'instalment-check': 9,
};

// One collator for every comparison: `localeCompare(other, 'fr')` builds one per call, which cost
// most of the month view's time with 2 000 actions (tens of thousands of comparisons).
const byName = new Intl.Collator('fr');

export function compareTasks(a: Task, b: Task, nameOf: (id: string) => string): number {
  const planned = Number(a.status !== 'planned') - Number(b.status !== 'planned');
  if (planned) return planned;
  const action = ACTION_ORDER[a.action] - ACTION_ORDER[b.action];
  if (action) return action;
  return byName.compare(nameOf(a.customerId), nameOf(b.customerId)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The colour family of a chip. */
export type ChipKind = 'call' | 'email' | 'letter' | 'formal' | 'litigation' | 'agreement' | 'custom';

export const CHIP_KIND: Record<TaskAction, ChipKind> = {
  'courtesy-email': 'email',
  'email-reminder': 'email',
  call: 'call',
  'letter-1': 'letter',
  'letter-2': 'letter',
  'formal-notice': 'formal',
  'litigation-review': 'litigation',
  custom: 'custom',
  'promise-check': 'agreement',
  'instalment-check': 'agreement',
};

export interface DayOff {
  /** The holiday's or closing's name; empty for a plain weekend day. */
  name: string;
  kind: 'weekend' | 'holiday' | 'closed';
}

/** Why each day of [from, to] is not worked: public holidays of the zone, company closings, weekends. */
export function daysOff(
  from: IsoDate,
  to: IsoDate,
  zone: HolidayZone,
  closings: readonly ClosedPeriod[],
  language: 'fr' | 'en' = 'fr',
): Map<IsoDate, DayOff> {
  const off = new Map<IsoDate, DayOff>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of holidays(year, zone)) {
      if (holiday.date >= from && holiday.date <= to) {
        off.set(holiday.date, { name: language === 'fr' ? holiday.name : holiday.nameEn, kind: 'holiday' });
      }
    }
  }
  for (const period of closings) {
    if (period.to < from || period.from > to) continue;
    const start = period.from < from ? from : period.from;
    const end = period.to > to ? to : period.to;
    for (let day = start; day <= end; day = addDays(day, 1)) {
      if (!off.has(day)) off.set(day, { name: period.label?.trim() || '', kind: 'closed' });
    }
  }
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!off.has(day) && dayOfWeek(day) >= 6) off.set(day, { name: '', kind: 'weekend' });
  }
  return off;
}
