/**
 * When the app plans the day and tells the user about it, as pure functions of the clock.
 *
 * - At start-up the app always plans (catch-up of what fell due while it was closed) and shows
 *   today's notification once; that notification counts as the day's one.
 * - While the app stays open, the first check of a new day plans again (nothing is skipped when
 *   the computer slept over midnight: days are compared, not timers counted).
 * - At the chosen time (`notifyAt`, 'HH:MM', local time) the day's notification is sent, unless one
 *   was already sent that day (remembered across restarts by the caller). `notifyAt` null: only
 *   at start-up.
 *
 * Times are the computer's local time, like `todayIso`.
 */
import { addDays, todayIso, type IsoDate } from '../dates';
import { err, ok, type Result } from '../result';

/** 'HH:MM', 00:00 to 23:59. */
export type ClockTime = string;

export const DEFAULT_NOTIFY_AT: ClockTime = '08:30';

export type ClockTimeError = 'required' | 'format' | 'range';

const STRICT = /^(\d{2}):(\d{2})$/;

/** A saved, well-formed time: exactly 'HH:MM' within the day. */
export function isClockTime(value: unknown): value is ClockTime {
  if (typeof value !== 'string') return false;
  const match = STRICT.exec(value);
  return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

/**
 * A time typed by the user: '8:30', '08:30', '8h30', '8 h', '08H05' all give the 'HH:MM' form.
 * Empty → 'required'; not a time → 'format'; 24:00, 8:75 → 'range'.
 */
export function parseClockTime(text: string): Result<ClockTime, ClockTimeError> {
  const trimmed = text.trim();
  if (trimmed === '') return err('required');
  const match = /^(\d{1,2})\s*(?::\s*(\d{2})|[hH]\s*(\d{2})?)$/.exec(trimmed);
  if (!match) return err('format');
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? '0');
  if (hours > 23 || minutes > 59) return err('range');
  return ok(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
}

/** The local moment `time` on `day`. */
export function atTime(day: IsoDate, time: ClockTime): Date {
  if (!isClockTime(time)) throw new RangeError(`Not a time of day: ${time}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(year, month - 1, date, hours, minutes, 0, 0);
}

/** What the app already did, by day. */
export interface DailyState {
  /** The last day the planning ran for (null: not yet in this session). */
  plannedDay: IsoDate | null;
  /** The last day the day's notification was sent, or checked with nothing to say. */
  notifiedDay: IsoDate | null;
}

export interface DailyStep {
  day: IsoDate;
  /** Run the planning for `day` (a new day, or just before the day's notification). */
  plan: boolean;
  /** Send the day's notification (when there is something to do). */
  notify: boolean;
}

/** Whether the chosen time of `day` has come at `now`. */
function notificationDue(now: Date, notifyAt: ClockTime | null, state: DailyState, day: IsoDate): boolean {
  return notifyAt !== null && state.notifiedDay !== day && now.getTime() >= atTime(day, notifyAt).getTime();
}

/** What is due at `now` while the app is open (the start-up run is always plan + notify). */
export function dailyStep(now: Date, notifyAt: ClockTime | null, state: DailyState): DailyStep {
  const day = todayIso(now);
  const notify = notificationDue(now, notifyAt, state, day);
  // Planning again right before the notification keeps its count true after an import.
  return { day, plan: state.plannedDay !== day || notify, notify };
}

/**
 * The next moment something is due: now when the day changed since the last planning or the
 * chosen time passed without a notification; else today's chosen time if still ahead and not yet
 * notified; else the next midnight (new day: planning, and tomorrow's chosen time after it).
 */
export function nextRunAt(now: Date, notifyAt: ClockTime | null, state: DailyState): Date {
  const day = todayIso(now);
  if (state.plannedDay !== day || notificationDue(now, notifyAt, state, day)) return new Date(now.getTime());
  const midnight = atTime(addDays(day, 1), '00:00');
  if (notifyAt !== null && state.notifiedDay !== day) {
    const at = atTime(day, notifyAt);
    if (at.getTime() < midnight.getTime()) return at;
  }
  return midnight;
}

/** Longest wait between two checks: a computer that slept past a timer is caught up within it. */
export const MAX_CHECK_INTERVAL_MS = 60_000;

/** How long to wait before the next check: up to nextRunAt, at most a minute, at least a second. */
export function nextCheckDelay(now: Date, notifyAt: ClockTime | null, state: DailyState): number {
  const wait = nextRunAt(now, notifyAt, state).getTime() - now.getTime();
  return Math.min(MAX_CHECK_INTERVAL_MS, Math.max(1000, wait));
}
