import type { ClosedPeriod, HolidayZone } from '../domain/calendar/business-calendar';
import { validateClosedPeriod } from '../domain/calendar/calendar-rules';
import { DEFAULT_NOTIFY_AT, isClockTime, type ClockTime } from '../domain/calendar/daily-run';
import type { RelanceDatabase } from './database';
import { readSetting, writeSetting } from './settings';

/** Which public holidays apply and when the company is closed: the days nothing is planned on. */
export interface CalendarSettings {
  zone: HolidayZone;
  closings: ClosedPeriod[];
  /**
   * When the day's desktop notification is sent ('HH:MM', local time) if the app is open; null:
   * only at start-up.
   */
  notifyAt: ClockTime | null;
}

export const CALENDAR_KEY = 'calendar';
export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = { zone: 'metropole', closings: [], notifyAt: DEFAULT_NOTIFY_AT };

export async function loadCalendarSettings(db: RelanceDatabase): Promise<CalendarSettings> {
  const saved = await readSetting<Partial<CalendarSettings>>(db, CALENDAR_KEY);
  return {
    zone: saved?.zone === 'alsace-moselle' ? 'alsace-moselle' : 'metropole',
    closings: Array.isArray(saved?.closings) ? saved.closings : [],
    // Settings saved before the notification time existed get the default.
    notifyAt: saved?.notifyAt === null ? null : isClockTime(saved?.notifyAt) ? saved.notifyAt : DEFAULT_NOTIFY_AT,
  };
}

/**
 * Saves only settings whose every closing period and notification time is valid (checked again
 * here, not only in the form). Without `notifyAt`, the saved notification time is kept.
 */
export async function saveCalendarSettings(
  db: RelanceDatabase,
  settings: Omit<CalendarSettings, 'notifyAt'> & { notifyAt?: CalendarSettings['notifyAt'] },
): Promise<void> {
  const notifyAt = settings.notifyAt === undefined ? (await loadCalendarSettings(db)).notifyAt : settings.notifyAt;
  if (notifyAt !== null && !isClockTime(notifyAt)) throw new Error(`Invalid notification time ${notifyAt}`);
  const closings = settings.closings.map((period) => {
    const checked = validateClosedPeriod(period);
    if (!checked.ok) throw new Error(`Invalid closing period ${period.from} – ${period.to}`);
    return checked.value;
  });
  closings.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  await writeSetting(db, CALENDAR_KEY, { zone: settings.zone, closings, notifyAt });
}
