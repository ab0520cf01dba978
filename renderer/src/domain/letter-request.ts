/**
 * From what is stored (company profile, customer, invoices, payments, rates, templates, letter
 * settings) and what the user chose (kind, tone, language, invoices) to the input of
 * `composeLetter`: the invoice lines with their days late, interest and indemnity computed by the
 * penalty rules as of today. Pure, so the customer page, the batch and the tests build a letter
 * the same way.
 */
import { EMPTY_COMPANY_PROFILE, type CompanyProfile } from './company-profile';
import { buildStatement } from './customer-statement';
import type { IsoDate } from './dates';
import { daysLate } from './invoice-status';
import type { CallNotesData, ComposeInput, LetterInvoiceLine, PlanData } from './letters/letter-data';
import type { Customer, Id, Invoice, Payment, RateRow, Template } from './model';
import { penaltiesForInvoices, type PenaltySummary } from './penalties';
import { formatPercent } from './rates/percent';
import { halfYearName, halfYearStart, nextHalfYearStart } from './rates/half-year';
import { rateForHalfYear } from './rates/rate-table';
import { chooseTemplate } from './templates/choose';
import { longDate, WORDS } from './letters/wording';
import type { TemplateKind, TemplateTone } from './templates/kinds';

export interface LetterSources {
  /** The saved company profile; null when Paramètres → Entreprise was never filled in. */
  company: CompanyProfile | null;
  logo: { type: 'png' | 'jpeg'; bytes: Uint8Array } | null;
  customer: Customer;
  /** All of the customer's invoices and payments. */
  invoices: readonly Invoice[];
  payments: readonly Payment[];
  rates: readonly RateRow[];
  templates: readonly Template[];
  settings: {
    envelopeOffsetMm: { x: number; y: number };
    signatureName: string;
    signatureRole: string;
    place: string;
    formalNoticeDeadlineDays: number;
    defaultTone: TemplateTone;
  };
}

export interface LetterChoice {
  kind: TemplateKind;
  tone: TemplateTone;
  language: 'fr' | 'en';
  invoiceIds: readonly Id[];
  /** The contact the letter is addressed to (null: "Madame, Monsieur"). */
  contactId: Id | null;
  /** La Poste tracking number of a registered letter, when already known. */
  trackingNumber?: string;
  /** A call's written follow-up: the notes the call screen captured ('call-notes' letters). */
  callNotes?: CallNotesData;
  /** A payment plan's instalments ('plan-agreement' letters). */
  plan?: PlanData;
}

export type LetterRequest =
  | {
      ok: true;
      input: ComposeInput;
      template: Template;
      penalties: PenaltySummary;
      invoices: Invoice[];
    }
  | { ok: false; missing: string[] };

/** Kinds that claim payment of open invoices (the others are a statement or notes). */
const CLAIMS: ReadonlySet<TemplateKind> = new Set(['courtesy', 'reminder-1', 'reminder-2', 'formal-notice']);

/**
 * The invoices a letter of this kind lists by default: the open ones already late (a reminder is
 * about what is overdue), or every open one when none is late yet (a courtesy reminder sent ahead
 * of the due date); a statement lists every open invoice.
 */
export function defaultInvoiceIds(kind: TemplateKind, invoices: readonly Invoice[], today: IsoDate): Id[] {
  const open = invoices.filter((i) => i.openCents > 0).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  if (!CLAIMS.has(kind)) return open.map((i) => i.id);
  const late = open.filter((i) => daysLate(i, today) > 0 && !i.hold);
  return (late.length > 0 ? late : open.filter((i) => !i.hold)).map((i) => i.id);
}

/** The tone a customer's letters start with: a formal notice and a plan agreement are formal. */
export function defaultTone(kind: TemplateKind, settingsTone: TemplateTone): TemplateTone {
  return kind === 'formal-notice' || kind === 'plan-agreement' ? 'formel' : settingsTone;
}

/** A rate the interest of a letter was computed with, over consecutive half-years (first days). */
export interface RatePeriod {
  from: IsoDate;
  to: IsoDate;
  basisPoints: number;
}

/**
 * The rates the penalty computation actually used, by half-year, oldest first: consecutive
 * half-years at the same rate are one period. Empty when no interest was computed.
 */
export function ratePeriods(penalties: Pick<PenaltySummary, 'invoices'>): RatePeriod[] {
  const byHalfYear = new Map<IsoDate, number>();
  for (const line of penalties.invoices) {
    if (!line.result.ok) continue;
    for (const piece of line.result.pieces) {
      if (piece.days > 0 && piece.baseCents > 0) byHalfYear.set(halfYearStart(piece.from), piece.rateBasisPoints);
    }
  }
  const periods: RatePeriod[] = [];
  for (const [halfYear, basisPoints] of [...byHalfYear].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const last = periods[periods.length - 1];
    if (last && last.basisPoints === basisPoints && nextHalfYearStart(last.to) === halfYear) last.to = halfYear;
    else periods.push({ from: halfYear, to: halfYear, basisPoints });
  }
  return periods;
}

/**
 * What follows "pénalités calculées" in a letter: "au taux directeur de la BCE majoré de 10 points,
 * soit 12,15 % l’an" for a business, the legal rate for a consumer. The figure is the one the
 * interest was computed with (`periods`); when the late periods span half-years of different
 * rates, each is named ("soit 13,15 % l’an au 1er semestre 2025 et 12,15 % l’an au 2e semestre
 * 2025"), so the debtor can check every amount. Without periods, the rate of today's half-year.
 */
export function penaltyRateText(
  customer: Pick<Customer, 'kind'>,
  rates: readonly RateRow[],
  today: IsoDate,
  language: 'fr' | 'en',
  periods: readonly RatePeriod[] = [],
): string {
  const business = customer.kind === 'business';
  const locale = language === 'en' ? 'en-GB' : 'fr-FR';
  const rate = rateForHalfYear(rates, business ? 'b2b-default' : 'legal-other', today);
  const perYear = (basisPoints: number) => (language === 'en' ? `${formatPercent(basisPoints, locale)} a year` : `${formatPercent(basisPoints, locale)} l’an`);
  let figure: string | null = rate.ok ? perYear(rate.row.basisPoints) : null;
  if (periods.length === 1) figure = perYear(periods[0]!.basisPoints);
  if (periods.length > 1) {
    const when = (period: RatePeriod) => {
      const from = halfYearName(period.from, language);
      if (period.from === period.to) return language === 'en' ? `in the ${from}` : `au ${from}`;
      const to = halfYearName(period.to, language);
      return language === 'en' ? `from the ${from} to the ${to}` : `du ${from} au ${to}`;
    };
    const parts = periods.map((period) => `${perYear(period.basisPoints)} ${when(period)}`);
    figure = `${parts.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'et'} ${parts[parts.length - 1]}`;
  }
  if (language === 'en') {
    const base = business ? 'at the European Central Bank main refinancing rate plus 10 percentage points' : 'at the French statutory interest rate';
    return figure ? `${base}, i.e. ${figure}` : base;
  }
  const base = business ? 'au taux directeur de la Banque centrale européenne majoré de 10 points' : 'au taux de l’intérêt légal';
  return figure ? `${base}, soit ${figure}` : base;
}

/** A profile never saved still composes, so the refusal lists every field to fill in. */
const NO_COMPANY: CompanyProfile = {
  ...EMPTY_COMPANY_PROFILE,
  legalForm: '' as CompanyProfile['legalForm'],
  paymentTermsDays: 30,
  paymentTermsRule: 'net',
};

export function buildLetterRequest(sources: LetterSources, choice: LetterChoice, today: IsoDate, now: string): LetterRequest {
  const template = chooseTemplate(sources.templates, choice.kind, choice.language, choice.tone);
  if (!template) return { ok: false, missing: ['letterGeneration.missing.template'] };
  const { customer, settings } = sources;
  const wanted = new Set(choice.invoiceIds);
  const invoices = sources.invoices
    .filter((i) => wanted.has(i.id))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number, 'fr', { numeric: true })));
  const penalties = penaltiesForInvoices({ invoices, payments: sources.payments, customer, until: today, rates: sources.rates });
  const byInvoice = new Map(penalties.invoices.map((p) => [p.invoiceId, p.result]));
  const lines: LetterInvoiceLine[] = invoices.map((invoice) => {
    const result = byInvoice.get(invoice.id);
    return {
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountCents: invoice.amountCents,
      openCents: invoice.openCents,
      daysLate: daysLate(invoice, today),
      interestCents: result?.ok ? result.interestCents : 0,
      indemnityCents: result?.ok ? result.indemnityCents : 0,
    };
  });
  const contact = customer.contacts.find((c) => c.id === choice.contactId) ?? null;
  const company = sources.company ?? NO_COMPANY;
  const input: ComposeInput = {
    kind: choice.kind,
    language: choice.language,
    company,
    customer,
    contact: contact ? { name: contact.name, ...(contact.role ? { role: contact.role } : {}) } : null,
    invoices: lines,
    penaltyRateText: penaltyRateText(customer, sources.rates, today, choice.language, ratePeriods(penalties)),
    today,
    deadlineDays: choice.kind === 'formal-notice' ? settings.formalNoticeDeadlineDays : Math.min(15, settings.formalNoticeDeadlineDays),
    signature: { name: settings.signatureName, role: settings.signatureRole },
    statement: choice.kind === 'statement' ? buildStatement([...sources.invoices], [...sources.payments]) : null,
    callNotes: choice.callNotes ?? null,
    plan: choice.plan ?? null,
    template,
    logo: sources.logo,
    envelopeOffsetMm: settings.envelopeOffsetMm,
    registered: choice.kind === 'formal-notice' ? { ...(choice.trackingNumber ? { trackingNumber: choice.trackingNumber } : {}) } : null,
    createdAt: now,
  };
  return { ok: true, input, template, penalties, invoices };
}

/**
 * The place in "Lyon, le 30 novembre 2026": the one of the letter settings when set (a company
 * may write from another town than its seat), else the company's city as composed.
 */
export function withPlace<L extends { placeAndDate: string }>(letter: L, place: string, today: IsoDate, language: 'fr' | 'en'): L {
  const town = place.trim();
  if (town === '') return letter;
  return { ...letter, placeAndDate: WORDS[language].placeAndDate(town, longDate(today, language)) };
}
