/**
 * From planned actions to the tasks table, and what the user missed.
 *
 * mergeTasks compares what the engine proposes now with the tasks already stored, by key
 * (customer + step + driving invoice), so planning twice adds nothing, a done or skipped step is
 * never proposed again, a date the user moved stays where the user put it, and a planned task
 * whose reason went away (invoice paid, put on hold, customer under the minimum) is marked
 * obsolete, never deleted: the calendar keeps its history.
 *
 * catchUp lists the planned tasks whose day has passed: what fell due while the app was closed is
 * shown as missed, oldest first, never skipped silently.
 */
import { daysBetween, type IsoDate } from '../dates';
import type { Id, Task } from '../model';
import type { PlannedAction } from './engine';

/**
 * The identity of a planned step: same customer, same scenario step, same driving invoice → same
 * task. Each part is URI-encoded so an id holding the separator cannot make two keys collide.
 */
export function taskKey(customerId: Id, stepId: Id, drivingInvoiceId: Id): string {
  return `${encodeURIComponent(customerId)}|${encodeURIComponent(stepId)}|${encodeURIComponent(drivingInvoiceId)}`;
}

export interface TaskMerge {
  /** New tasks, status 'planned'. */
  create: Task[];
  /** Existing tasks with new content (date, invoices covered), or obsolete ones planned again. */
  update: Task[];
  /** Planned tasks no longer proposed, now with status 'obsolete'. */
  obsolete: Task[];
}

export interface MergeOptions {
  /** Id of a new task. Default: its key, so two machines planning the same step agree on it. */
  newId?: (action: PlannedAction) => Id;
  /**
   * Customers the plan was computed for. Planned tasks of other customers are left alone (a
   * plan for one customer must not make everybody else's tasks obsolete). Default: all.
   */
  customerIds?: ReadonlySet<Id>;
}

const rank: Record<Task['status'], number> = { done: 0, skipped: 1, planned: 2, obsolete: 3 };

function sameIds(a: readonly Id[], b: readonly Id[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Whether the stored task already says what the action says, on `date`. */
function upToDate(task: Task, action: PlannedAction, date: IsoDate): boolean {
  return (
    task.status === 'planned' &&
    task.date === date &&
    task.originalDate === action.originalDate &&
    task.action === action.action &&
    task.label === action.label &&
    task.scenarioId === action.scenarioId &&
    task.stepId === action.stepId &&
    task.drivingInvoiceId === action.drivingInvoiceId &&
    sameIds(task.invoiceIds, action.invoiceIds)
  );
}

/** The task an action describes, on `date`; an existing task keeps its id and other fields. */
function taskFor(action: PlannedAction, date: IsoDate, id: Id, existing?: Task): Task {
  const task: Task = {
    ...existing,
    id,
    key: action.key,
    customerId: action.customerId,
    scenarioId: action.scenarioId,
    stepId: action.stepId,
    action: action.action,
    date,
    originalDate: action.originalDate,
    status: 'planned',
    invoiceIds: [...action.invoiceIds],
    drivingInvoiceId: action.drivingInvoiceId,
  };
  if (action.label !== undefined) task.label = action.label;
  else if (task.label !== undefined) delete task.label;
  return task;
}

export function mergeTasks(existing: readonly Task[], planned: readonly PlannedAction[], options: MergeOptions = {}): TaskMerge {
  const newId = options.newId ?? ((action: PlannedAction) => action.key);
  // Should one key ever be stored twice, the done one wins: a done step is never proposed again.
  const byKey = new Map<string, Task>();
  for (const task of existing) {
    const seen = byKey.get(task.key);
    if (seen === undefined || rank[task.status] < rank[seen.status]) byKey.set(task.key, task);
  }

  const create: Task[] = [];
  const update: Task[] = [];
  const proposed = new Set<string>();
  for (const action of planned) {
    if (proposed.has(action.key)) continue;
    proposed.add(action.key);
    const task = byKey.get(action.key);
    if (task === undefined) {
      create.push(taskFor(action, action.date, newId(action)));
      continue;
    }
    if (task.status === 'done' || task.status === 'skipped') continue;
    if (action.userDayDropped && task.movedByUser) {
      // The user's day is now under a hold: back to the plan's day, and following the plan.
      const { movedByUser: _dropped, ...rest } = task;
      update.push(taskFor(action, action.date, task.id, rest));
      continue;
    }
    const date = task.movedByUser ? task.date : action.date;
    if (!upToDate(task, action, date)) update.push(taskFor(action, date, task.id, task));
  }

  const obsolete: Task[] = [];
  for (const task of existing) {
    if (task.status !== 'planned' || task.stepId === undefined || proposed.has(task.key)) continue;
    if (options.customerIds !== undefined && !options.customerIds.has(task.customerId)) continue;
    obsolete.push({ ...task, status: 'obsolete' });
  }
  return { create, update, obsolete };
}

/** The tasks after a merge, for callers that keep them in memory (tests, the CLI, benchmarks). */
export function applyMerge(existing: readonly Task[], merge: TaskMerge): Task[] {
  const replaced = new Map<Id, Task>();
  for (const task of [...merge.update, ...merge.obsolete]) replaced.set(task.id, task);
  return [...existing.map((task) => replaced.get(task.id) ?? task), ...merge.create];
}

export interface MissedTask {
  task: Task;
  /** The day it was planned for (the user's own if moved). */
  date: IsoDate;
  /** The day the scenario gave, before any move. */
  originalDate: IsoDate;
  /** Days since `date`: 1 for yesterday. */
  daysLate: number;
}

/**
 * Every planned task whose day is before `today`, oldest first (then by the scenario's date,
 * customer and key, so the list never reorders itself between two launches).
 */
export function catchUp(tasks: readonly Task[], today: IsoDate): MissedTask[] {
  return tasks
    .filter((task) => task.status === 'planned' && task.date < today)
    .sort(
      (a, b) =>
        compare(a.date, b.date) ||
        compare(a.originalDate, b.originalDate) ||
        compare(a.customerId, b.customerId) ||
        compare(a.key, b.key) ||
        compare(a.id, b.id),
    )
    .map((task) => ({ task, date: task.date, originalDate: task.originalDate, daysLate: daysBetween(task.date, today) }));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Tasks stored by the first version of the database

/** A task row as version 1 of the database stored it (before scenarios and keys). */
export interface TaskRowV1 {
  id: Id;
  customerId: Id;
  kind?: string;
  date: IsoDate;
  originalDate?: IsoDate;
  status?: string;
  invoiceIds?: Id[];
  key?: string;
  action?: string;
  [field: string]: unknown;
}

const ACTIONS: readonly Task['action'][] = ['courtesy-email', 'email-reminder', 'call', 'letter-1', 'letter-2', 'formal-notice', 'litigation-review', 'custom'];

/** The words version 1 used for a task's kind, and the action each means now. */
const KIND_SYNONYMS: Record<string, Task['action']> = {
  courtesy: 'courtesy-email',
  email: 'email-reminder',
  'e-mail': 'email-reminder',
  mail: 'email-reminder',
  reminder: 'email-reminder',
  relance: 'email-reminder',
  phone: 'call',
  appel: 'call',
  letter: 'letter-1',
  lettre: 'letter-1',
  notice: 'formal-notice',
  'mise-en-demeure': 'formal-notice',
  litigation: 'litigation-review',
  contentieux: 'litigation-review',
};

/**
 * The key of a task the engine did not plan (typed by hand, or kept from version 1): derived from
 * its id, so it is unique like the id and never equal to a taskKey (those hold no ':').
 */
export const manualTaskKey = (id: Id): string => `manual:${id}`;

/**
 * A version-1 task in today's shape: `key` from the id when missing, `action` from `kind` (an
 * unknown kind becomes a custom task worded as the kind was), status and dates kept. Without a
 * step, the engine leaves it alone: planning never makes it obsolete nor plans it again.
 */
export function taskFromV1(row: TaskRowV1): Task {
  const { kind, ...rest } = row;
  const wording = typeof kind === 'string' ? kind.trim() : '';
  const normalised = wording.toLowerCase();
  const known = (ACTIONS as readonly string[]).includes(String(row.action)) ? (row.action as Task['action']) : undefined;
  const action: Task['action'] =
    known ?? ((ACTIONS as readonly string[]).includes(normalised) ? (normalised as Task['action']) : KIND_SYNONYMS[normalised] ?? 'custom');
  const status: Task['status'] = row.status === 'done' || row.status === 'skipped' || row.status === 'obsolete' ? row.status : 'planned';
  const task: Task = {
    ...(rest as Partial<Task>),
    id: row.id,
    key: typeof row.key === 'string' && row.key !== '' ? row.key : manualTaskKey(row.id),
    customerId: row.customerId,
    action,
    date: row.date,
    originalDate: typeof row.originalDate === 'string' ? row.originalDate : row.date,
    status,
    invoiceIds: Array.isArray(row.invoiceIds) ? [...row.invoiceIds] : [],
  };
  if (action === 'custom' && (task.label ?? '').trim() === '') task.label = wording !== '' ? wording : 'Tâche';
  return task;
}
