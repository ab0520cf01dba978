/**
 * Writes of the documents store: a document main has written, an e-mail draft, the tracking of a
 * registered letter. Each is one Dexie transaction together with the customer's history line
 * (an `Interaction`), so the timeline never misses a document and never names one that is not
 * recorded.
 */
import type { LetterKind } from '../../../electron/letter-spec';
import { today as clockToday, nowTimestamp } from '../app/clock';
import type { IsoDate } from '../domain/dates';
import {
  registeredFacts,
  registeredFactSummary,
  sameRegistered,
  validateRegistered,
  type LETTER_DOCUMENT_KINDS,
  type Registered,
  type RegisteredDraft,
  type RegisteredErrors,
} from '../domain/documents';
import type { DocumentRecord, Id, Interaction } from '../domain/model';
import { newId, type RelanceDatabase } from './database';

// The domain keeps its own copy of the letter kinds (it may not import electron/); this line stops
// compiling if the two lists drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<LetterKind, (typeof LETTER_DOCUMENT_KINDS)[number]> = true;
void kindsMatch;

export interface RecordDocumentInput {
  customerId: Id;
  /** A `LetterKind`, 'email' or 'batch'. */
  kind: LetterKind | 'email' | 'batch';
  title: string;
  /** What main answered: the file it wrote, its SHA-256, size and pages. */
  path: string;
  sha256: string;
  size: number;
  pages: number;
  fileName: string;
  language?: 'fr' | 'en';
  invoiceIds: Id[];
  channel: NonNullable<DocumentRecord['channel']>;
  batchId?: Id;
  emailOf?: Id;
  registered?: Registered;
  /** The line added to the customer's history with this document, if any. */
  interaction?: { channel: Interaction['channel']; summary: string; outcome?: string };
}

/**
 * Records a document and, when given, the customer's interaction that goes with it, in one
 * transaction.
 *
 * Call it ONLY after main confirmed the file was written (the `savedFile` answer of saveLetter,
 * mergePdfs, composeEmail or calibrationPage): the path and SHA-256 come from that answer, so no
 * record ever points to a file that was not written.
 */
export async function recordDocument(
  db: RelanceDatabase,
  input: RecordDocumentInput,
): Promise<{ document: DocumentRecord; interactionId: Id | null }> {
  const at = nowTimestamp();
  const document: DocumentRecord = {
    id: newId(),
    customerId: input.customerId,
    kind: input.kind,
    title: input.title,
    path: input.path,
    fileName: input.fileName,
    sha256: input.sha256,
    size: input.size,
    pages: input.pages,
    invoiceIds: [...input.invoiceIds],
    channel: input.channel,
    createdAt: at,
    ...(input.language ? { language: input.language } : {}),
    ...(input.batchId ? { batchId: input.batchId } : {}),
    ...(input.emailOf ? { emailOf: input.emailOf } : {}),
    ...(input.registered ? { registered: { ...input.registered } } : {}),
  };
  let interactionId: Id | null = null;
  await db.transaction('rw', db.documents, db.interactions, async () => {
    await db.documents.add(document);
    if (input.interaction) {
      interactionId = newId();
      await db.interactions.add({
        id: interactionId,
        customerId: input.customerId,
        at,
        channel: input.interaction.channel,
        summary: input.interaction.summary,
        ...(input.interaction.outcome ? { outcome: input.interaction.outcome } : {}),
        invoiceIds: [...input.invoiceIds],
        documentIds: [document.id],
        corrections: [],
      });
    }
  });
  return { document, interactionId };
}

/** A history line that goes with no new file (an e-mail prepared as a mailto: link, for one). */
export async function logInteraction(
  db: RelanceDatabase,
  input: { customerId: Id; channel: Interaction['channel']; summary: string; outcome?: string; invoiceIds: Id[]; documentIds: Id[] },
): Promise<Interaction> {
  const interaction: Interaction = {
    id: newId(),
    customerId: input.customerId,
    at: nowTimestamp(),
    channel: input.channel,
    summary: input.summary,
    ...(input.outcome ? { outcome: input.outcome } : {}),
    invoiceIds: [...input.invoiceIds],
    documentIds: [...input.documentIds],
    corrections: [],
  };
  await db.interactions.add(interaction);
  return interaction;
}

/** What `recordRegisteredLetter` changed, enough to undo it. */
export interface RegisteredChange {
  documentId: Id;
  before: Registered | undefined;
  after: Registered;
  /** The history lines written, one per new fact. */
  interactionIds: Id[];
}

export type RegisteredResult =
  | { ok: true; change: RegisteredChange | null }
  | { ok: false; errors: RegisteredErrors };

export class MissingDocumentError extends Error {
  constructor(id: Id) {
    super(`Document ${id} no longer exists`);
    this.name = 'MissingDocumentError';
  }
}

/**
 * Stores the tracking of a registered letter (tracking number, sent on, received on (AR) or
 * unclaimed) after validating it (see `validateRegistered`; nothing is written when invalid), and
 * writes one 'registered-letter' interaction per new fact, so the customer's history and the
 * litigation file have the dates. `change` is null when nothing changed. `language` is the one the
 * history lines are written in (the document's own by default).
 */
export async function recordRegisteredLetter(
  db: RelanceDatabase,
  documentId: Id,
  data: { trackingNumber?: string; sentOn?: IsoDate; receivedOn?: IsoDate; unclaimed?: boolean },
  options: { today?: IsoDate; language?: 'fr' | 'en' } = {},
): Promise<RegisteredResult> {
  const draft: RegisteredDraft = {
    trackingNumber: data.trackingNumber ?? '',
    sentOn: data.sentOn ?? '',
    receivedOn: data.receivedOn ?? '',
    unclaimed: data.unclaimed ?? false,
  };
  const checked = validateRegistered(draft, options.today ?? clockToday());
  if (!checked.ok) return checked;
  const after = checked.value;

  return db.transaction('rw', db.documents, db.interactions, async () => {
    const doc = await db.documents.get(documentId);
    if (!doc) throw new MissingDocumentError(documentId);
    const before = doc.registered;
    if (before && sameRegistered(before, after)) return { ok: true, change: null } as const;
    const at = nowTimestamp();
    const title = doc.title ?? doc.fileName ?? doc.kind;
    const language = options.language ?? doc.language ?? 'fr';
    const interactions: Interaction[] = registeredFacts(before, after).map((fact) => ({
      id: newId(),
      customerId: doc.customerId,
      at,
      channel: 'registered-letter',
      summary: registeredFactSummary(fact, title, language),
      outcome: fact.kind === 'withdrawn' ? 'corrected' : fact.kind,
      invoiceIds: [...(doc.invoiceIds ?? [])],
      documentIds: [doc.id],
      corrections: [],
    }));
    await db.documents.update(documentId, { registered: after });
    if (interactions.length > 0) await db.interactions.bulkAdd(interactions);
    return { ok: true, change: { documentId, before, after, interactionIds: interactions.map((i) => i.id) } } as const;
  });
}

/**
 * Puts the tracking back as it was and removes the history lines the change wrote. Refused (false)
 * when the tracking was changed again since: undoing would silently throw the later change away.
 */
export async function undoRegisteredLetter(db: RelanceDatabase, change: RegisteredChange): Promise<boolean> {
  return db.transaction('rw', db.documents, db.interactions, async () => {
    const doc = await db.documents.get(change.documentId);
    if (!doc || !doc.registered || !sameRegistered(doc.registered, change.after)) return false;
    await db.documents.update(change.documentId, { registered: change.before });
    await db.interactions.bulkDelete(change.interactionIds);
    return true;
  });
}
