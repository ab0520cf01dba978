import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Errors worth retrying: a virus scanner, an indexer or a backup tool holds the file briefly. */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES']);

/**
 * Writes to a temporary file in the same folder, flushes it, then renames it over the target, so a
 * crash or a full disk never leaves a half-written document where a good one was. The temporary
 * file is removed on failure.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temp, target);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (!TRANSIENT.has(code) || attempt >= 5) throw error;
        await sleep(50 * 2 ** attempt);
      }
    }
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
