/**
 * Fills every template variable (templates/variables.ts) from the letter's data, formatted in the
 * letter's language: amounts "1 234,56 €" in French and "€1,234.56" in English, dates as the
 * language writes them. The same values serve the letter, the e-mail and the editor's preview.
 */
import { addDays, daysBetween, type IsoDate } from '../dates';
import { formatIban, formatSiren } from '../identifiers';
import { sumCents } from '../money';
import { addressLinesFromText, companyAddressLines, withoutName } from '../postal-address';
import type { TemplateValues } from '../templates/values';
import type { LetterData, LetterLanguage, PlanData } from './letter-data';
import { FLAT_INDEMNITY_CENTS, invoiceListLine, invoiceTable, invoiceTotals, planTable, statementTable } from './tables';
import { count, legalFormLabel, longDate, money, shortDate, WORDS } from './wording';

/** Kinds whose invoice table shows each invoice's penalties, when there are some. */
const PENALTY_KINDS = new Set(['reminder-2', 'formal-notice']);

const CIVILITY_FEMALE = /^(?:mme|madame|mlle|mademoiselle|ms|mrs|miss)\.?\s+(\S.*)$/i;
const CIVILITY_MALE = /^(?:m|monsieur|mr)\.?\s+(\S.*)$/i;

/** "Mme Durand" → "Madame," ; "M. Durand" → "Monsieur," ; "Jean Durand" → "Bonjour Jean Durand," ; none → "Madame, Monsieur,". */
export function greetingFor(contactName: string | undefined, language: LetterLanguage): { greeting: string; salutation: string } {
  const words = WORDS[language];
  const name = (contactName ?? '').trim();
  if (name === '') return { greeting: words.greetingNone, salutation: words.salutationNone };
  const female = CIVILITY_FEMALE.exec(name);
  if (female) {
    return language === 'en'
      ? { greeting: `Dear Ms ${female[1]},`, salutation: words.salutationMadam }
      : { greeting: words.greetingMadam, salutation: words.salutationMadam };
  }
  const male = CIVILITY_MALE.exec(name);
  if (male) {
    return language === 'en'
      ? { greeting: `Dear Mr ${male[1]},`, salutation: words.salutationSir }
      : { greeting: words.greetingSir, salutation: words.salutationSir };
  }
  return { greeting: words.greetingNamed(name), salutation: words.salutationNone };
}

export function showsPenalties(data: Pick<LetterData, 'kind' | 'invoices' | 'showPenalties'>): boolean {
  const any = data.invoices.some((invoice) => invoice.interestCents + invoice.indemnityCents > 0);
  return any && (data.showPenalties ?? PENALTY_KINDS.has(data.kind));
}

/** "mensuelles" when the instalments fall on the same day of successive months, and so on. */
function planFrequency(plan: PlanData, language: LetterLanguage): string {
  const words = WORDS[language].frequency;
  const dates = plan.instalments.map((instalment) => instalment.dueDate);
  if (dates.length < 2) return '';
  const gaps = dates.slice(1).map((date, index) => daysBetween(dates[index]!, date));
  if (gaps.every((gap) => gap === 7)) return words.weekly;
  if (gaps.every((gap) => gap === 14)) return words.fortnightly;
  const monthsApart = (months: number) =>
    dates.slice(1).every((date, index) => {
      const [y1, m1] = dates[index]!.split('-').map(Number) as [number, number];
      const [y2, m2] = date.split('-').map(Number) as [number, number];
      return (y2 - y1) * 12 + (m2 - m1) === months && Math.abs(gaps[index]! - months * 30.4) <= 4;
    });
  if (monthsApart(1)) return words.monthly;
  if (monthsApart(3)) return words.quarterly;
  return words.irregular;
}

/**
 * The rounding note when the instalments are an equal split whose odd cents went one each on the
 * first or the last ones (domain/payment-plan splitInstalments); none when all are equal or the
 * amounts were set by hand.
 */
function planRemainder(plan: PlanData, language: LetterLanguage): string {
  const amounts = plan.instalments.map((instalment) => instalment.amountCents);
  if (amounts.length < 2) return '';
  const low = Math.min(...amounts);
  if (amounts.some((amount) => amount !== low && amount !== low + 1)) return '';
  const high = amounts.filter((amount) => amount === low + 1).length;
  if (high === 0) return '';
  if (amounts.slice(0, high).every((amount) => amount === low + 1)) return WORDS[language].remainder(high, 'first');
  if (amounts.slice(-high).every((amount) => amount === low + 1)) return WORDS[language].remainder(high, 'last');
  return '';
}

export function buildTemplateValues(data: LetterData): TemplateValues {
  const { company, customer, language } = data;
  const words = WORDS[language];
  const m = (cents: number) => money(cents, language);
  const d = (iso: IsoDate) => shortDate(iso, language);
  const totals = invoiceTotals(data.invoices);
  const withPenalties = showsPenalties(data);
  const contactName = data.contact?.name?.trim() ?? '';
  const { greeting, salutation } = greetingFor(contactName, language);

  const companyLines = companyAddressLines(company);
  const customerLines = withoutName(addressLinesFromText(customer.address), customer.name);
  const oldest = [...data.invoices].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))[0];

  const values: Record<string, TemplateValues[string]> = {
    'company.name': company.name,
    'company.legalForm': legalFormLabel(company.legalForm, language),
    'company.siren': /^\d{9}$/.test(company.siren) ? formatSiren(company.siren) : company.siren,
    'company.vatNumber': company.vatNumber,
    'company.address': companyLines.join('\n'),
    'company.addressLine': companyLines.join(', '),
    'company.city': company.city,
    'company.iban': company.iban ? formatIban(company.iban) : '',
    'company.bic': company.bic,
    'company.email': company.email,
    'company.phone': company.phone,

    'customer.name': customer.name,
    'customer.reference': customer.reference,
    'customer.address': customerLines.join('\n'),
    'customer.addressLine': customerLines.join(', '),
    'customer.siren': customer.siren && /^\d{9}$/.test(customer.siren) ? formatSiren(customer.siren) : (customer.siren ?? ''),
    'customer.vatNumber': customer.vatNumber ?? '',
    'customer.isBusiness': customer.kind === 'business',
    'customer.isConsumer': customer.kind === 'consumer',

    'contact.name': contactName,
    'contact.role': data.contact?.role?.trim() ?? '',
    'contact.greeting': greeting,
    'contact.salutation': salutation,
    'contact.attention': contactName ? words.attention(contactName) : '',

    'invoices.count': count(data.invoices.length, language),
    'invoices.any': data.invoices.length > 0,
    'invoices.several': data.invoices.length > 1,
    'invoices.table': invoiceTable(data.invoices, language, withPenalties),
    'invoices.list': data.invoices.map((invoice) => invoiceListLine(invoice, language)).join('\n'),
    'invoices.numbers': data.invoices.map((invoice) => invoice.number).join(', '),
    'invoices.oldestDueDate': oldest ? d(oldest.dueDate) : '',
    'invoices.oldestDaysLate': oldest && oldest.daysLate > 0 ? count(oldest.daysLate, language) : '',

    'totals.open': m(totals.openCents),
    'totals.late': m(totals.lateCents),

    'penalties.any': totals.interestCents + totals.indemnityCents > 0,
    'penalties.hasInterest': totals.interestCents > 0,
    'penalties.hasIndemnity': totals.indemnityCents > 0,
    'penalties.interest': m(totals.interestCents),
    'penalties.indemnity': m(totals.indemnityCents),
    'penalties.indemnityPerInvoice': m(FLAT_INDEMNITY_CENTS),
    'penalties.rate': data.penaltyRateText?.trim() || words.defaultRate,
    'penalties.claimed': m(totals.claimedCents),

    today: longDate(data.today, language),
    deadline: longDate(addDays(data.today, data.deadlineDays), language),
    'deadline.days': count(data.deadlineDays, language),

    'sender.name': data.signature.name.trim(),
    'sender.role': data.signature.role.trim(),
  };

  if (data.callNotes) {
    const notes = data.callNotes;
    Object.assign(values, {
      'call.date': longDate(notes.callDate, language),
      'call.theirStep': notes.theirStep.trim(),
      'call.ourStep': notes.ourStep.trim(),
      'call.dates': notes.dates.trim(),
      'call.checkOn': longDate(notes.checkOn, language),
      'call.ifBroken': notes.ifBroken.trim(),
    });
  }
  if (data.plan && data.plan.instalments.length > 0) {
    const plan = data.plan;
    const instalments = plan.instalments;
    Object.assign(values, {
      'plan.table': planTable(plan, language),
      'plan.count': count(instalments.length, language),
      'plan.total': m(sumCents(instalments.map((instalment) => instalment.amountCents))),
      'plan.firstDate': longDate(instalments[0]!.dueDate, language),
      'plan.lastDate': longDate(instalments[instalments.length - 1]!.dueDate, language),
      'plan.frequency': planFrequency(plan, language),
      'plan.remainder': planRemainder(plan, language),
      'plan.single': instalments.length === 1,
      'plan.penaltiesIncluded': plan.penalties?.mode === 'included' && plan.penalties.cents > 0,
      'plan.penaltiesWaived': plan.penalties?.mode === 'waived' && plan.penalties.cents > 0,
      'plan.penalties': m(plan.penalties?.cents ?? 0),
    });
  }
  if (data.statement) {
    Object.assign(values, {
      'statement.table': statementTable(data.statement, language),
      'statement.balance': m(data.statement.balanceCents),
      'statement.owes': data.statement.balanceCents > 0,
    });
  }
  return values;
}
