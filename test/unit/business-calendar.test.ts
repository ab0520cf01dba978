import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClosedPeriod, HolidayZone } from '../../renderer/src/domain/calendar/business-calendar';
import {
  CLOSED_PERIOD_MESSAGES,
  NoBusinessDayError,
  createBusinessCalendar,
  nextPaymentDay,
  validateClosedPeriod,
  validatePaymentDays,
} from '../../renderer/src/domain/calendar/calendar-rules';
import { holidays } from '../../renderer/src/domain/calendar/holidays';
import { addDays, dayOfWeek, daysInMonth, fromDayNumber, toDayNumber } from '../../renderer/src/domain/dates';

const metropole = createBusinessCalendar({ zone: 'metropole', closings: [] });
const alsace = createBusinessCalendar({ zone: 'alsace-moselle', closings: [] });

describe('business days: examples', () => {
  it('skips Easter Monday after a Friday (metropolitan France), and Good Friday too in Alsace-Moselle', () => {
    // Friday 3 April 2026, Easter Monday 6 April.
    expect(metropole.isBusinessDay('2026-04-03')).toBe(true);
    expect(metropole.addBusinessDays('2026-04-03', 1)).toBe('2026-04-07');
    expect(metropole.nextBusinessDay('2026-04-04')).toBe('2026-04-07');
    expect(metropole.addBusinessDays('2026-04-07', -1)).toBe('2026-04-03');
    expect(alsace.isBusinessDay('2026-04-03')).toBe(false);
    expect(alsace.nextBusinessDay('2026-04-03')).toBe('2026-04-07');
    expect(alsace.addBusinessDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(alsace.addBusinessDays('2026-04-07', -1)).toBe('2026-04-02');
  });

  it('takes only the Thursday of Ascension off: the Friday bridge is a working day', () => {
    // Ascension: Thursday 14 May 2026.
    expect(metropole.isBusinessDay('2026-05-14')).toBe(false);
    expect(metropole.isBusinessDay('2026-05-15')).toBe(true);
    expect(metropole.addBusinessDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(metropole.addBusinessDays('2026-05-13', 2)).toBe('2026-05-18');
  });

  it('gives no day back when 14 July falls on a Saturday (2029)', () => {
    expect(dayOfWeek('2029-07-14')).toBe(6);
    expect(metropole.isBusinessDay('2029-07-13')).toBe(true);
    expect(metropole.nextBusinessDay('2029-07-14')).toBe('2029-07-16');
    expect(metropole.addBusinessDays('2029-07-13', 1)).toBe('2029-07-16');
  });

  it('jumps a company closing over Christmas and New Year into the next year', () => {
    const calendar = createBusinessCalendar({
      zone: 'metropole',
      closings: [{ from: '2026-12-24', to: '2027-01-01', label: 'Fêtes de fin d’année' }],
    });
    expect(calendar.isBusinessDay('2026-12-23')).toBe(true);
    expect(calendar.isBusinessDay('2026-12-28')).toBe(false); // a Monday inside the closing
    expect(calendar.addBusinessDays('2026-12-23', 1)).toBe('2027-01-04');
    expect(calendar.nextBusinessDay('2026-12-24')).toBe('2027-01-04');
    expect(calendar.addBusinessDays('2027-01-04', -1)).toBe('2026-12-23');
    // Without the closing: Thursday 24 December 2026 is a working day.
    expect(metropole.nextBusinessDay('2026-12-24')).toBe('2026-12-24');
  });

  it('waits until September for a customer closed in August', () => {
    const calendar = createBusinessCalendar({
      zone: 'metropole',
      closings: [],
      customer: { closed: [{ from: '2026-08-01', to: '2026-08-31' }], paymentDays: [] },
    });
    expect(calendar.addBusinessDays('2026-07-31', 1)).toBe('2026-09-01'); // Friday 31 July → Tuesday 1 September
    expect(calendar.nextBusinessDay('2026-08-15')).toBe('2026-09-01');
    expect(metropole.nextBusinessDay('2026-08-15')).toBe('2026-08-17'); // Assumption on a Saturday, then Sunday
  });

  it('counts business days strictly after the date, and 0 means the next business day', () => {
    expect(metropole.addBusinessDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday + 1 = Monday
    expect(metropole.addBusinessDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday + 1 = Monday
    expect(metropole.addBusinessDays('2026-03-07', -1)).toBe('2026-03-06'); // Saturday − 1 = Friday
    expect(metropole.addBusinessDays('2026-03-02', 5)).toBe('2026-03-09');
    expect(metropole.addBusinessDays('2026-03-02', 10)).toBe('2026-03-16');
    expect(metropole.addBusinessDays('2026-03-07', 0)).toBe('2026-03-09');
    expect(metropole.addBusinessDays('2026-03-04', 0)).toBe('2026-03-04');
    expect(() => metropole.addBusinessDays('2026-03-04', 1.5)).toThrow(RangeError);
  });

  it('crosses New Year backwards and forwards', () => {
    // 1 January 2027 is a Friday; 31 December 2026 a Thursday.
    expect(metropole.addBusinessDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(metropole.addBusinessDays('2027-01-04', -2)).toBe('2026-12-30');
  });

  it('refuses a date that does not exist', () => {
    expect(() => metropole.isBusinessDay('2026-02-30')).toThrow(RangeError);
    expect(() => metropole.nextBusinessDay('30/01/2026')).toThrow(RangeError);
  });
});

describe('a calendar with no business day', () => {
  const closedForever = createBusinessCalendar({
    zone: 'metropole',
    closings: [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2027-01-01', to: '2027-12-31' },
    ],
    customer: { closed: [{ from: '2028-01-01', to: '2028-06-30' }], paymentDays: [] },
  });

  it('throws an error naming the cause instead of looping', () => {
    expect(() => closedForever.nextBusinessDay('2026-03-01')).toThrow(NoBusinessDayError);
    expect(() => closedForever.nextBusinessDay('2026-03-01')).toThrow(/No business day within 731 days after 2026-03-01.*closed periods/);
    expect(() => closedForever.addBusinessDays('2025-12-31', 1)).toThrow(NoBusinessDayError);
    expect(() => closedForever.addBusinessDays('2028-07-03', -1)).toThrow(NoBusinessDayError);
    expect(() => nextPaymentDay('2026-03-01', closedForever, [10])).toThrow(NoBusinessDayError);
  });

  it('still answers where business days exist', () => {
    expect(closedForever.nextBusinessDay('2028-06-30')).toBe('2028-07-03');
    expect(closedForever.addBusinessDays('2025-12-31', -1)).toBe('2025-12-30');
  });

  it('refuses to build with a period that ends before it starts', () => {
    expect(() => createBusinessCalendar({ zone: 'metropole', closings: [{ from: '2026-08-31', to: '2026-08-01' }] })).toThrow(
      /company closed period/,
    );
    expect(() =>
      createBusinessCalendar({ zone: 'metropole', closings: [], customer: { closed: [{ from: '2026-02-30', to: '2026-03-01' }], paymentDays: [] } }),
    ).toThrow(/customer closed period/);
  });
});

describe('nextPaymentDay', () => {
  it('moves the 10th to Monday the 11th when the 10th is a Sunday (May 2026)', () => {
    expect(dayOfWeek('2026-05-10')).toBe(7);
    expect(nextPaymentDay('2026-05-01', metropole, [10])).toBe('2026-05-11');
    expect(nextPaymentDay('2026-05-11', metropole, [10])).toBe('2026-05-11');
    expect(nextPaymentDay('2026-05-12', metropole, [10])).toBe('2026-06-10');
  });

  it('pays on the last day of a month too short for the day asked', () => {
    expect(nextPaymentDay('2026-04-01', metropole, [31])).toBe('2026-04-30'); // Thursday 30 April
    // 30 February does not exist; 28 February 2026 is a Saturday: Monday 2 March.
    expect(nextPaymentDay('2026-02-01', metropole, [30])).toBe('2026-03-02');
    expect(nextPaymentDay('2026-03-03', metropole, [30])).toBe('2026-03-30');
    expect(nextPaymentDay('2028-02-01', metropole, [30, 31])).toBe('2028-02-29'); // leap year, a Tuesday
  });

  it('takes the nearest of several payment days', () => {
    expect(nextPaymentDay('2026-06-11', metropole, [25, 10])).toBe('2026-06-25');
    expect(nextPaymentDay('2026-06-26', metropole, [25, 10])).toBe('2026-07-10');
  });

  it('moves a payment day past a holiday, across New Year', () => {
    // Pays on the 1st: 1 January 2026 is a holiday, Friday 2 January is the payment day.
    expect(nextPaymentDay('2025-12-15', metropole, [1])).toBe('2026-01-02');
    expect(nextPaymentDay('2026-01-02', metropole, [1])).toBe('2026-01-02');
  });

  it('pays on the first business day after a closed August', () => {
    const calendar = createBusinessCalendar({
      zone: 'metropole',
      closings: [],
      customer: { closed: [{ from: '2026-08-01', to: '2026-08-31' }], paymentDays: [10] },
    });
    expect(nextPaymentDay('2026-07-11', calendar, [10])).toBe('2026-09-01');
    expect(nextPaymentDay('2026-09-01', calendar, [10])).toBe('2026-09-01');
    expect(nextPaymentDay('2026-09-02', calendar, [10])).toBe('2026-09-10');
  });

  it('is the next business day when the customer pays any day', () => {
    expect(nextPaymentDay('2026-05-09', metropole, [])).toBe('2026-05-11');
  });

  it('refuses a day that is not a day of the month', () => {
    expect(() => nextPaymentDay('2026-05-01', metropole, [0])).toThrow(RangeError);
    expect(() => nextPaymentDay('2026-05-01', metropole, [32])).toThrow(RangeError);
  });
});

describe('validateClosedPeriod', () => {
  it('accepts a period and tidies its label', () => {
    expect(validateClosedPeriod({ from: '2026-08-01', to: '2026-08-23', label: '  Congés   d’été ' })).toEqual({
      ok: true,
      value: { from: '2026-08-01', to: '2026-08-23', label: 'Congés d’été' },
    });
    expect(validateClosedPeriod({ from: '2026-08-15', to: '2026-08-15', label: ' ' })).toEqual({
      ok: true,
      value: { from: '2026-08-15', to: '2026-08-15' },
    });
  });

  it('accepts a whole leap year (366 days) and refuses one day more', () => {
    expect(validateClosedPeriod({ from: '2028-01-01', to: '2028-12-31' }).ok).toBe(true);
    expect(validateClosedPeriod({ from: '2026-01-01', to: '2027-01-02' })).toEqual({
      ok: false,
      errors: { to: { code: 'tooLong', params: { max: 366, days: 367 } } },
    });
  });

  it('says which date is missing, does not exist, or ends before the start', () => {
    expect(validateClosedPeriod({ from: '', to: '2026-02-30' })).toEqual({
      ok: false,
      errors: { from: { code: 'required' }, to: { code: 'invalidDate' } },
    });
    expect(validateClosedPeriod({ from: '2026-08-31', to: '2026-08-01' })).toEqual({
      ok: false,
      errors: { to: { code: 'endBeforeStart' } },
    });
    expect(validateClosedPeriod({ from: '2026-08-01', to: '2026-08-02', label: 'x'.repeat(81) })).toEqual({
      ok: false,
      errors: { label: { code: 'labelTooLong', params: { max: 80 } } },
    });
  });

  it('has a French message for every code', () => {
    expect(CLOSED_PERIOD_MESSAGES.endBeforeStart.fr).toBe('La fin de la fermeture précède son début.');
    for (const message of Object.values(CLOSED_PERIOD_MESSAGES)) expect(message.fr).not.toBe('');
  });
});

describe('validatePaymentDays', () => {
  it('sorts the days and drops repeats', () => {
    expect(validatePaymentDays([25, 10, 25])).toEqual({ ok: true, value: [10, 25] });
  });
  it('names the first day outside 1-31', () => {
    expect(validatePaymentDays([10, 0, 40])).toEqual({ ok: false, error: { code: 'paymentDay', params: { value: 0 } } });
    expect(validatePaymentDays([2.5])).toEqual({ ok: false, error: { code: 'paymentDay', params: { value: 2.5 } } });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, against an oracle that tests each rule directly on the day.

// Half a year across New Year, so that random closings often touch the random dates.
const FIRST = toDayNumber('2026-10-01');
const LAST = toDayNumber('2027-03-31');
const RUNS = { numRuns: 300 };

const dateArb = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const periodArb = fc
  .record({ start: fc.integer({ min: FIRST - 30, max: LAST }), length: fc.integer({ min: 1, max: 40 }) })
  .map(({ start, length }): ClosedPeriod => ({ from: fromDayNumber(start), to: fromDayNumber(start + length - 1) }));
const setupArb = fc.record({
  zone: fc.constantFrom<HolidayZone>('metropole', 'alsace-moselle'),
  closings: fc.array(periodArb, { maxLength: 4 }),
  customerClosed: fc.array(periodArb, { maxLength: 4 }),
});
type Setup = typeof setupArb extends fc.Arbitrary<infer T> ? T : never;

function build(setup: Setup) {
  const calendar = createBusinessCalendar({
    zone: setup.zone,
    closings: setup.closings,
    customer: { closed: setup.customerClosed, paymentDays: [] },
  });
  const holidayDates = new Set<string>();
  for (let year = 2025; year <= 2028; year += 1) for (const h of holidays(year, setup.zone)) holidayDates.add(h.date);
  const inside = (date: string, periods: ClosedPeriod[]) => periods.some((p) => p.from <= date && date <= p.to);
  /** The rules one by one: not a weekend, not a holiday, not a company or customer closed day. */
  const open = (date: string) =>
    dayOfWeek(date) <= 5 && !holidayDates.has(date) && !inside(date, setup.closings) && !inside(date, setup.customerClosed);
  return { calendar, open };
}

describe('business days: properties', () => {
  it('isBusinessDay follows each rule', () => {
    fc.assert(
      fc.property(setupArb, dateArb, (setup, date) => {
        const { calendar, open } = build(setup);
        expect(calendar.isBusinessDay(date)).toBe(open(date));
      }),
      RUNS,
    );
  });

  it('nextBusinessDay is open, on or after the date, with only closed days in between', () => {
    fc.assert(
      fc.property(setupArb, dateArb, (setup, date) => {
        const { calendar, open } = build(setup);
        const next = calendar.nextBusinessDay(date);
        expect(next >= date).toBe(true);
        expect(open(next)).toBe(true);
        for (let day = date; day < next; day = addDays(day, 1)) expect(open(day)).toBe(false);
      }),
      RUNS,
    );
  });

  it('addBusinessDays(d, n) lands on a business day with exactly |n| business days counted', () => {
    fc.assert(
      fc.property(setupArb, dateArb, fc.integer({ min: -25, max: 25 }).filter((n) => n !== 0), (setup, date, n) => {
        const { calendar, open } = build(setup);
        const result = calendar.addBusinessDays(date, n);
        expect(open(result)).toBe(true);
        let counted = 0;
        if (n > 0) {
          expect(result > date).toBe(true);
          for (let day = addDays(date, 1); day <= result; day = addDays(day, 1)) if (open(day)) counted += 1;
        } else {
          expect(result < date).toBe(true);
          for (let day = result; day < date; day = addDays(day, 1)) if (open(day)) counted += 1;
        }
        expect(counted).toBe(Math.abs(n));
      }),
      RUNS,
    );
  });

  it('addBusinessDays(d, 0) is nextBusinessDay(d)', () => {
    fc.assert(
      fc.property(setupArb, dateArb, (setup, date) => {
        const { calendar } = build(setup);
        expect(calendar.addBusinessDays(date, 0)).toBe(calendar.nextBusinessDay(date));
      }),
      RUNS,
    );
  });

  it('nextPaymentDay is the first business day on or after the date that a payment day rolls to', () => {
    const paymentDaysArb = fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(setupArb, dateArb, paymentDaysArb, (setup, date, paymentDays) => {
        const { calendar, open } = build(setup);
        const result = nextPaymentDay(date, calendar, paymentDays);
        expect(result >= date).toBe(true);
        expect(open(result)).toBe(true);
        // Oracle: every payment date of the months around, each clamped to its month's length
        // and rolled to the next open day; the answer is the earliest one not before `date`.
        const rolled: string[] = [];
        const [y, m] = date.split('-').map(Number) as [number, number];
        for (let k = -4; k <= 4; k += 1) {
          const year = y + Math.floor((m - 1 + k) / 12);
          const month = ((((m - 1 + k) % 12) + 12) % 12) + 1;
          for (const p of paymentDays) {
            let day = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(p, daysInMonth(year, month))).padStart(2, '0')}`;
            while (!open(day)) day = addDays(day, 1);
            if (day >= date) rolled.push(day);
          }
        }
        expect(result).toBe(rolled.sort()[0]);
      }),
      RUNS,
    );
  });
});
