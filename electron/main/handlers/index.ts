import { ContractError } from '../../contract';
import type { Ports } from '../ports';
import { PathGuard } from '../files/path-guard';
import { isSafeExternalUrl } from '../security/trusted-url';
import { letterHandlers } from './letters';
import { mailHandlers } from './mail';
import { notifyHandler } from './notify';
import { openFileHandler, openPathHandler, revealPathHandler, saveFileHandler } from './files';
import type { Handlers } from './types';

export type { Handlers } from './types';

/**
 * Builds every handler of the contract from its ports. Plain async functions: the Electron main
 * process, the browser host and the tests all call these same functions.
 */
export function createHandlers(ports: Ports, guard = defaultGuard(ports)): Handlers {
  const deps = { ...ports, guard };
  return {
    appInfo: async () => {
      const { userData, documents, logs } = ports.paths;
      return { ...ports.identity, paths: { userData, documents, logs } };
    },
    openFile: openFileHandler(deps),
    saveFile: saveFileHandler(deps),
    openPath: openPathHandler(deps),
    revealPath: revealPathHandler(deps),
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        ports.log.warn('openExternal refused', { url: url.slice(0, 200) });
        throw new ContractError('URL_NOT_ALLOWED', 'Only mailto: and https: links may be opened', {
          url: url.slice(0, 200),
        });
      }
      await ports.shell.openExternal(url);
      return {};
    },
    setLanguage: async ({ language }) => {
      ports.language.setLanguage(language);
      return {};
    },
    ...letterHandlers(deps),
    ...mailHandlers(deps),
    notify: notifyHandler(ports),
  };
}

/** The app's own folders are always reachable; user-chosen files are added as they are picked. */
export function defaultGuard(ports: Pick<Ports, 'paths'>): PathGuard {
  return new PathGuard([ports.paths.documents, ports.paths.userData]);
}
