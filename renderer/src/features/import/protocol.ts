/**
 * Messages between the import wizard (UI thread) and the import worker. Only summaries cross:
 * the file, its parsed rows and the plan stay in the worker, so a 37 MB export never blocks the UI.
 */
import type { CsvMappingConfig, CsvMappingProposal } from '../../domain/import/csv-mapping';
import type { Detection, DetectionOverrides, ImportIssue, Row } from '../../domain/import/types';
import type { ImportBatch } from '../../domain/model';

export interface PreviewInvoiceRow {
  customerReference: string;
  customerName: string;
  number: string;
  issueDate: string;
  dueDate: string;
  dueDateDerived: boolean;
  amountCents: number;
  openCents: number;
  line: number;
}

export interface AnalysisSummary {
  ok: true;
  fileName: string;
  size: number;
  detection: Detection;
  header: string[];
  sample: Row[];
  mapping?: CsvMappingProposal | CsvMappingConfig;
  /** True when the mapping came from one saved for this kind of export. */
  mappingSaved: boolean;
  /** The first issues of each severity (a broken file can have thousands); counts are exact. */
  issues: ImportIssue[];
  issueCounts: { error: number; warning: number; info: number };
  counts: {
    customers: number;
    invoices: number;
    openInvoices: number;
    openCents: number;
    credits: number;
    unallocatedCents: number;
  };
  previewRows: PreviewInvoiceRow[];
}

export interface PlanSummary {
  mode: 'full' | 'partial';
  counts: {
    customersAdded: number;
    customersUpdated: number;
    invoicesAdded: number;
    invoicesUpdated: number;
    invoicesUnchanged: number;
    creditsAdded: number;
    creditsRemoved: number;
  };
  changed: { number: string; customerName: string; changes: string[]; beforeOpenCents: number; afterOpenCents: number }[];
  missing: { id: string; number: string; customerName: string; openCents: number; dueDate: string }[];
}

export type WorkerRequest =
  | { id: number; type: 'analyze'; bytes?: Uint8Array; fileName?: string; overrides?: DetectionOverrides; csvMapping?: CsvMappingConfig; saveMapping?: boolean }
  | { id: number; type: 'plan'; mode: 'full' | 'partial' }
  | { id: number; type: 'commit'; confirmPaidIds: string[] };

export type WorkerResponse =
  | { id: number; type: 'analysis'; result: AnalysisSummary | { ok: false; issue: ImportIssue } }
  | { id: number; type: 'plan'; result: PlanSummary }
  | { id: number; type: 'progress'; done: number; total: number; stage: 'reading' | 'writing' }
  | { id: number; type: 'committed'; batch: Omit<ImportBatch, 'undo'> }
  | { id: number; type: 'failed'; message: string };
