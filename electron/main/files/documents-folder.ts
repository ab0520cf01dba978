/**
 * Saving generated documents under the app's documents folder: `<documents>/<folder…>/<name>`,
 * folders created as needed, a name never reused ("Relance.pdf", then "Relance (2).pdf"…),
 * written atomically (atomic-write.ts), and the SHA-256 of the bytes written returned so the app
 * can later tell whether the file is still there as it was.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { ContractError } from '../../contract';
import { writeFileAtomic } from './atomic-write';
import { toContractError } from '../handlers/fs-errors';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** SHA-256 of a file, streamed (a scanned attachment may be large). */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** "Relance.pdf", 2 → "Relance (2).pdf". */
export function numberedName(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const ext = path.extname(fileName);
  const base = ext ? fileName.slice(0, -ext.length) : fileName;
  return `${base} (${n})${ext}`;
}

/** The folder for `segments` under `root`, refused if it would resolve outside of it. */
export function folderUnder(root: string, segments: readonly string[]): string {
  const base = path.resolve(root);
  const dir = path.resolve(base, ...segments);
  const relative = path.relative(base, dir);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ContractError('PATH_NOT_ALLOWED', `Folder outside the documents folder: ${segments.join('/')}`, {
      folder: segments.join('/'),
    });
  }
  return dir;
}

/**
 * Names being written by this process: two documents saved at once under one name (a batch) get
 * two names, since the existence check alone cannot see a file still being written.
 */
const reserved = new Set<string>();

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Windows and macOS compare names without case: "Relance.pdf" and "relance.pdf" are one file. */
const reservationKey = (file: string) => file.toLowerCase();

export interface SavedDocument {
  path: string;
  sha256: string;
  size: number;
}

export interface SaveOptions {
  root: string;
  folder: readonly string[];
  fileName: string;
  bytes: Uint8Array;
  /** Tests inject a writer that fails; the real one writes a temp file and renames it. */
  write?: (target: string, bytes: Uint8Array) => Promise<void>;
}

const MAX_NUMBER = 10_000;

/**
 * Saves `bytes` as a new file (never over an existing one) and returns where, with its SHA-256.
 * A failure (disk full, no permission, a file where a folder should be) leaves no file behind and
 * becomes a ContractError (DISK_FULL, IO_ERROR…) naming the path.
 */
export async function saveNewDocument({ root, folder, fileName, bytes, write = writeFileAtomic }: SaveOptions): Promise<SavedDocument> {
  const dir = folderUnder(root, folder);
  let target = path.join(dir, fileName);
  let key = '';
  try {
    await fs.mkdir(dir, { recursive: true });
    for (let n = 1; ; n++) {
      if (n > MAX_NUMBER) throw new ContractError('IO_ERROR', `No free name for ${fileName} in ${dir}`, { path: target });
      target = path.join(dir, numberedName(fileName, n));
      key = reservationKey(target);
      if (reserved.has(key)) continue;
      // Reserved before the check, with no await in between: a concurrent save skips this name.
      reserved.add(key);
      if (!(await exists(target))) break;
      reserved.delete(key);
    }
  } catch (error) {
    if (key) reserved.delete(key);
    throw toContractError(error, target);
  }
  try {
    await write(target, bytes);
  } catch (error) {
    throw toContractError(error, target);
  } finally {
    reserved.delete(key);
  }
  return { path: target, sha256: sha256Hex(bytes), size: bytes.byteLength };
}
