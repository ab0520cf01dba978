/**
 * The import as the worker runs it: analyse a file, plan it against the database, write it in one
 * transaction. Kept free of worker plumbing so the tests drive it directly.
 */
import type { RelanceDatabase } from '../../db/database';
import { newId } from '../../db/database';
import { applyImportPlan } from '../../db/import-batches';
import { readSetting, writeSetting } from '../../db/settings';
import type { CompanyProfile } from '../../domain/company-profile';
import { mappingSignature, type CsvMappingConfig } from '../../domain/import/csv-mapping';
import { analyzeImport, hasErrors, type Analysis } from '../../domain/import/pipeline';
import { reconcile, type ImportPlan } from '../../domain/import/reconcile';
import type { DetectionOverrides, ImportIssue, TermsPolicy } from '../../domain/import/types';
import type { ImportBatch } from '../../domain/model';
import { todayIso } from '../../domain/dates';
import type { AnalysisSummary, PlanSummary } from './protocol';

export const CSV_MAPPINGS_KEY = 'csvMappings';
/** Issues sent to the screen per severity: enough to fix a file, few enough to render at once. */
const SHOWN_ISSUES = 200;

function firstIssues(issues: ImportIssue[]) {
  const counts = { error: 0, warning: 0, info: 0 };
  const shown: ImportIssue[] = [];
  for (const issue of issues) {
    if (counts[issue.severity]++ < SHOWN_ISSUES) shown.push(issue);
  }
  return { issues: shown, issueCounts: counts };
}
const PREVIEW_ROWS = 50;

async function termsFromDatabase(db: RelanceDatabase) {
  const company = await readSetting<CompanyProfile>(db, 'company');
  const terms: TermsPolicy = {
    days: company?.paymentTermsDays ?? 30,
    rule: company?.paymentTermsRule ?? 'net',
  };
  const customerTerms: Record<string, TermsPolicy> = {};
  await db.customers.each((c) => {
    if (c.paymentTerms) customerTerms[c.reference] = c.paymentTerms;
  });
  return { terms, customerTerms };
}

export class ImportSession {
  private bytes: Uint8Array | null = null;
  private fileName = '';
  private analysis: Extract<Analysis, { ok: true }> | null = null;
  private plan: ImportPlan | null = null;
  private mode: 'full' | 'partial' = 'full';
  private batchId = '';

  constructor(private readonly db: RelanceDatabase) {}

  async analyze(request: {
    bytes?: Uint8Array;
    fileName?: string;
    overrides?: DetectionOverrides;
    csvMapping?: CsvMappingConfig;
    saveMapping?: boolean;
  }): Promise<AnalysisSummary | { ok: false; issue: NonNullable<Extract<Analysis, { ok: false }>['issue']> }> {
    if (request.bytes) {
      this.bytes = request.bytes;
      this.fileName = request.fileName ?? '';
    }
    if (!this.bytes) throw new Error('No file to analyse');
    this.plan = null;
    const { terms, customerTerms } = await termsFromDatabase(this.db);
    const saved = (await readSetting<Record<string, CsvMappingConfig>>(this.db, CSV_MAPPINGS_KEY)) ?? {};
    let analysis = analyzeImport(this.bytes, { overrides: request.overrides, csvMapping: request.csvMapping, terms, customerTerms });
    let mappingSaved = false;
    if (analysis.ok && analysis.detection.format === 'csv') {
      const signature = mappingSignature(analysis.header);
      if (request.csvMapping && request.saveMapping) {
        await writeSetting(this.db, CSV_MAPPINGS_KEY, { ...saved, [signature]: request.csvMapping });
        mappingSaved = true;
      } else if (!request.csvMapping && saved[signature]) {
        analysis = analyzeImport(this.bytes, { overrides: request.overrides, csvMapping: saved[signature], terms, customerTerms });
        mappingSaved = true;
      }
    }
    if (!analysis.ok) {
      this.analysis = null;
      return analysis;
    }
    this.analysis = analysis;
    const { preview } = analysis;
    const names = new Map(preview.customers.map((c) => [c.reference, c.name]));
    const open = preview.invoices.filter((i) => i.openCents > 0);
    return {
      ok: true,
      fileName: this.fileName,
      size: this.bytes.length,
      detection: analysis.detection,
      header: analysis.header,
      sample: analysis.sample,
      ...(analysis.mapping ? { mapping: analysis.mapping } : {}),
      mappingSaved,
      ...firstIssues(analysis.issues),
      counts: {
        customers: preview.customers.length,
        invoices: preview.invoices.length,
        openInvoices: open.length,
        openCents: open.reduce((s, i) => s + i.openCents, 0),
        credits: preview.credits.length,
        unallocatedCents: preview.credits.reduce((s, c) => s + c.unallocatedCents, 0),
      },
      previewRows: preview.invoices.slice(0, PREVIEW_ROWS).map((i) => ({
        customerReference: i.customerReference,
        customerName: names.get(i.customerReference) ?? i.customerReference,
        number: i.number,
        issueDate: i.issueDate,
        dueDate: i.dueDate,
        dueDateDerived: i.dueDateDerived,
        amountCents: i.amountCents,
        openCents: i.openCents,
        line: i.line,
      })),
    };
  }

  /** Compares the analysed file with the database. Refused while the file has errors. */
  async planImport(mode: 'full' | 'partial'): Promise<PlanSummary> {
    if (!this.analysis) throw new Error('Analyse a file first');
    if (hasErrors(this.analysis.issues)) throw new Error('The file has errors: nothing can be imported');
    this.mode = mode;
    this.batchId = newId();
    const [customers, invoices, payments] = await Promise.all([
      this.db.customers.toArray(),
      this.db.invoices.toArray(),
      this.db.payments.toArray(),
    ]);
    this.plan = reconcile({ customers, invoices, payments }, this.analysis.preview, {
      batchId: this.batchId,
      now: new Date().toISOString(),
      mode,
      newId,
    });
    const nameOf = new Map([...customers, ...this.plan.customers.add].map((c) => [c.id, c.name]));
    return {
      mode,
      counts: {
        customersAdded: this.plan.customers.add.length,
        customersUpdated: this.plan.customers.update.length,
        invoicesAdded: this.plan.invoices.add.length,
        invoicesUpdated: this.plan.invoices.update.length,
        invoicesUnchanged: this.plan.invoices.unchanged,
        creditsAdded: this.plan.payments.add.length,
        creditsRemoved: this.plan.payments.remove.length,
      },
      changed: this.plan.invoices.update.slice(0, 200).map((u) => ({
        number: u.after.number,
        customerName: nameOf.get(u.after.customerId) ?? '',
        changes: u.changes,
        beforeOpenCents: u.before.openCents,
        afterOpenCents: u.after.openCents,
      })),
      missing: this.plan.invoices.missing.map((i) => ({
        id: i.id,
        number: i.number,
        customerName: nameOf.get(i.customerId) ?? '',
        openCents: i.openCents,
        dueDate: i.dueDate,
      })),
    };
  }

  async commit(confirmPaidIds: string[], onProgress?: (done: number, total: number) => void): Promise<ImportBatch> {
    if (!this.plan || !this.analysis) throw new Error('Plan the import first');
    const batch = await applyImportPlan(this.db, {
      plan: this.plan,
      batchId: this.batchId,
      fileName: this.fileName,
      format: this.analysis.detection.format,
      mode: this.mode,
      issues: this.analysis.issues.filter((i) => i.severity !== 'info').slice(0, 1000),
      confirmPaidIds,
      today: todayIso(), // the local calendar day, not the UTC one
      now: () => new Date().toISOString(),
      onProgress,
    });
    this.plan = null;
    return batch;
  }
}
