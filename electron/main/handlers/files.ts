import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ContractError, MAX_OPEN_FILE_BYTES } from '../../contract';
import type { Ports } from '../ports';
import type { PathGuard } from '../files/path-guard';
import { writeFileAtomic } from '../files/atomic-write';
import { toContractError } from './fs-errors';
import type { Handler } from './types';

type Deps = Pick<Ports, 'dialogs' | 'shell' | 'log'> & { guard: PathGuard };

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

export function openFileHandler({ dialogs, guard, log }: Deps): Handler<'openFile'> {
  return async ({ title, filters, maxBytes = MAX_OPEN_FILE_BYTES }) => {
    const chosen = await dialogs.chooseFileToOpen({ title, filters });
    if (chosen === null) return { canceled: true };
    try {
      // Check the size before reading, so a huge file is refused without filling memory.
      const stat = await fs.stat(chosen);
      if (!stat.isFile()) {
        throw new ContractError('IO_ERROR', `Not a file: ${chosen}`, { path: chosen });
      }
      if (stat.size > maxBytes) {
        throw new ContractError(
          'FILE_TOO_LARGE',
          `${chosen} is ${megabytes(stat.size)}, the limit is ${megabytes(maxBytes)}`,
          { path: chosen, size: stat.size, maxBytes },
        );
      }
      const data = await fs.readFile(chosen);
      guard.allowChosen(chosen);
      log.info('openFile', { path: chosen, size: data.byteLength });
      return {
        canceled: false,
        path: chosen,
        name: path.basename(chosen),
        size: data.byteLength,
        bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      };
    } catch (error) {
      throw toContractError(error, chosen);
    }
  };
}

export function saveFileHandler({ dialogs, guard, log }: Deps): Handler<'saveFile'> {
  return async ({ title, suggestedName, filters, bytes }) => {
    const chosen = await dialogs.chooseFileToSave({ title, suggestedName, filters });
    if (chosen === null) return { canceled: true };
    try {
      await writeFileAtomic(chosen, bytes);
    } catch (error) {
      throw toContractError(error, chosen);
    }
    guard.allowChosen(chosen);
    log.info('saveFile', { path: chosen, size: bytes.byteLength });
    return { canceled: false, path: chosen, size: bytes.byteLength };
  };
}

/** A path from the renderer must be inside the allowed folders and exist before the OS gets it. */
async function assertAllowedAndPresent(guard: PathGuard, file: string): Promise<void> {
  if (!guard.isAllowed(file)) {
    throw new ContractError(
      'PATH_NOT_ALLOWED',
      `Path outside the app's folders and the files chosen by the user: ${file}`,
      { path: file },
    );
  }
  try {
    await fs.access(file);
  } catch (error) {
    throw toContractError(error, file);
  }
}

export function openPathHandler({ shell, guard }: Deps): Handler<'openPath'> {
  return async ({ path: file }) => {
    await assertAllowedAndPresent(guard, file);
    const failure = await shell.openPath(file);
    if (failure) throw new ContractError('IO_ERROR', failure, { path: file });
    return {};
  };
}

export function revealPathHandler({ shell, guard }: Deps): Handler<'revealPath'> {
  return async ({ path: file }) => {
    await assertAllowedAndPresent(guard, file);
    shell.showItemInFolder(file);
    return {};
  };
}
