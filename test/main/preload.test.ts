import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../electron/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, request: unknown) => ({ ok: true, data: { channel, request } }));
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (channel: string, request: unknown) => invoke(channel, request),
    on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    await import('../../electron/preload/index');
  });

  it('exposes one object, window.relance, and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['relance']);
  });

  it('has exactly one method per contract channel, plus on()', () => {
    const api = exposed.relance as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'on'].sort());
    for (const key of Object.keys(api)) expect(typeof api[key]).toBe('function');
  });

  it('forwards a call to its namespaced channel, without touching the request', async () => {
    const api = exposed.relance as { openPath(r: unknown): Promise<unknown> };
    await api.openPath({ path: '/x' });
    expect(invoke).toHaveBeenLastCalledWith('relance:openPath', { path: '/x' });
  });

  it('subscribes to known events only, and unsubscribes', () => {
    const api = exposed.relance as { on(e: string, l: (p: unknown) => void): () => void };
    const received: unknown[] = [];
    const stop = api.on('menuCommand', (p) => received.push(p));
    listeners.get('relance-event:menuCommand')?.({}, { command: 'import' });
    expect(received).toEqual([{ command: 'import' }]);
    stop();
    expect(listeners.has('relance-event:menuCommand')).toBe(false);
    expect(() => api.on('shell', () => undefined)).toThrow(/Unknown event/);
  });
});
