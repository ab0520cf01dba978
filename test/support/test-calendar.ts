/**
 * A BusinessCalendar for tests, independent of the real holiday rules: Saturdays and Sundays are
 * closed, plus the days listed. Written the plainest way (one day at a time) so a test's expected
 * date never depends on the code under test.
 */
import { addDays, dayOfWeek, type IsoDate } from '../../renderer/src/domain/dates';
import type { BusinessCalendar } from '../../renderer/src/domain/calendar/business-calendar';

export interface TestCalendar extends BusinessCalendar {
  /** How many times each method was called (to check the engine caches its questions). */
  calls: { isBusinessDay: number; nextBusinessDay: number; addBusinessDays: number };
}

export function testCalendar(closedDays: readonly IsoDate[] = []): TestCalendar {
  const closed = new Set(closedDays);
  const open = (date: IsoDate) => dayOfWeek(date) < 6 && !closed.has(date);
  const calls = { isBusinessDay: 0, nextBusinessDay: 0, addBusinessDays: 0 };
  return {
    calls,
    isBusinessDay(date) {
      calls.isBusinessDay += 1;
      return open(date);
    },
    nextBusinessDay(date) {
      calls.nextBusinessDay += 1;
      let day = date;
      while (!open(day)) day = addDays(day, 1);
      return day;
    },
    addBusinessDays(date, days) {
      calls.addBusinessDays += 1;
      const step = days < 0 ? -1 : 1;
      let day = date;
      if (days === 0) {
        while (!open(day)) day = addDays(day, 1);
        return day;
      }
      for (let left = Math.abs(days); left > 0; ) {
        day = addDays(day, step);
        if (open(day)) left -= 1;
      }
      return day;
    },
  };
}

/** Public holidays of metropolitan France for 2026, typed by hand (Easter Monday 6 April). */
export const HOLIDAYS_2026: readonly IsoDate[] = [
  '2026-01-01',
  '2026-04-06',
  '2026-05-01',
  '2026-05-08',
  '2026-05-14',
  '2026-05-25',
  '2026-07-14',
  '2026-08-15',
  '2026-11-01',
  '2026-11-11',
  '2026-12-25',
];
