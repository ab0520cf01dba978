import { ContractError } from '../../contract';
import type { PathGuard } from '../files/path-guard';
import type { Ports } from '../ports';
import type { Handlers } from './types';

type Deps = Pick<Ports, 'paths' | 'log'> & { guard: PathGuard };

const notBuilt = async (): Promise<never> => {
  throw new ContractError('UNAVAILABLE', 'Not built yet');
};

/** Letters as PDFs: preview, save under the documents folder, merge, calibration page, checks. */
export function letterHandlers(
  deps: Deps,
): Pick<Handlers, 'previewLetter' | 'saveLetter' | 'mergePdfs' | 'calibrationPage' | 'checkFiles'> {
  void deps;
  return {
    previewLetter: notBuilt,
    saveLetter: notBuilt,
    mergePdfs: notBuilt,
    calibrationPage: notBuilt,
    checkFiles: notBuilt,
  };
}
