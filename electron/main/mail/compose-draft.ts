import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ContractError, type ResponseOf } from '../../contract';
import { saveNewDocument } from '../files/documents-folder';
import type { PathGuard } from '../files/path-guard';
import { toContractError } from '../handlers/fs-errors';
import type { Handler } from '../handlers/types';
import type { Logger } from '../ports';
import { parseMailbox, parseMailboxes } from './addresses';
import { buildEml, contentTypeFor, newMessageId, type EmlAttachment } from './eml';

type ComposeRequest = Parameters<Handler<'composeEmail'>>[0];

/**
 * Most mail providers refuse a message above 20 to 25 MB once encoded, and base64 makes the
 * attachments a third bigger: beyond this many bytes of files the draft could not be sent anyway,
 * so the user is told now (FILE_TOO_LARGE) rather than by a bounce later.
 */
export const MAX_ATTACHMENT_BYTES = 18 * 1024 * 1024;

export interface ComposeDeps {
  documents: string;
  guard: PathGuard;
  log: Logger;
  /** The Date header; the clock by default. */
  now?: () => Date;
  maxAttachmentBytes?: number;
}

/** Each attachment must be one of the app's files (the path guard) and a readable file. */
async function readAttachments(
  files: readonly string[],
  guard: PathGuard,
  maxBytes: number,
): Promise<EmlAttachment[]> {
  const sizes: number[] = [];
  for (const [index, file] of files.entries()) {
    if (!guard.isAllowed(file)) {
      throw new ContractError('PATH_NOT_ALLOWED', `Attachment outside the app's folders: ${file}`, {
        path: file,
        field: `attachments.${index}`,
      });
    }
    let stat;
    try {
      stat = await fs.stat(file);
    } catch (error) {
      throw toContractError(error, file);
    }
    if (!stat.isFile()) throw new ContractError('IO_ERROR', `Not a file: ${file}`, { path: file });
    sizes.push(stat.size);
  }
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > maxBytes) {
    throw new ContractError('FILE_TOO_LARGE', `Attachments total ${total} bytes, the limit is ${maxBytes}`, {
      size: total,
      maxBytes,
    });
  }
  const attachments: EmlAttachment[] = [];
  for (const file of files) {
    let content: Buffer;
    try {
      content = await fs.readFile(file);
    } catch (error) {
      throw toContractError(error, file);
    }
    const fileName = path.basename(file);
    attachments.push({ fileName, content, contentType: contentTypeFor(fileName) ?? 'application/octet-stream' });
  }
  return attachments;
}

/**
 * Writes an e-mail draft with the given documents attached under
 * `documents/<folder…>/<fileName>` (" (2)", " (3)"… rather than replace a file), atomically, and
 * returns where it went and the SHA-256 of the bytes written. Addresses are checked first, then
 * the attachments, so nothing is written for a request that cannot make a sendable message.
 */
export async function composeEmailDraft(
  deps: ComposeDeps,
  request: ComposeRequest,
): Promise<ResponseOf<'composeEmail'>> {
  const fromText = request.from?.trim() ?? '';
  const from = fromText ? parseMailbox(fromText, 'from') : undefined;
  const to = parseMailboxes(request.to, 'to');
  const cc = parseMailboxes(request.cc, 'cc');
  const attachments = await readAttachments(
    request.attachments,
    deps.guard,
    deps.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES,
  );

  const bytes = await buildEml({
    ...(from ? { from } : {}),
    to,
    cc,
    subject: request.subject,
    text: request.text,
    attachments,
    date: (deps.now ?? (() => new Date()))(),
    messageId: newMessageId(from),
  });

  const saved = await saveNewDocument({
    root: deps.documents,
    folder: request.folder,
    fileName: request.fileName,
    bytes,
  });
  deps.log.info('composeEmail', { path: saved.path, size: saved.size, attachments: attachments.length });
  return { ...saved, pages: 0 };
}
