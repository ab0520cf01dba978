/**
 * The schedule engine: from the books (customers, invoices, credits, promises, plans), the tasks
 * already in the calendar and the scenarios, the follow-ups to plan. Pure and deterministic: the
 * same input gives the same actions in the same order, so running it at every launch is safe
 * (mergeTasks in tasks.ts turns the result into tasks without duplicates).
 *
 * Per customer, one ladder, not one per invoice:
 * - the DRIVER is the customer's oldest open invoice not on hold today (by due date); each step
 *   is dated from its due date. Every open invoice due by the action's day (and not on hold then)
 *   is covered by the same action. With every open invoice on hold, the one whose hold ends first
 *   drives, and its steps wait for that end;
 * - a step is DONE when a done or skipped task exists for that customer and step, driven by this
 *   invoice or covering it (a reminder that already named an invoice is not sent again for it
 *   when an older invoice gets paid and this one starts driving);
 * - PROPOSED: one rung at a time: the first step not done (nor skipped), "en retard" when its
 *   day has passed, and any later step already in the calendar as planned. The steps after it
 *   wait until it is done or skipped, even when their own day has passed: an old book imported
 *   today gets one action per customer, not its whole ladder. A courtesy e-mail is passed over
 *   once the driving invoice is late, unless it was already planned;
 * - DATES: the scenario's date (due date + offset); never closer to the previous step than the
 *   scenario says (so a hold or the user's move pushes the rest of the ladder along, a weekend
 *   does not) and never on or before the previous step's day; out of any hold of the driver
 *   (resumed on the hold's end date), a missed step included when a hold came between its day
 *   and today; for a payment reminder, the customer's next payment day;
 *   always a business day of the customer's calendar. A hold without end stops the ladder.
 * - nothing is chased for a customer who owes less, in total, than the scenario's minimum.
 *
 * Cost: invoices are grouped per customer once, calendar answers are cached per calendar; the
 * work is linear in invoices + customers × steps.
 */
import { fromDayNumber, toDayNumber, type IsoDate } from '../dates';
import type { BusinessCalendar } from '../calendar/business-calendar';
import { nextPaymentDay } from '../calendar/calendar-rules';
import type { Cents } from '../money';
import type {
  Customer,
  Id,
  Invoice,
  Payment,
  PaymentPlan,
  PaymentPromise,
  Scenario,
  ScenarioAction,
  Task,
} from '../model';
import { holdSpans, isHeldOn, spanAt, type HoldSpan } from './holds';
import { effectiveOffsets, PAYMENT_ACTIONS, scenarioResolver, type ScenarioAssignments } from './scenario';
import { taskKey } from './tasks';

export { applyMerge, catchUp, mergeTasks, taskKey, type MissedTask, type TaskMerge } from './tasks';

export interface PlanInput {
  today: IsoDate;
  customers: readonly Customer[];
  invoices: readonly Invoice[];
  /** Only their unallocated part counts: credit the customer has that no invoice absorbed. */
  payments: readonly Pick<Payment, 'customerId' | 'unallocatedCents'>[];
  promises: readonly PaymentPromise[];
  plans: readonly PaymentPlan[];
  /** Tasks already stored, every status: done steps, user moves. */
  tasks: readonly Task[];
  /** The user's scenarios; the built-in default applies when none is assigned. */
  scenarios: readonly Scenario[];
  assignments: ScenarioAssignments;
  /** The days actions may land on for this customer (company and customer closings included). */
  calendarFor(customer: Customer): BusinessCalendar;
  /** The days of the month the customer pays on (CustomerDates.paymentDays); none: any day. */
  paymentDaysFor?(customer: Customer): readonly number[];
}

export interface PlannedAction {
  /** customer + step + driving invoice: the task's identity across runs (taskKey). */
  key: string;
  customerId: Id;
  scenarioId: Id;
  stepId: Id;
  action: ScenarioAction;
  label?: string;
  /** A business day of the customer's calendar. */
  date: IsoDate;
  /** The scenario's own date: the driver's due date + the step's offset, before any move. */
  originalDate: IsoDate;
  /** Every open invoice the action covers, oldest due first, the driver included. */
  invoiceIds: Id[];
  drivingInvoiceId: Id;
  /** Its day has passed without it being done: shown "en retard" (catch-up). */
  overdue: boolean;
  /** The user had moved the task to a day a hold now covers: that day is given up. */
  userDayDropped?: true;
}

/** Calendar answers asked again and again (1 500 customers share few calendars), cached. */
class CalendarCache {
  private readonly next = new Map<IsoDate, IsoDate>();
  private readonly pay = new Map<string, IsoDate>();

  constructor(private readonly calendar: BusinessCalendar) {}

  nextBusinessDay(date: IsoDate): IsoDate {
    let day = this.next.get(date);
    if (day === undefined) this.next.set(date, (day = this.calendar.nextBusinessDay(date)));
    return day;
  }

  nextPaymentDay(date: IsoDate, paymentDays: readonly number[], daysKey: string): IsoDate {
    const cacheKey = `${daysKey}@${date}`;
    let day = this.pay.get(cacheKey);
    if (day === undefined) this.pay.set(cacheKey, (day = nextPaymentDay(date, this.calendar, paymentDays)));
    return day;
  }
}

/**
 * addDays over the few hundred distinct dates a run meets (due dates, offsets), with each date's
 * day number and each day number's date kept: parsing ISO strings was most of a run's time.
 */
class DayMath {
  private readonly numbers = new Map<IsoDate, number>();
  private readonly dates = new Map<number, IsoDate>();

  add(date: IsoDate, days: number): IsoDate {
    let n = this.numbers.get(date);
    if (n === undefined) this.numbers.set(date, (n = toDayNumber(date)));
    const target = n + days;
    let iso = this.dates.get(target);
    if (iso === undefined) this.dates.set(target, (iso = fromDayNumber(target)));
    return iso;
  }
}

const byDueDate = (a: Invoice, b: Invoice): number =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number < b.number ? -1 : a.number > b.number ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

interface Context {
  today: IsoDate;
  spans: Map<Id, HoldSpan[]>;
  tasksByKey: Map<string, Task>;
  /** Done or skipped tasks per customer and step. */
  doneByStep: Map<string, Task[]>;
  offsets: Map<Scenario, number[]>;
  calendars: Map<BusinessCalendar, CalendarCache>;
  days: DayMath;
}

const stepSlot = (customerId: Id, stepId: Id): string => `${customerId}\u0000${stepId}`;

/** The done or skipped task that settles this step for this driver, if any. */
function doneTask(ctx: Context, customerId: Id, stepId: Id, driverId: Id): Task | undefined {
  const done = ctx.doneByStep.get(stepSlot(customerId, stepId));
  return done?.find((t) => t.drivingInvoiceId === driverId || t.invoiceIds.includes(driverId));
}

/** Oldest open invoice free today; else the held one that resumes first; none if all held for good. */
function pickDriver(open: readonly Invoice[], spans: Map<Id, HoldSpan[]>, today: IsoDate): Invoice | undefined {
  let resumesFirst: { invoice: Invoice; until: IsoDate } | undefined;
  for (const invoice of open) {
    const span = spanAt(spans.get(invoice.id), today);
    if (span === undefined) return invoice;
    if (span.until !== null && (resumesFirst === undefined || span.until < resumesFirst.until)) resumesFirst = { invoice, until: span.until };
  }
  return resumesFirst?.invoice;
}

function planCustomer(
  ctx: Context,
  customer: Customer,
  open: readonly Invoice[],
  scenario: Scenario,
  calendar: CalendarCache,
  paymentDays: readonly number[],
  out: { action: PlannedAction; rank: number }[],
): void {
  const { today, spans } = ctx;
  const driver = pickDriver(open, spans, today);
  if (driver === undefined) return;
  const driverSpans = spans.get(driver.id);
  let offsets = ctx.offsets.get(scenario);
  if (offsets === undefined) ctx.offsets.set(scenario, (offsets = effectiveOffsets(scenario.steps)));
  const daysKey = paymentDays.join(',');

  /**
   * The day an action may take place on, from `candidate` on: out of the driver's holds, then on
   * a (payment) business day. Also the day before that last rounding (`unrounded`): the next
   * step keeps its spacing from it, so a weekend does not push the whole ladder along. Null
   * inside a hold without end.
   */
  const settle = (candidate: IsoDate, action: ScenarioAction): { day: IsoDate; unrounded: IsoDate } | null => {
    let day = candidate;
    if (day < today && driverSpans !== undefined) {
      // A step whose day has passed waits for every hold of the driver between that day and
      // today: it resumes on the hold's end date. A hold put today on a late invoice thus stops
      // the chase (the late step moves to the end date, or goes with a hold without end), and
      // the step stays there once the hold is over.
      let end: IsoDate | undefined;
      for (const span of driverSpans) {
        if ((span.from !== null && span.from > today) || (span.until !== null && span.until <= day)) continue;
        if (span.until === null) return null;
        if (end === undefined || span.until > end) end = span.until;
      }
      if (end !== undefined) day = end;
    }
    // Each turn leaves one hold span behind for good, so this ends.
    for (;;) {
      const span = spanAt(driverSpans, day);
      if (span !== undefined) {
        if (span.until === null) return null;
        day = span.until;
      }
      const rounded =
        paymentDays.length > 0 && PAYMENT_ACTIONS.has(action)
          ? calendar.nextPaymentDay(day, paymentDays, daysKey)
          : calendar.nextBusinessDay(day);
      if (!isHeldOn(driverSpans, rounded)) return { day: rounded, unrounded: day };
      day = rounded;
    }
  };

  /** Open invoices the action on `day` covers: due by then (or with the driver), not on hold. */
  const covered = (day: IsoDate): Id[] => {
    const ids: Id[] = [];
    for (const invoice of open) {
      if (invoice.dueDate >= day && invoice.dueDate > driver.dueDate) break; // sorted by due date
      if (invoice === driver || !isHeldOn(spans.get(invoice.id), day)) ids.push(invoice.id);
    }
    return ids;
  };

  /** The step before: where the spacing counts from, the day it takes place, its offset. */
  let previous: { anchor: IsoDate; day: IsoDate; offset: number } | undefined;
  let futureProposed = false;
  let dueProposed = false;
  const steps = scenario.steps;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    const offset = offsets[i]!;
    const originalDate = ctx.days.add(driver.dueDate, offset);
    let candidate = originalDate;
    if (previous !== undefined) {
      // Never sooner after the previous step than the scenario says (from the previous step's
      // real day for a step "n days after the previous one"), never on the same day or before.
      const base = step.relativeTo === 'previous' ? previous.day : previous.anchor;
      const spaced = ctx.days.add(base, offset - previous.offset);
      if (spaced > candidate) candidate = spaced;
      const after = ctx.days.add(previous.day, 1);
      if (after > candidate) candidate = after;
    }
    const settled = settle(candidate, step.action);
    if (settled === null) return; // the driver is on hold for good from there on
    const date = settled.day;

    const done = doneTask(ctx, customer.id, step.id, driver.id);
    if (done !== undefined) {
      previous = { anchor: done.date, day: done.date, offset };
      continue;
    }
    const key = taskKey(customer.id, step.id, driver.id);
    const stored = ctx.tasksByKey.get(key);
    const isPlanned = stored !== undefined && stored.status === 'planned';
    const moved = isPlanned && stored.movedByUser === true;
    // A courtesy e-mail goes before the due date; once the invoice is late it no longer applies
    // (unless it was already planned: then it shows as missed, like any planned task). Passed
    // over, it takes no day: the next step is not spaced from it (after a hold, the reminder
    // comes on the hold's end date, not six days later).
    if (step.action === 'courtesy-email' && !isPlanned && driver.dueDate < today) continue;
    // The day the user moved the task to wins, unless a hold now covers it: a hold is never
    // overridden (the action then goes to the hold's end, and follows the plan from there).
    const userDayHeld = moved && isHeldOn(driverSpans, stored.date);
    const keepsUserDay = moved && !userDayHeld;
    const day = keepsUserDay ? stored.date : date;
    previous = { anchor: keepsUserDay ? stored.date : settled.unrounded, day, offset };
    if (day > today && futureProposed && !isPlanned) continue;
    // One rung at a time: while a step whose day has come is not done, the steps after it wait,
    // even when their own day has passed too. An old book imported today thus gets one action
    // per customer (the next rung, "en retard" since its original date), not its whole ladder;
    // the next rung comes as soon as this one is done or skipped.
    if (dueProposed && !isPlanned) continue;
    const action: PlannedAction = {
      key,
      customerId: customer.id,
      scenarioId: scenario.id,
      stepId: step.id,
      action: step.action,
      date,
      originalDate,
      invoiceIds: covered(day > today ? day : today),
      drivingInvoiceId: driver.id,
      overdue: date < today,
    };
    if (step.label !== undefined) action.label = step.label;
    if (userDayHeld) action.userDayDropped = true;
    out.push({ action, rank: i });
    const first = day <= today ? !dueProposed : !futureProposed;
    if (day <= today) dueProposed = true;
    else futureProposed = true;
    if (first) {
      // Beyond this rung only steps already in the calendar are kept: stop when there are none.
      let later = false;
      for (let j = i + 1; j < steps.length && !later; j += 1) {
        later = ctx.tasksByKey.get(taskKey(customer.id, steps[j]!.id, driver.id))?.status === 'planned';
      }
      if (!later) return;
    }
  }
}

/**
 * The actions to plan, sorted by date, then customer id, then step order. Throws
 * NoBusinessDayError (calendar-rules.ts) when a customer's calendar has no business day at all.
 */
export function planActions(input: PlanInput): PlannedAction[] {
  const { today } = input;

  const invoicesByCustomer = new Map<Id, Invoice[]>();
  for (const invoice of input.invoices) {
    if (invoice.openCents <= 0) continue;
    const list = invoicesByCustomer.get(invoice.customerId);
    if (list) list.push(invoice);
    else invoicesByCustomer.set(invoice.customerId, [invoice]);
  }
  const credits = new Map<Id, Cents>();
  for (const payment of input.payments) {
    if (payment.unallocatedCents > 0) credits.set(payment.customerId, (credits.get(payment.customerId) ?? 0) + payment.unallocatedCents);
  }

  const tasksByKey = new Map<string, Task>();
  const doneByStep = new Map<string, Task[]>();
  for (const task of input.tasks) {
    if (task.stepId === undefined) continue;
    if (task.status === 'done' || task.status === 'skipped') {
      const slot = stepSlot(task.customerId, task.stepId);
      const list = doneByStep.get(slot);
      if (list) list.push(task);
      else doneByStep.set(slot, [task]);
    } else if (task.status === 'planned' || !tasksByKey.has(task.key)) {
      tasksByKey.set(task.key, task);
    }
  }

  const ctx: Context = {
    today,
    spans: holdSpans(input.invoices, input.promises, input.plans),
    tasksByKey,
    doneByStep,
    offsets: new Map(),
    calendars: new Map(),
    days: new DayMath(),
  };
  const resolve = scenarioResolver(input.scenarios, input.assignments);
  const out: { action: PlannedAction; rank: number }[] = [];

  for (const customer of input.customers) {
    const open = invoicesByCustomer.get(customer.id);
    if (open === undefined) continue;
    const { scenario } = resolve(customer);
    let owed = -(credits.get(customer.id) ?? 0);
    for (const invoice of open) owed += invoice.openCents;
    if (owed <= 0 || owed < scenario.minimumCents) continue;

    open.sort(byDueDate);
    const calendar = input.calendarFor(customer);
    let cache = ctx.calendars.get(calendar);
    if (cache === undefined) ctx.calendars.set(calendar, (cache = new CalendarCache(calendar)));
    planCustomer(ctx, customer, open, scenario, cache, input.paymentDaysFor?.(customer) ?? [], out);
  }

  out.sort((x, y) => {
    const a = x.action;
    const b = y.action;
    return a.date < b.date ? -1 : a.date > b.date ? 1 : a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : x.rank - y.rank;
  });
  return out.map((item) => item.action);
}
