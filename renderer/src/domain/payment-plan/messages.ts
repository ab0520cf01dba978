/**
 * Errors of the payment-plan domain: a code the UI translates, with the values to put in the
 * message. Amounts and dates in `params` are already formatted for French ("12,34 €",
 * "02/02/2026"); raw figures travel alongside (`…Cents`) for screens that need them.
 */

export type PlanErrorCode =
  | 'countRange'
  | 'totalNotPositive'
  | 'instalmentTooSmall'
  | 'customAmountTooSmall'
  | 'amountsShort'
  | 'amountsOver'
  | 'amountsCount'
  | 'invalidFirstDate'
  | 'firstDateInPast'
  | 'noBusinessDay'
  | 'noInvoices'
  | 'invoiceNotOpen'
  | 'duplicateInvoice'
  | 'penaltiesNegative'
  | 'planRenegotiated'
  | 'nothingRemaining';

/** The form field an error belongs to, so the editor can show it in place. */
export type PlanField = 'count' | 'total' | 'amounts' | 'first' | 'invoices' | 'penalties' | 'plan';

export interface PlanError {
  code: PlanErrorCode;
  field: PlanField;
  params?: Record<string, string | number>;
}

/** French first; `{{name}}` placeholders are filled from the error's params. */
export const PLAN_MESSAGES: Record<PlanErrorCode, { fr: string; en: string }> = {
  countRange: {
    fr: 'Le nombre d’échéances doit être un nombre entier entre {{min}} et {{max}}.',
    en: 'The number of instalments must be a whole number between {{min}} and {{max}}.',
  },
  totalNotPositive: {
    fr: 'Le montant à échelonner doit être supérieur à zéro.',
    en: 'The amount to spread must be greater than zero.',
  },
  instalmentTooSmall: {
    fr: 'En {{count}} échéances, une échéance ferait {{amount}} : chaque échéance doit être d’au moins {{min}}.',
    en: 'In {{count}} instalments, one would be {{amount}}: each instalment must be at least {{min}}.',
  },
  customAmountTooSmall: {
    fr: 'L’échéance n° {{position}} ({{amount}}) doit être d’au moins {{min}}.',
    en: 'Instalment no. {{position}} ({{amount}}) must be at least {{min}}.',
  },
  amountsShort: {
    fr: 'Il manque {{difference}} : les échéances font {{sum}} pour un total de {{total}}.',
    en: '{{difference}} missing: the instalments add up to {{sum}} for a total of {{total}}.',
  },
  amountsOver: {
    fr: '{{difference}} de trop : les échéances font {{sum}} pour un total de {{total}}.',
    en: '{{difference}} too much: the instalments add up to {{sum}} for a total of {{total}}.',
  },
  amountsCount: {
    fr: '{{given}} montants saisis pour {{count}} échéances : il en faut un par échéance.',
    en: '{{given}} amounts typed for {{count}} instalments: one is needed per instalment.',
  },
  invalidFirstDate: {
    fr: 'La date de la première échéance n’existe pas.',
    en: 'The date of the first instalment does not exist.',
  },
  firstDateInPast: {
    fr: 'La première échéance ({{date}}) ne peut pas être dans le passé : nous sommes le {{today}}.',
    en: 'The first instalment ({{date}}) cannot be in the past: today is {{today}}.',
  },
  noBusinessDay: {
    fr: 'Aucun jour ouvré n’a été trouvé pour l’échéance du {{date}} : vérifiez les fermetures.',
    en: 'No business day was found for the instalment of {{date}}: check the closing days.',
  },
  noInvoices: {
    fr: 'Choisissez au moins une facture à échelonner.',
    en: 'Choose at least one invoice to spread.',
  },
  invoiceNotOpen: {
    fr: 'La facture {{invoice}} n’a plus rien à payer.',
    en: 'Invoice {{invoice}} has nothing left to pay.',
  },
  duplicateInvoice: {
    fr: 'La facture {{invoice}} est choisie deux fois.',
    en: 'Invoice {{invoice}} is chosen twice.',
  },
  penaltiesNegative: {
    fr: 'Le montant des pénalités ne peut pas être négatif.',
    en: 'The penalties cannot be negative.',
  },
  planRenegotiated: {
    fr: 'Ce plan a déjà été renégocié : modifiez le plan qui l’a remplacé.',
    en: 'This plan has already been renegotiated: change the plan that replaced it.',
  },
  nothingRemaining: {
    fr: 'Ce plan est entièrement payé : il n’y a rien à renégocier.',
    en: 'This plan is fully paid: there is nothing to renegotiate.',
  },
};

/** The message of an error, placeholders filled ("Il manque 12,34 € : …"). */
export function planErrorMessage(error: PlanError, locale: 'fr' | 'en' = 'fr'): string {
  const template = PLAN_MESSAGES[error.code][locale];
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = error.params?.[name];
    return value === undefined ? whole : String(value);
  });
}
