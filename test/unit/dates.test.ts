import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatDate,
  formatDateLong,
  fromDayNumber,
  isLeapYear,
  isValidIsoDate,
  parseDate,
  toDayNumber,
  todayIso,
} from '../../renderer/src/domain/dates';
import type { DateError, DateOrder, IsoDate } from '../../renderer/src/domain/dates';

const MS_PER_DAY = 86_400_000;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Independent oracle: Date.UTC is pure UTC arithmetic (valid for years >= 100). */
function utcDayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Arbitrary existing day between two years, built from parts (so it does not rely on dates.ts). */
function isoDateIn(minYear: number, maxYear: number): fc.Arbitrary<IsoDate> {
  return fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => {
      // Day of month clamped to the month's length, computed by Date.UTC in a same-leapness year
      // (2000 or 2001) so it does not depend on the code under test.
      const refYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 2000 : 2001;
      const lastDay = new Date(Date.UTC(refYear, month, 0)).getUTCDate();
      return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
    });
}

const modernDate = isoDateIn(1900, 2199);
const days = fc.integer({ min: -40_000, max: 40_000 });

describe('parseDate', () => {
  it.each<[string, DateOrder | undefined, IsoDate]>([
    ['29/11/2026', undefined, '2026-11-29'],
    ['29-11-2026', undefined, '2026-11-29'],
    ['29.11.2026', undefined, '2026-11-29'],
    ['1/2/2024', undefined, '2024-02-01'],
    ['01/02/2024', 'DMY', '2024-02-01'],
    ['02/01/2024', 'MDY', '2024-02-01'],
    ['12/31/2024', 'MDY', '2024-12-31'],
    ['2/1/2024', 'MDY', '2024-02-01'],
    ['31/12/24', undefined, '2024-12-31'],
    ['01/01/00', undefined, '2000-01-01'],
    ['31/12/69', undefined, '2069-12-31'], // pivot: 00-69 => 20xx
    ['01/01/70', undefined, '1970-01-01'], // 70-99 => 19xx
    ['31.12.99', undefined, '1999-12-31'],
    ['24/01/15', 'YMD', '2024-01-15'],
    ['15/01/2024', 'YMD', '2024-01-15'], // a 4-digit last part is always the year
    ['20241231', undefined, '2024-12-31'],
    ['20241231', 'MDY', '2024-12-31'], // YYYYMMDD ignores the hint
    ['2024-12-31', undefined, '2024-12-31'],
    ['2024-12-31', 'MDY', '2024-12-31'],
    ['2024/1/5', undefined, '2024-01-05'],
    ['2024.01.05', undefined, '2024-01-05'],
    ['  29/11/2026\t', undefined, '2026-11-29'],
    ['\u00A029/11/2026\u202F', undefined, '2026-11-29'],
    ['15/01/2024 00:00:00', undefined, '2024-01-15'], // spreadsheet export with a time
    ['15/01/2024 23:59', undefined, '2024-01-15'],
    ['2024-01-15T10:30:00', undefined, '2024-01-15'],
    ['2024-01-15 10:30:00.123', undefined, '2024-01-15'],
    ['29/02/2024', undefined, '2024-02-29'],
    ['29/02/2000', undefined, '2000-02-29'],
  ])('%j (hint %s) => %s', (input, hint, iso) => {
    expect(parseDate(input, hint)).toEqual({ ok: true, value: iso });
  });

  it.each<[string, DateOrder | undefined, DateError]>([
    ['', undefined, 'empty'],
    ['   ', undefined, 'empty'],
    ['abc', undefined, 'format'],
    ['29/11', undefined, 'format'],
    ['29/11/2026/1', undefined, 'format'],
    ['29/11-2026', undefined, 'format'], // mixed separators
    ['29 11 2026', undefined, 'format'],
    ['2026-11-29Z', undefined, 'format'],
    ['2026-11-29T10:00:00Z', undefined, 'format'], // an instant, not a calendar day
    ['123/11/2026', undefined, 'format'],
    ['29/11/202', undefined, 'format'],
    ['2024123', undefined, 'format'],
    ['202412311', undefined, 'format'],
    ['29 novembre 2026', undefined, 'format'],
    ['31/02/2024', undefined, 'invalid-date'],
    ['29/02/2023', undefined, 'invalid-date'],
    ['29/02/1900', undefined, 'invalid-date'],
    ['29/02/2100', undefined, 'invalid-date'],
    ['31/04/2024', undefined, 'invalid-date'],
    ['00/01/2024', undefined, 'invalid-date'],
    ['01/13/2024', undefined, 'invalid-date'],
    ['13/01/2024', 'MDY', 'invalid-date'],
    ['20240230', undefined, 'invalid-date'],
    ['2024-13-01', undefined, 'invalid-date'],
    ['0000-01-01', undefined, 'invalid-date'], // years 0001-9999 only
  ])('%j (hint %s) => %s', (input, hint, error) => {
    expect(parseDate(input, hint)).toEqual({ ok: false, error });
  });

  it('round-trips formatDate (DD/MM/YYYY), YYYYMMDD, MM/DD/YYYY and ISO', () => {
    fc.assert(
      fc.property(isoDateIn(1, 9999), (iso) => {
        const [y, m, d] = iso.split('-');
        expect(parseDate(formatDate(iso))).toEqual({ ok: true, value: iso });
        expect(parseDate(`${y}${m}${d}`)).toEqual({ ok: true, value: iso });
        expect(parseDate(`${m}/${d}/${y}`, 'MDY')).toEqual({ ok: true, value: iso });
        expect(parseDate(iso)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('reads two-digit years within the 1970-2069 window', () => {
    fc.assert(
      fc.property(isoDateIn(1970, 2069), fc.constantFrom('/', '-', '.'), (iso, sep) => {
        const [y = '', m, d] = iso.split('-');
        expect(parseDate(`${d}${sep}${m}${sep}${y.slice(2)}`)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    const dateish = fc.string({ unit: fc.constantFrom(...'0123456789/-.: T'), maxLength: 22 });
    fc.assert(
      fc.property(fc.oneof(dateish, fc.string()), fc.constantFrom<DateOrder>('DMY', 'MDY', 'YMD'), (text, hint) => {
        const result = parseDate(text, hint);
        if (result.ok) expect(isValidIsoDate(result.value)).toBe(true);
        else expect(['empty', 'format', 'invalid-date']).toContain(result.error);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
    [2024, true],
    [2023, false],
    [1600, true],
  ])('isLeapYear(%i) = %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
    expect(isValidIsoDate(`${year}-02-29`)).toBe(leap);
    expect(daysBetween(`${year}-01-01`, `${year + 1}-01-01`)).toBe(leap ? 366 : 365);
  });

  it('month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('isValidIsoDate', () => {
  it.each<[string, boolean]>([
    ['2026-11-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-2-01', false],
    ['2024-02-1', false],
    ['24-02-01', false],
    [' 2024-02-01', false],
    ['2024/02/01', false],
    ['2024-02-01T00:00', false],
    ['0000-01-01', false],
    ['10000-01-01', false],
    ['', false],
  ])('%j => %s', (value, valid) => {
    expect(isValidIsoDate(value)).toBe(valid);
  });
});

describe('day numbers', () => {
  it.each<[IsoDate, number]>([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['1970-01-02', 1],
    ['2000-01-01', 10957],
    ['2000-03-01', 11017],
    ['1900-01-01', -25567],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ])('toDayNumber(%s) = %i', (iso, n) => {
    expect(toDayNumber(iso)).toBe(n);
    expect(fromDayNumber(n)).toBe(iso);
  });

  it('walks every day from 1900-01-01 to 2199-12-31 in calendar order', () => {
    // Independent successor function: increment the day, roll over month and year.
    let [y, m, d] = [1900, 1, 1];
    let n = toDayNumber('1900-01-01');
    const end = toDayNumber('2199-12-31');
    let checked = 0;
    for (; n <= end; n += 1) {
      const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
      if (fromDayNumber(n) !== iso || toDayNumber(iso) !== n) {
        throw new Error(`mismatch at day ${n}: fromDayNumber=${fromDayNumber(n)} expected ${iso}`);
      }
      checked += 1;
      d += 1;
      if (d > daysInMonth(y, m)) [d, m] = [1, m + 1];
      if (m > 12) [m, y] = [1, y + 1];
    }
    expect(checked).toBe(109_573); // 300 years, 73 of them leap
  });

  it('matches Date.UTC for years 100-9999', () => {
    fc.assert(
      fc.property(isoDateIn(100, 9999), (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        expect(toDayNumber(iso)).toBe(utcDayNumber(y, m, d));
      }),
    );
  });

  it('rejects invalid input with RangeError', () => {
    expect(() => toDayNumber('2024-02-30')).toThrow(RangeError);
    expect(() => toDayNumber('29/11/2026')).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
    expect(() => fromDayNumber(-719163)).toThrow(RangeError);
    expect(() => fromDayNumber(2932897)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => compareDates('2026-01-01', 'nope')).toThrow(RangeError);
  });
});

describe('addDays / daysBetween / compareDates', () => {
  it.each<[IsoDate, number, IsoDate]>([
    ['2026-11-29', 30, '2026-12-29'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // DST change in France: still exactly one day
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-01-01', 0, '2026-01-01'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('addDays(%s, %i) = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
    expect(daysBetween(iso, expected)).toBe(n);
  });

  it('addDays is additive: addDays(d, a + b) = addDays(addDays(d, a), b)', () => {
    fc.assert(
      fc.property(modernDate, days, days, (d, a, b) => {
        expect(addDays(d, a + b)).toBe(addDays(addDays(d, a), b));
      }),
    );
  });

  it('daysBetween(d, addDays(d, n)) = n and is antisymmetric', () => {
    fc.assert(
      fc.property(modernDate, days, (d, n) => {
        const e = addDays(d, n);
        expect(daysBetween(d, e)).toBe(n);
        expect(daysBetween(e, d)).toBe(0 - n); // 0 - n: +0, not -0, when n = 0
      }),
    );
  });

  it('compareDates has the sign of daysBetween and matches ISO string order', () => {
    fc.assert(
      fc.property(modernDate, modernDate, (a, b) => {
        const c = compareDates(a, b);
        expect(c).toBe(Math.sign(daysBetween(b, a)));
        expect(c).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(compareDates(b, a)).toBe(0 - c);
      }),
    );
  });

  it('fromDayNumber(toDayNumber(d)) = d', () => {
    fc.assert(
      fc.property(isoDateIn(1, 9999), (d) => {
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
      }),
    );
  });
});

describe('dayOfWeek (ISO: 1 = Monday ... 7 = Sunday)', () => {
  it.each<[IsoDate, number]>([
    ['1970-01-01', 4], // Thursday
    ['2000-01-01', 6], // Saturday
    ['2026-11-29', 7], // Sunday
    ['2026-11-30', 1], // Monday
    ['1900-01-01', 1], // Monday
    ['0001-01-01', 1], // Monday (proleptic Gregorian)
  ])('%s => %i', (iso, dow) => {
    expect(dayOfWeek(iso)).toBe(dow);
  });

  it('matches Date#getUTCDay', () => {
    fc.assert(
      fc.property(isoDateIn(100, 9999), (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const utcDay = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
        expect(dayOfWeek(iso)).toBe(utcDay === 0 ? 7 : utcDay);
      }),
    );
  });
});

/** Runs `fn` with the process time zone set to `tz` (Node re-reads process.env.TZ on change). */
function inTimeZone(tz: string, fn: () => void): void {
  const previous = process.env.TZ;
  process.env.TZ = tz;
  try {
    fn();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

describe('todayIso', () => {
  it('uses the local calendar day, from just after midnight to just before the next one', () => {
    expect(todayIso(new Date(2026, 10, 29, 0, 0, 1))).toBe('2026-11-29');
    expect(todayIso(new Date(2026, 10, 29, 23, 59, 59))).toBe('2026-11-29');
    expect(todayIso(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });

  it.each([
    ['Europe/Paris', 0, 30], // 00:30 in Paris is still the 28th in UTC
    ['Pacific/Kiritimati', 0, 0], // UTC+14
    ['Pacific/Pago_Pago', 23, 59], // UTC-11: 23:59 is already the 30th in UTC
  ])('in %s, %i:%i local on the 29th is the 29th (not the UTC day)', (tz, hours, minutes) => {
    inTimeZone(tz, () => {
      const instant = new Date(2026, 10, 29, hours, minutes);
      expect(instant.toISOString().slice(0, 10)).not.toBe('2026-11-29'); // the zone really applies
      expect(todayIso(instant)).toBe('2026-11-29');
    });
  });

  it('defaults to now and returns a valid date', () => {
    expect(isValidIsoDate(todayIso())).toBe(true);
  });
});

describe('formatDate / formatDateLong', () => {
  it.each<[IsoDate, string]>([
    ['2026-11-29', '29/11/2026'],
    ['2026-01-05', '05/01/2026'],
    ['0099-06-15', '15/06/0099'],
  ])('formatDate(%s) = %s in both locales', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
    expect(formatDate(iso, 'fr-FR')).toBe(text);
    expect(formatDate(iso, 'en-GB')).toBe(text);
  });

  it('formatDate matches Intl (UTC) for fr-FR and en-GB', () => {
    const intl = (locale: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
    const fr = intl('fr-FR');
    const en = intl('en-GB');
    fc.assert(
      fc.property(isoDateIn(1000, 9999), (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const instant = Date.UTC(y, m - 1, d);
        expect(formatDate(iso, 'fr-FR')).toBe(fr.format(instant));
        expect(formatDate(iso, 'en-GB')).toBe(en.format(instant));
      }),
    );
  });

  it.each<[IsoDate, 'fr-FR' | 'en-GB', string]>([
    ['2026-11-29', 'fr-FR', '29 novembre 2026'],
    ['2026-12-01', 'fr-FR', '1er décembre 2026'],
    ['2026-12-10', 'fr-FR', '10 décembre 2026'],
    ['2026-12-01', 'en-GB', '1 December 2026'],
    ['2026-11-29', 'en-GB', '29 November 2026'],
    ['0099-06-15', 'fr-FR', '15 juin 99'], // not 1999: the Date is built with setUTCFullYear
  ])('formatDateLong(%s, %s) = %s', (iso, locale, text) => {
    expect(formatDateLong(iso, locale)).toBe(text);
  });

  it('formatDate rejects invalid dates', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatDateLong('nope')).toThrow(RangeError);
  });
});
