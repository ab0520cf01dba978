/**
 * What the user reads about scenarios, French first: the names of the actions and the reasons a
 * scenario cannot be saved. Plain data so the settings screen (through i18next, keys
 * `schedule.actions.<action>` and `schedule.errors.<code>`) and the CLI print the same sentences.
 *
 * Placeholders: {{position}} step number, {{action}} / {{previousAction}} an action's name,
 * {{offset}} / {{previousOffset}} a delay from the due date ("J+10"), {{days}} a number of days,
 * {{stepId}} a step's identifier, {{max}} a limit. i18next callers pass scheduleIssueParams(issue).
 */
import type { ScenarioAction, TaskAction } from '../model';
import type { ScenarioErrorCode, ScenarioIssue } from './scenario';

type Language = 'fr' | 'en';
type Bilingual = Record<Language, string>;

export const SCHEDULE_ERRORS_KEY = 'schedule.errors';
export const SCHEDULE_ACTIONS_KEY = 'schedule.actions';

export const ACTION_NAMES: Record<TaskAction, Bilingual> = {
  'courtesy-email': { fr: 'E-mail de courtoisie', en: 'Courtesy e-mail' },
  'email-reminder': { fr: 'Relance par e-mail', en: 'E-mail reminder' },
  call: { fr: 'Appel téléphonique', en: 'Phone call' },
  'letter-1': { fr: 'Lettre de relance 1', en: 'Reminder letter 1' },
  'letter-2': { fr: 'Lettre de relance 2 avec pénalités', en: 'Reminder letter 2 with penalties' },
  'formal-notice': { fr: 'Mise en demeure (LRAR)', en: 'Formal notice (registered letter)' },
  'litigation-review': { fr: 'Examen du contentieux', en: 'Litigation review' },
  custom: { fr: 'Tâche personnalisée', en: 'Custom task' },
  'promise-check': { fr: 'Vérifier le paiement promis', en: 'Check the promised payment' },
  'instalment-check': { fr: 'Vérifier l’échéance du plan', en: 'Check the plan’s instalment' },
};

export const SCHEDULE_MESSAGES: Record<ScenarioErrorCode, Bilingual> = {
  'name-empty': { fr: 'Donnez un nom au scénario.', en: 'Give the scenario a name.' },
  'minimum-invalid': {
    fr: 'Le montant minimum doit être positif ou nul.',
    en: 'The minimum amount must be zero or more.',
  },
  empty: {
    fr: 'Le scénario n’a aucune étape : ajoutez au moins une relance.',
    en: 'The scenario has no step: add at least one reminder.',
  },
  'step-id-empty': { fr: 'L’étape {{position}} n’a pas d’identifiant.', en: 'Step {{position}} has no identifier.' },
  'duplicate-step-id': {
    fr: 'Les étapes {{previousPosition}} et {{position}} ont le même identifiant « {{stepId}} ».',
    en: 'Steps {{previousPosition}} and {{position}} have the same identifier “{{stepId}}”.',
  },
  'unknown-action': {
    fr: 'Étape {{position}} : action inconnue « {{action}} ».',
    en: 'Step {{position}}: unknown action “{{action}}”.',
  },
  'offset-invalid': {
    fr: 'Étape {{position}} ({{action}}) : le délai doit être un nombre entier de jours, {{max}} au plus.',
    en: 'Step {{position}} ({{action}}): the delay must be a whole number of days, {{max}} at most.',
  },
  'negative-delay': {
    fr: 'Étape {{position}} ({{action}}) : un délai compté depuis l’étape précédente ne peut pas être négatif ({{days}} jours).',
    en: 'Step {{position}} ({{action}}): a delay counted from the previous step cannot be negative ({{days}} days).',
  },
  'out-of-order': {
    fr: 'Étape {{position}} ({{action}}, {{offset}}) : elle doit venir après l’étape {{previousPosition}} ({{previousAction}}, {{previousOffset}}). Remettez les étapes dans l’ordre ou changez leurs délais.',
    en: 'Step {{position}} ({{action}}, {{offset}}) must come after step {{previousPosition}} ({{previousAction}}, {{previousOffset}}). Put the steps back in order or change their delays.',
  },
  'courtesy-not-before-due': {
    fr: 'Étape {{position}} : l’e-mail de courtoisie part avant l’échéance, pas à {{offset}} ; choisissez par exemple J-3.',
    en: 'Step {{position}}: the courtesy e-mail goes out before the due date, not at {{offset}}; choose D-3 for instance.',
  },
  'reminder-before-due': {
    fr: 'Étape {{position}} ({{action}}, {{offset}}) : une facture ne se relance qu’une fois échue ; choisissez au moins J+1.',
    en: 'Step {{position}} ({{action}}, {{offset}}): an invoice is only chased once it is due; choose D+1 at least.',
  },
  'escalation-before-reminder': {
    fr: 'Étape {{position}} ({{action}}) : elle doit suivre au moins une relance (e-mail, appel ou lettre).',
    en: 'Step {{position}} ({{action}}) must follow at least one reminder (e-mail, call or letter).',
  },
  'letter-2-before-letter-1': {
    fr: 'Étape {{position}} : la lettre de relance 2 doit suivre une lettre de relance 1.',
    en: 'Step {{position}}: reminder letter 2 must follow a reminder letter 1.',
  },
  'custom-label-missing': {
    fr: 'Étape {{position}} : décrivez la tâche personnalisée, son libellé est vide.',
    en: 'Step {{position}}: describe the custom task, its label is empty.',
  },
};

/** A delay from the due date as the trade writes it: J-3, J, J+10 (D-3, D, D+10 in English). */
export function formatOffset(days: number, language: Language = 'fr'): string {
  const letter = language === 'en' ? 'D' : 'J';
  if (days === 0) return letter;
  return `${letter}${days > 0 ? '+' : '-'}${Math.abs(days)}`;
}

export function actionName(action: string, language: Language = 'fr'): string {
  return ACTION_NAMES[action as ScenarioAction]?.[language] ?? action;
}

/** The params as the text shows them: action names translated, offsets written J+n. */
export function scheduleIssueParams(issue: ScenarioIssue, language: Language = 'fr'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(issue.params)) {
    if (key === 'action' || key === 'previousAction') out[key] = actionName(String(value), language);
    else if ((key === 'offset' || key === 'previousOffset') && typeof value === 'number') out[key] = formatOffset(value, language);
    else out[key] = String(value);
  }
  return out;
}

/** The sentence for a scenario error, in French (default) or English. */
export function renderScheduleIssue(issue: ScenarioIssue, language: Language = 'fr'): string {
  const template = SCHEDULE_MESSAGES[issue.code]?.[language];
  if (!template) return issue.code;
  const values = scheduleIssueParams(issue, language);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** The `schedule` branch of an i18next catalogue, to merge into the app's fr.json / en.json. */
export function scheduleCatalogue(language: Language): { schedule: { actions: Record<string, string>; errors: Record<string, string> } } {
  const pick = (map: Record<string, Bilingual>) =>
    Object.fromEntries(Object.entries(map).map(([key, text]) => [key, text[language]]));
  return { schedule: { actions: pick(ACTION_NAMES), errors: pick(SCHEDULE_MESSAGES) } };
}
