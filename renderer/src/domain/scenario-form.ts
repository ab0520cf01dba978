/**
 * The scenario editor's form as plain data: what the user typed (a minimum in euros "10,00", a
 * delay "-3" or "+10") turned into a Scenario the schedule engine understands, and back. The
 * checks themselves are validateScenario's; this adds only what typing can get wrong (an amount
 * that does not read as one). Pure: no React, no database.
 */
import type { Customer, Id, Scenario, ScenarioAction, ScenarioStep } from './model';
import { formatAmountPlain, parseAmount, type AmountError } from './money';
import { actionName, formatOffset } from './schedule/messages';
import { effectiveOffsets, validateScenario, type ScenarioAssignments, type ScenarioIssue } from './schedule/scenario';

export interface StepDraft {
  /** The step's id, kept across edits and copies: done steps are recognised by it. */
  id: Id;
  action: ScenarioAction;
  /** Days as typed: "3", "+3", "-3"; anything else is not a whole number of days. */
  days: string;
  relativeTo: 'due' | 'previous';
  /** What a custom task says to do (the other actions have no label). */
  label: string;
}

export interface ScenarioDraft {
  id: Id;
  name: string;
  /** Euros as typed ("10,00", "10", "1 500,00 €"); empty means 0: every debt is chased. */
  minimum: string;
  steps: StepDraft[];
}

/** A reason the draft cannot be saved: validateScenario's, or an unreadable minimum amount. */
export type ScenarioFormIssue = ScenarioIssue | { code: 'minimum-format'; stepId?: undefined; params: { error: AmountError } };

export function draftFromScenario(scenario: Scenario): ScenarioDraft {
  return {
    id: scenario.id,
    name: scenario.name,
    minimum: formatAmountPlain(scenario.minimumCents),
    steps: scenario.steps.map((step) => ({
      id: step.id,
      action: step.action,
      days: String(step.offsetDays),
      relativeTo: step.relativeTo,
      label: step.label ?? '',
    })),
  };
}

/**
 * A copy of a scenario (the built-in one included) to edit under a new id. The steps keep their
 * ids, so a customer moved to the copy is not sent again what it already received.
 */
export function copyDraft(scenario: Scenario, id: Id, name: string): ScenarioDraft {
  return { ...draftFromScenario(scenario), id, name };
}

/** A whole number of days ("3", "+3", "-3", "−3" with a minus sign); NaN for anything else. */
export function parseDays(text: string): number {
  const s = text.trim().replace(/\u2212/g, '-');
  return /^[+-]?\d{1,6}$/.test(s) ? Number(s) : NaN;
}

/** The draft as a Scenario, and every reason it cannot be saved (empty: it can). */
export function scenarioFromDraft(draft: ScenarioDraft): { scenario: Scenario; issues: ScenarioFormIssue[] } {
  let minimumCents = 0;
  let minimumIssue: ScenarioFormIssue | null = null;
  if (draft.minimum.trim() !== '') {
    const parsed = parseAmount(draft.minimum);
    if (parsed.ok) minimumCents = parsed.value;
    else minimumIssue = { code: 'minimum-format', params: { error: parsed.error } };
  }
  const steps: ScenarioStep[] = draft.steps.map((step) => {
    const out: ScenarioStep = { id: step.id, offsetDays: parseDays(step.days), relativeTo: step.relativeTo, action: step.action };
    if (step.action === 'custom') out.label = step.label.trim();
    return out;
  });
  const scenario: Scenario = { id: draft.id, name: draft.name.trim(), minimumCents, steps };
  const issues: ScenarioFormIssue[] = validateScenario(scenario);
  if (minimumIssue) issues.unshift(minimumIssue);
  return { scenario, issues };
}

/** The ladder in one line: "J-3 E-mail de courtoisie · J+3 Relance par e-mail · …" (custom tasks by their label). */
export function scenarioTimeline(steps: readonly ScenarioStep[], language: 'fr' | 'en' = 'fr'): string {
  const offsets = effectiveOffsets(steps);
  return steps
    .map((step, index) => {
      const offset = offsets[index]!;
      const when = Number.isFinite(offset) ? formatOffset(offset, language) : `${language === 'en' ? 'D' : 'J'} ?`;
      const what = step.action === 'custom' && step.label?.trim() ? step.label.trim() : actionName(step.action, language);
      return `${when} ${what}`;
    })
    .join(' · ');
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const out = items.slice();
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return out;
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

/** The groups a scenario can be chosen for: those of the customers and those already assigned, sorted. */
export function customerGroups(customers: readonly Pick<Customer, 'group'>[], assignments: ScenarioAssignments): string[] {
  const names = new Set<string>();
  for (const c of customers) {
    const g = c.group?.trim();
    if (g) names.add(g);
  }
  for (const g of Object.keys(assignments.groups)) if (g.trim()) names.add(g.trim());
  return [...names].sort((a, b) => a.localeCompare(b, 'fr'));
}

export interface ScenarioUsage {
  /** Names of the customers who chose it themselves. */
  customers: string[];
  groups: string[];
  isDefault: boolean;
}

/** Who follows a scenario by choice: customers, groups, the company default. */
export function scenarioUsage(
  scenarioId: Id,
  customers: readonly Pick<Customer, 'name' | 'scenarioId'>[],
  assignments: ScenarioAssignments,
): ScenarioUsage {
  return {
    customers: customers.filter((c) => c.scenarioId === scenarioId).map((c) => c.name).sort((a, b) => a.localeCompare(b, 'fr')),
    groups: Object.entries(assignments.groups)
      .filter(([, id]) => id === scenarioId)
      .map(([group]) => group)
      .sort((a, b) => a.localeCompare(b, 'fr')),
    isDefault: assignments.defaultScenarioId === scenarioId,
  };
}

/** The assignments with every mention of a deleted scenario removed (back to the default). */
export function withoutScenario(assignments: ScenarioAssignments, scenarioId: Id): ScenarioAssignments {
  const groups = Object.fromEntries(Object.entries(assignments.groups).filter(([, id]) => id !== scenarioId));
  return assignments.defaultScenarioId !== undefined && assignments.defaultScenarioId !== scenarioId
    ? { groups, defaultScenarioId: assignments.defaultScenarioId }
    : { groups };
}
