import type { ClosedPeriod, HolidayZone } from '../domain/calendar/business-calendar';
import { validateClosedPeriod } from '../domain/calendar/calendar-rules';
import type { RelanceDatabase } from './database';
import { readSetting, writeSetting } from './settings';

/** Which public holidays apply and when the company is closed: the days nothing is planned on. */
export interface CalendarSettings {
  zone: HolidayZone;
  closings: ClosedPeriod[];
}

export const CALENDAR_KEY = 'calendar';
export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = { zone: 'metropole', closings: [] };

export async function loadCalendarSettings(db: RelanceDatabase): Promise<CalendarSettings> {
  const saved = await readSetting<Partial<CalendarSettings>>(db, CALENDAR_KEY);
  return {
    zone: saved?.zone === 'alsace-moselle' ? 'alsace-moselle' : 'metropole',
    closings: Array.isArray(saved?.closings) ? saved.closings : [],
  };
}

/** Saves only settings whose every closing period is valid (checked again here, not only in the form). */
export async function saveCalendarSettings(db: RelanceDatabase, settings: CalendarSettings): Promise<void> {
  const closings = settings.closings.map((period) => {
    const checked = validateClosedPeriod(period);
    if (!checked.ok) throw new Error(`Invalid closing period ${period.from} – ${period.to}`);
    return checked.value;
  });
  closings.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  await writeSetting(db, CALENDAR_KEY, { zone: settings.zone, closings });
}
