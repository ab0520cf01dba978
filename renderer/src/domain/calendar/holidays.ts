/**
 * French public holidays ("jours fériés"), computed rather than read from a table so that any year
 * works and no list goes stale. Metropolitan France: the eleven days of Code du travail L3133-1.
 * Alsace-Moselle (departments 57, 67, 68, local law): those eleven plus Good Friday and 26 December.
 *
 * Today's law is applied to every year (8 May was not a holiday from 1959 to 1981, Whit Monday is
 * also the "journée de solidarité" in many companies): Relance plans reminders from now on, it does
 * not rewrite history. Years 1583-9999 only: Easter below is the Gregorian one, and France adopted
 * the Gregorian calendar in December 1582.
 */
import { addDays, type IsoDate } from '../dates';
import type { HolidayZone } from './business-calendar';

export interface Holiday {
  date: IsoDate;
  /** The name French people use ("Lundi de Pâques", "Fête nationale"). */
  name: string;
  nameEn: string;
}

export const MIN_HOLIDAY_YEAR = 1583;
export const MAX_HOLIDAY_YEAR = 9999;

function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_HOLIDAY_YEAR || year > MAX_HOLIDAY_YEAR) {
    throw new RangeError(`Public holidays are computed for years ${MIN_HOLIDAY_YEAR}-${MAX_HOLIDAY_YEAR} only, not ${year}`);
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number): IsoDate => `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

/**
 * Easter Sunday of a Gregorian year, by the anonymous algorithm published by Meeus ("Astronomical
 * Algorithms", 1991), also known as Jones (1876) and Butcher (1876). Integer arithmetic only, exact
 * for every Gregorian year; variable names are Meeus's.
 */
export function easterSunday(year: number): IsoDate {
  requireYear(year);
  const a = year % 19; // position in the 19-year Metonic cycle
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); // lunar correction
  const h = (19 * a + b - d - g + 15) % 30; // days from 21 March to the Paschal full moon (roughly)
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the next Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return ymd(year, Math.floor(n / 31), (n % 31) + 1);
}

interface HolidayRule {
  name: string;
  nameEn: string;
  alsaceMoselleOnly?: boolean;
  /** A fixed day of the year… */
  month?: number;
  day?: number;
  /** …or a number of days after Easter Sunday. */
  afterEaster?: number;
}

/** In the order of the year; the order also decides between two holidays on one day (see holidays()). */
const RULES: readonly HolidayRule[] = [
  { name: 'Jour de l’an', nameEn: 'New Year’s Day', month: 1, day: 1 },
  { name: 'Vendredi saint', nameEn: 'Good Friday', afterEaster: -2, alsaceMoselleOnly: true },
  { name: 'Lundi de Pâques', nameEn: 'Easter Monday', afterEaster: 1 },
  { name: 'Fête du Travail', nameEn: 'Labour Day', month: 5, day: 1 },
  { name: 'Victoire 1945', nameEn: 'Victory in Europe Day', month: 5, day: 8 },
  { name: 'Ascension', nameEn: 'Ascension Day', afterEaster: 39 },
  { name: 'Lundi de Pentecôte', nameEn: 'Whit Monday', afterEaster: 50 },
  { name: 'Fête nationale', nameEn: 'Bastille Day', month: 7, day: 14 },
  { name: 'Assomption', nameEn: 'Assumption Day', month: 8, day: 15 },
  { name: 'Toussaint', nameEn: 'All Saints’ Day', month: 11, day: 1 },
  { name: 'Armistice 1918', nameEn: 'Armistice Day', month: 11, day: 11 },
  { name: 'Noël', nameEn: 'Christmas Day', month: 12, day: 25 },
  { name: 'Saint-Étienne', nameEn: 'St Stephen’s Day', month: 12, day: 26, alsaceMoselleOnly: true },
];

function computeHolidays(year: number, zone: HolidayZone): readonly Holiday[] {
  const easter = easterSunday(year);
  const list = RULES.filter((rule) => zone === 'alsace-moselle' || !rule.alsaceMoselleOnly).map((rule, order) => ({
    order,
    holiday: {
      date: rule.afterEaster === undefined ? ymd(year, rule.month!, rule.day!) : addDays(easter, rule.afterEaster),
      name: rule.name,
      nameEn: rule.nameEn,
    },
  }));
  // ISO dates sort as strings. Ascension can fall on 1 May (2008) or 8 May (1997, 2059): both stay listed.
  list.sort((x, y) => (x.holiday.date < y.holiday.date ? -1 : x.holiday.date > y.holiday.date ? 1 : x.order - y.order));
  return Object.freeze(list.map((entry) => Object.freeze(entry.holiday)));
}

interface YearEntry {
  list: readonly Holiday[];
  dates: ReadonlySet<IsoDate>;
}

/**
 * One entry per zone and year, filled on first use. The schedule engine asks about the same few
 * years hundreds of thousands of times; at most 2 × 8 417 small entries can ever exist.
 */
const cache: Record<HolidayZone, Map<number, YearEntry>> = { metropole: new Map(), 'alsace-moselle': new Map() };

function entryFor(year: number, zone: HolidayZone): YearEntry {
  const byYear = cache[zone];
  if (byYear === undefined) throw new RangeError(`Unknown holiday zone: ${JSON.stringify(zone)}`);
  let entry = byYear.get(year);
  if (entry === undefined) {
    const list = computeHolidays(year, zone);
    entry = { list, dates: new Set(list.map((h) => h.date)) };
    byYear.set(year, entry);
  }
  return entry;
}

/**
 * The public holidays of `year` in `zone`, sorted by date (11 in metropolitan France, 13 in
 * Alsace-Moselle; when two fall on one day both are listed). The array is frozen and shared.
 * Throws RangeError for a year outside 1583-9999.
 */
export function holidays(year: number, zone: HolidayZone): readonly Holiday[] {
  requireYear(year);
  return entryFor(year, zone).list;
}

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True when `date` is a public holiday in `zone`. O(1) after the first call for a year. Only the
 * shape of `date` is checked: a day that does not exist ("2026-02-30") is simply not a holiday.
 */
export function isHoliday(date: IsoDate, zone: HolidayZone): boolean {
  if (!ISO_SHAPE.test(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const year = Number(date.slice(0, 4));
  requireYear(year);
  return entryFor(year, zone).dates.has(date);
}
