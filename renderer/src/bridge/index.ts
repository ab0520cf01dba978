/**
 * The renderer's one way to reach the main process. Which implementation is used is decided once,
 * at start-up: the preload's `window.relance` inside Electron, the browser host over HTTP when the
 * page was opened with a host token, or one that explains it is unavailable. Components never ask
 * "am I in Electron?"; they call `bridge()`.
 */
import type { RelanceApi } from '../../../electron/contract';
import { httpBridge, hostTokenFromLocation } from './http-bridge';
import { unavailableBridge } from './unavailable-bridge';

export type { RelanceApi } from '../../../electron/contract';

declare global {
  interface Window {
    relance?: RelanceApi;
  }
}

let current: RelanceApi | null = null;

export function bridge(): RelanceApi {
  if (!current) {
    if (window.relance) current = window.relance;
    else {
      const token = hostTokenFromLocation(window.location, window.sessionStorage);
      current = token ? httpBridge(window.location.origin, token) : unavailableBridge();
    }
  }
  return current;
}

/** For component tests: install a double before rendering. */
export function setBridgeForTests(api: RelanceApi | null): void {
  current = api;
}
