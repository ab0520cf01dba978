/**
 * Import benchmark (`npm run bench:import`): a 60 000-invoice FEC imported end to end in Chromium
 * through the real wizard, against the floor the browser imposes (papaparse parse + one raw
 * IndexedDB write of the same rows) measured in the same page, plus main-thread long tasks, the
 * progress cadence, search latency on the book and time to the first rendered book after reload.
 *
 * A benchmark, not a test: it prints one JSON object on stdout (logs go to stderr), writes it to
 * test-results/bench-import.json and exits 0 whatever the numbers; it exits 1 only when something
 * is broken (the import fails, the rows written are not the file's, the page throws).
 *
 * Needs the built renderer (out/renderer): run through `npm run bench:import`, which builds first.
 * Environment: CHROMIUM_PATH (see the e2e harness); BENCH_FLOOR_RUNS (default 3);
 * BENCH_INVOICES / BENCH_CUSTOMERS (default 60 000 / 1 500) for diagnosis on other sizes;
 * BENCH_TRACE=1 also records a Chromium performance trace of the import stages
 * (test-results/bench-import-trace.json, with V8 CPU samples of the page and the worker);
 * BENCH_PROFILE=1 profiles the page's main thread during the detection stage, the searches and a
 * reload (test-results/bench-import-*.cpuprofile, summaries mapped to the sources on stderr and in
 * test-results/bench-import-profiles.json). Both slow the page down: numbers of such a run are
 * for diagnosis only.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { schemaVersions } from '../../renderer/src/db/versions';
import { openApp, type Session } from '../e2e/harness';
import { Profiler, summariseProfile, type ProfileSummary } from './cpu-profile';
import { idbSchemaFromDexie } from './dexie-schema';
import { generateFec, type GeneratedFec } from './fec-generator';
import { planSearches } from './search-queries';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULT_FILE = path.resolve('test-results/bench-import.json');
const TRACE_FILE = path.resolve('test-results/bench-import-trace.json');
const PROFILE_DIR = path.resolve('test-results');
const RENDERER_DIR = path.resolve('out/renderer');
const PROFILE = process.env.BENCH_PROFILE === '1';
const profiles: Record<string, ProfileSummary> = {};

const DATABASE = 'relance';
const WRITTEN_STORES = ['customers', 'invoices', 'payments'];
const FLOOR_RUNS = Math.max(1, Number(process.env.BENCH_FLOOR_RUNS ?? 3) || 3);
const STEP_TIMEOUT = 5 * 60_000;
const TARGETS = { ratio: 1.5, longTaskMs: 100, progressPerSecond: 4, searchMedianMs: 50, firstRowMs: 1500 };

const log = (...parts: unknown[]) => console.error('[bench]', ...parts);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}

/** With BENCH_PROFILE=1, runs `work` under the CDP profiler of the page's main thread. */
async function profiled<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work();
  const profiler = await Profiler.start(page);
  try {
    return await work();
  } finally {
    const file = path.join(PROFILE_DIR, `bench-import-${name}.cpuprofile`);
    profiles[name] = await summariseProfile(await profiler.stop(file), RENDERER_DIR);
    log(`profile ${name} (${file}):`, JSON.stringify(profiles[name], null, 1));
  }
}
/** Evaluates an expression in the page (strings only: the bench typechecks without DOM types). */
const inPage = <T>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

interface Click {
  t: number;
  testid: string | null;
  text: string | null;
}
interface LongTask {
  start: number;
  duration: number;
}

/** Waits until one of `ids` has appeared (per the page probes); fails fast on a failure testid. */
async function waitSeen(page: Page, ids: string[], failures: string[] = ['import-fatal', 'import-failure']): Promise<Record<string, number>> {
  // In-page polling: waitForFunction evaluates strings with eval, which the app's CSP forbids.
  const seen = await inPage<Record<string, number>>(page, `window.__bench.waitSeen(${JSON.stringify([...ids, ...failures])}, ${STEP_TIMEOUT})`);
  const failed = failures.find((id) => id in seen);
  if (failed) {
    const text = await page.getByTestId(failed).textContent();
    throw new Error(`The import failed (${failed}): ${text}`);
  }
  return seen;
}

async function clickAndWait(page: Page, click: () => Promise<void>, clickKey: string, ids: string[]) {
  await inPage(page, `window.__bench.watch(${JSON.stringify([...ids, 'import-fatal', 'import-failure'])})`);
  await click();
  const seen = await waitSeen(page, ids);
  const clicked = await inPage<Click | null>(page, `window.__bench.lastClick(${JSON.stringify(clickKey)})`);
  if (!clicked) throw new Error(`The page saw no click on ${clickKey}`);
  const id = ids.find((i) => i in seen)!;
  return { start: clicked.t, end: seen[id]!, ms: seen[id]! - clicked.t };
}

async function runImport(s: Session, fec: GeneratedFec) {
  const { page, host } = s;
  await page.goto(`${host.url}#/import`);
  await page.reload(); // a new document, so the init script (probes) runs before the app
  const choose = page.getByRole('button', { name: 'Choisir un fichier…' });
  await choose.waitFor();
  await inPage(page, 'window.__bench.settle(300)');

  host.dialogs.answerNextOpen(fec.file);
  const detect = await profiled(page, 'detect', () => clickAndWait(page, () => choose.click(), 'Choisir un fichier…', ['detected-rows']));
  const detectedRows = await page.getByTestId('detected-rows').textContent();
  log(`detection shown after ${round(detect.ms)} ms: ${detectedRows}`);
  // Where the detection time goes: the open-file call to the host (read + encode), the download
  // of its answer, then the page (decode) and the worker (analysis) until the step is shown.
  const rpc = await inPage<{ startTime: number; responseStart: number; responseEnd: number; transferSize: number } | null>(
    page,
    `(() => { const e = performance.getEntriesByType('resource').filter((r) => r.name.includes('/rpc/openFile')).pop(); return e ? e.toJSON() : null; })()`,
  );
  const detectBreakdown = rpc
    ? {
        openFileCallMs: round(rpc.responseStart - detect.start),
        downloadMs: round(rpc.responseEnd - rpc.responseStart),
        afterDownloadMs: round(detect.end - rpc.responseEnd),
        responseBytes: rpc.transferSize,
      }
    : null;

  await page.getByTestId('import-next').click();
  await page.getByTestId('preview-counts').waitFor();
  log(`preview: ${await page.getByTestId('preview-counts').textContent()}`);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-check').waitFor();
  await inPage(page, 'window.__bench.settle(300)');

  const plan = await clickAndWait(page, () => page.getByTestId('import-check').click(), 'import-check', ['plan-summary']);
  log(`plan shown after ${round(plan.ms)} ms: ${await page.getByTestId('plan-summary').textContent()}`);
  await inPage(page, 'window.__bench.settle(300)');

  await inPage(page, 'window.__bench.recordProgress(true)');
  const commit = await clickAndWait(page, () => page.getByTestId('import-run').click(), 'import-run', ['import-done']);
  const progressChanges = await inPage<{ t: number; text: string }[]>(page, 'window.__bench.recordProgress(false)');
  log(`import done after ${round(commit.ms)} ms: ${await page.getByTestId('import-done').textContent()}`);

  const longTasks = await inPage<LongTask[]>(page, 'window.__bench.longTasks');
  const longTaskSupported = await inPage<boolean>(page, 'window.__bench.longTaskSupported');
  return { detect, detectBreakdown, plan, commit, detectedRows: Number((detectedRows ?? '').replace(/\D/g, '')), progressChanges, longTasks, longTaskSupported };
}

function summariseLongTasks(tasks: LongTask[], stages: Record<string, { start: number; end: number }>) {
  const byStage: Record<string, { maxMs: number; over50: number; over100: number; totalMs: number }> = {};
  const all: { stage: string; atMs: number; durationMs: number }[] = [];
  for (const [stage, window] of Object.entries(stages)) {
    const inside = tasks.filter((t) => t.start < window.end && t.start + t.duration > window.start);
    byStage[stage] = {
      maxMs: round(Math.max(0, ...inside.map((t) => t.duration))),
      over50: inside.filter((t) => t.duration > 50).length,
      over100: inside.filter((t) => t.duration > 100).length,
      totalMs: round(inside.reduce((sum, t) => sum + t.duration, 0)),
    };
    for (const t of inside) all.push({ stage, atMs: round(t.start - window.start), durationMs: round(t.duration) });
  }
  all.sort((a, b) => b.durationMs - a.durationMs);
  return {
    maxMs: round(Math.max(0, ...all.map((t) => t.durationMs))),
    over50: all.filter((t) => t.durationMs > 50).length,
    over100: all.filter((t) => t.durationMs > 100).length,
    byStage,
    longest: all.slice(0, 8),
  };
}

function summariseProgress(changes: { t: number; text: string }[], commit: { start: number; end: number; ms: number }) {
  // The first change is the wizard switching to the progress view when the button is clicked; the
  // following ones are the worker's progress messages reaching the screen.
  const updates = changes.slice(1);
  const events = [commit.start, ...changes.map((c) => c.t), commit.end];
  const gaps = events.slice(1).map((t, i) => t - events[i]!);
  let maxGap = 0;
  let maxGapAt = 0;
  gaps.forEach((g, i) => {
    if (g > maxGap) {
      maxGap = g;
      maxGapAt = events[i]! - commit.start;
    }
  });
  return {
    updates: updates.length,
    updatesPerSecond: round(updates.length / (commit.ms / 1000), 2),
    maxGapMs: round(maxGap),
    maxGapStartsAtMs: round(maxGapAt),
    firstUpdateAfterMs: updates[0] ? round(updates[0].t - commit.start) : null,
    lastUpdateBeforeDoneMs: changes.length ? round(commit.end - changes[changes.length - 1]!.t) : null,
    timeline: changes.map((c) => ({ atMs: round(c.t - commit.start), text: c.text.replace(/\s+/g, ' ').trim() })),
  };
}

async function measureFloor(s: Session, fec: GeneratedFec) {
  const { page, host } = s;
  // Dexie's versions accumulate: a store declared again replaces its earlier form, null deletes it.
  const schema = idbSchemaFromDexie(Object.assign({}, ...schemaVersions.map((v) => v.stores)) as Record<string, string | null>);
  await inPage(page, readFileSync(path.join(here, 'page-floor.js'), 'utf8'));
  const papaSource = readFileSync(path.resolve('node_modules/papaparse/papaparse.min.js'), 'utf8');
  await inPage(page, `${papaSource}\n;undefined`);
  if ((await inPage<string>(page, 'typeof Papa')) !== 'object') throw new Error('papaparse did not load in the page');

  // The same bytes in the page: a same-origin URL answered by the benchmark, only for this fetch.
  const body = await readFile(fec.file);
  const url = `${host.origin}/__bench/fec.txt`;
  await page.route(url, (route) => route.fulfill({ status: 200, body, contentType: 'text/plain; charset=utf-8' }));
  const loaded = await inPage<number>(page, `window.__floor.loadBytes(${JSON.stringify(url)})`);
  await page.unroute(url);
  if (loaded !== fec.bytes) throw new Error(`The page got ${loaded} bytes of ${fec.bytes}`);

  const parses: { decodeMs: number; papaMs: number; totalMs: number; rows: number; errors: number }[] = [];
  for (let i = 0; i < FLOOR_RUNS; i++) {
    await inPage(page, 'window.__bench.settle(200)');
    parses.push(await inPage(page, 'window.__floor.parse()'));
  }
  log('floor parse', parses.map((p) => round(p.totalMs)));
  const utf8FatalDecodeMs = await inPage<number>(page, 'window.__floor.decodeFatal()');

  // Same stores and indexes as the app's database (checked against what Dexie really created).
  const appSchema = await inPage<{ version: number; stores: Record<string, unknown> }>(page, `window.__floor.describe(${JSON.stringify(DATABASE)})`);
  const schemaMatches = JSON.stringify(appSchema.stores) === JSON.stringify(Object.fromEntries(Object.keys(appSchema.stores).map((k) => [k, schema[k]])));
  if (!schemaMatches) log('the floor schema differs from the app database', JSON.stringify(appSchema.stores), JSON.stringify(schema));

  await inPage(page, 'window.__bench.settle(200)');
  const { counts, readMs } = await inPage<{ counts: Record<string, number>; readMs: Record<string, number> }>(
    page,
    `window.__floor.readApp(${JSON.stringify(DATABASE)}, ${JSON.stringify(WRITTEN_STORES)})`,
  );
  const writes: { ms: number; issuedMs: number }[] = [];
  for (let i = 0; i < FLOOR_RUNS; i++) {
    await inPage(page, 'window.__bench.settle(200)');
    writes.push(await inPage(page, `window.__floor.write(${JSON.stringify(schema)}, ${JSON.stringify(WRITTEN_STORES)})`));
  }
  log('floor write', writes.map((w) => round(w.ms)));
  await inPage(page, 'window.__floor.release()');
  return { parses, writes, counts, readMs, utf8FatalDecodeMs, schemaMatches, appDatabaseVersion: appSchema.version };
}

interface SearchResult {
  ms?: number;
  urgentMs?: number | null;
  mutationMs?: number;
  frameMs?: number;
  rows?: number;
  first?: string | null;
  totals: string;
  timeout?: boolean;
  error?: string;
}

/** "25331 factures affichées · montant …" → 25331 (NaN when the line reads otherwise). */
const shownCount = (totals: string) => Number((/^([\d\s\u00a0\u202f]+) factures? affichée/.exec(totals.trim())?.[1] ?? 'x').replace(/\D/g, ''));

async function measureSearch(s: Session, fec: GeneratedFec) {
  const { page, host } = s;
  await page.goto(`${host.url}#/factures`);
  await page.getByTestId('book-row').first().waitFor({ timeout: STEP_TIMEOUT });
  await inPage(page, 'window.__bench.settle(500)');
  const planned = await planSearches(fec);
  const samples: (SearchResult & { query: string; kind: string; expected: number })[] = [];
  const longTasksBefore = (await inPage<LongTask[]>(page, 'window.__bench.longTasks')).length;
  await profiled(page, 'search', async () => {
    for (const { query, kind, expected } of planned) {
      const result = await inPage<SearchResult>(page, `window.__bench.search(${JSON.stringify(query)})`);
      if (result.error) throw new Error(`search: ${result.error}`);
      samples.push({ query, kind, expected, ...result });
      await inPage(page, 'window.__bench.settle(250)');
    }
  });
  const tasks = (await inPage<LongTask[]>(page, 'window.__bench.longTasks')).slice(longTasksBefore);
  const times = samples.flatMap((x) => (x.ms === undefined ? [] : [x.ms]));
  const urgent = samples.flatMap((x) => (typeof x.urgentMs === 'number' ? [x.urgentMs] : []));
  return {
    /** Rows of the default view (every open invoice), as the domain code counts them. */
    openRows: planned.find((p) => p.query === '')?.expected ?? fec.openInvoices,
    medianMs: round(median(times)),
    p90Ms: round(quantile(times, 0.9)),
    maxMs: round(Math.max(...times)),
    /** Keystroke → first DOM change (the input's own urgent render, still showing the old rows). */
    urgentMedianMs: round(median(urgent)),
    timeouts: samples.filter((x) => x.timeout).length,
    longestTaskMs: round(Math.max(0, ...tasks.map((t) => t.duration))),
    tasksOver50: tasks.filter((t) => t.duration > 50).length,
    /** Searches whose row count on screen is not what the domain code computes for the file. */
    wrongCounts: samples.filter((x) => shownCount(x.totals) !== x.expected).length,
    samples: samples.map((x) => ({
      query: x.query,
      kind: x.kind,
      ms: x.ms === undefined ? null : round(x.ms),
      urgentMs: typeof x.urgentMs === 'number' ? round(x.urgentMs) : null,
      renderedMs: x.mutationMs === undefined ? null : round(x.mutationMs),
      frameMs: x.frameMs === undefined ? null : round(x.frameMs),
      rows: shownCount(x.totals),
      ...(shownCount(x.totals) !== x.expected ? { expected: x.expected } : {}),
      ...(x.timeout ? { timeout: true } : {}),
    })),
  };
}

async function measureReload(s: Session, fullBook: number, runs = 3) {
  const { page } = s;
  // The whole book is in when the totals line counts every open invoice (the default view).
  await page.addInitScript({ content: `window.__benchFullBook = ${fullBook};` });
  const results: { firstRowMs: number; fullBookMs: number; domContentLoadedMs: number; longestTaskMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const load = async () => {
      await page.reload();
      await inPage(page, `window.__bench.waitFirstRow(${STEP_TIMEOUT}, true)`);
    };
    await (i === runs - 1 ? profiled(page, 'reload', load) : load());
    const r = await inPage<{ firstRowMs: number; fullBookMs: number; domContentLoadedMs: number; longestTaskMs: number }>(
      page,
      `(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const b = window.__bench;
        return {
          firstRowMs: b.firstRowAt,
          fullBookMs: b.fullBookAt,
          domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : -1,
          longestTaskMs: Math.max(0, ...b.longTasks.filter((t) => t.start < b.fullBookAt).map((t) => t.duration)),
        };
      })()`,
    );
    results.push({
      firstRowMs: round(r.firstRowMs),
      fullBookMs: round(r.fullBookMs),
      domContentLoadedMs: round(r.domContentLoadedMs),
      longestTaskMs: round(r.longestTaskMs),
    });
    await inPage(page, 'window.__bench.settle(300)');
  }
  return {
    /** Navigation start → first book row in the DOM. */
    firstRowMs: round(median(results.map((r) => r.firstRowMs))),
    /** Navigation start → the totals line counts the whole (open) book. */
    fullBookMs: round(median(results.map((r) => r.fullBookMs))),
    runs: results,
  };
}

async function main(): Promise<number> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'relance-bench-'));
  let session: Session | null = null;
  const problems: string[] = [];
  try {
    const generatedAt = performance.now();
    const fec = await generateFec(work, {
      ...(process.env.BENCH_INVOICES ? { invoices: Number(process.env.BENCH_INVOICES) } : {}),
      ...(process.env.BENCH_CUSTOMERS ? { customers: Number(process.env.BENCH_CUSTOMERS) } : {}),
    });
    log(`FEC: ${fec.file}, ${(fec.bytes / 1e6).toFixed(1)} MB, ${fec.lines} lines, ${fec.invoices} invoices, ${fec.customers} customers, ${fec.payments} payments (${round(performance.now() - generatedAt, 0)} ms)`);

    const loadBefore = os.loadavg().map((l) => round(l, 2));
    session = await openApp();
    const s = session;
    s.page.setDefaultTimeout(60_000);
    await s.page.addInitScript({ path: path.join(here, 'page-probes.js') });

    const trace = process.env.BENCH_TRACE === '1';
    if (trace) {
      await s.browser.startTracing(s.page, {
        path: TRACE_FILE,
        categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'],
      });
    }
    const imported = await runImport(s, fec);
    if (trace) {
      await s.browser.stopTracing();
      log(`trace written to ${TRACE_FILE}`);
    }
    const floor = await measureFloor(s, fec);
    if (imported.detectedRows !== fec.lines - 1) problems.push(`the wizard detected ${imported.detectedRows} data rows, the file has ${fec.lines - 1}`);
    const expected = { customers: fec.customers, invoices: fec.invoices, payments: fec.payments };
    for (const [store, count] of Object.entries(expected)) {
      if (floor.counts[store] !== count) problems.push(`the import wrote ${floor.counts[store]} ${store}, the file has ${count}`);
    }
    const search = await measureSearch(s, fec);
    const reload = await measureReload(s, search.openRows);

    const importMs = { detectMs: imported.detect.ms, planMs: imported.plan.ms, commitMs: imported.commit.ms };
    const totalMs = importMs.detectMs + importMs.planMs + importMs.commitMs;
    const parseMs = median(floor.parses.map((p) => p.totalMs));
    const writeMs = median(floor.writes.map((w) => w.ms));
    const floorMs = parseMs + writeMs;
    const ratio = totalMs / floorMs;
    const longTasks = summariseLongTasks(imported.longTasks, { detect: imported.detect, plan: imported.plan, commit: imported.commit });
    const progress = summariseProgress(imported.progressChanges, imported.commit);
    if (!imported.longTaskSupported) problems.push('this Chromium does not report long tasks');
    if (!floor.schemaMatches) problems.push('the floor database does not have the stores and indexes of the app database');
    if (search.timeouts > 0) problems.push(`${search.timeouts} search(es) changed nothing on screen within 5 s`);
    if (search.wrongCounts > 0) problems.push(`${search.wrongCounts} search(es) showed another number of rows than expected`);
    problems.push(...s.errors);

    const result = {
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: round(os.totalmem() / 2 ** 30),
        node: process.version,
        chromium: s.browser.version(),
        loadAverage: { before: loadBefore, after: os.loadavg().map((l) => round(l, 2)) },
      },
      file: { bytes: fec.bytes, lines: fec.lines, invoices: fec.invoices, customers: fec.customers, payments: fec.payments, openInvoices: fec.openInvoices },
      import: {
        detectMs: round(importMs.detectMs),
        planMs: round(importMs.planMs),
        commitMs: round(importMs.commitMs),
        totalMs: round(totalMs),
        detectBreakdown: imported.detectBreakdown,
      },
      floor: {
        parseMs: round(parseMs),
        writeMs: round(writeMs),
        totalMs: round(floorMs),
        runs: FLOOR_RUNS,
        parseRunsMs: floor.parses.map((p) => round(p.totalMs)),
        decodeRunsMs: floor.parses.map((p) => round(p.decodeMs)),
        writeRunsMs: floor.writes.map((w) => round(w.ms)),
        rows: floor.counts,
        schemaMatchesApp: floor.schemaMatches,
        /** Not part of the floor: raw costs the app's stages also pay, for diagnosis. */
        diagnostics: {
          utf8FatalDecodeMs: round(floor.utf8FatalDecodeMs),
          idbGetAllMs: Object.fromEntries(Object.entries(floor.readMs).map(([k, v]) => [k, round(v)])),
        },
      },
      ratio: round(ratio, 2),
      /** Where the ratio comes from: the commit against the raw write, detection + check against the parse. */
      ratioParts: {
        commitOverWrite: round(importMs.commitMs / writeMs, 2),
        detectAndPlanOverParse: round((importMs.detectMs + importMs.planMs) / parseMs, 2),
      },
      targets: {
        ratio: { max: TARGETS.ratio, value: round(ratio, 2), pass: ratio <= TARGETS.ratio },
        longTasks: { maxMs: TARGETS.longTaskMs, value: longTasks.maxMs, pass: longTasks.over100 === 0 },
        progress: { minPerSecond: TARGETS.progressPerSecond, value: progress.updatesPerSecond, pass: progress.updatesPerSecond >= TARGETS.progressPerSecond },
        searchMedian: { maxMs: TARGETS.searchMedianMs, value: search.medianMs, pass: search.medianMs <= TARGETS.searchMedianMs },
        reloadFirstRow: { maxMs: TARGETS.firstRowMs, value: reload.firstRowMs, pass: reload.firstRowMs <= TARGETS.firstRowMs },
      },
      longTasks,
      progress,
      search,
      reload,
      problems,
    };
    if (PROFILE) await writeFile(path.join(PROFILE_DIR, 'bench-import-profiles.json'), `${JSON.stringify(profiles, null, 2)}\n`);
    const json = JSON.stringify(result, null, 2);
    await mkdir(path.dirname(RESULT_FILE), { recursive: true });
    await writeFile(RESULT_FILE, `${json}\n`);
    process.stdout.write(`${json}\n`);
    log(`written to ${RESULT_FILE}`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    if (session) {
      await session.close().catch((error: unknown) => log('closing the browser failed', error));
      await rm(session.dataDir, { recursive: true, force: true });
    }
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log('BROKEN:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
