/**
 * What the user reads about promises to pay, French first. `{{name}}` placeholders are filled from
 * the params, which carry amounts and dates already formatted for French ("12,34 €", "04/05/2026").
 */

export type PromiseErrorCode = 'invalidDate' | 'dateInPast' | 'amountNotPositive' | 'amountOverOpen' | 'nothingOpen';

/** The form field an error belongs to, so the call screen can show it in place. */
export type PromiseField = 'promisedDate' | 'amount';

export interface PromiseError {
  code: PromiseErrorCode;
  field: PromiseField;
  params?: Record<string, string | number>;
}

/** Why a promise changed status (see reviewPromise). */
export type PromiseOutcomeCode = 'kept' | 'brokenUnpaid' | 'brokenPartial';

type Bilingual = { fr: string; en: string };

export const PROMISE_MESSAGES: Record<PromiseErrorCode | PromiseOutcomeCode, Bilingual> = {
  invalidDate: {
    fr: 'La date promise n’est pas une date valide.',
    en: 'The promised date is not a valid date.',
  },
  dateInPast: {
    fr: 'La date promise est déjà passée ({{date}}) : choisissez aujourd’hui ({{today}}) ou une date à venir.',
    en: 'The promised date has already passed ({{date}}): choose today ({{today}}) or a later date.',
  },
  amountNotPositive: {
    fr: 'Le montant promis doit être supérieur à zéro.',
    en: 'The promised amount must be greater than zero.',
  },
  amountOverOpen: {
    fr: 'Le montant promis ({{amount}}) dépasse le reste dû sur les factures choisies ({{open}}).',
    en: 'The promised amount ({{amount}}) is more than what remains due on the chosen invoices ({{open}}).',
  },
  nothingOpen: {
    fr: 'Les factures choisies n’ont plus rien à payer : il n’y a pas de promesse à enregistrer.',
    en: 'Nothing remains due on the chosen invoices: there is no promise to record.',
  },
  kept: {
    fr: 'Promesse tenue : {{paid}} reçus au {{checkDate}} pour {{amount}} promis le {{promisedDate}}.',
    en: 'Promise kept: {{paid}} received by {{checkDate}} for {{amount}} promised on {{promisedDate}}.',
  },
  brokenUnpaid: {
    fr: 'Promesse non tenue : aucun paiement reçu au {{checkDate}} pour {{amount}} promis le {{promisedDate}}. Le scénario de relance reprend.',
    en: 'Promise broken: no payment received by {{checkDate}} for {{amount}} promised on {{promisedDate}}. The follow-up scenario resumes.',
  },
  brokenPartial: {
    fr: 'Promesse non tenue : {{paid}} reçus seulement au {{checkDate}} sur {{amount}} promis le {{promisedDate}} (il manque {{short}}). Le scénario de relance reprend.',
    en: 'Promise broken: only {{paid}} received by {{checkDate}} of {{amount}} promised on {{promisedDate}} ({{short}} missing). The follow-up scenario resumes.',
  },
};

/** The message of a code, placeholders filled. */
export function promiseMessage(
  code: PromiseErrorCode | PromiseOutcomeCode,
  params: Record<string, string | number> = {},
  locale: 'fr' | 'en' = 'fr',
): string {
  return PROMISE_MESSAGES[code][locale].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Shorthand for an error. */
export function promiseErrorMessage(error: PromiseError, locale: 'fr' | 'en' = 'fr'): string {
  return promiseMessage(error.code, error.params, locale);
}
