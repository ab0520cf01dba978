/**
 * A template and the letter's data become a letter for the PDF (`LetterContent`, the shape of
 * electron/letter-spec.ts `LetterSpec`) or an e-mail (subject and plain text).
 *
 * Nothing is produced from a template with errors or from incomplete data: a letter without the
 * company's legal identity or the customer's postal address is worthless (a formal notice above
 * all), so composition refuses and lists what is missing as translation keys. What is merely
 * empty (a variable the template uses with nothing to print) comes back as a warning.
 */
import { formatIban, formatSiren } from '../identifiers';
import { companyAddressLines, formatPostalAddress } from '../postal-address';
import { parseTemplate, renderBlocks, renderLine, renderText, type BodyBlock, type ParsedTemplate, type TemplateError } from '../templates/engine';
import { PAYMENT_KINDS } from '../templates/kinds';
import type { TemplateValues } from '../templates/values';
import { POSTAL_MAX_CHARS, type LetterBlockContent, type LetterContent } from './letter-content';
import type { ComposeInput, LetterData } from './letter-data';
import { typeset } from './typography';
import { buildTemplateValues } from './values';
import { KIND_TITLES, legalFormLabel, longDate, shortDate, WORDS } from './wording';

export interface ComposeWarning {
  key: string;
  params: Record<string, string | number>;
}

export type ComposeFailure = {
  ok: false;
  /** Translation keys of what must be filled in first (company profile, customer address…). */
  missing: string[];
  /** Errors of the template itself, with line and column. */
  errors: TemplateError[];
};

export type ComposeLetterResult = { ok: true; letter: LetterContent; warnings: ComposeWarning[] } | ComposeFailure;
export type ComposeEmailResult = { ok: true; subject: string; text: string; warnings: ComposeWarning[] } | ComposeFailure;

/** Bounds of the letter spec: beyond them main would refuse the letter, so text is cut (with a warning). */
const MAX_LINE = 500;
const MAX_CELL = 300;
const MAX_PARAGRAPH = 20_000;
const MAX_BLOCKS = 300;
const MAX_ROWS = 5000;
const MAX_KEYWORD = 60;

const missingKey = (name: string) => `templates.missing.${name}`;

interface Prepared {
  subject: ParsedTemplate;
  body: ParsedTemplate;
  values: TemplateValues;
  warnings: ComposeWarning[];
  /** Collects the variables printed with nothing in them, for the warnings. */
  onEmpty: (name: string) => void;
}

/** Parses both parts of the template, checks the data the kind needs, fills the values. */
function prepare(input: ComposeInput, forLetter: boolean, extraMissing: string[]): Prepared | ComposeFailure {
  const subject = parseTemplate(input.template.subject, { kind: input.kind });
  const body = parseTemplate(input.template.body, { kind: input.kind });
  const errors = [...subject.errors, ...body.errors];
  const missing = [...missingData(input, forLetter), ...extraMissing];
  if (errors.length > 0 || missing.length > 0) return { ok: false, missing: [...new Set(missing)], errors };

  const warnings: ComposeWarning[] = [];
  if (input.kind === 'formal-notice' && (input.deadlineDays < 8 || input.deadlineDays > 15)) {
    warnings.push({ key: 'templates.warnings.deadlineRange', params: { days: input.deadlineDays } });
  }
  const empty = new Set<string>();
  const onEmpty = (name: string) => {
    if (empty.has(name)) return;
    empty.add(name);
    warnings.push({ key: 'templates.warnings.emptyVariable', params: { name } });
  };
  return { subject, body, values: buildTemplateValues(input), warnings, onEmpty };
}

/** What the kind of letter needs and is not there, as translation keys. */
function missingData(data: LetterData, forLetter: boolean): string[] {
  const missing: string[] = [];
  const { company, customer } = data;
  const blank = (text: string | undefined) => (text ?? '').trim() === '';
  if (blank(company.name)) missing.push(missingKey('companyName'));
  if (forLetter) {
    if (blank(company.legalForm) || company.legalForm === 'OTHER') missing.push(missingKey('companyLegalForm'));
    if (blank(company.siren)) missing.push(missingKey('companySiren'));
    if (blank(company.addressLine1)) missing.push(missingKey('companyAddress'));
    if (blank(company.postalCode)) missing.push(missingKey('companyPostalCode'));
    if (blank(company.city)) missing.push(missingKey('companyCity'));
  }
  if (PAYMENT_KINDS.has(data.kind) && blank(company.iban)) missing.push(missingKey('companyIban'));
  if (blank(customer.name)) missing.push(missingKey('customerName'));
  if (PAYMENT_KINDS.has(data.kind) && data.kind !== 'plan-agreement' && data.invoices.length === 0) missing.push(missingKey('invoices'));
  if (data.kind === 'formal-notice' && forLetter && blank(data.signature.name)) missing.push(missingKey('signatureName'));
  if (data.kind === 'call-notes' && !data.callNotes) missing.push(missingKey('callNotes'));
  if (data.kind === 'plan-agreement' && (!data.plan || data.plan.instalments.length === 0)) missing.push(missingKey('plan'));
  if (data.kind === 'statement' && !data.statement) missing.push(missingKey('statement'));
  return missing;
}

/** A text on one line: line breaks, tabs and runs of ordinary spaces become one space. */
const oneLine = (text: string) => text.replace(/[ \t\r\n\f\v]+/g, ' ').trim();

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** "À l'attention de Jean Durand", shortened when it would not fit the window. */
function attentionLine(contactName: string, language: 'fr' | 'en'): string {
  if (contactName === '') return '';
  const words = WORDS[language];
  for (const line of [words.attention(contactName), words.attentionShort(contactName), contactName]) {
    if (line.length <= POSTAL_MAX_CHARS) return line;
  }
  return words.attention(contactName);
}

export function composeLetter(input: ComposeInput): ComposeLetterResult {
  const { company, customer, language } = input;
  const words = WORDS[language];
  const contactName = input.contact?.name?.trim() ?? '';
  const recipient = formatPostalAddress({
    name: customer.name,
    attention: attentionLine(contactName, language),
    address: customer.address,
    senderCountry: company.country,
  });
  // A missing name is already "customerName"; a missing address reads better as the customer's.
  const postalMissing = recipient.ok
    ? []
    : recipient.problems
        .filter((problem) => problem.code !== 'missingName')
        .map((problem) => (problem.code === 'missingAddress' ? missingKey('customerAddress') : problem.key));
  const prepared = prepare(input, true, postalMissing);
  if (!('values' in prepared)) return prepared;
  if (!recipient.ok) return { ok: false, missing: [missingKey('customerName')], errors: [] };
  const { values, warnings, onEmpty } = prepared;

  let truncated = false;
  const cut = (text: string, max: number) => {
    if (text.length > max) truncated = true;
    return clip(text, max);
  };

  // What the letter prints goes through the typography of its language (no-break spaces, ’).
  const text = (raw: string, max: number) => cut(typeset(raw, language), max);

  const blocks: LetterBlockContent[] = [];
  for (const block of renderBlocks(prepared.body, values, onEmpty)) {
    if (block.type === 'paragraph') {
      const paragraph = text(block.text, MAX_PARAGRAPH);
      blocks.push(block.bold ? { type: 'paragraph', text: paragraph, bold: true } : { type: 'paragraph', text: paragraph });
    } else {
      const { table } = block.value;
      if (table.rows.length > MAX_ROWS) truncated = true;
      blocks.push({
        type: 'table',
        table: {
          columns: table.columns.map((column) => ({ ...column, label: text(column.label, MAX_CELL) })),
          rows: table.rows.slice(0, MAX_ROWS).map((row) => row.map((cell) => text(cell, MAX_CELL))),
          totals: table.totals.map((row) => row.map((cell) => text(cell, MAX_CELL))),
        },
      });
    }
  }
  if (blocks.length > MAX_BLOCKS) {
    truncated = true;
    blocks.length = MAX_BLOCKS;
  }

  const addressLines = companyAddressLines(company);
  // One line, its line breaks and runs of spaces folded; the no-break spaces of the values
  // ("1 234,56 €") are kept, so that an amount is not broken when the subject wraps.
  const subject = text(oneLine(renderText(prepared.subject, values, onEmpty)), MAX_LINE);
  const title = KIND_TITLES[input.kind][language];
  const legalForm = legalFormLabel(company.legalForm, language);
  const siren = /^\d{9}$/.test(company.siren) ? formatSiren(company.siren) : company.siren;
  const identity = [company.name, legalForm, words.footerSiren(siren), company.vatNumber ? words.footerVat(company.vatNumber) : '']
    .filter((part) => part !== '')
    .join(' – ');
  const footer = [identity, addressLines.join(', ')];
  if (company.iban) footer.push(words.footerBank(formatIban(company.iban), company.bic));

  const references = [words.references(customer.reference)];
  if (input.invoices.length > 0 && input.invoices.length <= 6) {
    references.push(words.invoiceReferences(input.invoices.map((invoice) => invoice.number).join(', ')));
  }

  const registered =
    input.kind === 'formal-notice' || input.registered
      ? {
          label: words.registered,
          ...(input.registered?.trackingNumber?.trim() ? { trackingNumber: input.registered.trackingNumber.trim().slice(0, 40) } : {}),
        }
      : undefined;

  const keywords = [title, customer.name, customer.reference, ...input.invoices.map((invoice) => invoice.number)]
    .filter((keyword) => keyword.trim() !== '')
    .slice(0, 20)
    .map((keyword) => clip(keyword, MAX_KEYWORD));

  const offset = input.envelopeOffsetMm ?? { x: 0, y: 0 };
  const clamp = (mm: number) => (Number.isFinite(mm) ? Math.min(20, Math.max(-20, mm)) : 0);

  const letter: LetterContent = {
    kind: input.kind,
    language,
    sender: {
      name: cut(company.name, MAX_LINE),
      lines: [...addressLines, company.phone ? words.phone(company.phone) : '', company.email]
        .filter((line) => line !== '')
        .slice(0, 8)
        .map((line) => cut(line, MAX_LINE)),
      // A copy on its own buffer: the caller's bytes may be a view into a larger or shared one.
      ...(input.logo ? { logo: { type: input.logo.type, bytes: new Uint8Array(input.logo.bytes) } } : {}),
    },
    returnAddress: cut([company.name, ...addressLines].join(' · '), MAX_LINE),
    recipient: recipient.lines,
    placeAndDate: cut(words.placeAndDate(company.city, longDate(input.today, language)), MAX_LINE),
    ...(registered ? { registered } : {}),
    references: references.map((line) => cut(line, MAX_LINE)),
    subject,
    blocks,
    // A payment plan agreement carries both parties' signature lines in its body.
    signature:
      input.kind === 'plan-agreement'
        ? []
        : [input.signature.name.trim(), input.signature.role.trim()].filter((line) => line !== '').map((line) => cut(line, MAX_LINE)),
    footer: footer.map((line) => cut(line, MAX_LINE)),
    pageLabel: words.pageLabel,
    metadata: {
      title: cut(`${title} – ${customer.name} – ${shortDate(input.today, language)}`, MAX_LINE),
      author: cut(company.name, MAX_LINE),
      subject,
      keywords,
      createdAt: input.createdAt.slice(0, 40),
    },
    envelopeOffsetMm: { x: clamp(offset.x), y: clamp(offset.y) },
  };
  if (truncated) warnings.push({ key: 'templates.warnings.truncated', params: {} });
  return { ok: true, letter, warnings };
}

/**
 * The e-mail version of the same template: the body as plain text (tables as one line per row,
 * bold markers dropped) followed by the sender's signature. Needs no postal address.
 */
export function composeEmail(input: ComposeInput): ComposeEmailResult {
  const prepared = prepare(input, false, []);
  if (!('values' in prepared)) return prepared;
  const { values, warnings, onEmpty } = prepared;
  const subject = renderLine(prepared.subject, values, onEmpty);
  const text = emailText(renderBlocks(prepared.body, values, onEmpty), input);
  return { ok: true, subject, text, warnings };
}

/** Paragraphs separated by blank lines, tables as their plain lines, then the sender's signature. */
export function emailText(blocks: readonly BodyBlock[], data: Pick<LetterData, 'signature' | 'company'>): string {
  const paragraphs = blocks.map((block) => (block.type === 'paragraph' ? block.text : block.value.lines.join('\n')));
  const signature = [data.signature.name, data.signature.role, data.company.name, data.company.phone, data.company.email]
    .map((line) => line.trim())
    .filter((line, index, all) => line !== '' && all.indexOf(line) === index);
  return [...paragraphs, ...(signature.length > 0 ? [signature.join('\n')] : [])].join('\n\n');
}
