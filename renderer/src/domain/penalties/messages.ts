/**
 * What the user reads for each penalty warning and error, French first. The screens, the letters
 * and the CLI all render them with `renderPenaltyIssue`, so a figure and its caveat never drift
 * apart. Placeholders are filled from the issue's params (see PenaltyIssue in compute.ts).
 */
import { formatDate } from '../dates';
import { formatEuros } from '../money';
import { halfYearName } from '../rates/half-year';
import { formatPercent } from '../rates/percent';
import type { RateKind } from '../rates/rate-table';
import type { PenaltyErrorCode, PenaltyIssue, PenaltyWarningCode } from './compute';

type Language = 'fr' | 'en';
type Bilingual = Record<Language, string>;

/** Rate names as they fit in "le taux … du 2e semestre 2026". */
export const RATE_KIND_NAMES: Record<RateKind, Bilingual> = {
  ecb: { fr: 'BCE', en: 'ECB' },
  'b2b-default': { fr: 'de pénalité B2B', en: 'B2B penalty' },
  'legal-individual': { fr: 'd’intérêt légal (créancier particulier)', en: 'legal interest (individual creditor)' },
  'legal-other': { fr: 'd’intérêt légal', en: 'legal interest' },
};

export const PENALTY_MESSAGES: Record<PenaltyWarningCode | PenaltyErrorCode, Bilingual> = {
  'rate-missing': {
    fr: 'Taux {{kind}} du {{halfYear}} non renseigné : celui du {{usedHalfYear}} est utilisé, à vérifier dans Paramètres → Taux.',
    en: 'The {{kind}} rate for the {{halfYear}} is missing: the rate of the {{usedHalfYear}} is used; check it in Settings → Rates.',
  },
  'rate-unconfirmed': {
    fr: 'Le taux {{kind}} du {{halfYear}} ({{rate}}) n’est pas encore confirmé par une publication officielle : vérifiez-le dans Paramètres → Taux.',
    en: 'The {{kind}} rate for the {{halfYear}} ({{rate}}) is not yet confirmed by an official publication: check it in Settings → Rates.',
  },
  'contractual-below-floor': {
    fr: 'Le taux contractuel ({{contractual}}) est inférieur au minimum légal, trois fois le taux d’intérêt légal, pour le {{halfYear}} : ce minimum de {{floor}} est appliqué.',
    en: 'The contractual rate ({{contractual}}) is below the legal minimum, three times the legal interest rate, for the {{halfYear}}: that minimum of {{floor}} is applied.',
  },
  'floor-unknown': {
    fr: 'Taux d’intérêt légal du {{halfYear}} inconnu : le taux contractuel est appliqué sans vérifier qu’il atteint trois fois ce taux.',
    en: 'The legal interest rate for the {{halfYear}} is unknown: the contractual rate is applied without checking it reaches three times that rate.',
  },
  'no-notice': {
    fr: 'Client particulier sans mise en demeure : les intérêts de retard ne courent qu’à partir de la mise en demeure, aucun intérêt n’est donc compté.',
    en: 'Consumer customer without a formal notice: late-payment interest only runs from the formal notice, so no interest is counted.',
  },
  'contractual-rate-consumer': {
    fr: 'Le taux contractuel ne s’applique pas à un client particulier : le taux d’intérêt légal est utilisé.',
    en: 'The contractual rate does not apply to a consumer customer: the legal interest rate is used.',
  },
  'payment-after-until': {
    fr: 'Paiements datés après le {{until}} non pris en compte : {{count}}.',
    en: 'Payments dated after {{until}} not counted: {{count}}.',
  },
  'undated-payment': {
    fr: 'Facture {{number}} : {{amount}} réglés selon la comptabilité sans date de paiement connue, considérés comme payés à l’échéance du {{dueDate}}, sans intérêts.',
    en: 'Invoice {{number}}: {{amount}} shown as paid by the accounting with no known payment date, treated as paid on the due date ({{dueDate}}), with no interest.',
  },
  'no-rate': {
    fr: 'Aucun taux {{kind}} n’est renseigné pour le {{halfYear}} ni avant : ajoutez-le dans Paramètres → Taux pour calculer les pénalités.',
    en: 'No {{kind}} rate is recorded for the {{halfYear}} or before: add it in Settings → Rates to compute the penalties.',
  },
};

/** The params as the text shows them: half-years named, rates and amounts formatted. */
function displayParams(params: Record<string, string | number>, language: Language): Record<string, string> {
  const locale = language === 'en' ? 'en-GB' : 'fr-FR';
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'kind') out[key] = RATE_KIND_NAMES[value as RateKind]?.[language] ?? String(value);
    else if (key === 'halfYear' || key === 'usedHalfYear') out[key] = halfYearName(String(value), language);
    else if (key.endsWith('BasisPoints') && typeof value === 'number') out[key.slice(0, -'BasisPoints'.length)] = formatPercent(value, locale);
    else if (key.endsWith('Cents') && typeof value === 'number') out[key.slice(0, -'Cents'.length)] = formatEuros(value, locale);
    else if (key === 'until' || key.endsWith('Date')) out[key] = formatDate(String(value), locale);
    else out[key] = String(value);
  }
  return out;
}

/** The sentence for a warning or an error, in French (default) or English. */
export function renderPenaltyIssue(issue: PenaltyIssue, language: Language = 'fr'): string {
  const template = PENALTY_MESSAGES[issue.code as PenaltyWarningCode | PenaltyErrorCode]?.[language];
  if (!template) return issue.code;
  const values = displayParams(issue.params, language);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
