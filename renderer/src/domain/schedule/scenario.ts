/**
 * Escalation scenarios: the ladder of PRODUCT.md as data. A scenario is an ordered list of steps,
 * each dated from the invoice's due date ("J+10") or from the step before it ("7 days after"),
 * each one action (courtesy e-mail, reminder, call, letters, formal notice, litigation review, or
 * a task the user words). The schedule engine (engine.ts) turns them into dated follow-ups.
 *
 * Which scenario applies to a customer: its own, else its group's, else the company default,
 * else the built-in DEFAULT_SCENARIO.
 */
import type { Customer, Id, Scenario, ScenarioAction, ScenarioStep } from '../model';

export type { Scenario, ScenarioAction, ScenarioStep } from '../model';

export const SCENARIO_ACTIONS: readonly ScenarioAction[] = [
  'courtesy-email',
  'email-reminder',
  'call',
  'letter-1',
  'letter-2',
  'formal-notice',
  'litigation-review',
  'custom',
];

/**
 * Actions that ask for a late payment. A formal notice or a litigation review must come after at
 * least one of them (the ladder: remind before you threaten).
 */
export const REMINDER_ACTIONS: ReadonlySet<ScenarioAction> = new Set(['email-reminder', 'call', 'letter-1', 'letter-2']);

/**
 * Actions that ask the customer to pay: for a customer who pays only on given days of the month,
 * they wait for the next payment day. Not the courtesy e-mail (it must leave before the due date),
 * the call (a conversation, any day will do), the formal notice (its date has legal effects and
 * must not wait up to a month) or the internal litigation review.
 */
export const PAYMENT_ACTIONS: ReadonlySet<ScenarioAction> = new Set(['email-reminder', 'letter-1', 'letter-2']);

/** Longest delay a step may give, in days: two years is already far beyond any real ladder. */
export const MAX_OFFSET_DAYS = 730;

export const DEFAULT_SCENARIO_ID = 'default';

/**
 * The ladder Relance proposes out of the box. Below 10 € owed in total nothing is chased: a
 * rounding leftover is not worth a registered letter, and the user can lower it.
 */
export const DEFAULT_SCENARIO: Scenario = freezeScenario({
  id: DEFAULT_SCENARIO_ID,
  name: 'Relance standard',
  minimumCents: 1000,
  builtIn: true,
  steps: [
    { id: 'courtesy', offsetDays: -3, relativeTo: 'due', action: 'courtesy-email' },
    { id: 'reminder', offsetDays: 3, relativeTo: 'due', action: 'email-reminder' },
    { id: 'call', offsetDays: 10, relativeTo: 'due', action: 'call' },
    { id: 'letter-1', offsetDays: 20, relativeTo: 'due', action: 'letter-1' },
    { id: 'letter-2', offsetDays: 30, relativeTo: 'due', action: 'letter-2' },
    { id: 'formal-notice', offsetDays: 45, relativeTo: 'due', action: 'formal-notice' },
    { id: 'litigation-review', offsetDays: 60, relativeTo: 'due', action: 'litigation-review' },
  ],
});

/** Shared by every caller: frozen so no screen edits the built-in ladder by mistake. */
function freezeScenario(scenario: Scenario): Scenario {
  scenario.steps.forEach((step) => Object.freeze(step));
  Object.freeze(scenario.steps);
  return Object.freeze(scenario);
}

/**
 * Each step's delay counted from the due date: a step relative to the previous one adds its delay
 * to the previous step's (the first step, having none before it, counts from the due date).
 */
export function effectiveOffsets(steps: readonly Pick<ScenarioStep, 'offsetDays' | 'relativeTo'>[]): number[] {
  const out: number[] = [];
  let previous = 0;
  for (const step of steps) {
    const offset = step.relativeTo === 'previous' ? previous + step.offsetDays : step.offsetDays;
    out.push(offset);
    previous = offset;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Validation

export type ScenarioErrorCode =
  | 'name-empty'
  | 'minimum-invalid'
  | 'empty'
  | 'step-id-empty'
  | 'duplicate-step-id'
  | 'unknown-action'
  | 'offset-invalid'
  | 'negative-delay'
  | 'out-of-order'
  | 'courtesy-not-before-due'
  | 'reminder-before-due'
  | 'escalation-before-reminder'
  | 'letter-2-before-letter-1'
  | 'custom-label-missing';

/**
 * One thing wrong with a scenario. `code` is the i18n key under `schedule.errors.` (texts in
 * messages.ts); `params` fill its placeholders: `position` is the 1-based step number, `action`
 * an action code, `*offset` a delay from the due date in days (shown "J+10").
 */
export interface ScenarioIssue {
  code: ScenarioErrorCode;
  /** The step concerned, for the editor to highlight it. */
  stepId?: Id;
  params: Record<string, string | number>;
}

/**
 * Every reason the scenario cannot be saved (empty list: valid). Offsets are checked on their
 * effective value (from the due date), so "J+20 then 5 days after" reads as J+25.
 */
export function validateScenario(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (scenario.name.trim() === '') issues.push({ code: 'name-empty', params: {} });
  if (!Number.isSafeInteger(scenario.minimumCents) || scenario.minimumCents < 0) {
    issues.push({ code: 'minimum-invalid', params: {} });
  }
  if (scenario.steps.length === 0) {
    issues.push({ code: 'empty', params: {} });
    return issues;
  }

  const positionOfId = new Map<string, number>();
  const offsetsUsable = scenario.steps.every((s) => Number.isInteger(s.offsetDays) && Math.abs(s.offsetDays) <= MAX_OFFSET_DAYS);
  const offsets = effectiveOffsets(scenario.steps);
  let reminderSeen = false;
  let letter1Seen = false;

  scenario.steps.forEach((step, index) => {
    const position = index + 1;
    const at = (code: ScenarioErrorCode, params: Record<string, string | number> = {}): void => {
      issues.push({ code, stepId: step.id, params: { position, action: step.action, ...params } });
    };

    if (step.id.trim() === '') at('step-id-empty');
    else if (positionOfId.has(step.id)) at('duplicate-step-id', { stepId: step.id, previousPosition: positionOfId.get(step.id)! });
    else positionOfId.set(step.id, position);

    if (!SCENARIO_ACTIONS.includes(step.action)) at('unknown-action');
    if (step.action === 'custom' && (step.label ?? '').trim() === '') at('custom-label-missing');

    if (!Number.isInteger(step.offsetDays) || Math.abs(step.offsetDays) > MAX_OFFSET_DAYS) {
      at('offset-invalid', { max: MAX_OFFSET_DAYS });
    } else if (step.relativeTo === 'previous' && step.offsetDays < 0) {
      at('negative-delay', { days: step.offsetDays });
    }

    if (offsetsUsable) {
      const offset = offsets[index]!;
      const previous = index > 0 ? offsets[index - 1]! : undefined;
      if (previous !== undefined && offset <= previous && !(step.relativeTo === 'previous' && step.offsetDays < 0)) {
        at('out-of-order', {
          offset,
          previousPosition: position - 1,
          previousAction: scenario.steps[index - 1]!.action,
          previousOffset: previous,
        });
      }
      if (step.action === 'courtesy-email' && offset >= 0) at('courtesy-not-before-due', { offset });
      if (step.action !== 'courtesy-email' && step.action !== 'call' && step.action !== 'custom' && offset <= 0) {
        at('reminder-before-due', { offset });
      }
    }

    if ((step.action === 'formal-notice' || step.action === 'litigation-review') && !reminderSeen) {
      at('escalation-before-reminder');
    }
    if (step.action === 'letter-2' && !letter1Seen) at('letter-2-before-letter-1');
    if (REMINDER_ACTIONS.has(step.action)) reminderSeen = true;
    if (step.action === 'letter-1') letter1Seen = true;
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Which scenario applies

/**
 * Scenarios chosen for groups of customers (Customer.group → scenario id) and the company's
 * default. Kept in the settings; a customer's own choice is Customer.scenarioId.
 */
export interface ScenarioAssignments {
  groups: Readonly<Record<string, Id>>;
  defaultScenarioId?: Id;
}

export const NO_ASSIGNMENTS: ScenarioAssignments = Object.freeze({ groups: Object.freeze({}) });

export interface ScenarioChoice {
  scenario: Scenario;
  /** Why this one: the customer's own, its group's, the company default or the built-in one. */
  via: 'customer' | 'group' | 'default' | 'built-in';
}

/**
 * A resolver over one set of scenarios, to call once per customer. An assignment to a scenario
 * that no longer exists, or that fails validateScenario (the editor refuses to save one, but an
 * old backup may hold it), is passed over for the next level rather than planning nonsense.
 */
export function scenarioResolver(
  scenarios: readonly Scenario[],
  assignments: ScenarioAssignments = NO_ASSIGNMENTS,
): (customer: Pick<Customer, 'scenarioId' | 'group'>) => ScenarioChoice {
  const usable = new Map<Id, Scenario>();
  for (const s of scenarios) if (validateScenario(s).length === 0) usable.set(s.id, s);
  const fallback: ScenarioChoice =
    assignments.defaultScenarioId !== undefined && usable.has(assignments.defaultScenarioId)
      ? { scenario: usable.get(assignments.defaultScenarioId)!, via: 'default' }
      : { scenario: usable.get(DEFAULT_SCENARIO_ID) ?? DEFAULT_SCENARIO, via: 'built-in' };
  return (customer) => {
    const own = customer.scenarioId !== undefined ? usable.get(customer.scenarioId) : undefined;
    if (own) return { scenario: own, via: 'customer' };
    const groupId = customer.group !== undefined ? assignments.groups[customer.group.trim()] : undefined;
    const ofGroup = groupId !== undefined ? usable.get(groupId) : undefined;
    if (ofGroup) return { scenario: ofGroup, via: 'group' };
    return fallback;
  };
}

/** The scenario that applies to one customer (see scenarioResolver for many). */
export function resolveScenario(
  customer: Pick<Customer, 'scenarioId' | 'group'>,
  scenarios: readonly Scenario[],
  assignments: ScenarioAssignments = NO_ASSIGNMENTS,
): ScenarioChoice {
  return scenarioResolver(scenarios, assignments)(customer);
}
