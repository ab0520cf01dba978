/**
 * The same letter for many customers at once (from the invoice book's selection): one PDF per
 * customer, saved and recorded like a letter made from the customer page, then one merged PDF of
 * them all to print in one go. A customer whose letter cannot be made (no postal address…) is
 * skipped and listed with what is missing; the others are not held up by it.
 */
import type { BridgeError } from '../../../../electron/contract';
import { nowTimestamp } from '../../app/clock';
import { bridge } from '../../bridge';
import { newId, type RelanceDatabase } from '../../db/database';
import { recordDocument } from '../../db/documents';
import { baseName, safeName } from '../../domain/documents';
import { buildLetterRequest, withPlace } from '../../domain/letter-request';
import { composeLetter } from '../../domain/letters/compose';
import { KIND_TITLES } from '../../domain/letters/wording';
import type { Customer, DocumentRecord, Id } from '../../domain/model';
import type { TemplateKind, TemplateTone } from '../../domain/templates/kinds';
import { saveLetterDocument } from './letter-files';
import { loadLetterSources } from './letter-sources';

export interface BatchRequest {
  kind: TemplateKind;
  tone: TemplateTone;
  language: 'fr' | 'en';
  /** Selected invoices by customer id, in the order to print. */
  invoicesByCustomer: Map<Id, Id[]>;
  today: string;
  /** The history line of each customer's letter. */
  summary(title: string, invoices: number, openCents: number): string;
  /** "Lot : Relance 1 – 12 clients" */
  batchTitle(count: number): string;
}

export type CustomerOutcome =
  | { customerId: Id; name: string; status: 'done'; document: DocumentRecord }
  | { customerId: Id; name: string; status: 'refused'; missing: string[] }
  | { customerId: Id; name: string; status: 'failed'; error: BridgeError | string };

export interface BatchResult {
  outcomes: CustomerOutcome[];
  /** The merged PDF of every letter made (null when none was, or the merge failed). */
  merged: DocumentRecord | null;
  mergeError: BridgeError | null;
  cancelled: boolean;
}

export async function generateBatch(
  db: RelanceDatabase,
  request: BatchRequest,
  onProgress: (done: number, total: number, current: string) => void,
  isCancelled: () => boolean = () => false,
): Promise<BatchResult> {
  const batchId = newId();
  const outcomes: CustomerOutcome[] = [];
  const entries = [...request.invoicesByCustomer];
  let cancelled = false;
  for (const [index, [customerId, invoiceIds]] of entries.entries()) {
    if (isCancelled()) {
      cancelled = true;
      break;
    }
    const sources = await loadLetterSources(db, customerId);
    const name = sources?.customer.name ?? customerId;
    onProgress(index, entries.length, name);
    if (!sources) {
      outcomes.push({ customerId, name, status: 'refused', missing: ['letterGeneration.noCustomer'] });
      continue;
    }
    const customer: Customer = sources.customer;
    const built = buildLetterRequest(
      sources,
      { kind: request.kind, tone: request.tone, language: request.language, invoiceIds, contactId: customer.contacts.find((c) => c.name.trim())?.id ?? null },
      request.today,
      nowTimestamp(),
    );
    if (!built.ok) {
      outcomes.push({ customerId, name, status: 'refused', missing: built.missing });
      continue;
    }
    const composed = composeLetter(built.input);
    if (!composed.ok) {
      outcomes.push({ customerId, name, status: 'refused', missing: [...composed.missing, ...(composed.errors.length ? ['letterGeneration.batch.templateErrors'] : [])] });
      continue;
    }
    const letter = withPlace(composed.letter, sources.settings.place, request.today, request.language);
    try {
      const saved = await saveLetterDocument(
        db,
        {
          customer,
          letter,
          invoiceIds: built.invoices.map((i) => i.id),
          today: request.today,
          summary: request.summary(letter.metadata.title, built.invoices.length, built.invoices.reduce((sum, i) => sum + i.openCents, 0)),
          batchId,
        },
        built.invoices[0]?.number,
      );
      outcomes.push(saved.ok ? { customerId, name, status: 'done', document: saved.value } : { customerId, name, status: 'failed', error: saved.error });
    } catch (error) {
      outcomes.push({ customerId, name, status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
  onProgress(outcomes.length, entries.length, '');

  const made = outcomes.flatMap((o) => (o.status === 'done' ? [o.document] : []));
  if (made.length === 0) return { outcomes, merged: null, mergeError: null, cancelled };
  const title = request.batchTitle(made.length);
  const merged = await bridge().mergePdfs({
    paths: made.map((d) => d.path),
    folder: [request.today.slice(0, 4), 'Lots'],
    fileName: `${safeName(`${request.today} ${KIND_TITLES[request.kind][request.language]} – ${made.length}`, request.today, 76)}.pdf`,
  });
  if (!merged.ok) return { outcomes, merged: null, mergeError: merged.error, cancelled };
  const { document } = await recordDocument(db, {
    customerId: '',
    kind: 'batch',
    title,
    path: merged.data.path,
    sha256: merged.data.sha256,
    size: merged.data.size,
    pages: merged.data.pages,
    fileName: baseName(merged.data.path),
    language: request.language,
    invoiceIds: made.flatMap((d) => d.invoiceIds ?? []),
    channel: request.kind === 'formal-notice' ? 'registered-letter' : 'letter',
    batchId,
  });
  return { outcomes, merged: document, mergeError: null, cancelled };
}
