import getJoursFeries from '@socialgouv/jours-feries';
import { describe, expect, it } from 'vitest';
import type { HolidayZone } from '../../renderer/src/domain/calendar/business-calendar';
import { easterSunday, holidays, isHoliday } from '../../renderer/src/domain/calendar/holidays';

/** Easter Sunday 2020-2035, written from the calendar, not from the program. */
const EASTER: Record<number, string> = {
  2020: '2020-04-12',
  2021: '2021-04-04',
  2022: '2022-04-17',
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
  2032: '2032-03-28',
  2033: '2033-04-17',
  2034: '2034-04-09',
  2035: '2035-03-25',
};

/** `iso` shifted by `days`, with plain UTC arithmetic (independent of the domain's dates.ts). */
function shift(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The law's list, by hand: L3133-1 for metropolitan France, plus the two local days of Alsace-Moselle. */
function expectedHolidays(year: number, zone: HolidayZone): [string, string][] {
  const easter = EASTER[year]!;
  const list: [string, string][] = [
    [`${year}-01-01`, 'Jour de l’an'],
    [shift(easter, 1), 'Lundi de Pâques'],
    [`${year}-05-01`, 'Fête du Travail'],
    [`${year}-05-08`, 'Victoire 1945'],
    [shift(easter, 39), 'Ascension'],
    [shift(easter, 50), 'Lundi de Pentecôte'],
    [`${year}-07-14`, 'Fête nationale'],
    [`${year}-08-15`, 'Assomption'],
    [`${year}-11-01`, 'Toussaint'],
    [`${year}-11-11`, 'Armistice 1918'],
    [`${year}-12-25`, 'Noël'],
  ];
  if (zone === 'alsace-moselle') list.push([shift(easter, -2), 'Vendredi saint'], [`${year}-12-26`, 'Saint-Étienne']);
  return list.sort((a, b) => a[0].localeCompare(b[0]));
}

/** A JS Date at local midnight (the package's dates) as YYYY-MM-DD, from its local parts. */
function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The package's names → ours. */
const PACKAGE_NAMES: Record<string, string> = {
  "Jour de l'an": 'Jour de l’an',
  'Fête du travail': 'Fête du Travail',
  'Victoire des alliés': 'Victoire 1945',
  'Fête Nationale': 'Fête nationale',
  Assomption: 'Assomption',
  Toussaint: 'Toussaint',
  Armistice: 'Armistice 1918',
  Noël: 'Noël',
  'Lundi de Pâques': 'Lundi de Pâques',
  Ascension: 'Ascension',
  'Lundi de Pentecôte': 'Lundi de Pentecôte',
  'Vendredi Saint': 'Vendredi saint',
  'Saint Étienne': 'Saint-Étienne',
};

const pairs = (year: number, zone: HolidayZone) => holidays(year, zone).map((h) => [h.date, h.name]);

describe('Easter Sunday', () => {
  it.each(Object.entries(EASTER))('%s: %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  it('gets the extremes of the Gregorian range right (22 March, 25 April)', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('refuses years before the Gregorian calendar and past 9999', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(10000)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('holidays', () => {
  const years = Object.keys(EASTER).map(Number);

  it.each(years)('%i, metropolitan France: the 11 days of L3133-1', (year) => {
    expect(pairs(year, 'metropole')).toEqual(expectedHolidays(year, 'metropole'));
    expect(holidays(year, 'metropole')).toHaveLength(11);
  });

  it.each(years)('%i, Alsace-Moselle: 13 days with Good Friday and 26 December', (year) => {
    expect(pairs(year, 'alsace-moselle')).toEqual(expectedHolidays(year, 'alsace-moselle'));
    expect(holidays(year, 'alsace-moselle')).toHaveLength(13);
  });

  it('lists 2026 as a French calendar prints it', () => {
    expect(pairs(2026, 'alsace-moselle')).toEqual([
      ['2026-01-01', 'Jour de l’an'],
      ['2026-04-03', 'Vendredi saint'],
      ['2026-04-06', 'Lundi de Pâques'],
      ['2026-05-01', 'Fête du Travail'],
      ['2026-05-08', 'Victoire 1945'],
      ['2026-05-14', 'Ascension'],
      ['2026-05-25', 'Lundi de Pentecôte'],
      ['2026-07-14', 'Fête nationale'],
      ['2026-08-15', 'Assomption'],
      ['2026-11-01', 'Toussaint'],
      ['2026-11-11', 'Armistice 1918'],
      ['2026-12-25', 'Noël'],
      ['2026-12-26', 'Saint-Étienne'],
    ]);
  });

  const namesOn = (date: string) =>
    holidays(Number(date.slice(0, 4)), 'alsace-moselle')
      .filter((h) => h.date === date)
      .map((h) => [h.name, h.nameEn]);

  it.each([
    ['2027-01-01', 'Jour de l’an', 'New Year’s Day'],
    ['2027-05-01', 'Fête du Travail', 'Labour Day'],
    ['2027-05-08', 'Victoire 1945', 'Victory in Europe Day'],
    ['2027-07-14', 'Fête nationale', 'Bastille Day'],
    ['2027-08-15', 'Assomption', 'Assumption Day'],
    ['2027-11-01', 'Toussaint', 'All Saints’ Day'],
    ['2027-11-11', 'Armistice 1918', 'Armistice Day'],
    ['2027-12-25', 'Noël', 'Christmas Day'],
    ['2027-12-26', 'Saint-Étienne', 'St Stephen’s Day'],
  ])('names the fixed day %s "%s" / "%s"', (date, name, nameEn) => {
    expect(namesOn(date)).toEqual([[name, nameEn]]);
  });

  it('names the days that move with Easter (Easter 2027: 28 March)', () => {
    expect(namesOn('2027-03-26')).toEqual([['Vendredi saint', 'Good Friday']]);
    expect(namesOn('2027-03-29')).toEqual([['Lundi de Pâques', 'Easter Monday']]);
    expect(namesOn('2027-05-06')).toEqual([['Ascension', 'Ascension Day']]);
    expect(namesOn('2027-05-17')).toEqual([['Lundi de Pentecôte', 'Whit Monday']]);
  });

  it('keeps both holidays when Ascension falls on 1 May (2008) or 8 May (1997)', () => {
    // Easter 2008: 23 March, so Ascension on Thursday 1 May; Easter 1997: 30 March, Ascension 8 May.
    const may2008 = holidays(2008, 'metropole').filter((h) => h.date === '2008-05-01').map((h) => h.name);
    expect(may2008).toEqual(['Fête du Travail', 'Ascension']);
    expect(holidays(2008, 'metropole')).toHaveLength(11);
    expect(holidays(1997, 'metropole').filter((h) => h.date === '1997-05-08').map((h) => h.name)).toEqual(['Victoire 1945', 'Ascension']);
  });

  it('agrees with @socialgouv/jours-feries for every year 2000-2100, both zones, date by name', () => {
    // The package's Easter formula drifts outside about 1894-2105 (it gives 1818-03-29 instead
    // of 22 March), so the comparison stops at 2100.
    for (let year = 2000; year <= 2100; year += 1) {
      for (const zone of ['metropole', 'alsace-moselle'] as const) {
        const theirs = Object.entries(getJoursFeries(year, { alsace: zone === 'alsace-moselle' }))
          .map(([name, date]) => [localIso(date), PACKAGE_NAMES[name] ?? `unknown ${name}`])
          .sort((a, b) => (a[0]! + a[1]!).localeCompare(b[0]! + b[1]!));
        const ours = pairs(year, zone).sort((a, b) => (a[0]! + a[1]!).localeCompare(b[0]! + b[1]!));
        expect(ours, `${year} ${zone}`).toEqual(theirs);
      }
    }
  });

  it('is sorted by date in every year', () => {
    for (let year = 1583; year <= 3000; year += 1) {
      const dates = holidays(year, 'alsace-moselle').map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('hands back the same list for a year already computed, and refuses a year out of range', () => {
    expect(holidays(2031, 'metropole')).toBe(holidays(2031, 'metropole'));
    expect(Object.isFrozen(holidays(2031, 'metropole'))).toBe(true);
    expect(() => holidays(1582, 'metropole')).toThrow(/1583-9999/);
  });
});

describe('isHoliday', () => {
  it('answers for every day of 2020-2035 exactly as the hand-made lists', () => {
    for (const zone of ['metropole', 'alsace-moselle'] as const) {
      for (let year = 2020; year <= 2035; year += 1) {
        const expected = new Set(expectedHolidays(year, zone).map(([date]) => date));
        let date = `${year}-01-01`;
        let found = 0;
        while (date.startsWith(String(year))) {
          expect(isHoliday(date, zone), `${date} ${zone}`).toBe(expected.has(date));
          if (isHoliday(date, zone)) found += 1;
          date = shift(date, 1);
        }
        expect(found).toBe(zone === 'metropole' ? 11 : 13);
      }
    }
  });

  it('tells the two zones apart on Good Friday and 26 December only', () => {
    expect(isHoliday('2026-04-03', 'metropole')).toBe(false);
    expect(isHoliday('2026-04-03', 'alsace-moselle')).toBe(true);
    expect(isHoliday('2026-12-26', 'metropole')).toBe(false);
    expect(isHoliday('2026-12-26', 'alsace-moselle')).toBe(true);
    expect(isHoliday('2026-04-06', 'metropole')).toBe(true);
    expect(isHoliday('2026-05-15', 'metropole')).toBe(false); // the Ascension bridge is a working day
  });

  it('refuses what is not an ISO date', () => {
    expect(() => isHoliday('14/07/2026', 'metropole')).toThrow(RangeError);
    expect(() => isHoliday('1500-01-01', 'metropole')).toThrow(RangeError);
  });
});
