import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server';
import { decodeWire, encodeWire } from '../../electron/wire';

let host: BrowserHost;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'relance-host-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Relance</title>');
  await writeFile(path.join(root, 'secret.txt'), 'top secret');
  host = await startBrowserHost({ rendererDir, dataDir: path.join(root, 'data'), version: '9.9.9' });
});
afterAll(() => host.close());

/** Raw HTTP so the test controls the Host header, which fetch() would not let it set. */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array }) {
  const port = Number(new URL(host.origin).port);
  return new Promise<{ status: number; body: string; bytes: Uint8Array; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const all = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, body: all.toString('utf8'), bytes: new Uint8Array(all), headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const rpc = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  raw({
    method: 'POST',
    path: `/rpc/${channel}`,
    headers: { 'x-relance-token': host.token, 'content-type': 'application/json', ...headers },
    body: encodeWire(payload),
  });

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the per-run token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('serves the renderer with the app CSP', async () => {
    const res = await raw({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Relance</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('runs the real handlers behind the contract', async () => {
    const res = await rpc('appInfo', {});
    expect(decodeWire(res.bytes)).toMatchObject({ ok: true, data: { name: 'Relance', version: '9.9.9' } });
  });

  it('carries file bytes both ways', async () => {
    const file = path.join(root, 'export.csv');
    await writeFile(file, new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x3b, 0xe9]));
    host.dialogs.answerNextOpen(file);
    const res = decodeWire((await rpc('openFile', {})).bytes) as { data: { bytes: Uint8Array } };
    expect(Array.from(res.data.bytes)).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x3b, 0xe9]);
  });

  it('validates requests exactly as main does', async () => {
    const res = await rpc('openPath', { path: path.join(root, 'secret.txt') });
    expect(decodeWire(res.bytes)).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    const bad = await rpc('openPath', { path: 1 });
    expect(decodeWire(bad.bytes)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const none = await raw({ method: 'POST', path: '/rpc/appInfo', body: '{}' });
    expect(none.status).toBe(403);
    const wrong = await rpc('appInfo', {}, { 'x-relance-token': 'f'.repeat(48) });
    expect(wrong.status).toBe(403);
  });

  it('refuses another Host header (DNS rebinding)', async () => {
    const res = await rpc('appInfo', {}, { host: 'evil.example' });
    expect(res.status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
      const res = await raw({ path: p });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('top secret');
    }
  });

  it('answers garbage with INVALID_REQUEST rather than crashing', async () => {
    const res = await raw({
      method: 'POST',
      path: '/rpc/appInfo',
      headers: { 'x-relance-token': host.token },
      body: '{not json',
    });
    expect(decodeWire(res.bytes)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect((await rpc('appInfo', {})).status).toBe(200);
  });
});
