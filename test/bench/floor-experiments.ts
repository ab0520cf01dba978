/**
 * Diagnostics for the import benchmark (not part of `npm run bench:import`): how the raw
 * IndexedDB write floor behaves on this machine. The rows are the ones the import worker would
 * write (analyzeImport + reconcile in Node on the same synthetic FEC), written from the page with
 * plain IndexedDB: repeated runs, with/without deleting the database in between, chunked like a
 * 5 000-row bulkPut loop or smaller chunks, strict vs relaxed durability.
 *
 *   npx tsx test/bench/floor-experiments.ts            (prints JSON lines on stdout)
 *   FLOOR_VARIANTS=chunks npx tsx test/bench/floor-experiments.ts   (one transaction vs 1 000-row
 *   chunks awaited one by one vs pipelined, interleaved three times)
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { schemaVersions } from '../../renderer/src/db/versions';
import { analyzeImport } from '../../renderer/src/domain/import/pipeline';
import { reconcile } from '../../renderer/src/domain/import/reconcile';
import { openApp } from '../e2e/harness';
import { idbSchemaFromDexie } from './dexie-schema';
import { generateFec } from './fec-generator';

const here = path.dirname(fileURLToPath(import.meta.url));
const inPage = <T>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;
const STORES = ['customers', 'invoices', 'payments'];

const work = await mkdtemp(path.join(os.tmpdir(), 'relance-floor-'));
const fec = await generateFec(work);
const analysis = analyzeImport(new Uint8Array(await readFile(fec.file)), { terms: { days: 30, rule: 'net' } });
if (!analysis.ok) throw new Error('analysis failed');
const plan = reconcile({ customers: [], invoices: [], payments: [] }, analysis.preview, {
  batchId: 'bench',
  now: new Date().toISOString(),
  mode: 'full',
  newId: () => crypto.randomUUID(),
});
const rows = JSON.stringify({ customers: plan.customers.add, invoices: plan.invoices.add, payments: plan.payments.add });

const s = await openApp();
try {
  const { page, host } = s;
  await page.addInitScript({ path: path.join(here, 'page-probes.js') });
  await page.reload();
  await inPage(page, readFileSync(path.join(here, 'page-floor.js'), 'utf8'));
  const url = `${host.origin}/__bench/rows.json`;
  await page.route(url, (route) => route.fulfill({ status: 200, body: rows, contentType: 'application/json' }));
  console.error(await inPage(page, `window.__floor.loadRows(${JSON.stringify(url)})`));
  await page.unroute(url);
  const schema = JSON.stringify(idbSchemaFromDexie(schemaVersions[0]!.stores));
  const variants: [string, object][] = (process.env.FLOOR_VARIANTS ?? 'all') === 'chunks'
    ? [0, 1, 2].flatMap((): [string, object][] => [
        ['one-transaction', {}],
        ['chunk1000-sequential', { chunk: 1000 }],
        ['chunk1000-pipelined', { chunk: 1000, pipeline: true }],
      ])
    : [
        ['default', {}],
        ['default', {}],
        ['default', {}],
        ['default-keep', { keep: true }],
        ['default-keep', { keep: true }],
        ['relaxed', { durability: 'relaxed' }],
        ['strict', { durability: 'strict' }],
        ['chunk5000', { chunk: 5000 }],
        ['chunk2000', { chunk: 2000 }],
        ['chunk1000', { chunk: 1000 }],
        ['chunk1000-pipelined', { chunk: 1000, pipeline: true }],
        ['chunk500', { chunk: 500 }],
        ['default', {}],
      ];
  for (const [name, options] of variants) {
    await inPage(page, 'window.__bench.settle(500)');
    const r = await inPage<{ ms: number; issuedMs: number; chunks: number[]; durability: string }>(
      page,
      `window.__floor.write(${schema}, ${JSON.stringify(STORES)}, ${JSON.stringify(options)})`,
    );
    const gaps = r.chunks.slice(1).map((t, i) => t - r.chunks[i]!);
    console.log(
      JSON.stringify({
        variant: name,
        ms: Math.round(r.ms),
        issuedMs: Math.round(r.issuedMs),
        durability: r.durability,
        chunks: r.chunks.length,
        maxChunkGapMs: gaps.length ? Math.round(Math.max(...gaps)) : null,
        tailAfterLastChunkMs: r.chunks.length ? Math.round(r.ms - r.chunks[r.chunks.length - 1]!) : null,
      }),
    );
  }
} finally {
  await s.close();
  await rm(s.dataDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
}
