import { channelNames } from '../../../electron/contract-names';
import type { RelanceApi } from '../../../electron/contract';

/**
 * Used when the page runs with neither Electron nor the browser host (a bare static server): the
 * interface works, and anything needing the main process says so instead of failing silently.
 */
export function unavailableBridge(): RelanceApi {
  const api = Object.fromEntries(
    channelNames.map((name) => [
      name,
      async () => ({
        ok: false,
        error: { code: 'UNAVAILABLE', message: `No main process to answer ${name}` },
      }),
    ]),
  );
  return { ...api, on: () => () => undefined } as unknown as RelanceApi;
}
