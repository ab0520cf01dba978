import { channelNames } from '../../../electron/contract-names';
import type { RelanceApi } from '../../../electron/contract';
import { decodeWire, encodeWire } from '../../../electron/wire';

const TOKEN_KEY = 'relance.hostToken';

/**
 * The browser host gives the page its per-run token in the URL (`?token=`). It is kept for the tab
 * in sessionStorage so a reload or a link without it still works.
 */
export function hostTokenFromLocation(location: Location, storage: Storage): string | null {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

/** The contract over HTTP: the same calls and results as in Electron. */
export function httpBridge(origin: string, token: string): RelanceApi {
  const call = async (name: string, request: unknown) => {
    try {
      const response = await fetch(`${origin}/rpc/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-relance-token': token },
        body: encodeWire(request) as BlobPart,
      });
      if (!response.ok) {
        return {
          ok: false,
          error: { code: 'UNAVAILABLE', message: `Browser host answered ${response.status}` },
        };
      }
      return decodeWire(new Uint8Array(await response.arrayBuffer()));
    } catch (error) {
      return { ok: false, error: { code: 'UNAVAILABLE', message: String(error) } };
    }
  };
  const api = Object.fromEntries(
    channelNames.map((name) => [name, (request: unknown) => call(name, request)]),
  );
  return { ...api, on: () => () => undefined } as unknown as RelanceApi;
}
