/**
 * The preload exposes the contract as one typed object, `window.relance`, and nothing else: no
 * ipcRenderer, no Node. Each method forwards its request to the matching contract channel; main
 * validates it there.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames, eventNames, ipcChannel, ipcEvent } from '../contract-names';
import type { EventName, Events, RelanceApi } from '../contract';

const calls = Object.fromEntries(
  channelNames.map((name) => [
    name,
    (request: unknown) => ipcRenderer.invoke(ipcChannel(name), request),
  ]),
);

const api = {
  ...calls,
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
    if (!(eventNames as readonly string[]).includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const wrapped = (_event: IpcRendererEvent, payload: Events[E]) => listener(payload);
    ipcRenderer.on(ipcEvent(event), wrapped);
    return () => ipcRenderer.removeListener(ipcEvent(event), wrapped);
  },
} as RelanceApi;

contextBridge.exposeInMainWorld('relance', api);
