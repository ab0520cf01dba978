import { promises as fs } from 'node:fs';
import { ContractError } from '../../contract';
import type { PathGuard } from '../files/path-guard';
import { composeEmailDraft } from '../mail/compose-draft';
import type { Ports } from '../ports';
import { toContractError } from './fs-errors';
import type { Handlers } from './types';

type Deps = Pick<Ports, 'paths' | 'print' | 'log'> & { guard: PathGuard };

/** A PDF to print must be one of the app's files (or one the user chose) and a file on the disk. */
async function assertPrintable(guard: PathGuard, file: string): Promise<void> {
  if (!guard.isAllowed(file)) {
    throw new ContractError('PATH_NOT_ALLOWED', `Path outside the app's folders: ${file}`, { path: file });
  }
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    throw toContractError(error, file);
  }
  if (!stat.isFile()) throw new ContractError('IO_ERROR', `Not a file: ${file}`, { path: file });
}

/**
 * E-mail drafts (.eml) for the user's mail program, and printing saved PDFs. The renderer opens a
 * draft with `openPath`; see electron/main/mail/eml.ts for what each mail program does with it.
 */
export function mailHandlers(deps: Deps): Pick<Handlers, 'composeEmail' | 'printPdf'> {
  return {
    composeEmail: (request) =>
      composeEmailDraft({ documents: deps.paths.documents, guard: deps.guard, log: deps.log }, request),
    printPdf: async ({ path: file }) => {
      await assertPrintable(deps.guard, file);
      try {
        const mode = await deps.print.printPdf(file);
        deps.log.info('printPdf', { path: file, mode });
        return { mode };
      } catch (error) {
        if (error instanceof ContractError) throw error;
        throw new ContractError('IO_ERROR', error instanceof Error ? error.message : String(error), { path: file });
      }
    },
  };
}
