/**
 * Saving a composed letter and sending it by e-mail: main writes the file, and only once it
 * answers is the document recorded, with the line of the customer's history that goes with it
 * (so no record ever points to a file that was not written).
 */
import type { BridgeError } from '../../../../electron/contract';
import type { LetterSpec } from '../../../../electron/letter-spec';
import { bridge } from '../../bridge';
import type { RelanceDatabase } from '../../db/database';
import { logInteraction, recordDocument } from '../../db/documents';
import { baseName, documentFolder, emailFileName, safeName } from '../../domain/documents';
import { KIND_TITLES } from '../../domain/letters/wording';
import { buildMailto } from '../../domain/mailto';
import type { Customer, DocumentRecord, Id } from '../../domain/model';
import { customerEmails } from '../documents/use-document-actions';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export interface SaveLetterInput {
  customer: Customer;
  letter: LetterSpec;
  invoiceIds: Id[];
  today: string;
  /** The line of the customer's history ("Mise en demeure enregistrée : 3 factures, 5 234,00 €"). */
  summary: string;
  batchId?: Id;
}

/** "2026-11-30 Mise en demeure FA-2026-101.pdf": sorts by date in the folder, says what it is. */
export function letterFileName(letter: Pick<LetterSpec, 'kind' | 'language'>, today: string, firstNumber: string | undefined): string {
  const title = KIND_TITLES[letter.kind][letter.language];
  return `${safeName(`${today} ${title}${firstNumber ? ` ${firstNumber}` : ''}`, today, 76)}.pdf`;
}

export async function saveLetterDocument(db: RelanceDatabase, input: SaveLetterInput, firstNumber?: string): Promise<Outcome<DocumentRecord>> {
  const { customer, letter } = input;
  const saved = await bridge().saveLetter({
    letter,
    folder: documentFolder(customer, input.today.slice(0, 4)),
    fileName: letterFileName(letter, input.today, firstNumber),
  });
  if (!saved.ok) return saved;
  const registered = letter.kind === 'formal-notice';
  const { document } = await recordDocument(db, {
    customerId: customer.id,
    kind: letter.kind,
    title: letter.metadata.title,
    path: saved.data.path,
    sha256: saved.data.sha256,
    size: saved.data.size,
    pages: saved.data.pages,
    fileName: baseName(saved.data.path),
    language: letter.language,
    invoiceIds: input.invoiceIds,
    channel: registered ? 'registered-letter' : 'letter',
    ...(input.batchId ? { batchId: input.batchId } : {}),
    ...(registered && letter.registered?.trackingNumber ? { registered: { trackingNumber: letter.registered.trackingNumber } } : {}),
    interaction: { channel: registered ? 'registered-letter' : 'letter', summary: input.summary },
  });
  return { ok: true, value: document };
}

export interface EmailInput {
  customer: Customer;
  document: DocumentRecord;
  subject: string;
  text: string;
  from: string;
  mode: 'eml' | 'mailto';
  today: string;
  /** History lines, in the interface language. */
  summary: { eml: (to: string) => string; mailto: (to: string) => string };
  title: string;
}

export type EmailOutcome =
  | { ok: true; mode: 'eml'; document: DocumentRecord }
  | { ok: true; mode: 'mailto'; truncated: boolean }
  | { ok: false; error: BridgeError | 'no-address' };

/**
 * The letter's e-mail version, with the PDF attached, as a draft opened in the user's mail
 * program ('eml'); or a mailto: link without attachment, the PDF shown in its folder ('mailto').
 */
export async function emailLetter(db: RelanceDatabase, input: EmailInput): Promise<EmailOutcome> {
  const recipients = customerEmails(input.customer);
  if (recipients.length === 0) return { ok: false, error: 'no-address' };
  const [to, ...cc] = recipients as [string, ...string[]];
  const { document } = input;
  const invoiceIds = document.invoiceIds ?? [];
  if (input.mode === 'mailto') {
    const link = buildMailto({ to: [to], cc, subject: input.subject, body: input.text, language: document.language ?? 'fr' });
    const opened = await bridge().openExternal({ url: link.url });
    if (!opened.ok) return opened;
    await logInteraction(db, {
      customerId: input.customer.id,
      channel: 'email',
      summary: input.summary.mailto(recipients.join(', ')),
      invoiceIds,
      documentIds: [document.id],
    });
    await bridge().revealPath({ path: document.path });
    return { ok: true, mode: 'mailto', truncated: link.truncated };
  }
  const draft = await bridge().composeEmail({
    ...(input.from.trim() ? { from: input.from.trim() } : {}),
    to: [to],
    cc,
    subject: input.subject,
    text: input.text,
    attachments: [document.path],
    folder: documentFolder(input.customer, input.today.slice(0, 4)),
    fileName: emailFileName(document),
  });
  if (!draft.ok) return draft;
  const { document: email } = await recordDocument(db, {
    customerId: input.customer.id,
    kind: 'email',
    title: input.title,
    path: draft.data.path,
    sha256: draft.data.sha256,
    size: draft.data.size,
    pages: draft.data.pages,
    fileName: baseName(draft.data.path),
    ...(document.language ? { language: document.language } : {}),
    invoiceIds,
    channel: 'email',
    emailOf: document.id,
    interaction: { channel: 'email', summary: input.summary.eml(recipients.join(', ')) },
  });
  const opened = await bridge().openPath({ path: draft.data.path });
  if (!opened.ok) return opened;
  return { ok: true, mode: 'eml', document: email };
}
