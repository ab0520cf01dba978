import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ContractError } from '../../contract';
import type { PathGuard } from '../files/path-guard';
import { saveNewDocument, sha256File } from '../files/documents-folder';
import type { Ports } from '../ports';
import { CALIBRATION_TEXT, renderCalibrationPage } from '../pdf/calibration';
import { loadLetterFonts, type LetterFonts } from '../pdf/fonts';
import { renderLetter } from '../pdf/letter-pdf';
import { mergePdfs } from '../pdf/merge';
import { toContractError } from './fs-errors';
import type { Handlers } from './types';

type Deps = Pick<Ports, 'paths' | 'log'> & { guard: PathGuard; now?: () => Date };

/** The calibration page's folder under the documents folder. */
export const CALIBRATION_FOLDER = 'Calibration';

/** How many files `checkFiles` reads at once. */
const CHECK_CONCURRENCY = 8;

function assertAllowed(guard: PathGuard, file: string): void {
  if (!guard.isAllowed(file)) {
    throw new ContractError(
      'PATH_NOT_ALLOWED',
      `Path outside the app's folders and the files chosen by the user: ${file}`,
      { path: file },
    );
  }
}

/** Runs `task` over `items` with at most `limit` at a time; results in the order of `items`. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Letters as PDFs: preview, save under the documents folder, merge, calibration page, checks. */
export function letterHandlers(
  deps: Deps,
): Pick<Handlers, 'previewLetter' | 'saveLetter' | 'mergePdfs' | 'calibrationPage' | 'checkFiles'> {
  const { paths, log, guard } = deps;
  const now = deps.now ?? (() => new Date());

  const fonts = async (): Promise<LetterFonts> => {
    try {
      return await loadLetterFonts(paths.resources);
    } catch (error) {
      log.error('pdf: fonts not readable', { resources: paths.resources, error });
      throw new ContractError('INTERNAL', `The PDF fonts could not be read from ${paths.resources}`, {
        path: path.join(paths.resources, 'fonts'),
      });
    }
  };

  return {
    previewLetter: async ({ letter }) => {
      const { bytes, pages } = await renderLetter(letter, await fonts(), log);
      return { bytes, pages };
    },

    saveLetter: async ({ letter, folder, fileName }) => {
      const { bytes, pages } = await renderLetter(letter, await fonts(), log);
      const saved = await saveNewDocument({ root: paths.documents, folder, fileName, bytes });
      log.info('saveLetter', { path: saved.path, size: saved.size, pages, kind: letter.kind });
      return { ...saved, pages };
    },

    mergePdfs: async ({ paths: files, folder, fileName }) => {
      // Every path is checked before anything is read: one refused path refuses the whole batch.
      for (const file of files) assertAllowed(guard, file);
      const read = async (file: string) => {
        try {
          const data = await fs.readFile(file);
          return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        } catch (error) {
          throw toContractError(error, file);
        }
      };
      const title = fileName.replace(/\.pdf$/i, '');
      const { bytes, pages } = await mergePdfs(files, read, { title, language: 'fr', createdAt: now() });
      const saved = await saveNewDocument({ root: paths.documents, folder, fileName, bytes });
      log.info('mergePdfs', { path: saved.path, files: files.length, pages });
      return { ...saved, pages };
    },

    calibrationPage: async ({ envelopeOffsetMm, language }) => {
      const { bytes, pages } = await renderCalibrationPage(envelopeOffsetMm, language, await fonts(), now());
      const saved = await saveNewDocument({
        root: paths.documents,
        folder: [CALIBRATION_FOLDER],
        fileName: CALIBRATION_TEXT[language].fileName,
        bytes,
      });
      log.info('calibrationPage', { path: saved.path, offset: envelopeOffsetMm });
      return { ...saved, pages };
    },

    checkFiles: async ({ files }) => {
      for (const file of files) assertAllowed(guard, file.path);
      const status = await mapLimited(files, CHECK_CONCURRENCY, async ({ path: file, sha256 }) => {
        try {
          const stat = await fs.stat(file);
          if (!stat.isFile()) return 'changed' as const;
          return (await sha256File(file)) === sha256 ? ('ok' as const) : ('changed' as const);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing' as const;
          throw toContractError(error, file);
        }
      });
      return { status };
    },
  };
}
