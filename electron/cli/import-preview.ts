import { analyzeImport } from '../../renderer/src/domain/import/pipeline';
import { renderIssue } from '../../renderer/src/domain/import/messages';
import type { ImportIssue, TermsPolicy } from '../../renderer/src/domain/import/types';

const SEPARATOR_NAMES: Record<string, string> = { '\t': 'tab', '|': 'pipe', ';': 'semicolon', ',': 'comma' };

export interface CustomerLine {
  reference: string;
  name: string;
  openItems: number;
  /** Open invoices less unallocated payments and credit notes: what the customer owes. */
  openBalanceCents: number;
}

export interface ImportPreviewReport {
  file: string;
  readable: boolean;
  format: string | null;
  encoding: string | null;
  separator: string | null;
  headerLine: number | null;
  rowCount: number;
  customers: { count: number; list: CustomerLine[] };
  invoices: number;
  openInvoices: number;
  openTotalCents: number;
  unallocatedCredits: { count: number; totalCents: number };
  warnings: { line: number | null; code: string; message: string }[];
  errors: { line: number | null; code: string; message: string }[];
}

/** The JSON of `cli import-preview`: what the app would import from this file, nothing written. */
export function importPreviewReport(
  bytes: Uint8Array,
  options: { fileName: string; terms: TermsPolicy; language: 'fr' | 'en' },
): ImportPreviewReport {
  const describe = (issue: ImportIssue) => ({ line: issue.line, code: issue.code, message: renderIssue(issue, options.language) });
  const analysis = analyzeImport(bytes, { terms: options.terms });
  if (!analysis.ok) {
    return {
      file: options.fileName,
      readable: false,
      format: null,
      encoding: null,
      separator: null,
      headerLine: null,
      rowCount: 0,
      customers: { count: 0, list: [] },
      invoices: 0,
      openInvoices: 0,
      openTotalCents: 0,
      unallocatedCredits: { count: 0, totalCents: 0 },
      warnings: [],
      errors: [describe(analysis.issue)],
    };
  }
  const { preview, detection } = analysis;
  const byCustomer = new Map<string, CustomerLine>(
    preview.customers.map((c) => [c.reference, { reference: c.reference, name: c.name, openItems: 0, openBalanceCents: 0 }]),
  );
  const lineOf = (reference: string) => {
    let line = byCustomer.get(reference);
    if (!line) byCustomer.set(reference, (line = { reference, name: reference, openItems: 0, openBalanceCents: 0 }));
    return line;
  };
  for (const invoice of preview.invoices) {
    if (invoice.openCents <= 0) continue;
    const line = lineOf(invoice.customerReference);
    line.openItems++;
    line.openBalanceCents += invoice.openCents;
  }
  const unallocated = preview.credits.filter((c) => c.unallocatedCents > 0);
  for (const credit of unallocated) lineOf(credit.customerReference).openBalanceCents -= credit.unallocatedCents;
  const open = preview.invoices.filter((i) => i.openCents > 0);
  return {
    file: options.fileName,
    readable: true,
    format: detection.format,
    encoding: detection.encoding,
    separator: SEPARATOR_NAMES[detection.separator] ?? detection.separator,
    headerLine: detection.headerLine,
    rowCount: detection.rowCount,
    customers: { count: byCustomer.size, list: [...byCustomer.values()].sort((a, b) => a.reference.localeCompare(b.reference)) },
    invoices: preview.invoices.length,
    openInvoices: open.length,
    openTotalCents: open.reduce((s, i) => s + i.openCents, 0),
    unallocatedCredits: { count: unallocated.length, totalCents: unallocated.reduce((s, c) => s + c.unallocatedCents, 0) },
    warnings: analysis.issues.filter((i) => i.severity !== 'error').map(describe),
    errors: analysis.issues.filter((i) => i.severity === 'error').map(describe),
  };
}
