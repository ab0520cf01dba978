/**
 * What a letter or an e-mail is made from, as plain data gathered by the caller: the company
 * profile, the customer and contact, the invoices with their figures already computed (penalty
 * interest and indemnity come from the penalty computation), and the data of the kind (call
 * notes, payment plan, statement).
 */
import type { CompanyProfile } from '../company-profile';
import type { Statement } from '../customer-statement';
import type { IsoDate } from '../dates';
import type { Contact, Customer, PaymentPlan, Template } from '../model';
import type { Cents } from '../money';
import type { TemplateKind } from '../templates/kinds';

/** One invoice as a letter lists it. */
export interface LetterInvoiceLine {
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amountCents: Cents;
  /** What is still owed on it. */
  openCents: Cents;
  /** Days past the due date on `today` (0 or less: not late). */
  daysLate: number;
  /** Late-payment interest claimed on this invoice (0 when none). */
  interestCents: Cents;
  /** Flat recovery indemnity claimed on this invoice: 40 € for a business debtor, else 0. */
  indemnityCents: Cents;
}

/** The written follow-up of a call (PRODUCT.md, step 4): the five points the customer confirms. */
export interface CallNotesData {
  callDate: IsoDate;
  /** What the customer agreed to do. */
  theirStep: string;
  /** What we agreed to do. */
  ourStep: string;
  /** The dates agreed, as said ("virement de 1 200 € le 15 décembre, le solde le 15 janvier"). */
  dates: string;
  /** When we check that it was done. */
  checkOn: IsoDate;
  /** What happens if the agreement is not kept. */
  ifBroken: string;
}

export interface PlanData {
  instalments: { dueDate: IsoDate; amountCents: Cents }[];
  /** Late-payment penalties: waived (on condition the plan is kept) or included in the instalments. */
  penalties?: { mode: 'waived' | 'included'; cents: Cents } | undefined;
}

/** What an agreement letter needs of a stored plan: its instalments and what it did with penalties. */
export function planDataOf(plan: Pick<PaymentPlan, 'instalments' | 'penalties'>): PlanData {
  return {
    instalments: plan.instalments.map(({ dueDate, amountCents }) => ({ dueDate, amountCents })),
    ...(plan.penalties ? { penalties: { ...plan.penalties } } : {}),
  };
}

export type LetterLanguage = 'fr' | 'en';

export interface LetterData {
  kind: TemplateKind;
  language: LetterLanguage;
  company: CompanyProfile;
  customer: Pick<Customer, 'name' | 'reference' | 'kind' | 'address' | 'siren' | 'vatNumber'>;
  /** The contact the letter is addressed to; none: "Madame, Monsieur,". */
  contact?: Pick<Contact, 'name' | 'role'> | null | undefined;
  invoices: readonly LetterInvoiceLine[];
  /** "taux directeur de la BCE majoré de 10 points, soit 12,15 % l'an", from the penalty policy. */
  penaltyRateText?: string | undefined;
  /**
   * Shows each invoice's interest and indemnity in the invoice table. Default: for a second
   * reminder and a formal notice, when there is something to claim.
   */
  showPenalties?: boolean | undefined;
  today: IsoDate;
  /** Days given to pay (a setting; 8 to 15 for a formal notice, LEGAL-FR). */
  deadlineDays: number;
  signature: { name: string; role: string };
  callNotes?: CallNotesData | null | undefined;
  plan?: PlanData | null | undefined;
  statement?: Statement | null | undefined;
}

export interface ComposeInput extends LetterData {
  template: Pick<Template, 'subject' | 'body'>;
  logo?: { type: 'png' | 'jpeg'; bytes: Uint8Array } | null | undefined;
  /** The user's printer correction, mm (Paramètres → Courriers). */
  envelopeOffsetMm?: { x: number; y: number } | undefined;
  /** Sent as a registered letter (always for a formal notice): the La Poste tracking number when known. */
  registered?: { trackingNumber?: string | undefined } | null | undefined;
  /** ISO timestamp written as the PDF's creation date. */
  createdAt: string;
}
