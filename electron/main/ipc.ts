import type { IpcMain } from 'electron';
import { channelNames, ipcChannel } from '../contract';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';
import type { Logger } from './ports';
import { isTrustedSenderUrl } from './security/trusted-sender';

/** Registers one ipcMain handler per contract channel; each goes through `dispatch`. */
export function registerIpc(
  ipcMain: IpcMain,
  handlers: Handlers,
  rendererUrl: () => string,
  log: Logger,
): void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), async (event, request: unknown) => {
      const senderUrl = event.senderFrame?.url;
      if (!isTrustedSenderUrl(senderUrl, rendererUrl())) {
        log.warn('IPC from an untrusted frame refused', { channel: name, senderUrl });
        return {
          ok: false,
          error: { code: 'UNTRUSTED_SENDER', message: 'Request from an untrusted frame' },
        };
      }
      return dispatch(handlers, name, request, log);
    });
  }
}
