import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { loadCalendarSettings } from '../db/calendar-settings';
import { database } from '../db/database';
import { agreementAlerts } from '../db/agreements';
import { runPlanning, todayTasks } from '../db/schedule';
import { NoBusinessDayError } from '../domain/calendar/calendar-rules';
import { dailyStep, nextCheckDelay, type ClockTime, type DailyState } from '../domain/calendar/daily-run';
import type { IsoDate } from '../domain/dates';
import { today } from './clock';

/** The last day the day's desktop notification went out: a restart that day does not repeat it at the chosen time. */
export const NOTIFIED_DAY_KEY = 'relance.notifiedDay';

const MAX_NAMES = 3;

function readNotifiedDay(): IsoDate | null {
  try {
    const value = window.localStorage.getItem(NOTIFIED_DAY_KEY);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberNotifiedDay(day: IsoDate): void {
  try {
    window.localStorage.setItem(NOTIFIED_DAY_KEY, day);
  } catch {
    // A storage that refuses writes only means a possible second notification after a restart.
  }
}

/**
 * "Relance : 3 actions aujourd’hui (dont 2 en retard)", with the customers to contact first as the
 * text. Null when there is nothing to do: no notification then.
 */
export async function dayNotification(day: IsoDate, t: TFunction): Promise<{ title: string; body: string } | null> {
  const db = database();
  const tasks = await todayTasks(db, day);
  if (tasks.length === 0) return null;
  const late = tasks.filter((task) => task.date < day).length;
  const title = late > 0 ? `${t('dailyPlanning.title', { count: tasks.length })} ${t('dailyPlanning.late', { count: late })}` : t('dailyPlanning.title', { count: tasks.length });
  const ids = [...new Set(tasks.map((task) => task.customerId))];
  const customers = await db.customers.bulkGet(ids.slice(0, MAX_NAMES));
  const names = customers.flatMap((customer) => (customer ? [customer.name] : []));
  const rest = ids.length - names.length;
  const alerts = await agreementAlerts(db);
  const broken = alerts.promises.length + alerts.plans.length;
  // A promise or a plan broken is the news of the day: said first.
  const body =
    (broken > 0 ? `${t('dailyPlanning.broken', { count: broken })} ` : '') +
    names.join(', ') +
    (rest > 0 ? ` ${t('dailyPlanning.more', { count: rest })}` : '');
  return { title: title.slice(0, 200), body: body.slice(0, 1000) };
}

/**
 * Plans again when money comes in or the book changes (a payment recorded, an import, an import
 * undone): the action of a customer who paid, and the check of an instalment paid, leave the
 * calendar at once rather than the next day. The first reading is the start-up's, planned there.
 */
function useReplanWhenMoneyComes(): void {
  const key = useLiveQuery(async () => {
    const db = database();
    const [payments, imports, undone] = await Promise.all([db.payments.count(), db.imports.count(), db.imports.filter((i) => i.undone).count()]);
    return `${payments}|${imports}|${undone}`;
  }, []);
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (key === undefined) return;
    const first = seen.current === undefined;
    const changed = seen.current !== key;
    seen.current = key;
    if (first || !changed) return;
    // A moment later: an import writes in several steps, one planning after the last is enough.
    const timer = setTimeout(() => {
      runPlanning(database(), today()).catch((error: unknown) => console.error('planning after new payments failed', error));
    }, 300);
    return () => clearTimeout(timer);
  }, [key]);
}

/**
 * The follow-ups planned whatever screen is open: at start-up (catch-up of what fell due while the
 * app was closed, and a desktop notification with today's count), again on each new day while the
 * app stays open, and the day's notification at the time chosen in Paramètres → Calendrier (once a
 * day; the start-up one counts). The timing rules are in domain/calendar/daily-run.ts. A failure
 * is logged and shown in red; it never breaks the shell. Returns the day last planned, so counts
 * follow the date.
 */
export function useDailyPlanning(): IsoDate {
  useReplanWhenMoneyComes();
  const { t } = useTranslation();
  const tRef = useRef(t);
  tRef.current = t;
  const [day, setDay] = useState<IsoDate>(today);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let started = false;
    let notifyAt: ClockTime | null = null;
    const state: DailyState = { plannedDay: null, notifiedDay: readNotifiedDay() };

    const schedule = () => {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check(false), nextCheckDelay(new Date(), notifyAt, state));
    };

    const check = async (startup: boolean) => {
      if (stopped || running) return;
      running = true;
      const db = database();
      let step = { day: today(), plan: true, notify: true };
      try {
        notifyAt = (await loadCalendarSettings(db)).notifyAt;
        if (!startup) step = dailyStep(new Date(), notifyAt, state);
        if (step.plan) {
          await runPlanning(db, step.day);
          state.plannedDay = step.day;
          if (!stopped) setDay(step.day);
        }
        if (step.notify) {
          const message = await dayNotification(step.day, tRef.current);
          if (message) await bridge().notify(message);
          // The chosen time with nothing to do also ends the day's notification; at start-up an
          // empty day leaves the chosen time its chance (an import may come before it).
          if (message || !startup) {
            state.notifiedDay = step.day;
            rememberNotifiedDay(step.day);
          }
        }
      } catch (error) {
        console.error('daily planning failed', error);
        // Tried for today: the next day (or the next start) tries again, rather than every minute.
        state.plannedDay = step.day;
        if (step.notify) state.notifiedDay = step.day;
        if (!stopped) {
          notifications.show({
            color: 'red',
            autoClose: false,
            message:
              error instanceof NoBusinessDayError
                ? tRef.current('dailyPlanning.noBusinessDay')
                : tRef.current('dailyPlanning.failed', { message: error instanceof Error ? error.message : String(error) }),
          });
        }
      } finally {
        running = false;
        started = true;
        schedule();
      }
    };

    // Back from sleep or from another window: look at the date now rather than at the next tick.
    const wake = () => {
      if (started && document.visibilityState === 'visible' && !running) void check(false);
    };
    // Deferred so React's development double mount does not notify twice.
    const start = setTimeout(() => void check(true), 0);
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('focus', wake);
    return () => {
      stopped = true;
      clearTimeout(start);
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('focus', wake);
    };
  }, []);

  return day;
}
