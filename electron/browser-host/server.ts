/**
 * The browser host: serves the built renderer and runs the real main-process handlers behind the
 * same contract, over HTTP on 127.0.0.1 only, for development in a plain browser and for the
 * end-to-end tests. Never shipped: the Electron app does not import this folder.
 *
 * Protection: loopback only; every call carries the per-run token (given to the page in the URL
 * printed at start-up); the Host header must name the loopback address (no DNS rebinding); the
 * same CSP as the app.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { MAX_OPEN_FILE_BYTES } from '../contract';
import { dispatch } from '../main/dispatch';
import { createHandlers } from '../main/handlers';
import type { Logger, Ports } from '../main/ports';
import { CONTENT_SECURITY_POLICY } from '../main/security/csp';
import { decodeWire, encodeWire } from '../wire';
import { RecordingLanguage, RecordingNotifier, RecordingPrinter, RecordingShell, ScriptedDialogs } from './doubles';

export interface BrowserHostOptions {
  rendererDir: string;
  dataDir: string;
  /** Fonts and other run-time assets; `resources/` of the working directory by default. */
  resourcesDir?: string;
  port?: number;
  version?: string;
  log?: Logger;
}

export interface BrowserHost {
  /** The address to open, token included. */
  url: string;
  origin: string;
  token: string;
  dialogs: ScriptedDialogs;
  shell: RecordingShell;
  language: RecordingLanguage;
  printer: RecordingPrinter;
  notifier: RecordingNotifier;
  paths: Ports['paths'];
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

// The largest file plus room for the JSON around it.
const MAX_BODY_BYTES = MAX_OPEN_FILE_BYTES + 1024 * 1024;

const quietLog: Logger = { info() {}, warn() {}, error: (...args) => console.error(...args) };

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendWire(res: ServerResponse, message: unknown): void {
  const body = encodeWire(message);
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const log = options.log ?? quietLog;
  const token = randomBytes(24).toString('hex');
  const dialogs = new ScriptedDialogs();
  const shell = new RecordingShell();
  const language = new RecordingLanguage();
  const printer = new RecordingPrinter();
  const notifier = new RecordingNotifier();
  const paths = {
    userData: path.resolve(options.dataDir),
    documents: path.resolve(options.dataDir, 'documents'),
    logs: path.resolve(options.dataDir, 'logs'),
    resources: path.resolve(options.resourcesDir ?? 'resources'),
  };
  await fs.mkdir(paths.documents, { recursive: true });
  const handlers = createHandlers({
    dialogs,
    shell,
    language,
    print: printer,
    notifications: notifier,
    paths,
    identity: { name: 'Relance', version: options.version ?? '0.0.0', platform: process.platform },
    log,
  });
  const rendererDir = path.resolve(options.rendererDir);
  let port = 0;

  const server = createServer((req, res) => {
    void (async () => {
      if (req.headers.host !== `127.0.0.1:${port}`) {
        send(res, 421, JSON.stringify({ error: 'Wrong host' }));
        return;
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
        if (!sameToken(req.headers['x-relance-token'] as string | undefined, token)) {
          send(res, 403, JSON.stringify({ error: 'Missing or wrong token' }));
          return;
        }
        let request: unknown;
        try {
          const body = await readBody(req);
          request = decodeWire(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
        } catch (error) {
          sendWire(res, { ok: false, error: { code: 'INVALID_REQUEST', message: `Unreadable request: ${String(error)}` } });
          return;
        }
        sendWire(res, await dispatch(handlers, url.pathname.slice('/rpc/'.length), request, log));
        return;
      }
      if (req.method === 'POST' && url.pathname === '/__host/dialogs') {
        // Lets a developer using `npm run start:web` answer the next dialogs by hand.
        if (!sameToken(req.headers['x-relance-token'] as string | undefined, token)) {
          send(res, 403, JSON.stringify({ error: 'Missing or wrong token' }));
          return;
        }
        const body = JSON.parse((await readBody(req)).toString('utf8')) as { open?: string; save?: string };
        if (body.open) dialogs.answerNextOpen(body.open);
        if (body.save) dialogs.answerNextSave(body.save);
        send(res, 200, '{}');
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, JSON.stringify({ error: 'Method not allowed' }));
        return;
      }
      const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
      const file = path.resolve(rendererDir, '.' + relative);
      if (!file.startsWith(rendererDir + path.sep)) {
        send(res, 404, 'Not found', 'text/plain');
        return;
      }
      try {
        const body = await fs.readFile(file);
        res.writeHead(200, {
          'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        send(res, 404, 'Not found', 'text/plain');
      }
    })().catch((error: unknown) => {
      log.error('browser host request failed', error);
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: 'Internal error' }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    dialogs,
    shell,
    language,
    printer,
    notifier,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
