import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, IpcMain, Session, Shell } from 'electron';
import { channelNames } from '../../electron/contract';
import { registerIpc } from '../../electron/main/ipc';
import { hardenApp } from '../../electron/main/security/harden';
import { testLogger, testMain } from '../support/ports';

const APP_URL = 'file:///opt/Relance/resources/app.asar/out/renderer/index.html';

function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  return {
    handlers,
    ipcMain: { handle: (channel: string, fn: never) => handlers.set(channel, fn) } as unknown as IpcMain,
  };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', async () => {
    const { handlers } = await testMain();
    const fake = fakeIpcMain();
    registerIpc(fake.ipcMain, handlers, () => APP_URL, testLogger());
    expect([...fake.handlers.keys()].sort()).toEqual(channelNames.map((n) => `relance:${n}`).sort());
  });

  it('answers the app page and refuses any other frame', async () => {
    const { handlers } = await testMain();
    const fake = fakeIpcMain();
    const log = testLogger();
    registerIpc(fake.ipcMain, handlers, () => APP_URL, log);
    const appInfo = fake.handlers.get('relance:appInfo')!;
    expect(await appInfo({ senderFrame: { url: `${APP_URL}#/parametres` } }, {})).toMatchObject({ ok: true });
    expect(await appInfo({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNTRUSTED_SENDER' },
    });
    expect(await appInfo({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
  });

  it('validates the request of a trusted frame too', async () => {
    const { handlers } = await testMain();
    const fake = fakeIpcMain();
    registerIpc(fake.ipcMain, handlers, () => APP_URL, testLogger());
    const result = await fake.handlers.get('relance:openExternal')!({ senderFrame: { url: APP_URL } }, { url: 'file:///etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'URL_NOT_ALLOWED' } });
  });
});

describe('hardenApp', () => {
  function setup() {
    const app = new EventEmitter();
    let headersHook: ((details: unknown, cb: (r: unknown) => void) => void) | undefined;
    let permissionHook: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | undefined;
    let permissionCheck: (() => boolean) | undefined;
    const session = {
      webRequest: { onHeadersReceived: (fn: typeof headersHook) => (headersHook = fn) },
      setPermissionRequestHandler: (fn: typeof permissionHook) => (permissionHook = fn),
      setPermissionCheckHandler: (fn: typeof permissionCheck) => (permissionCheck = fn),
    };
    const shell = { openExternal: vi.fn(async () => undefined) };
    hardenApp(app as unknown as App, session as unknown as Session, shell as unknown as Shell, testLogger());
    const contents = Object.assign(new EventEmitter(), {
      getURL: () => APP_URL,
      windowOpenHandler: undefined as undefined | ((d: { url: string }) => { action: string }),
      setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
        this.windowOpenHandler = fn;
      },
    });
    app.emit('web-contents-created', {}, contents);
    return { headersHook: headersHook!, permissionHook: permissionHook!, permissionCheck: permissionCheck!, shell, contents };
  }

  it('adds the CSP to every response', () => {
    const { headersHook } = setup();
    let answer: { responseHeaders: Record<string, string[]> } | undefined;
    headersHook({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (answer = r as typeof answer));
    expect(answer!.responseHeaders['Content-Security-Policy']![0]).toContain("default-src 'none'");
    expect(answer!.responseHeaders['X-Other']).toEqual(['1']);
  });

  it('refuses every permission request and check', () => {
    const { permissionHook, permissionCheck } = setup();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      permissionHook({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(permissionCheck()).toBe(false);
  });

  it('prevents navigation away from the app and webviews', () => {
    const { contents } = setup();
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies new windows; only safe links go to the OS', () => {
    const { contents, shell } = setup();
    expect(contents.windowOpenHandler!({ url: 'https://www.service-public.fr/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.service-public.fr/');
  });
});
