import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server';

export const SCREENSHOTS = path.resolve('test-results/screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH');
  }
  return found;
}

export interface Session {
  host: BrowserHost;
  browser: Browser;
  page: Page;
  dataDir: string;
  errors: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The built app behind the browser host, in a fresh Chromium profile, as a new user sees it. */
export async function openApp(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Session> {
  const rendererDir = path.resolve('out/renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm run test:e2e does it)');
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'relance-e2e-'));
  const host = await startBrowserHost({ rendererDir, dataDir, version: '0.1.0-e2e' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'fr-FR',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.goto(host.url);
  return {
    host,
    browser,
    page,
    dataDir,
    errors,
    shot: async (name) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await browser.close();
      await host.close();
    },
  };
}
