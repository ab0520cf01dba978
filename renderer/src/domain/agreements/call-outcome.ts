/**
 * What a call's outcome leads to (issue 6, item 2): every outcome sets the next action. A promise
 * is followed by its check task and a plan by its instalments' (follow-up.ts); the other outcomes
 * propose a dated next step the caller may change before saving. And the whole call is checked
 * before anything is written, so a call is saved completely or not at all.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import { compareDates, formatDate, isValidIsoDate, type IsoDate } from '../dates';
import { isCompletedCall, validateCallNote, type CallNotes, type CallOutcome } from '../interactions/interaction';
import { interactionErrorMessage } from '../interactions/messages';
import type { Interaction } from '../model';
import type { Cents } from '../money';
import { promiseErrorMessage, validatePromise } from '../promises';

export interface NextStep {
  date: IsoDate;
  /** A call again, or a task with the label's wording. */
  action: 'call' | 'custom';
  label: string;
}

/** Business days to the next step proposed for each outcome that has one. */
const NEXT_STEP: Partial<Record<CallOutcome, { days: number; action: 'call' | 'custom'; label: string }>> = {
  'no-answer': { days: 1, action: 'call', label: 'Rappeler (pas de réponse)' },
  voicemail: { days: 1, action: 'call', label: 'Rappeler (message laissé)' },
  'wrong-contact': { days: 1, action: 'call', label: 'Appeler le bon interlocuteur' },
  dispute: { days: 5, action: 'custom', label: 'Faire le point sur la contestation' },
  difficulty: { days: 5, action: 'call', label: 'Rappeler : difficultés de paiement' },
  'already-paid': { days: 3, action: 'custom', label: 'Vérifier le paiement annoncé' },
  other: { days: 5, action: 'call', label: 'Rappeler le client' },
};

/**
 * The next step proposed after a call on `today`: for a call that did not reach the customer, the
 * next business day; a dispute, difficulties, a payment said to be made, another outcome: a few
 * business days later. Null for a promise and a plan: their checks are the next actions.
 */
export function proposedNextStep(outcome: CallOutcome, today: IsoDate, calendar: BusinessCalendar): NextStep | null {
  const rule = NEXT_STEP[outcome];
  if (rule === undefined) return null;
  return { date: calendar.addBusinessDays(today, rule.days), action: rule.action, label: rule.label };
}

/** Outcomes of an unanswered call, counted as attempts. */
const UNANSWERED = new Set<string>(['no-answer', 'voicemail']);

/**
 * How many calls in a row did not reach the customer, the latest ones first: the calls of the log
 * since the last one that reached someone (a wrong contact ends the series: the number changes).
 */
export function unansweredAttempts(interactions: readonly Pick<Interaction, 'channel' | 'outcome' | 'at'>[]): number {
  const calls = interactions.filter((i) => i.channel === 'call').sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  let count = 0;
  for (const call of calls) {
    if (call.outcome === undefined || !UNANSWERED.has(call.outcome)) break;
    count += 1;
  }
  return count;
}

export type CallField = 'notes' | 'promisedDate' | 'amount' | 'disputeReason' | 'disputeInvoices' | 'nextDate' | 'plan' | 'contact';

export interface CallIssue {
  field: CallField;
  /** In the user's language, ready to show under the field. */
  message: string;
}

export interface CallDraft {
  outcome: CallOutcome;
  notes: CallNotes;
  today: IsoDate;
  promise?: { promisedDate: IsoDate; amountCents: Cents; openCents: Cents } | undefined;
  dispute?: { reason: string; invoiceCount: number } | undefined;
  /** For a wrong contact: the corrected contact's name and a phone or e-mail. */
  contact?: { name: string; phone: string; email: string } | undefined;
  /** The next step chosen, for the outcomes that have one. */
  next?: { date: IsoDate } | null | undefined;
  /** Set by the caller when the outcome is a plan and the editor has no valid plan. */
  planMissing?: boolean | undefined;
}

const WORDS = {
  disputeReason: {
    fr: 'Indiquez le motif de la contestation : il figurera dans l’historique et sur la facture en pause.',
    en: 'Give the reason for the dispute: it goes into the history and onto the invoice on hold.',
  },
  disputeInvoices: { fr: 'Choisissez au moins une facture contestée.', en: 'Choose at least one disputed invoice.' },
  nextDate: { fr: 'Choisissez la date de la prochaine action.', en: 'Choose the date of the next action.' },
  nextDatePast: {
    fr: 'La prochaine action ne peut pas être avant aujourd’hui ({{today}}).',
    en: 'The next action cannot be before today ({{today}}).',
  },
  plan: {
    fr: 'L’échéancier n’est pas complet : corrigez-le ou choisissez une autre issue.',
    en: 'The payment plan is not complete: correct it or choose another outcome.',
  },
  contactName: { fr: 'Indiquez le nom du bon interlocuteur.', en: 'Give the name of the right person.' },
  contactReach: {
    fr: 'Indiquez un téléphone ou un e-mail pour joindre le bon interlocuteur.',
    en: 'Give a phone number or an e-mail to reach the right person.',
  },
} as const;

/**
 * Every problem of a call about to be saved, in the order of the screen; empty when it may be
 * saved. Messages are in `locale`.
 */
export function validateCall(draft: CallDraft, locale: 'fr' | 'en' = 'fr'): CallIssue[] {
  const issues: CallIssue[] = [];
  const noteError = validateCallNote(draft.notes, draft.outcome);
  if (noteError) issues.push({ field: 'notes', message: interactionErrorMessage(noteError, locale) });
  if (draft.outcome === 'promise') {
    if (draft.promise === undefined) throw new Error('A promise outcome needs the promise');
    for (const error of validatePromise({ ...draft.promise, today: draft.today })) {
      issues.push({ field: error.field === 'promisedDate' ? 'promisedDate' : 'amount', message: promiseErrorMessage(error, locale) });
    }
  }
  if (draft.outcome === 'dispute') {
    if (!draft.dispute || draft.dispute.reason.trim() === '') issues.push({ field: 'disputeReason', message: WORDS.disputeReason[locale] });
    if (!draft.dispute || draft.dispute.invoiceCount === 0) issues.push({ field: 'disputeInvoices', message: WORDS.disputeInvoices[locale] });
  }
  if (draft.outcome === 'plan' && draft.planMissing) issues.push({ field: 'plan', message: WORDS.plan[locale] });
  if (draft.outcome === 'wrong-contact' && draft.contact) {
    if (draft.contact.name.trim() === '') issues.push({ field: 'contact', message: WORDS.contactName[locale] });
    else if (draft.contact.phone.trim() === '' && draft.contact.email.trim() === '') issues.push({ field: 'contact', message: WORDS.contactReach[locale] });
  }
  if (draft.outcome !== 'promise' && draft.outcome !== 'plan') {
    const date = draft.next?.date ?? '';
    if (!isValidIsoDate(date)) issues.push({ field: 'nextDate', message: WORDS.nextDate[locale] });
    else if (compareDates(date, draft.today) < 0) {
      issues.push({ field: 'nextDate', message: WORDS.nextDatePast[locale].replace('{{today}}', formatDate(draft.today)) });
    }
  }
  return issues;
}

export { isCompletedCall };
