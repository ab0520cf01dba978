/**
 * An invoice typed on a customer's page (for a business that does not import, or an invoice the
 * export has not brought yet): number unique for the customer, issue date, due date defaulting from
 * the customer's terms or the company's, amount including tax. Typed invoices are `source: 'manual'`
 * and open for their whole amount: openCents = sourceOpenCents = amountCents.
 *
 * Editing: a typed invoice can change everything, its open amounts following the new amount (what
 * was already paid stays paid). An imported invoice keeps what the accounting says (number, issue
 * date, amount): only its due date and label can be corrected here.
 */
import type { FieldError } from './company-profile';
import { parseDate, type IsoDate } from './dates';
import type { Invoice, PaymentTerms } from './model';
import { parseAmount } from './money';
import { dueDateFromTerms } from './payment-terms';
import { validateTerms } from './customer-draft';

export interface InvoiceDraft {
  number: string;
  /** As typed: JJ/MM/AAAA (any format parseDate reads). */
  issueDate: string;
  dueDate: string;
  /** Amount including tax, as typed ("1 234,56"). */
  amount: string;
  label: string;
}

export interface InvoiceEntry {
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amountCents: number;
  label?: string;
}

export type InvoiceErrors = Partial<Record<keyof InvoiceDraft, FieldError>>;

export const MAX_INVOICE_NUMBER_LENGTH = 40;

/** Invoice numbers are compared without case or surrounding spaces. */
export const invoiceNumberKey = (number: string) => number.trim().toLocaleUpperCase('fr');

/** The error key of an amount that parseAmount refused. */
export function amountErrorCode(error: string): string {
  return error === 'empty' ? 'required' : `amount.${error}`;
}

/** The error key of a date that parseDate refused. */
export function dateErrorCode(error: string): string {
  return error === 'empty' ? 'required' : 'date';
}

/**
 * Checks a draft. `takenNumbers` holds invoiceNumberKey() of the customer's OTHER invoices;
 * `editing` is the invoice being corrected (its imported fields are then not checked: they are kept).
 */
export function validateInvoiceDraft(
  draft: InvoiceDraft,
  context: { takenNumbers: ReadonlySet<string>; editing?: Invoice } = { takenNumbers: new Set() },
): { ok: true; value: InvoiceEntry } | { ok: false; errors: InvoiceErrors } {
  const errors: InvoiceErrors = {};
  const imported = context.editing?.source === 'import';

  const number = imported ? context.editing!.number : draft.number.trim();
  if (!imported) {
    if (number === '') errors.number = { code: 'required' };
    else if (number.length > MAX_INVOICE_NUMBER_LENGTH) errors.number = { code: 'tooLong', params: { max: MAX_INVOICE_NUMBER_LENGTH } };
    else if (context.takenNumbers.has(invoiceNumberKey(number))) errors.number = { code: 'numberTaken', params: { number } };
  }

  let issueDate: IsoDate | null = imported ? context.editing!.issueDate : null;
  if (!imported) {
    const parsed = parseDate(draft.issueDate);
    if (parsed.ok) issueDate = parsed.value;
    else errors.issueDate = { code: dateErrorCode(parsed.error) };
  }

  let dueDate: IsoDate | null = null;
  const parsedDue = parseDate(draft.dueDate);
  if (!parsedDue.ok) errors.dueDate = { code: dateErrorCode(parsedDue.error) };
  else if (issueDate !== null && parsedDue.value < issueDate) errors.dueDate = { code: 'dueBeforeIssue' };
  else dueDate = parsedDue.value;

  let amountCents: number | null = imported ? context.editing!.amountCents : null;
  if (!imported) {
    const parsed = parseAmount(draft.amount);
    if (!parsed.ok) errors.amount = { code: amountErrorCode(parsed.error) };
    else if (parsed.value <= 0) errors.amount = { code: 'amountPositive' };
    else amountCents = parsed.value;
  }

  const label = draft.label.trim();
  if (label.length > 200) errors.label = { code: 'tooLong', params: { max: 200 } };

  if (Object.keys(errors).length > 0 || issueDate === null || dueDate === null || amountCents === null) {
    return { ok: false, errors };
  }
  return { ok: true, value: { number, issueDate, dueDate, amountCents, ...(label ? { label } : {}) } };
}

export function newManualInvoice(entry: InvoiceEntry, customerId: string, id: string, now: string): Invoice {
  return {
    id,
    customerId,
    number: entry.number,
    issueDate: entry.issueDate,
    dueDate: entry.dueDate,
    amountCents: entry.amountCents,
    sourceOpenCents: entry.amountCents,
    openCents: entry.amountCents,
    ...(entry.label ? { label: entry.label } : {}),
    hold: null,
    source: 'manual',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The invoice corrected with `entry`. For a typed invoice a new amount moves both open amounts by
 * the same difference, so payments already allocated stay allocated; an amount below what they
 * cover is refused ('belowPaid', with the paid amount in cents).
 */
export function applyInvoiceEdit(
  invoice: Invoice,
  entry: InvoiceEntry,
  now: string,
): { ok: true; invoice: Invoice } | { ok: false; code: 'belowPaid'; paidCents: number } {
  const { label: _label, ...rest } = invoice;
  const labelled = { ...rest, ...(entry.label ? { label: entry.label } : {}), dueDate: entry.dueDate, updatedAt: now };
  if (invoice.source === 'import') return { ok: true, invoice: labelled };
  const delta = entry.amountCents - invoice.amountCents;
  const paidCents = invoice.amountCents - invoice.openCents;
  if (invoice.openCents + delta < 0) return { ok: false, code: 'belowPaid', paidCents };
  return {
    ok: true,
    invoice: {
      ...labelled,
      number: entry.number,
      issueDate: entry.issueDate,
      amountCents: entry.amountCents,
      sourceOpenCents: invoice.sourceOpenCents + delta,
      openCents: invoice.openCents + delta,
    },
  };
}

export function draftFromInvoice(invoice: Invoice, formatDate: (iso: IsoDate) => string, formatAmount: (cents: number) => string): InvoiceDraft {
  return {
    number: invoice.number,
    issueDate: formatDate(invoice.issueDate),
    dueDate: formatDate(invoice.dueDate),
    amount: formatAmount(invoice.amountCents),
    label: invoice.label ?? '',
  };
}

/** Where a default due date comes from, so the form can say it. */
export interface DefaultDueDate {
  dueDate: IsoDate;
  terms: PaymentTerms;
  from: 'customer' | 'company';
}

/** What the app falls back to when the company profile was never saved: 30 days net. */
export const FALLBACK_TERMS: PaymentTerms = { days: 30, rule: 'net' };

/** The company's terms from the stored profile (settings 'company'), or 30 days net if unusable. */
export function companyTerms(profile: { paymentTermsDays?: unknown; paymentTermsRule?: unknown } | undefined): PaymentTerms {
  if (!profile) return FALLBACK_TERMS;
  const checked = validateTerms(
    typeof profile.paymentTermsDays === 'number' || typeof profile.paymentTermsDays === 'string' ? profile.paymentTermsDays : '',
    typeof profile.paymentTermsRule === 'string' ? profile.paymentTermsRule : '',
  );
  return checked.ok ? checked.value : FALLBACK_TERMS;
}

/** The customer's own terms win over the company's. */
export function defaultDueDate(issueDate: IsoDate, customerTerms: PaymentTerms | undefined, company: PaymentTerms): DefaultDueDate {
  const terms = customerTerms ?? company;
  return { dueDate: dueDateFromTerms(issueDate, terms), terms, from: customerTerms ? 'customer' : 'company' };
}

/**
 * A number proposed for the customer's next invoice: the latest number with its last run of digits
 * increased, keeping the padding ("F-2026-0099" → "F-2026-0100"), or "F-<year>-001" when the
 * customer has none. Only a proposal: the user types the number their invoicing program gave.
 */
export function suggestInvoiceNumber(numbers: readonly string[], year: number, taken: ReadonlySet<string> = new Set()): string {
  const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
  const withDigits = numbers.filter((n) => /\d/.test(n)).sort(collator.compare);
  const latest = withDigits[withDigits.length - 1];
  const bump = (text: string) =>
    text.replace(/(\d+)(\D*)$/, (_, digits: string, tail: string) => `${String(BigInt(digits) + 1n).padStart(digits.length, '0')}${tail}`);
  let candidate = latest ? bump(latest) : `F-${year}-001`;
  const used = new Set([...taken, ...numbers.map(invoiceNumberKey)]);
  while (used.has(invoiceNumberKey(candidate))) candidate = bump(candidate);
  return candidate;
}
