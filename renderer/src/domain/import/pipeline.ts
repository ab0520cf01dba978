/**
 * The whole analysis of an import file, from bytes to a preview of what would be stored: read and
 * detect (read-table), then the FEC preset or the CSV open-items preset with its column mapping.
 * Pure and synchronous: the app runs it in a Web Worker, the CLI and the tests call it directly.
 */
import { proposeMapping, validateMapping, type CsvMappingConfig, type CsvMappingProposal } from './csv-mapping';
import { buildCsvPreview } from './csv-preset';
import { buildFecPreview } from './fec-preset';
import { readTable } from './read-table';
import type { Detection, DetectionOverrides, ImportIssue, ImportPreview, Row, TermsPolicy } from './types';
import { dueDateFromTerms } from '../payment-terms';

export interface AnalyzeOptions {
  overrides?: DetectionOverrides;
  /** The mapping the user confirmed (or saved for this kind of export); proposed when absent. */
  csvMapping?: CsvMappingConfig;
  terms: TermsPolicy;
  customerTerms?: Record<string, TermsPolicy>;
}

export type Analysis =
  | { ok: false; issue: ImportIssue }
  | {
      ok: true;
      detection: Detection;
      header: string[];
      /** The first data rows as read, for the "what was detected" step. */
      sample: Row[];
      /** CSV only: the mapping used, proposed or given. */
      mapping?: CsvMappingProposal | CsvMappingConfig;
      preview: ImportPreview;
      /** Every issue: reading, mapping, preset. Any error blocks the import as a whole. */
      issues: ImportIssue[];
    };

const SAMPLE_ROWS = 20;

export function analyzeImport(bytes: Uint8Array, options: AnalyzeOptions): Analysis {
  const read = readTable(bytes, options.overrides);
  if (!read.ok) return { ok: false, issue: read.issue };
  const { detection, table } = read;
  const sample = table.rows.slice(0, SAMPLE_ROWS);
  const termsOf = (reference: string) => options.customerTerms?.[reference] ?? options.terms;

  if (detection.format === 'fec') {
    const preview = buildFecPreview(table, detection, { terms: options.terms, customerTerms: options.customerTerms });
    return { ok: true, detection, header: table.header, sample, preview, issues: [...read.issues, ...preview.issues] };
  }

  // All rows, not only the sample: one day above 12 anywhere proves the date order.
  const mapping = options.csvMapping ?? proposeMapping(table.header, table.rows.map((r) => r.cells));
  const mappingIssues = validateMapping(mapping, table.header);
  const empty: ImportPreview = { detection, customers: [], invoices: [], credits: [], issues: [] };
  const preview = mappingIssues.some((i) => i.severity === 'error')
    ? empty
    : buildCsvPreview(table, detection, mapping, {
        deriveDueDate: (issueDate, reference) => dueDateFromTerms(issueDate, termsOf(reference)),
      });
  return {
    ok: true,
    detection,
    header: table.header,
    sample,
    mapping,
    preview,
    issues: [...read.issues, ...mappingIssues, ...preview.issues],
  };
}

export const hasErrors = (issues: readonly ImportIssue[]): boolean => issues.some((i) => i.severity === 'error');
