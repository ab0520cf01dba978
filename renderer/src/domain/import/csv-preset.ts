/**
 * The "CSV open items" preset: turns a customer aged balance / échéancier clients / A/R aging
 * export (Sage, EBP, Cegid, Pennylane, QuickBooks, Axonaut, Tiime, Odoo, Dolibarr), read as a
 * `Table` and mapped with a `CsvMappingConfig`, into customers, invoices and credit notes.
 *
 * The import is all-or-nothing: any error refuses the whole file. So every row is checked and
 * EVERY problem is reported with its line, its column as written in the file and the value found,
 * never just the first one. A row with an error is left out of the preview.
 *
 * Rules (each documented where it is applied):
 * - amounts: `parseAmount` (French or English notation, "(12,00)" negatives); an empty open or
 *   paid cell means 0 (accounting reports print zero as a blank);
 * - open amount: the open column, else amount − paid, else the amount; it must lie between 0 and
 *   the amount;
 * - a negative amount is a credit note (avoir) still listed in the balance: an ImportedCredit of
 *   kind 'credit-note' for the absolute amount, whose unallocated part is the absolute open
 *   amount — the whole amount when the file has no open/paid column;
 * - customer reference: the reference column, or, when only a name column is mapped, the name
 *   normalised by `customerReferenceFromName`;
 * - total / sub-total rows and section headings of printed reports are skipped with an info;
 * - duplicates are keyed on (customer, number): numbers may repeat across customers.
 *
 * Pure: no I/O, no Node or DOM API.
 */
import type { Cents } from '../money';
import { parseAmount } from '../money';
import type { IsoDate } from '../dates';
import { compareDates, parseDate } from '../dates';
import { validateSiren } from '../identifiers';
import type { CsvField, CsvMappingConfig } from './csv-mapping';
import { columnLabel, validateMapping } from './csv-mapping';
import type {
  Detection,
  ImportedCredit,
  ImportedCustomer,
  ImportedInvoice,
  ImportIssue,
  ImportPreview,
  Row,
  Table,
} from './types';

export interface CsvPreviewOptions {
  /**
   * Due date of an invoice whose row has none, from the customer's or the company's payment
   * terms (typically `dueDateFromTerms`). Without it such invoices are considered due on their
   * issue date, and the report says so.
   */
  deriveDueDate?: (issueDate: IsoDate, customerReference: string) => IsoDate;
}

/**
 * The customer reference used when the file has customer names but no customer codes
 * (QuickBooks, some Pennylane and Axonaut exports): accents removed, upper case, dots and
 * apostrophes dropped, any other run of non-letters/digits turned into one space.
 * "Boulangerie Dupont S.A.R.L." → "BOULANGERIE DUPONT SARL", "L'Atelier  Créa" → "LATELIER CREA".
 * The same name always gives the same reference, so re-importing the file finds the customer again;
 * names differing only by case, accents or punctuation are one customer.
 */
export function customerReferenceFromName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded !== '' ? folded : name.trim().replace(/\s+/g, ' ').toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Summary and heading rows

/** Folded text (lowercase, no accents, words separated by one space) for label tests. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "Total", "TOTAL GÉNÉRAL", "Total client", "Sous-total", "Totaux", "Total for Current", "Report"... */
const TOTAL_LABEL = /^(?:sous total|subtotal|sub total|grand total|total|totaux|cumul|report|a reporter)(?: |$)/;

function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(fold(text));
}

function firstText(cells: readonly string[]): string {
  const text = cells.map((c) => c.trim()).find((c) => c !== '') ?? '';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// Row parsing

interface Item {
  line: number;
  reference: string;
  name: string;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  dueDateDerived: boolean;
  amount: Cents;
  open: Cents;
  label?: string;
  email?: string;
  phone?: string;
  address?: string;
  siren?: string;
}

const AMOUNT_ERROR_CODES = {
  format: 'bad-amount',
  ambiguous: 'ambiguous-amount',
  'too-many-decimals': 'amount-too-many-decimals',
  'too-large': 'amount-too-large',
  empty: 'missing-value',
} as const;

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** The file-level infos about derived due dates are counted here and emitted once. */
interface DueDateTally {
  derived: number;
  assumed: number;
}

class RowReader {
  readonly issues: ImportIssue[] = [];
  private errorCount = 0;
  private readonly reportedOnce = new Set<string>();

  constructor(
    private readonly header: readonly string[],
    private readonly config: CsvMappingConfig,
    private readonly options: CsvPreviewOptions,
    private readonly tally: DueDateTally,
  ) {}

  private column(field: CsvField): string {
    const index = this.config.columns[field];
    return index === undefined ? '' : columnLabel(this.header, index);
  }

  /** The trimmed cell of a mapped field ('' when the row is short), undefined when unmapped. */
  private cell(row: Row, field: CsvField): string | undefined {
    const index = this.config.columns[field];
    if (index === undefined) return undefined;
    return (row.cells[index] ?? '').trim();
  }

  private add(severity: ImportIssue['severity'], code: string, line: number | null, params?: ImportIssue['params']): void {
    if (severity === 'error') this.errorCount += 1;
    this.issues.push(params === undefined ? { severity, code, line } : { severity, code, line, params });
  }

  /** A warning reported once per customer and value (a bad e-mail repeated on 30 rows is one remark). */
  private addOnce(key: string, severity: ImportIssue['severity'], code: string, line: number, params: ImportIssue['params']): void {
    const k = `${code}\u0000${key}`;
    if (this.reportedOnce.has(k)) return;
    this.reportedOnce.add(k);
    this.add(severity, code, line, params);
  }

  /**
   * Summary and heading rows of printed reports:
   * - no number and no date: a total when it has an amount or a total label ("Total client",
   *   "TOTAL GÉNÉRAL"), otherwise a section heading or a footer ("Clients France", "Page 2",
   *   "Édité le ...");
   * - no number but a date: a total only when some cell has a total label ("Total au 31/12/2024");
   * - a number: a total when the number cell itself is a total label and the date is empty; a
   *   heading when every other mapped cell (customer, dates, amounts) is empty.
   * Anything else is an invoice row, whose empty required cells are errors.
   */
  private classify(row: Row): 'data' | 'summary' | 'heading' | 'blank' {
    if (row.cells.every((c) => c.trim() === '')) return 'blank';
    const number = this.cell(row, 'invoiceNumber') ?? '';
    const date = this.cell(row, 'issueDate') ?? '';
    const anyTotal = row.cells.some(isTotalLabel);
    if (number === '' && date === '') {
      const amounts = (['amount', 'openAmount', 'paidAmount'] as const).some((f) => (this.cell(row, f) ?? '') !== '');
      return amounts || anyTotal ? 'summary' : 'heading';
    }
    if (number === '') return anyTotal ? 'summary' : 'data';
    if (isTotalLabel(number) && date === '') return 'summary';
    // Text in the number column and nothing else that matters: a heading printed in column 1.
    const rest = (['customerReference', 'customerName', 'issueDate', 'dueDate', 'amount', 'openAmount', 'paidAmount'] as const).every(
      (f) => (this.cell(row, f) ?? '') === '',
    );
    return rest ? 'heading' : 'data';
  }

  /** Reads a required text cell; reports 'missing-value' when it is empty. */
  private required(row: Row, field: CsvField): string | null {
    const value = this.cell(row, field) ?? '';
    if (value === '') {
      this.add('error', 'missing-value', row.line, { field, column: this.column(field) });
      return null;
    }
    return value;
  }

  private amount(row: Row, field: CsvField, text: string): Cents | null {
    const parsed = parseAmount(text);
    if (parsed.ok) return parsed.value;
    const code = AMOUNT_ERROR_CODES[parsed.error];
    this.add('error', code, row.line, { field, column: this.column(field), value: text });
    return null;
  }

  private date(row: Row, field: CsvField, text: string): IsoDate | null {
    const parsed = parseDate(text, this.config.dateOrder);
    if (parsed.ok) return parsed.value;
    this.add('error', 'bad-date', row.line, { field, column: this.column(field), value: text });
    return null;
  }

  /** Parses one row. Returns null when it is skipped (blank, summary, heading or in error). */
  read(row: Row): Item | null {
    const kind = this.classify(row);
    if (kind === 'blank') return null;
    if (kind !== 'data') {
      this.add('info', kind === 'summary' ? 'summary-row-skipped' : 'heading-row-skipped', row.line, {
        text: firstText(row.cells),
      });
      return null;
    }
    const errorsBefore = this.errorCount;
    const line = row.line;

    const number = this.required(row, 'invoiceNumber');

    // Customer: the reference column, or the name turned into a reference.
    const nameCell = this.cell(row, 'customerName') ?? '';
    let reference: string | null;
    if (this.config.columns.customerReference !== undefined) reference = this.required(row, 'customerReference');
    else {
      const name = this.required(row, 'customerName');
      reference = name === null ? null : customerReferenceFromName(name);
    }

    const issueText = this.required(row, 'issueDate');
    const issueDate = issueText === null ? null : this.date(row, 'issueDate', issueText);

    const dueText = this.cell(row, 'dueDate');
    const dueDate = dueText === undefined || dueText === '' ? undefined : this.date(row, 'dueDate', dueText);

    const amountText = this.required(row, 'amount');
    const amount = amountText === null ? null : this.amount(row, 'amount', amountText);

    // An empty open or paid cell means zero: accounting reports print zero as a blank.
    const openText = this.cell(row, 'openAmount');
    const paidText = this.cell(row, 'paidAmount');
    const openCell = openText === undefined ? undefined : openText === '' ? 0 : this.amount(row, 'openAmount', openText);
    const paidCell = paidText === undefined ? undefined : paidText === '' ? 0 : this.amount(row, 'paidAmount', paidText);

    // Contact details: never errors, only remarks (the customer is imported without them).
    const refKey = reference ?? '';
    const emailText = this.cell(row, 'email') ?? '';
    let email: string | undefined;
    if (emailText !== '') {
      const found = emailText.split(/[\s;,<>"'()]+/).filter((part) => EMAIL.test(part));
      if (found.length === 0) {
        this.addOnce(`${refKey}\u0000${emailText}`, 'warning', 'bad-email', line, { column: this.column('email'), value: emailText });
      } else {
        email = found[0];
        if (found.length > 1) {
          this.addOnce(`${refKey}\u0000${emailText}`, 'info', 'extra-emails-ignored', line, {
            column: this.column('email'),
            value: emailText,
            kept: found[0] ?? '',
          });
        }
      }
    }
    const sirenText = this.cell(row, 'siren') ?? '';
    let siren: string | undefined;
    if (sirenText !== '') {
      // A SIRET is the SIREN followed by the 5-digit establishment number: keep the first 9 digits.
      const digits = sirenText.replace(/[\s.\-]/g, '');
      const checked = validateSiren(/^\d{14}$/.test(digits) ? digits.slice(0, 9) : digits);
      if (checked.ok) siren = checked.value;
      else this.addOnce(`${refKey}\u0000${sirenText}`, 'warning', 'bad-siren', line, { column: this.column('siren'), value: sirenText });
    }

    if (
      this.errorCount > errorsBefore ||
      number === null ||
      reference === null ||
      issueDate === null ||
      dueDate === null ||
      amount === null ||
      openCell === null ||
      paidCell === null
    ) {
      return null;
    }

    if (amount === 0) {
      this.add('info', 'zero-amount-skipped', line, { number });
      return null;
    }

    // Open amount. For a credit note (negative amount) a positive open or paid figure is read as
    // a magnitude: some programs print the remaining credit without its sign.
    const credit = amount < 0;
    const signed = (value: Cents) => (credit && value > 0 ? -value : value);
    let open: Cents = amount;
    if (openCell !== undefined) {
      open = signed(openCell);
    } else if (paidCell !== undefined) {
      open = amount - signed(paidCell);
    }
    const inRange = credit ? open >= amount && open <= 0 : open >= 0 && open <= amount;
    if (!inRange) {
      if (openCell !== undefined) {
        this.add('error', 'open-exceeds-amount', line, {
          number,
          column: this.column('openAmount'),
          open: openText ?? '',
          amount: amountText ?? '',
        });
      } else {
        this.add('error', 'paid-exceeds-amount', line, {
          number,
          column: this.column('paidAmount'),
          paid: paidText ?? '',
          amount: amountText ?? '',
        });
      }
      return null;
    }
    // Both columns filled: the open one wins, a contradiction is worth a look.
    if (openCell !== undefined && paidCell !== undefined && openText !== '' && paidText !== '' && amount - signed(paidCell) !== open) {
      this.add('warning', 'open-paid-mismatch', line, { number, amount: amountText ?? '', open: openText ?? '', paid: paidText ?? '' });
    }

    // Due date: from the file, else from the payment terms (or the issue date), and say so.
    let due: IsoDate;
    let derived = false;
    if (dueDate !== undefined) {
      due = dueDate;
      if (!credit && compareDates(due, issueDate) < 0) {
        this.add('warning', 'due-before-issue', line, {
          number,
          issueDate: issueText ?? '',
          dueDate: dueText ?? '',
        });
      }
    } else if (credit) {
      // A credit note has no due date: its issue date stands in (ImportedCredit has none anyway).
      due = issueDate;
    } else {
      derived = true;
      const derive = this.options.deriveDueDate;
      due = derive ? derive(issueDate, reference) : issueDate;
      if (this.config.columns.dueDate !== undefined) {
        this.add('info', derive ? 'due-date-derived' : 'due-date-assumed', line, { number });
      } else if (derive) this.tally.derived += 1;
      else this.tally.assumed += 1;
    }

    const item: Item = {
      line,
      reference,
      name: nameCell,
      number,
      issueDate,
      dueDate: due,
      dueDateDerived: derived,
      amount,
      open,
    };
    const label = this.cell(row, 'label');
    if (label) item.label = label;
    if (email !== undefined) item.email = email;
    const phone = this.cell(row, 'phone');
    if (phone) item.phone = phone;
    const address = this.cell(row, 'address');
    if (address) item.address = address;
    if (siren !== undefined) item.siren = siren;
    return item;
  }
}

// ---------------------------------------------------------------------------------------------
// Preview

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The data compared to tell an identical duplicate row from a conflicting one. */
function invoiceData(item: Item): string {
  return JSON.stringify([item.issueDate, item.dueDate, item.dueDateDerived, item.amount, item.open, item.label ?? '']);
}

/**
 * Builds the preview of a CSV open-items file.
 *
 * Output order is deterministic: customers by reference (code-unit order), invoices and credits
 * in file order (line), issues by line (file-level issues first), then in the order they were
 * found within a line.
 *
 * Issue codes: see csv-messages.ts (`csvMessages`), which has a French and an English text for
 * every one of them.
 */
export function buildCsvPreview(
  table: Table,
  detection: Detection,
  config: CsvMappingConfig,
  options: CsvPreviewOptions = {},
): ImportPreview {
  const mappingIssues = validateMapping(config, table.header);
  if (mappingIssues.length > 0) {
    return { detection, customers: [], invoices: [], credits: [], issues: mappingIssues };
  }

  const tally: DueDateTally = { derived: 0, assumed: 0 };
  const reader = new RowReader(table.header, config, options, tally);
  const issues = reader.issues;

  // Rows, then duplicates on (customer, number).
  const kept: Item[] = [];
  const byKey = new Map<string, Item>();
  // Rows in file order whatever order they come in, so "first" (name, duplicate) means first line.
  const rows = [...table.rows].sort((x, y) => x.line - y.line);
  for (const row of rows) {
    const item = reader.read(row);
    if (item === null) continue;
    const key = `${item.reference}\u0000${item.number}`;
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, item);
      kept.push(item);
      continue;
    }
    const params = { number: item.number, customer: item.reference, firstLine: first.line };
    if (invoiceData(first) === invoiceData(item)) issues.push({ severity: 'warning', code: 'duplicate-row', line: item.line, params });
    else issues.push({ severity: 'error', code: 'duplicate-invoice', line: item.line, params });
  }

  // Customers: one per reference; the first non-empty name, e-mail, phone, address and SIREN.
  const customers = new Map<string, { customer: ImportedCustomer; nameKey: string; nameLine: number; reported: Set<string> }>();
  for (const item of kept) {
    let entry = customers.get(item.reference);
    if (entry === undefined) {
      entry = { customer: { reference: item.reference, name: '' }, nameKey: '', nameLine: item.line, reported: new Set() };
      customers.set(item.reference, entry);
    }
    const { customer } = entry;
    if (item.name !== '') {
      const nameKey = customerReferenceFromName(item.name);
      if (customer.name === '') {
        customer.name = item.name;
        entry.nameKey = nameKey;
        entry.nameLine = item.line;
      } else if (nameKey !== entry.nameKey && !entry.reported.has(nameKey)) {
        entry.reported.add(nameKey);
        issues.push({
          severity: 'warning',
          code: 'customer-name-conflict',
          line: item.line,
          params: { reference: item.reference, name: item.name, otherName: customer.name, firstLine: entry.nameLine },
        });
      }
    }
    if (customer.email === undefined && item.email !== undefined) customer.email = item.email;
    if (customer.phone === undefined && item.phone !== undefined) customer.phone = item.phone;
    if (customer.address === undefined && item.address !== undefined) customer.address = item.address;
    if (customer.siren === undefined && item.siren !== undefined) customer.siren = item.siren;
  }
  for (const { customer } of customers.values()) if (customer.name === '') customer.name = customer.reference;

  const invoices: ImportedInvoice[] = [];
  const credits: ImportedCredit[] = [];
  for (const item of kept) {
    if (item.amount < 0) {
      const credit: ImportedCredit = {
        customerReference: item.reference,
        kind: 'credit-note',
        date: item.issueDate,
        amountCents: Math.abs(item.amount),
        reference: item.number,
        unallocatedCents: Math.abs(item.open),
        line: item.line,
      };
      if (item.label !== undefined) credit.label = item.label;
      credits.push(credit);
    } else {
      const invoice: ImportedInvoice = {
        customerReference: item.reference,
        number: item.number,
        issueDate: item.issueDate,
        dueDate: item.dueDate,
        dueDateDerived: item.dueDateDerived,
        amountCents: item.amount,
        openCents: item.open,
        line: item.line,
      };
      if (item.label !== undefined) invoice.label = item.label;
      invoices.push(invoice);
    }
  }

  if (tally.derived > 0) issues.push({ severity: 'info', code: 'due-date-derived-all', line: null, params: { count: tally.derived } });
  if (tally.assumed > 0) issues.push({ severity: 'info', code: 'due-date-assumed-all', line: null, params: { count: tally.assumed } });
  if (kept.length === 0 && !issues.some((i) => i.severity === 'error')) {
    // An empty import would read as "everything was paid" on a full re-import: refuse it.
    issues.push({ severity: 'error', code: 'no-invoices', line: null });
  }

  const order = (issue: ImportIssue) => (issue.line === null ? -Infinity : issue.line);
  const sortedIssues = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => order(a.issue) - order(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);

  return {
    detection,
    customers: [...customers.values()].map((e) => e.customer).sort((a, b) => compareText(a.reference, b.reference)),
    invoices: invoices.sort((a, b) => a.line - b.line),
    credits: credits.sort((a, b) => a.line - b.line),
    issues: sortedIssues,
  };
}
