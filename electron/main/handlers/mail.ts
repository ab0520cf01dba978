import { ContractError } from '../../contract';
import type { PathGuard } from '../files/path-guard';
import type { Ports } from '../ports';
import type { Handlers } from './types';

type Deps = Pick<Ports, 'paths' | 'print' | 'log'> & { guard: PathGuard };

const notBuilt = async (): Promise<never> => {
  throw new ContractError('UNAVAILABLE', 'Not built yet');
};

/** E-mail drafts (.eml) for the user's mail program, and printing saved PDFs. */
export function mailHandlers(deps: Deps): Pick<Handlers, 'composeEmail' | 'printPdf'> {
  void deps;
  return {
    composeEmail: notBuilt,
    printPdf: notBuilt,
  };
}
