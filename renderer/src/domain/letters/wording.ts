/**
 * The words a letter gets from the app rather than from its template: table headings, the lines
 * of an invoice list, the greeting, the registered-letter mention, page numbers. They are part of
 * the document the customer receives, in the letter's language (not the interface's), so they
 * live here with the composition rather than in the interface catalogues.
 */
import { formatDate, formatDateLong, type IsoDate } from '../dates';
import { formatEuros, type Cents } from '../money';
import type { TemplateKind } from '../templates/kinds';
import type { LetterLanguage } from './letter-data';

export const money = (cents: Cents, language: LetterLanguage): string => formatEuros(cents, language === 'en' ? 'en-GB' : 'fr-FR');
export const shortDate = (iso: IsoDate, language: LetterLanguage): string => formatDate(iso, language === 'en' ? 'en-GB' : 'fr-FR');
export const longDate = (iso: IsoDate, language: LetterLanguage): string => formatDateLong(iso, language === 'en' ? 'en-GB' : 'fr-FR');

/** "12 345" / "12,345": counts and days in running text. */
export const count = (value: number, language: LetterLanguage): string =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR').format(value);

export const KIND_TITLES: Record<TemplateKind, Record<LetterLanguage, string>> = {
  courtesy: { fr: 'Rappel de paiement', en: 'Payment reminder' },
  'reminder-1': { fr: 'Relance', en: 'Reminder' },
  'reminder-2': { fr: 'Deuxième relance', en: 'Second reminder' },
  'formal-notice': { fr: 'Mise en demeure', en: 'Formal notice' },
  statement: { fr: 'Relevé de compte', en: 'Statement of account' },
  'call-notes': { fr: 'Compte rendu d’appel', en: 'Call follow-up' },
  'plan-agreement': { fr: 'Échéancier de paiement', en: 'Payment plan agreement' },
};

interface Words {
  placeAndDate: (place: string, date: string) => string;
  references: (reference: string) => string;
  invoiceReferences: (numbers: string) => string;
  registered: string;
  pageLabel: string;
  attention: (name: string) => string;
  attentionShort: (name: string) => string;
  greetingNone: string;
  greetingMadam: string;
  greetingSir: string;
  greetingNamed: (name: string) => string;
  salutationNone: string;
  salutationMadam: string;
  salutationSir: string;
  phone: (phone: string) => string;
  footerSiren: (siren: string) => string;
  footerVat: (vat: string) => string;
  footerBank: (iban: string, bic: string) => string;
  invoiceLine: (number: string, issued: string, due: string, late: boolean, amount: string) => string;
  partOf: (open: string, amount: string) => string;
  penaltiesOfLine: (interest: string, indemnity: string) => string;
  columns: {
    invoice: string;
    date: string;
    due: string;
    amount: string;
    open: string;
    late: string;
    interest: string;
    indemnity: string;
    label: string;
    debit: string;
    credit: string;
    balance: string;
    instalment: string;
    /** An instalment's amount (not "incl. tax": an instalment is a part of a debt). */
    instalmentAmount: string;
  };
  days: (days: string) => string;
  totalRow: string;
  principalLate: string;
  totalInterest: string;
  totalIndemnity: (perInvoice: string) => string;
  totalClaimed: string;
  statementInvoice: (number: string) => string;
  statementOpening: string;
  statementPayment: (reference: string) => string;
  statementCreditNote: (reference: string) => string;
  statementAdjustmentCredit: string;
  statementAdjustmentDebit: string;
  statementTotals: string;
  statementBalance: string;
  statementCreditBalance: string;
  instalmentLine: (rank: number, date: string, amount: string) => string;
  planTotal: string;
  frequency: { weekly: string; fortnightly: string; monthly: string; quarterly: string; irregular: string };
  /** The rounding note: `count` instalments, the first or the last ones, carry one more cent. */
  remainder: (count: number, side: 'first' | 'last') => string;
  defaultRate: string;
}

export const WORDS: Record<LetterLanguage, Words> = {
  fr: {
    placeAndDate: (place, date) => (place ? `${place}, le ${date}` : `Le ${date}`),
    references: (reference) => `Nos références : client ${reference}`,
    invoiceReferences: (numbers) => `Factures : ${numbers}`,
    registered: 'Lettre recommandée avec accusé de réception',
    pageLabel: 'Page {page} / {pages}',
    attention: (name) => `À l’attention de ${name}`,
    attentionShort: (name) => `À l’att. de ${name}`,
    greetingNone: 'Madame, Monsieur,',
    greetingMadam: 'Madame,',
    greetingSir: 'Monsieur,',
    greetingNamed: (name) => `Bonjour ${name},`,
    salutationNone: 'Madame, Monsieur',
    salutationMadam: 'Madame',
    salutationSir: 'Monsieur',
    phone: (phone) => `Tél. ${phone}`,
    footerSiren: (siren) => `SIREN ${siren}`,
    footerVat: (vat) => `TVA ${vat}`,
    footerBank: (iban, bic) => (bic ? `IBAN ${iban} – BIC ${bic}` : `IBAN ${iban}`),
    invoiceLine: (number, issued, due, late, amount) => `N° ${number} du ${issued}, ${late ? 'échue le' : 'à régler le'} ${due} : ${amount}`,
    partOf: (open, amount) => `${open} restant dus sur ${amount}`,
    penaltiesOfLine: (interest, indemnity) => `pénalités ${interest}, indemnité ${indemnity}`,
    columns: {
      invoice: 'Facture',
      date: 'Date',
      due: 'Échéance',
      amount: 'Montant TTC',
      open: 'Reste dû',
      late: 'Retard',
      interest: 'Pénalités',
      indemnity: 'Indemnité',
      label: 'Libellé',
      debit: 'Débit',
      credit: 'Crédit',
      balance: 'Solde',
      instalment: 'Échéance n°',
      instalmentAmount: 'Montant',
    },
    days: (days) => `${days} j`,
    totalRow: 'Total',
    principalLate: 'Principal échu',
    totalInterest: 'Pénalités de retard',
    totalIndemnity: (perInvoice) => `Indemnités forfaitaires de recouvrement (${perInvoice} par facture)`,
    totalClaimed: 'Total réclamé',
    statementInvoice: (number) => `Facture ${number}`,
    statementOpening: 'Solde reporté',
    statementPayment: (reference) => (reference ? `Règlement ${reference}` : 'Règlement'),
    statementCreditNote: (reference) => (reference ? `Avoir ${reference}` : 'Avoir'),
    statementAdjustmentCredit: 'Réglé en comptabilité, non détaillé',
    statementAdjustmentDebit: 'Écart avec la comptabilité',
    statementTotals: 'Totaux',
    statementBalance: 'Solde dû',
    statementCreditBalance: 'Solde en votre faveur',
    instalmentLine: (rank, date, amount) => `Échéance ${rank} : ${amount} le ${date}`,
    planTotal: 'Total',
    frequency: {
      weekly: 'hebdomadaires',
      fortnightly: 'espacées de deux semaines',
      monthly: 'mensuelles',
      quarterly: 'trimestrielles',
      irregular: 'aux dates ci-dessous',
    },
    remainder: (count, side) =>
      `Les montants sont arrondis au centime : ${
        count === 1 ? `la ${side === 'first' ? 'première' : 'dernière'} échéance porte` : `les ${count} ${side === 'first' ? 'premières' : 'dernières'} échéances portent`
      } le centime d’écart.`,
    defaultRate: 'au taux prévu par nos conditions générales de vente',
  },
  en: {
    placeAndDate: (place, date) => (place ? `${place}, ${date}` : date),
    references: (reference) => `Our reference: customer ${reference}`,
    invoiceReferences: (numbers) => `Invoices: ${numbers}`,
    registered: 'Registered letter with acknowledgement of receipt',
    pageLabel: 'Page {page} of {pages}',
    attention: (name) => `For the attention of ${name}`,
    attentionShort: (name) => `Attn ${name}`,
    greetingNone: 'Dear Sir or Madam,',
    greetingMadam: 'Dear Madam,',
    greetingSir: 'Dear Sir,',
    greetingNamed: (name) => `Dear ${name},`,
    salutationNone: 'Sir or Madam',
    salutationMadam: 'Madam',
    salutationSir: 'Sir',
    phone: (phone) => `Tel. ${phone}`,
    footerSiren: (siren) => `SIREN ${siren}`,
    footerVat: (vat) => `VAT ${vat}`,
    footerBank: (iban, bic) => (bic ? `IBAN ${iban} – BIC ${bic}` : `IBAN ${iban}`),
    invoiceLine: (number, issued, due, late, amount) => `No. ${number} of ${issued}, ${late ? 'due on' : 'payable on'} ${due}: ${amount}`,
    partOf: (open, amount) => `${open} still owed out of ${amount}`,
    penaltiesOfLine: (interest, indemnity) => `interest ${interest}, indemnity ${indemnity}`,
    columns: {
      invoice: 'Invoice',
      date: 'Date',
      due: 'Due date',
      amount: 'Amount',
      open: 'Owed',
      late: 'Late',
      interest: 'Interest',
      indemnity: 'Indemnity',
      label: 'Description',
      debit: 'Debit',
      credit: 'Credit',
      balance: 'Balance',
      instalment: 'Instalment',
      instalmentAmount: 'Amount',
    },
    days: (days) => `${days} d`,
    totalRow: 'Total',
    principalLate: 'Overdue principal',
    totalInterest: 'Late-payment interest',
    totalIndemnity: (perInvoice) => `Flat recovery indemnities (${perInvoice} per invoice)`,
    totalClaimed: 'Total claimed',
    statementInvoice: (number) => `Invoice ${number}`,
    statementOpening: 'Balance brought forward',
    statementPayment: (reference) => (reference ? `Payment ${reference}` : 'Payment'),
    statementCreditNote: (reference) => (reference ? `Credit note ${reference}` : 'Credit note'),
    statementAdjustmentCredit: 'Settled in the accounts, not itemised',
    statementAdjustmentDebit: 'Difference with the accounts',
    statementTotals: 'Totals',
    statementBalance: 'Balance owed',
    statementCreditBalance: 'Balance in your favour',
    instalmentLine: (rank, date, amount) => `Instalment ${rank}: ${amount} on ${date}`,
    planTotal: 'Total',
    frequency: {
      weekly: 'weekly',
      fortnightly: 'fortnightly',
      monthly: 'monthly',
      quarterly: 'quarterly',
      irregular: 'on the dates below',
    },
    remainder: (count, side) =>
      `Amounts are rounded to the cent: ${
        count === 1 ? `the ${side} instalment carries` : `the ${side} ${count} instalments each carry`
      } the extra cent.`,
    defaultRate: 'at the rate set in our terms and conditions',
  },
};

/** The legal form as it reads after a company name: "SARL", "entreprise individuelle". */
export function legalFormLabel(form: string, language: LetterLanguage): string {
  const labels: Record<string, Record<LetterLanguage, string>> = {
    EI: { fr: 'Entreprise individuelle', en: 'Sole proprietorship (EI)' },
    ME: { fr: 'Micro-entreprise', en: 'Micro-enterprise' },
    ASSO: { fr: 'Association', en: 'Association' },
    OTHER: { fr: '', en: '' },
  };
  return labels[form]?.[language] ?? form;
}
