import { describe, expect, it } from 'vitest';
import { draftFromCustomer, EMPTY_CUSTOMER_DRAFT, newCustomer, validateCustomerDraft, withIdentity } from '../../renderer/src/domain/customer-draft';
import {
  copyDraft,
  customerGroups,
  draftFromScenario,
  moveItem,
  parseDays,
  scenarioFromDraft,
  scenarioTimeline,
  scenarioUsage,
  withoutScenario,
  type ScenarioDraft,
} from '../../renderer/src/domain/scenario-form';
import { renderScheduleIssue } from '../../renderer/src/domain/schedule/messages';
import { DEFAULT_SCENARIO } from '../../renderer/src/domain/schedule/scenario';

const copy = (): ScenarioDraft => copyDraft(DEFAULT_SCENARIO, 'mine', 'Grands comptes');

describe('the scenario form', () => {
  it('copies the built-in ladder under a new id, keeping its steps and minimum as the user reads them', () => {
    const draft = copy();
    expect(draft).toMatchObject({ id: 'mine', name: 'Grands comptes', minimum: '10,00' });
    expect(draft.steps.map((s) => s.days)).toEqual(['-3', '3', '10', '20', '30', '45', '60']);
    expect(draft.steps.map((s) => s.id)).toEqual(DEFAULT_SCENARIO.steps.map((s) => s.id));
    const { scenario, issues } = scenarioFromDraft(draft);
    expect(issues).toEqual([]);
    expect(scenario).toEqual({ ...DEFAULT_SCENARIO, id: 'mine', name: 'Grands comptes', builtIn: undefined, steps: DEFAULT_SCENARIO.steps.map((s) => ({ ...s })) });
    expect(scenario).not.toHaveProperty('builtIn', true);
  });

  it('reads the minimum in French euros, empty as zero, and refuses an unreadable amount', () => {
    expect(scenarioFromDraft({ ...copy(), minimum: '1 500,50 €' }).scenario.minimumCents).toBe(150050);
    expect(scenarioFromDraft({ ...copy(), minimum: ' ' })).toMatchObject({ scenario: { minimumCents: 0 }, issues: [] });
    expect(scenarioFromDraft({ ...copy(), minimum: 'dix euros' }).issues.map((i) => i.code)).toEqual(['minimum-format']);
    expect(scenarioFromDraft({ ...copy(), minimum: '-5,00' }).issues.map((i) => i.code)).toEqual(['minimum-invalid']);
  });

  it('reads delays as whole days with a sign, anything else as not a number', () => {
    expect(['3', '+3', '-3', '\u22123', ' 10 '].map(parseDays)).toEqual([3, 3, -3, -3, 10]);
    for (const bad of ['', '3,5', '1e2', 'J+3', 'trois']) expect(parseDays(bad)).toBeNaN();
    const draft = copy();
    draft.steps[1]!.days = '3,5';
    const issues = scenarioFromDraft(draft).issues;
    expect(issues.map((i) => i.code)).toEqual(['offset-invalid']);
    expect(issues[0]!.stepId).toBe('reminder');
  });

  it('refuses steps out of order, with the French sentence naming both steps', () => {
    const draft = copy();
    draft.steps = moveItem(draft.steps, 2, -1); // the call (J+10) before the e-mail reminder (J+3)
    const issues = scenarioFromDraft(draft).issues;
    const outOfOrder = issues.find((i) => i.code === 'out-of-order')!;
    expect(outOfOrder.stepId).toBe('reminder');
    expect(renderScheduleIssue(outOfOrder as never)).toBe(
      'Étape 3 (Relance par e-mail, J+3) : elle doit venir après l’étape 2 (Appel téléphonique, J+10). Remettez les étapes dans l’ordre ou changez leurs délais.',
    );
  });

  it('refuses a negative delay counted from the previous step', () => {
    const draft = copy();
    draft.steps[2] = { ...draft.steps[2]!, days: '-2', relativeTo: 'previous' };
    const issues = scenarioFromDraft(draft).issues;
    expect(issues.map((i) => i.code)).toEqual(['negative-delay']);
    expect(renderScheduleIssue(issues[0] as never)).toContain('ne peut pas être négatif (-2 jours)');
  });

  it('keeps a custom task’s label, trimmed, and requires it', () => {
    const draft = copy();
    draft.steps.push({ id: 'x', action: 'custom', days: '5', relativeTo: 'previous', label: '  Prévenir le commercial ' });
    expect(scenarioFromDraft(draft).scenario.steps.at(-1)).toEqual({ id: 'x', action: 'custom', offsetDays: 5, relativeTo: 'previous', label: 'Prévenir le commercial' });
    draft.steps.at(-1)!.label = ' ';
    expect(scenarioFromDraft(draft).issues.map((i) => i.code)).toEqual(['custom-label-missing']);
  });

  it('round-trips a stored scenario', () => {
    const stored = { id: 's', name: 'Court', minimumCents: 0, steps: [
      { id: 'a', offsetDays: 1, relativeTo: 'due' as const, action: 'call' as const },
      { id: 'b', offsetDays: 4, relativeTo: 'previous' as const, action: 'email-reminder' as const },
    ] };
    expect(scenarioFromDraft(draftFromScenario(stored))).toEqual({ scenario: stored, issues: [] });
  });
});

describe('the timeline preview', () => {
  it('writes the ladder as the trade does, counting relative steps from the one before', () => {
    expect(scenarioTimeline(DEFAULT_SCENARIO.steps)).toBe(
      'J-3 E-mail de courtoisie · J+3 Relance par e-mail · J+10 Appel téléphonique · J+20 Lettre de relance 1 · J+30 Lettre de relance 2 avec pénalités · J+45 Mise en demeure (LRAR) · J+60 Examen du contentieux',
    );
    expect(
      scenarioTimeline([
        { id: 'a', offsetDays: 1, relativeTo: 'due', action: 'call' },
        { id: 'b', offsetDays: 4, relativeTo: 'previous', action: 'custom', label: 'Visite' },
        { id: 'c', offsetDays: NaN, relativeTo: 'previous', action: 'letter-1' },
      ]),
    ).toBe('J+1 Appel téléphonique · J+5 Visite · J ? Lettre de relance 1');
    expect(scenarioTimeline(DEFAULT_SCENARIO.steps.slice(0, 2), 'en')).toBe('D-3 Courtesy e-mail · D+3 E-mail reminder');
  });
});

describe('moving steps', () => {
  it('swaps with the neighbour and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('groups and usage', () => {
  const customers = [
    { name: 'Dupont', group: ' Grands comptes ', scenarioId: 's1' },
    { name: 'Martin', group: 'Artisans' },
    { name: 'Bernard', group: '' },
    { name: 'Lefèvre', scenarioId: 's1' },
  ];
  const assignments = { groups: { 'Grands comptes': 's1', Export: 's2' }, defaultScenarioId: 's1' };

  it('lists the customers’ groups and the assigned ones once, sorted', () => {
    expect(customerGroups(customers, assignments)).toEqual(['Artisans', 'Export', 'Grands comptes']);
    expect(customerGroups([], { groups: {} })).toEqual([]);
  });

  it('says who follows a scenario, and forgets it once deleted', () => {
    expect(scenarioUsage('s1', customers, assignments)).toEqual({ customers: ['Dupont', 'Lefèvre'], groups: ['Grands comptes'], isDefault: true });
    expect(scenarioUsage('s3', customers, assignments)).toEqual({ customers: [], groups: [], isDefault: false });
    expect(withoutScenario(assignments, 's1')).toEqual({ groups: { Export: 's2' } });
    expect(withoutScenario(assignments, 's2')).toEqual({ groups: { 'Grands comptes': 's1' }, defaultScenarioId: 's1' });
  });
});

describe('the customer’s group (customer form)', () => {
  it('is optional, spaces collapsed, removed when emptied, and capped in length', () => {
    const base = { ...EMPTY_CUSTOMER_DRAFT, reference: 'C1', name: 'Dupont' };
    const checked = validateCustomerDraft({ ...base, group: '  Grands   comptes ' });
    expect(checked).toMatchObject({ ok: true, value: { group: 'Grands comptes' } });
    expect(validateCustomerDraft(base)).toMatchObject({ ok: true });
    expect(validateCustomerDraft(base).ok && 'group' in (validateCustomerDraft(base) as { value: object }).value).toBe(false);
    const stored = newCustomer((checked as { value: Parameters<typeof newCustomer>[0] }).value, 'c1', 't0');
    expect(draftFromCustomer(stored).group).toBe('Grands comptes');
    const emptied = validateCustomerDraft({ ...draftFromCustomer(stored), group: ' ' });
    expect(emptied.ok && withIdentity(stored, emptied.value, 't1')).not.toHaveProperty('group');
    expect(validateCustomerDraft({ ...base, group: 'x'.repeat(61) })).toMatchObject({ ok: false, errors: { group: { code: 'tooLong', params: { max: 60 } } } });
  });
});
