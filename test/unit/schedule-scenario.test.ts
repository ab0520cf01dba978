import { describe, expect, it } from 'vitest';
import type { Customer, Scenario } from '../../renderer/src/domain/model';
import {
  DEFAULT_SCENARIO,
  effectiveOffsets,
  resolveScenario,
  validateScenario,
  type ScenarioStep,
} from '../../renderer/src/domain/schedule/scenario';
import {
  ACTION_NAMES,
  SCHEDULE_MESSAGES,
  formatOffset,
  renderScheduleIssue,
  scheduleCatalogue,
} from '../../renderer/src/domain/schedule/messages';

const scenario = (steps: ScenarioStep[], extra: Partial<Scenario> = {}): Scenario => ({
  id: 'mine',
  name: 'Mon scénario',
  minimumCents: 0,
  steps,
  ...extra,
});

const step = (id: string, offsetDays: number, action: ScenarioStep['action'], relativeTo: ScenarioStep['relativeTo'] = 'due', label?: string): ScenarioStep => ({
  id,
  offsetDays,
  relativeTo,
  action,
  ...(label !== undefined ? { label } : {}),
});

const codes = (s: Scenario) => validateScenario(s).map((i) => i.code);
const messages = (s: Scenario, language: 'fr' | 'en' = 'fr') => validateScenario(s).map((i) => renderScheduleIssue(i, language));

describe('the default scenario', () => {
  it('is the ladder of the brief: J-3 courtesy, J+3 e-mail, J+10 call, J+20 letter 1, J+30 letter 2, J+45 formal notice, J+60 litigation', () => {
    expect(DEFAULT_SCENARIO.steps.map((s) => [formatOffset(s.offsetDays), s.action])).toEqual([
      ['J-3', 'courtesy-email'],
      ['J+3', 'email-reminder'],
      ['J+10', 'call'],
      ['J+20', 'letter-1'],
      ['J+30', 'letter-2'],
      ['J+45', 'formal-notice'],
      ['J+60', 'litigation-review'],
    ]);
    expect(validateScenario(DEFAULT_SCENARIO)).toEqual([]);
    expect(DEFAULT_SCENARIO.builtIn).toBe(true);
  });

  it('cannot be edited by mistake', () => {
    expect(() => {
      (DEFAULT_SCENARIO.steps[0] as { offsetDays: number }).offsetDays = 5;
    }).toThrow(TypeError);
  });
});

describe('effective offsets', () => {
  it('add a step relative to the previous one to the previous offset', () => {
    expect(effectiveOffsets([step('a', -3, 'courtesy-email'), step('b', 7, 'email-reminder', 'previous'), step('c', 20, 'letter-1'), step('d', 5, 'call', 'previous')])).toEqual([-3, 4, 20, 25]);
  });
  it('count a first step relative to the previous one from the due date', () => {
    expect(effectiveOffsets([step('a', 5, 'email-reminder', 'previous')])).toEqual([5]);
  });
});

describe('validateScenario', () => {
  it('refuses an empty scenario', () => {
    expect(messages(scenario([]))).toEqual(['Le scénario n’a aucune étape : ajoutez au moins une relance.']);
  });

  it('refuses steps out of order, naming both steps with their J+ dates', () => {
    const s = scenario([step('a', 3, 'email-reminder'), step('b', 20, 'letter-1'), step('c', 10, 'call')]);
    expect(validateScenario(s)).toEqual([
      {
        code: 'out-of-order',
        stepId: 'c',
        params: { position: 3, action: 'call', offset: 10, previousPosition: 2, previousAction: 'letter-1', previousOffset: 20 },
      },
    ]);
    expect(messages(s)).toEqual([
      'Étape 3 (Appel téléphonique, J+10) : elle doit venir après l’étape 2 (Lettre de relance 1, J+20). Remettez les étapes dans l’ordre ou changez leurs délais.',
    ]);
    expect(messages(s, 'en')).toEqual([
      'Step 3 (Phone call, D+10) must come after step 2 (Reminder letter 1, D+20). Put the steps back in order or change their delays.',
    ]);
  });

  it('refuses two steps on the same day (offsets must strictly increase)', () => {
    expect(codes(scenario([step('a', 3, 'email-reminder'), step('b', 3, 'call')]))).toEqual(['out-of-order']);
    // 0 days after the previous step is the same day too.
    expect(codes(scenario([step('a', 3, 'email-reminder'), step('b', 0, 'call', 'previous')]))).toEqual(['out-of-order']);
  });

  it('checks order on effective offsets: J+20 then "5 days after" is J+25, after a J+22 step only if placed after it', () => {
    expect(codes(scenario([step('a', 20, 'letter-1'), step('b', 5, 'call', 'previous'), step('c', 22, 'letter-2')]))).toEqual(['out-of-order']);
    expect(codes(scenario([step('a', 20, 'letter-1'), step('c', 22, 'letter-2'), step('b', 5, 'call', 'previous')]))).toEqual([]);
  });

  it('refuses a negative delay after the previous step, once (not also as out of order)', () => {
    const s = scenario([step('a', 10, 'email-reminder'), step('b', -2, 'call', 'previous')]);
    expect(messages(s)).toEqual([
      'Étape 2 (Appel téléphonique) : un délai compté depuis l’étape précédente ne peut pas être négatif (-2 jours).',
    ]);
  });

  it('refuses duplicate step ids', () => {
    const s = scenario([step('x', 3, 'email-reminder'), step('y', 10, 'call'), step('x', 20, 'letter-1')]);
    expect(messages(s)).toEqual(['Les étapes 1 et 3 ont le même identifiant « x ».']);
  });

  it('refuses a formal notice or a litigation review before any reminder', () => {
    const s = scenario([step('c', -3, 'courtesy-email'), step('n', 15, 'formal-notice'), step('l', 30, 'litigation-review')]);
    expect(messages(s)).toEqual([
      'Étape 2 (Mise en demeure (LRAR)) : elle doit suivre au moins une relance (e-mail, appel ou lettre).',
      'Étape 3 (Examen du contentieux) : elle doit suivre au moins une relance (e-mail, appel ou lettre).',
    ]);
    // A call is a reminder: the notice may follow it.
    expect(codes(scenario([step('a', 5, 'call'), step('n', 15, 'formal-notice')]))).toEqual([]);
  });

  it('refuses letter 2 without a letter 1 before it', () => {
    expect(messages(scenario([step('a', 5, 'email-reminder'), step('b', 30, 'letter-2')]))).toEqual([
      'Étape 2 : la lettre de relance 2 doit suivre une lettre de relance 1.',
    ]);
  });

  it('keeps the courtesy e-mail before the due date and reminders after it', () => {
    expect(messages(scenario([step('a', 0, 'courtesy-email'), step('b', 0, 'email-reminder', 'previous')]))).toEqual([
      'Étape 1 : l’e-mail de courtoisie part avant l’échéance, pas à J ; choisissez par exemple J-3.',
      'Étape 2 (Relance par e-mail, J) : elle doit venir après l’étape 1 (E-mail de courtoisie, J). Remettez les étapes dans l’ordre ou changez leurs délais.',
      'Étape 2 (Relance par e-mail, J) : une facture ne se relance qu’une fois échue ; choisissez au moins J+1.',
    ]);
    // A call before the due date is fine: checking the invoice was received is step 1 of the ladder.
    expect(codes(scenario([step('a', -5, 'call'), step('b', 3, 'email-reminder')]))).toEqual([]);
  });

  it('asks for a label on a custom step, a name, a whole number of days and a minimum of zero or more', () => {
    const s = scenario([step('a', 3, 'email-reminder'), step('b', 8.5, 'custom', 'due', '  ')], { name: ' ', minimumCents: -1 });
    expect(codes(s)).toEqual(['name-empty', 'minimum-invalid', 'custom-label-missing', 'offset-invalid']);
    expect(messages(s)[3]).toBe('Étape 2 (Tâche personnalisée) : le délai doit être un nombre entier de jours, 730 au plus.');
    expect(codes(scenario([step('a', 3, 'email-reminder'), step('b', 8, 'custom', 'due', 'Vérifier le bon de commande')]))).toEqual([]);
  });

  it('has a French and an English text for every code, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [code, text] of Object.entries(SCHEDULE_MESSAGES)) {
      expect({ code, en: placeholders(text.en) }).toEqual({ code, en: placeholders(text.fr) });
    }
    const fr = scheduleCatalogue('fr');
    expect(Object.keys(fr.schedule.errors).sort()).toEqual(Object.keys(SCHEDULE_MESSAGES).sort());
    expect(fr.schedule.actions['formal-notice']).toBe(ACTION_NAMES['formal-notice'].fr);
  });
});

describe('resolveScenario', () => {
  const gentle = scenario([step('a', 7, 'email-reminder'), step('b', 21, 'call')], { id: 'gentle', name: 'Doux' });
  const tough = scenario([step('a', 1, 'call'), step('b', 8, 'formal-notice')], { id: 'tough', name: 'Ferme' });
  const broken = scenario([], { id: 'broken', name: 'Cassé' });
  const customer = (extra: Partial<Customer>): Pick<Customer, 'scenarioId' | 'group'> => extra;
  const assignments = { groups: { BTP: 'tough', Public: 'broken' } };

  it("prefers the customer's own scenario, then its group's, then the built-in default", () => {
    expect(resolveScenario(customer({ scenarioId: 'gentle', group: 'BTP' }), [gentle, tough], assignments)).toEqual({ scenario: gentle, via: 'customer' });
    expect(resolveScenario(customer({ group: 'BTP' }), [gentle, tough], assignments)).toEqual({ scenario: tough, via: 'group' });
    expect(resolveScenario(customer({}), [gentle, tough], assignments)).toEqual({ scenario: DEFAULT_SCENARIO, via: 'built-in' });
  });

  it("uses the company's default when one is set", () => {
    expect(resolveScenario(customer({ group: 'Autre' }), [gentle, tough], { ...assignments, defaultScenarioId: 'gentle' })).toEqual({
      scenario: gentle,
      via: 'default',
    });
  });

  it('passes over a deleted or invalid scenario instead of planning with it', () => {
    expect(resolveScenario(customer({ scenarioId: 'deleted', group: 'BTP' }), [gentle, tough], assignments).via).toBe('group');
    expect(resolveScenario(customer({ group: 'Public' }), [gentle, tough, broken], assignments).via).toBe('built-in');
  });
});
