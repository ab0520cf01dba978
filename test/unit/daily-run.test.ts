import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atTime,
  dailyStep,
  isClockTime,
  MAX_CHECK_INTERVAL_MS,
  nextCheckDelay,
  nextRunAt,
  parseClockTime,
  type DailyState,
} from '../../renderer/src/domain/calendar/daily-run';
import { addDays, todayIso } from '../../renderer/src/domain/dates';

/** Local time, like the app's clock. */
const at = (day: string, time: string, seconds = 0) => new Date(atTime(day, time).getTime() + seconds * 1000);
const state = (plannedDay: string | null, notifiedDay: string | null): DailyState => ({ plannedDay, notifiedDay });

describe('the time the user types', () => {
  it('accepts the usual French ways of writing a time and keeps HH:MM', () => {
    expect(parseClockTime('08:30')).toEqual({ ok: true, value: '08:30' });
    expect(parseClockTime(' 8:30 ')).toEqual({ ok: true, value: '08:30' });
    expect(parseClockTime('8h30')).toEqual({ ok: true, value: '08:30' });
    expect(parseClockTime('9 h')).toEqual({ ok: true, value: '09:00' });
    expect(parseClockTime('00:00')).toEqual({ ok: true, value: '00:00' });
    expect(parseClockTime('23:59')).toEqual({ ok: true, value: '23:59' });
  });

  it('refuses an empty field, something that is not a time and a time outside the day', () => {
    expect(parseClockTime('')).toEqual({ ok: false, error: 'required' });
    expect(parseClockTime('   ')).toEqual({ ok: false, error: 'required' });
    for (const text of ['huit heures', '830', '8:3', '08:30:00', '-1:00', '8.30']) {
      expect(parseClockTime(text), text).toEqual({ ok: false, error: 'format' });
    }
    for (const text of ['24:00', '8:60', '99h99']) expect(parseClockTime(text), text).toEqual({ ok: false, error: 'range' });
  });

  it('checks saved values strictly', () => {
    expect(isClockTime('08:30')).toBe(true);
    for (const value of ['8:30', '24:00', '12:60', '', null, 830]) expect(isClockTime(value)).toBe(false);
  });
});

describe('what is due while the app is open', () => {
  const day = '2026-03-02';

  it('plans once per day: nothing more the same day, again as soon as the date changes', () => {
    expect(dailyStep(at(day, '07:00'), '08:30', state(day, day))).toEqual({ day, plan: false, notify: false });
    expect(dailyStep(at(day, '23:59', 59), '08:30', state(day, day))).toMatchObject({ plan: false });
    const next = addDays(day, 1);
    expect(dailyStep(at(next, '00:00'), '08:30', state(day, day))).toEqual({ day: next, plan: true, notify: false });
    // A laptop closed on Friday evening and opened on Monday morning: the check sees the new day.
    expect(dailyStep(at('2026-03-09', '07:45'), '08:30', state('2026-03-06', '2026-03-06'))).toEqual({
      day: '2026-03-09',
      plan: true,
      notify: false,
    });
  });

  it('sends the day’s notification at the chosen time, planning right before it, once a day', () => {
    const next = addDays(day, 1);
    expect(dailyStep(at(next, '08:29', 59), '08:30', state(next, day)).notify).toBe(false);
    expect(dailyStep(at(next, '08:30'), '08:30', state(next, day))).toEqual({ day: next, plan: true, notify: true });
    expect(dailyStep(at(next, '14:00'), '08:30', state(next, day))).toEqual({ day: next, plan: true, notify: true });
    expect(dailyStep(at(next, '14:00'), '08:30', state(next, next))).toEqual({ day: next, plan: false, notify: false });
  });

  it('counts the start-up notification as the day’s one, and sends none at a time when switched off', () => {
    // Started at 07:00 and notified then: nothing more at 08:30.
    expect(dailyStep(at(day, '08:30'), '08:30', state(day, day)).notify).toBe(false);
    expect(dailyStep(at(day, '08:30'), null, state(day, addDays(day, -1))).notify).toBe(false);
  });
});

describe('when to look again', () => {
  const day = '2026-03-02';

  it('waits for the chosen time when it is still ahead today', () => {
    expect(nextRunAt(at(day, '07:10'), '08:30', state(day, addDays(day, -1)))).toEqual(at(day, '08:30'));
  });

  it('goes to tomorrow once the day’s notification is sent, or after the chosen time', () => {
    const tomorrow = addDays(day, 1);
    expect(nextRunAt(at(day, '07:10'), '08:30', state(day, day))).toEqual(at(tomorrow, '00:00'));
    expect(nextRunAt(at(day, '09:00'), '08:30', state(day, day))).toEqual(at(tomorrow, '00:00'));
    expect(nextRunAt(at(day, '09:00'), null, state(day, null))).toEqual(at(tomorrow, '00:00'));
    // After the planning of the new day, the chosen time of that day.
    expect(nextRunAt(at(tomorrow, '00:00', 1), '08:30', state(tomorrow, day))).toEqual(at(tomorrow, '08:30'));
  });

  it('is now when the date changed or the chosen time passed without a notification', () => {
    const now = at(addDays(day, 1), '06:00');
    expect(nextRunAt(now, '08:30', state(day, day))).toEqual(now);
    const late = at(day, '10:00');
    expect(nextRunAt(late, '08:30', state(day, addDays(day, -1)))).toEqual(late);
  });

  it('checks at least every minute, so a computer waking from sleep catches up', () => {
    expect(nextCheckDelay(at(day, '07:10'), '08:30', state(day, addDays(day, -1)))).toBe(MAX_CHECK_INTERVAL_MS);
    expect(nextCheckDelay(at(day, '08:29', 30), '08:30', state(day, addDays(day, -1)))).toBe(30_000);
    expect(nextCheckDelay(at(day, '08:30'), '08:30', state(day, addDays(day, -1)))).toBe(1000);
  });
});

/**
 * The app's loop, as the shell runs it: a start-up run (plan + notify), then a check after each
 * nextCheckDelay, or later when the computer sleeps. Records when it planned and notified.
 */
function simulate(start: Date, notifyAt: string | null, sleeps: { after: number; hours: number }[], hours: number) {
  const s: DailyState = { plannedDay: todayIso(start), notifiedDay: todayIso(start) };
  const planned: string[] = [todayIso(start)];
  const notified: Date[] = [start];
  const end = start.getTime() + hours * 3_600_000;
  let now = start.getTime();
  let checks = 0;
  const pending = [...sleeps].sort((a, b) => a.after - b.after);
  while (now < end) {
    now += nextCheckDelay(new Date(now), notifyAt, s);
    checks += 1;
    if (pending[0] && checks >= pending[0].after) now += pending.shift()!.hours * 3_600_000;
    const step = dailyStep(new Date(now), notifyAt, s);
    if (step.plan) {
      if (s.plannedDay !== step.day) planned.push(step.day);
      s.plannedDay = step.day;
    }
    if (step.notify) {
      notified.push(new Date(now));
      s.notifiedDay = step.day;
    }
  }
  return { planned, notified, end: new Date(now) };
}

describe('days in a row with the app left open', () => {
  it('plans every new day right after midnight and notifies each next morning at the chosen time', () => {
    const { planned, notified } = simulate(at('2026-03-02', '07:00'), '08:30', [], 3 * 24);
    expect(planned).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(notified.map((d) => d.getTime())).toEqual(
      [at('2026-03-02', '07:00'), at('2026-03-03', '08:30'), at('2026-03-04', '08:30')].map((d) => d.getTime()),
    );
  });

  it('property: never two notifications a day, never one before the chosen time except at start-up, none missed while awake', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.array(fc.record({ after: fc.integer({ min: 1, max: 3000 }), hours: fc.integer({ min: 1, max: 60 }) }), { maxLength: 3 }),
        (startMinute, notifyMinute, sleeps) => {
          const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const notifyAt = hhmm(notifyMinute);
          const start = at('2026-03-02', hhmm(startMinute));
          const { planned, notified, end } = simulate(start, notifyAt, sleeps, 3 * 24);
          const days = notified.map((d) => todayIso(d));
          expect(new Set(days).size).toBe(days.length);
          for (const moment of notified.slice(1)) {
            expect(moment.getTime()).toBeGreaterThanOrEqual(at(todayIso(moment), notifyAt).getTime());
          }
          // Every day planned once, in order, and the last one is the day the run ended on.
          expect(new Set(planned).size).toBe(planned.length);
          expect([...planned].sort()).toEqual(planned);
          expect(planned[planned.length - 1]).toBe(todayIso(end));
          // Without sleep, every day after the first whose chosen time came gets its notification.
          if (sleeps.length === 0) {
            for (let day = addDays(todayIso(start), 1); at(day, notifyAt) <= end; day = addDays(day, 1)) {
              expect(days).toContain(day);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
