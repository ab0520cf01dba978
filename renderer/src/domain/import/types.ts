/**
 * The shared vocabulary of the import engine: what is read from a file (a table of text cells with
 * their line numbers), what is detected about it, and what a preset (FEC, CSV open items) makes of
 * it — customers, invoices and credits ready to be compared with the database. Pure data, no I/O.
 */
import type { Cents } from '../money';
import type { IsoDate } from '../dates';

export type Encoding = 'utf-8' | 'windows-1252' | 'iso-8859-15';
export type Separator = '\t' | '|' | ';' | ',';
export type SourceFormat = 'fec' | 'csv';

/** What the engine found out about a file; every field can be overridden by the user. */
export interface Detection {
  encoding: Encoding;
  hasBom: boolean;
  separator: Separator;
  /** 1-based physical line of the header row (lines before it are a preamble). */
  headerLine: number;
  /** Data rows after the header, blank lines excluded. */
  rowCount: number;
  format: SourceFormat;
  /** FEC only: amounts as Debit/Credit columns or as Montant + Sens. */
  fecAmounts?: 'debit-credit' | 'montant-sens';
  /** Line endings found, for the report ('lf' | 'crlf' | 'cr' | 'crcrlf' | 'mixed'). */
  lineEnding: 'lf' | 'crlf' | 'cr' | 'crcrlf' | 'mixed' | 'none';
}

export type DetectionOverrides = Partial<Pick<Detection, 'encoding' | 'separator' | 'headerLine' | 'format'>>;

/** One data row: trimmed cells (fixed-width padding removed) and its 1-based line in the file. */
export interface Row {
  line: number;
  cells: string[];
}

/** The decoded, split file: header names as written and the data rows. */
export interface Table {
  header: string[];
  rows: Row[];
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem or remark, with the line it concerns (null for the whole file). `code` is a stable key
 * the interface translates (catalogue `import.issues.<code>`); `params` fill its placeholders.
 * Errors block the import; warnings and infos are reported and do not.
 */
export interface ImportIssue {
  severity: Severity;
  code: string;
  line: number | null;
  params?: Record<string, string | number>;
}

export interface ImportedCustomer {
  /** Key of the customer in the accounting program: auxiliary account, or the 411 account. */
  reference: string;
  name: string;
  email?: string;
  phone?: string;
  address?: string;
  siren?: string;
}

export interface ImportedInvoice {
  customerReference: string;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  /** True when the file had no due date and it was computed from payment terms. */
  dueDateDerived: boolean;
  amountCents: Cents;
  /** What is still owed according to the file (lettering for FEC, open column for CSV). */
  openCents: Cents;
  label?: string;
  /** Opening balance brought forward (FEC "A nouveaux"): no original reference or date. */
  opening?: boolean;
  line: number;
}

export interface ImportedCredit {
  customerReference: string;
  kind: 'payment' | 'credit-note';
  date: IsoDate;
  amountCents: Cents;
  reference: string;
  label?: string;
  /** Part of the credit not matched to any invoice by lettering. */
  unallocatedCents: Cents;
  line: number;
}

export interface ImportPreview {
  detection: Detection;
  customers: ImportedCustomer[];
  invoices: ImportedInvoice[];
  credits: ImportedCredit[];
  issues: ImportIssue[];
}

/** Payment terms used to derive due dates when the file has none (FEC). */
export interface TermsPolicy {
  days: number;
  rule: 'net' | 'end-of-month-then-days' | 'days-then-end-of-month';
}
