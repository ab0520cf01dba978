/**
 * The schedule in the database: the business calendar from the settings, the scenarios the user
 * keeps, the planning run (engine + merge, written all or nothing) and what the calendar screens
 * do with a task (done, skipped, moved; the day's list).
 *
 * Planning is idempotent: a run with nothing new writes nothing, and the unique `key` index of
 * the tasks table (schema version 2) makes a duplicate task impossible even if two runs race.
 */
import type { BusinessCalendar, ClosedPeriod, CustomerDates, HolidayZone } from '../domain/calendar/business-calendar';
import { createBusinessCalendar, validateClosedPeriod } from '../domain/calendar/calendar-rules';
import { isValidIsoDate, type IsoDate } from '../domain/dates';
import { planActions } from '../domain/schedule/engine';
import {
  DEFAULT_SCENARIO,
  DEFAULT_SCENARIO_ID,
  NO_ASSIGNMENTS,
  validateScenario,
  type ScenarioAssignments,
  type ScenarioIssue,
} from '../domain/schedule/scenario';
import { applyMerge, catchUp, mergeTasks } from '../domain/schedule/tasks';
import { reviewAgreementsInTransaction } from './agreements';
import { loadCalendarSettings } from './calendar-settings';
import type { RelanceDatabase } from './database';
import type { Customer, Id, Scenario, Task, Timestamp } from './schema';
import { readSetting, writeSetting } from './settings';

// ---------------------------------------------------------------------------------------------
// Calendar

/**
 * The days actions may land on: the company's holiday zone and closings (calendar settings), plus
 * the customer's own closed periods when given.
 */
export async function loadBusinessCalendar(db: RelanceDatabase, customer?: CustomerDates): Promise<BusinessCalendar> {
  const { zone, closings } = await loadCalendarSettings(db);
  return createBusinessCalendar(customer ? { zone, closings, customer } : { zone, closings });
}

/** The customer's own dates, or undefined when it has none (the company calendar applies as is). */
export function customerDatesOf(customer: Pick<Customer, 'closedPeriods' | 'paymentDays'>): CustomerDates | undefined {
  const closed = customer.closedPeriods ?? [];
  const paymentDays = customer.paymentDays ?? [];
  return closed.length === 0 && paymentDays.length === 0 ? undefined : { closed, paymentDays };
}

/**
 * One calendar per distinct set of customer closed periods, built on first use: the many customers
 * without any share the company calendar (and the engine's per-calendar cache with it). Payment
 * days do not change which days are open, so they are not part of the key.
 */
function calendarsPerCustomer(zone: HolidayZone, closings: readonly ClosedPeriod[]): (customer: Customer) => BusinessCalendar {
  const company = createBusinessCalendar({ zone, closings });
  const own = new Map<string, BusinessCalendar>();
  return (customer) => {
    // A period that does not check (typed in by an older version, or edited by hand in the
    // data) is left out rather than stopping the planning of every customer.
    const closed = (customer.closedPeriods ?? []).filter((p) => validateClosedPeriod(p).ok);
    if (closed.length === 0) return company;
    const key = closed.map((p) => `${p.from}/${p.to}`).sort().join(',');
    let calendar = own.get(key);
    if (calendar === undefined) {
      calendar = createBusinessCalendar({ zone, closings, customer: { closed, paymentDays: customer.paymentDays ?? [] } });
      own.set(key, calendar);
    }
    return calendar;
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios and assignments

export const ASSIGNMENTS_KEY = 'scenarioAssignments';

/** The built-in ladder first, then the user's scenarios by name (a stored copy of the built-in id is ignored). */
export async function loadScenarios(db: RelanceDatabase): Promise<Scenario[]> {
  const own = (await db.scenarios.toArray())
    .filter((s) => s.id !== DEFAULT_SCENARIO_ID)
    .map((s) => ({ ...s, builtIn: false }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [DEFAULT_SCENARIO, ...own];
}

export type SaveScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/**
 * Stores the user's scenario, refusing one validateScenario finds fault with (nothing written).
 * The built-in scenario cannot be saved over: the screen saves a copy under a new id.
 */
export async function saveScenario(db: RelanceDatabase, scenario: Scenario): Promise<SaveScenarioResult> {
  if (scenario.id === DEFAULT_SCENARIO_ID || scenario.builtIn === true) {
    throw new Error('The built-in scenario cannot be edited: save a copy under a new id');
  }
  const issues = validateScenario(scenario);
  if (issues.length > 0) return { ok: false, issues };
  const stored: Scenario = {
    id: scenario.id,
    name: scenario.name.trim(),
    minimumCents: scenario.minimumCents,
    steps: scenario.steps.map((step) => ({ ...step })),
  };
  await db.scenarios.put(stored);
  return { ok: true, scenario: stored };
}

/** Which scenario each group of customers follows, and the company default (settings row). */
export async function loadAssignments(db: RelanceDatabase): Promise<ScenarioAssignments> {
  const saved = await readSetting<Partial<ScenarioAssignments>>(db, ASSIGNMENTS_KEY);
  const groups: Record<string, Id> = {};
  if (saved?.groups && typeof saved.groups === 'object') {
    for (const [group, id] of Object.entries(saved.groups)) if (typeof id === 'string' && id !== '') groups[group] = id;
  }
  if (Object.keys(groups).length === 0 && typeof saved?.defaultScenarioId !== 'string') return NO_ASSIGNMENTS;
  return typeof saved?.defaultScenarioId === 'string' ? { groups, defaultScenarioId: saved.defaultScenarioId } : { groups };
}

export async function saveAssignments(db: RelanceDatabase, assignments: ScenarioAssignments): Promise<void> {
  const groups: Record<string, Id> = {};
  for (const [group, id] of Object.entries(assignments.groups)) if (group.trim() !== '' && id !== '') groups[group.trim()] = id;
  await writeSetting(db, ASSIGNMENTS_KEY, assignments.defaultScenarioId === undefined ? { groups } : { groups, defaultScenarioId: assignments.defaultScenarioId });
}

// ---------------------------------------------------------------------------------------------
// Planning

export interface PlanningResult {
  /** Tasks added to the calendar. */
  created: number;
  /** Tasks whose date or invoices changed, or obsolete ones planned again. */
  updated: number;
  /** Planned tasks whose reason went away (paid, on hold, under the minimum). */
  obsolete: number;
  /** Planned tasks dated before today after the run: the "en retard" list. */
  overdue: number;
}

/**
 * Plans the follow-ups from what the database holds and writes them in one readwrite transaction:
 * every change or none. Reads happen in the same transaction, so a task done meanwhile cannot be
 * planned again over it. A second run with nothing new writes nothing. Throws NoBusinessDayError
 * when the closings leave no working day.
 */
export async function runPlanning(db: RelanceDatabase, today: IsoDate, now: Timestamp = new Date().toISOString()): Promise<PlanningResult> {
  if (!isValidIsoDate(today)) throw new RangeError(`Invalid date: ${today}`);
  const tables = [db.customers, db.invoices, db.payments, db.promises, db.plans, db.tasks, db.scenarios, db.settings, db.interactions];
  return db.transaction('rw', tables, async () => {
    const { zone, closings } = await loadCalendarSettings(db);
    const calendarFor = calendarsPerCustomer(zone, closings);
    const company = createBusinessCalendar({ zone, closings });
    // Promises and plans first: one broken today releases its invoices to the scenario below.
    const agreements = await reviewAgreementsInTransaction(db, today, now, (customer) => (customer ? calendarFor(customer) : company));
    const [customers, invoices, payments, tasks, scenarios, assignments] = await Promise.all([
      db.customers.toArray(),
      db.invoices.filter((invoice) => invoice.openCents > 0).toArray(),
      db.payments.filter((payment) => payment.unallocatedCents > 0).toArray(),
      db.tasks.toArray(),
      loadScenarios(db),
      loadAssignments(db),
    ]);
    const { promises, plans } = agreements;
    const planned = planActions({
      today,
      customers,
      invoices,
      payments,
      promises,
      plans,
      tasks,
      scenarios,
      assignments,
      calendarFor,
      paymentDaysFor: (customer) => customer.paymentDays ?? [],
    });
    const merge = mergeTasks(tasks, planned);
    const changed = [...merge.update, ...merge.obsolete];
    if (merge.create.length > 0) await db.tasks.bulkAdd(merge.create);
    if (changed.length > 0) await db.tasks.bulkPut(changed);
    return {
      created: merge.create.length,
      updated: merge.update.length,
      obsolete: merge.obsolete.length,
      overdue: catchUp(applyMerge(tasks, merge), today).length,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// What the user does with a task

async function plannedTask(db: RelanceDatabase, id: Id): Promise<Task> {
  const task = await db.tasks.get(id);
  if (task === undefined) throw new Error(`No task ${id}`);
  if (task.status !== 'planned') throw new Error(`Task ${id} is ${task.status}, not planned`);
  return task;
}

/** Marks a planned task done at `at`; the next planning run brings the next rung. */
export async function completeTask(db: RelanceDatabase, id: Id, at: Timestamp): Promise<Task> {
  return db.transaction('rw', db.tasks, async () => {
    const task: Task = { ...(await plannedTask(db, id)), status: 'done', doneAt: at };
    await db.tasks.put(task);
    return task;
  });
}

/** Marks a planned task skipped at `at`, with the user's reason if given; the ladder goes on. */
export async function skipTask(db: RelanceDatabase, id: Id, at: Timestamp, reason?: string): Promise<Task> {
  return db.transaction('rw', db.tasks, async () => {
    const task: Task = { ...(await plannedTask(db, id)), status: 'skipped', doneAt: at };
    const why = reason?.trim();
    if (why) task.skipReason = why;
    else delete task.skipReason;
    await db.tasks.put(task);
    return task;
  });
}

export type MoveTaskResult = { ok: true; task: Task } | { ok: false; nextBusinessDay: IsoDate };

/**
 * Moves a planned task to `date`, which the engine then keeps (movedByUser). A day that is not a
 * business day of the task's customer (weekend, holiday, company closing, the customer's own
 * closed period) is refused with the next business day, for the screen to propose.
 */
export async function moveTask(db: RelanceDatabase, id: Id, date: IsoDate): Promise<MoveTaskResult> {
  if (!isValidIsoDate(date)) throw new RangeError(`Invalid date: ${date}`);
  const found = await db.tasks.get(id);
  const customer = found === undefined ? undefined : await db.customers.get(found.customerId);
  const calendar = await loadBusinessCalendar(db, customer === undefined ? undefined : customerDatesOf(customer));
  if (!calendar.isBusinessDay(date)) return { ok: false, nextBusinessDay: calendar.nextBusinessDay(date) };
  return db.transaction('rw', db.tasks, async () => {
    const task: Task = { ...(await plannedTask(db, id)), date, movedByUser: true };
    await db.tasks.put(task);
    return { ok: true as const, task };
  });
}

const byDay = (a: Task, b: Task): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.originalDate < b.originalDate ? -1 : a.originalDate > b.originalDate ? 1 : a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** Planned tasks dated from `from` to `to`, both included, by date. */
export async function plannedTasks(db: RelanceDatabase, from: IsoDate, to: IsoDate): Promise<Task[]> {
  if (to < from) return [];
  const tasks = await db.tasks.where('date').between(from, to, true, true).filter((t) => t.status === 'planned').toArray();
  return tasks.sort(byDay);
}

/** The "Aujourd'hui" list: planned tasks dated today or before (the late ones first). */
export async function todayTasks(db: RelanceDatabase, today: IsoDate): Promise<Task[]> {
  const tasks = await db.tasks.where('date').belowOrEqual(today).filter((t) => t.status === 'planned').toArray();
  return tasks.sort(byDay);
}
