/**
 * Realistic data for the template editor's preview (and the tests): a joinery company chasing a
 * business customer for three invoices, one partly paid, with penalties computed, a call, a plan
 * and a statement. Dates follow `today` so the preview reads like a letter written today.
 */
import type { CompanyProfile } from '../company-profile';
import { buildStatement } from '../customer-statement';
import { addDays, daysBetween, type IsoDate } from '../dates';
import type { Invoice, Payment } from '../model';
import type { LetterData, LetterInvoiceLine } from '../letters/letter-data';
import type { TemplateKind, TemplateLanguage } from './kinds';

export const SAMPLE_COMPANY: CompanyProfile = {
  name: 'Menuiserie Lambert',
  legalForm: 'SARL',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  addressLine1: '14 avenue Jean Jaurès',
  addressLine2: '',
  postalCode: '69007',
  city: 'Lyon',
  country: 'France',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  email: 'compta@menuiserie-lambert.fr',
  phone: '04 72 00 12 34',
  paymentTermsDays: 30,
  paymentTermsRule: 'net',
};

export const SAMPLE_CUSTOMER = {
  name: 'Boulangerie Durand',
  reference: 'C0042',
  kind: 'business' as const,
  address: 'Boulangerie Durand\nZone artisanale des Prés\n3 rue du Moulin\n38200 Vienne',
  siren: '542065479',
  vatNumber: 'FR12542065479',
};

/** Interest at 12.15 % a year, simple, from the day after the due date (LEGAL-FR worked example). */
function interest(openCents: number, daysLate: number): number {
  return daysLate > 0 ? Math.round((openCents * 1215 * daysLate) / (10000 * 365)) : 0;
}

export function sampleInvoices(today: IsoDate): LetterInvoiceLine[] {
  const make = (number: string, issuedDaysAgo: number, amountCents: number, openCents: number): LetterInvoiceLine => {
    const issueDate = addDays(today, -issuedDaysAgo);
    const dueDate = addDays(issueDate, 30);
    const daysLate = daysBetween(dueDate, today);
    return {
      number,
      issueDate,
      dueDate,
      amountCents,
      openCents,
      daysLate,
      interestCents: interest(openCents, daysLate),
      indemnityCents: daysLate > 0 ? 4000 : 0,
    };
  };
  return [make('FA-2026-0117', 95, 240000, 240000), make('FA-2026-0142', 72, 123456, 73456), make('FA-2026-0158', 50, 96000, 96000)];
}

function sampleStatement(today: IsoDate, invoices: LetterInvoiceLine[]) {
  const stamp = `${today}T00:00:00.000Z`;
  const rows: Invoice[] = invoices.map((line, index) => ({
    id: `i${index}`,
    customerId: 'c',
    number: line.number,
    issueDate: line.issueDate,
    dueDate: line.dueDate,
    amountCents: line.amountCents,
    sourceOpenCents: line.openCents,
    openCents: line.openCents,
    hold: null,
    source: 'manual',
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const paid = invoices[1]!;
  const payments: Payment[] = [
    {
      id: 'p1',
      customerId: 'c',
      kind: 'payment',
      source: 'manual',
      date: addDays(paid.dueDate, 5),
      amountCents: paid.amountCents - paid.openCents,
      reference: 'VIR 0412',
      allocations: [{ invoiceId: 'i1', cents: paid.amountCents - paid.openCents, pendingCents: paid.amountCents - paid.openCents }],
      unallocatedCents: 0,
      createdAt: stamp,
    },
  ];
  return buildStatement(rows, payments);
}

function tenthOfMonth(today: IsoDate, monthsAhead: number): IsoDate {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + monthsAhead;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-10`;
}

/** Everything a template of `kind` can print, with believable values. */
export function sampleLetterData(kind: TemplateKind, language: TemplateLanguage, today: IsoDate): LetterData {
  const invoices = sampleInvoices(today);
  return {
    kind,
    language,
    company: SAMPLE_COMPANY,
    customer: SAMPLE_CUSTOMER,
    contact: { name: 'Mme Claire Durand', role: 'Gérante' },
    invoices,
    penaltyRateText:
      language === 'fr'
        ? 'au taux directeur de la Banque centrale européenne majoré de 10 points, soit 12,15 % l’an'
        : 'at the European Central Bank main refinancing rate plus 10 points, that is 12.15% a year',
    today,
    deadlineDays: kind === 'formal-notice' ? 8 : 15,
    signature: { name: 'Julien Lambert', role: language === 'fr' ? 'Gérant' : 'Managing director' },
    callNotes: {
      callDate: addDays(today, -1),
      theirStep:
        language === 'fr'
          ? 'virement de 2 400,00 € pour la facture FA-2026-0117, puis du solde en deux fois.'
          : 'a transfer of €2,400.00 for invoice FA-2026-0117, then the balance in two payments.',
      ourStep:
        language === 'fr'
          ? 'suspendre nos relances et vous envoyer une copie de la facture FA-2026-0142.'
          : 'suspend our reminders and send you a copy of invoice FA-2026-0142.',
      dates: language === 'fr' ? 'premier virement le 10, solde le 25 du mois prochain.' : 'first transfer on the 10th, balance on the 25th of next month.',
      checkOn: addDays(today, 10),
      ifBroken:
        language === 'fr'
          ? 'nous reprendrons la procédure de recouvrement par une mise en demeure.'
          : 'we will resume recovery with a formal notice.',
    },
    plan: {
      // Three monthly instalments on the 10th, from next month; the last one takes the rounding.
      instalments: [0, 1, 2].map((n) => ({ dueDate: tenthOfMonth(today, n + 1), amountCents: n === 2 ? 136486 : 136485 })),
    },
    statement: sampleStatement(today, invoices),
  };
}
