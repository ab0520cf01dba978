/**
 * Calendar benchmark (`npm run -s bench:calendar`): the Calendrier month view with 2 000 actions
 * (target: rendered in ≤ 200 ms), in Debian's Chromium through the e2e harness (browser host with
 * the real main handlers, the built renderer).
 *
 * Seeds BENCH_CUSTOMERS (300) customers and BENCH_TASKS (2 000) tasks in one month (this month,
 * the one the screen opens on: working days and a few weekend days, every kind of action, mostly
 * planned, some done or skipped). The real clock: Playwright's fake one also fakes the page's
 * performance.now(), which skews timings across reloads.
 * The tasks are the user's own (no scenario step), so the planning run on opening leaves them
 * alone and stays cheap: it is timed apart (`planning`).
 *
 * Measured in the page, median of BENCH_RUNS (7) runs each, from the user's gesture to the grid
 * of the month complete (every day cell, the month's heading, the chips of every day: min(3, n)
 * per day and a "+ n autres" button where more; checked by a MutationObserver):
 * - `next`: on the month before, a click on "Période suivante";
 * - `open`: from the Clients screen, the hash change to #/calendrier (the screen mounts, loads,
 *   plans, renders);
 * - `reload`: a cold start on #/calendrier (document start → grid complete: app boot included);
 * and `frame`: the same plus the next animation frame (style, layout and paint of the grid).
 * Also the longest main-thread task of each kind of run (PerformanceObserver 'longtask'), and the
 * floor, for the ratio: a raw IndexedDB read of the month's tasks by the date index in the same
 * page (what any calendar has to read before drawing).
 *
 * A benchmark, not a test: prints one JSON object on stdout (logs on stderr), writes
 * test-results/bench-calendar.json, exits 0 whatever the figures and 1 only when something is
 * broken (the grid never completes, the page throws). Needs the built renderer: the package
 * script builds first (`electron-vite build 1>&2 && tsx test/bench/calendar-bench.ts`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { addDays, dayOfWeek, daysInMonth, todayIso } from '../../renderer/src/domain/dates';
import { addMonths } from '../../renderer/src/features/calendar/calendar-grid';
import type { ScenarioAction } from '../../renderer/src/domain/model';
import { openApp, type Session } from '../e2e/harness';
import { seed } from '../e2e/seed';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 300);
const TASKS = Number(process.env.BENCH_TASKS ?? 2000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7) || 7);
// The real clock (Playwright's fake clock would also fake performance.now() and skew cold starts):
// the data goes into this month, the one the screen opens on.
const TODAY = todayIso(new Date());
const MONTH = TODAY.slice(0, 7);
const PREVIOUS = addMonths(TODAY, -1).slice(0, 7);
const monthHeading = (month: string) => {
  const text = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const TARGET_MS = 200;
const CHIPS_PER_DAY = 3; // MonthGrid shows three chips a day, then "+ n autres"
const RESULT_FILE = path.resolve('test-results/bench-calendar.json');
const STAMP = '2026-01-01T00:00:00.000Z';

const log = (...parts: unknown[]) => console.error('[bench]', ...parts);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ---------------------------------------------------------------------------------------------
// Data

const ACTIONS: ScenarioAction[] = ['courtesy-email', 'email-reminder', 'call', 'letter-1', 'letter-2', 'formal-notice', 'litigation-review', 'custom'];
const NAMES = ['Boulangerie', 'Garage', 'Menuiserie', 'Pharmacie', 'Librairie', 'Atelier', 'Cabinet', 'Transports', 'Épicerie', 'Ébénisterie'];
const TOWNS = ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Dijon', 'Brest', 'Metz', 'Nîmes', 'Évreux', 'Angers'];

function book() {
  const customers = Array.from({ length: CUSTOMERS }, (_, c) => ({
    id: `c-${c}`,
    reference: `411${String(c).padStart(5, '0')}`,
    name: `${NAMES[c % NAMES.length]} ${TOWNS[(c * 7) % TOWNS.length]} ${c}`,
    kind: 'business',
    contacts: [],
    blocked: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  const days: string[] = [];
  for (let day = `${MONTH}-01`; day.startsWith(MONTH); day = addDays(day, 1)) days.push(day);
  const working = days.filter((d) => dayOfWeek(d) <= 5);
  const weekend = days.filter((d) => dayOfWeek(d) > 5);
  const tasks = Array.from({ length: TASKS }, (_, n) => {
    // Nineteen in twenty on working days, the rest on weekends (moved there by hand).
    const date = n % 20 === 19 ? weekend[n % weekend.length]! : working[n % working.length]!;
    const status = n % 10 === 3 ? 'done' : n % 25 === 7 ? 'skipped' : 'planned';
    const action = ACTIONS[n % ACTIONS.length]!;
    return {
      id: `bench-${n}`,
      key: `manual:bench-${n}`,
      customerId: `c-${(n * 13) % CUSTOMERS}`,
      action,
      ...(action === 'custom' ? { label: 'Vérifier le relevé' } : {}),
      date,
      originalDate: date,
      status,
      ...(status !== 'planned' ? { doneAt: STAMP } : {}),
      invoiceIds: [],
    };
  });
  return { customers, tasks };
}

/** What the complete grid of `month` shows, worked out from the data: cells, chips and "more" buttons. */
function expectedGrid(month: string, tasks: { date: string; status: string }[]) {
  const firstOfMonth = `${month}-01`;
  const lastOfMonth = `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
  const first = addDays(firstOfMonth, 1 - dayOfWeek(firstOfMonth));
  const last = addDays(lastOfMonth, 7 - dayOfWeek(lastOfMonth));
  const perDay = new Map<string, number>();
  for (const t of tasks) if (t.status !== 'obsolete' && t.date >= first && t.date <= last) perDay.set(t.date, (perDay.get(t.date) ?? 0) + 1);
  let chips = 0;
  let more = 0;
  for (const n of perDay.values()) {
    chips += Math.min(CHIPS_PER_DAY, n);
    if (n > CHIPS_PER_DAY) more += 1;
  }
  let cells = 0;
  for (let d = first; d <= last; d = addDays(d, 1)) cells += 1;
  return { heading: monthHeading(month), cells, chips, more, from: first, to: last };
}

// ---------------------------------------------------------------------------------------------
// In-page probes (plain JavaScript: it runs in the page as written, before the app's scripts)

const PROBES = String.raw`(() => {
  if (window.__cal) return;
  // startAt: the document's start (this script runs before the app's).
  const C = { startAt: performance.now(), longTasks: [], longTaskSupported: true, clicks: [], hashAt: null };
  window.__cal = C;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) C.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch { C.longTaskSupported = false; }
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-testid]') : null;
    C.clicks.push({ t: performance.now(), testid: target ? target.getAttribute('data-testid') : null });
  }, true);
  window.addEventListener('hashchange', () => { C.hashAt = performance.now(); });
  const complete = (want) => {
    const grid = document.querySelector('[data-testid="calendar-grid"]');
    const heading = document.querySelector('[data-testid="calendar-heading"]');
    if (!grid || !heading || heading.textContent !== want.heading) return false;
    if (grid.querySelectorAll('[data-testid="calendar-day"]').length !== want.cells) return false;
    if (grid.querySelectorAll('[data-testid="calendar-chip"]').length !== want.chips) return false;
    return grid.querySelectorAll('[data-testid="calendar-more"]').length === want.more;
  };
  /** Resolves when the grid is complete: { dom, frame } timestamps (performance.now()). */
  C.whenComplete = (want, timeout) => new Promise((resolve, reject) => {
    const done = () => {
      const dom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ dom, frame: performance.now() });
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(() => { if (complete(want)) done(); });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('grid not complete after ' + timeout + ' ms')); }, timeout);
    if (complete(want)) done();
    else observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-date'] });
  });
  C.planningGoneAt = () => new Promise((resolve) => {
    const check = () => !document.querySelector('[data-testid="calendar-planning"]');
    if (check()) return resolve(performance.now());
    const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); resolve(performance.now()); } });
    observer.observe(document.body, { subtree: true, childList: true });
  });
  /** The floor: the month's tasks read raw by the date index, median of n reads. */
  C.floor = async (from, to, n) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('relance');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const times = [];
    let count = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const rows = await new Promise((resolve, reject) => {
        const q = db.transaction('tasks').objectStore('tasks').index('date').getAll(IDBKeyRange.bound(from, to));
        q.onsuccess = () => resolve(q.result);
        q.onerror = () => reject(q.error);
      });
      count = rows.filter((t) => t.status !== 'obsolete').length;
      times.push(performance.now() - t0);
    }
    db.close();
    times.sort((a, b) => a - b);
    return { ms: times[times.length >> 1], rows: count };
  };
})();`;

const inPage = <T>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

interface Want {
  heading: string;
  cells: number;
  chips: number;
  more: number;
}
interface Run {
  ms: number;
  frameMs: number;
  longestTaskMs: number;
}

const longTaskCount = (page: Page) => inPage<number>(page, 'window.__cal.longTasks.length');
const longestSince = (page: Page, from: number) => inPage<number>(page, `Math.max(0, ...window.__cal.longTasks.slice(${from}))`);
const waitComplete = (page: Page, want: Want) =>
  inPage<{ dom: number; frame: number }>(page, `window.__cal.whenComplete(${JSON.stringify(want)}, 20000)`);

async function waitIdle(page: Page) {
  await page.waitForTimeout(300);
}

async function runNext(s: Session, month: Want, previous: Want): Promise<Run> {
  const { page } = s;
  await page.getByTestId('calendar-previous').click();
  await waitComplete(page, previous);
  await waitIdle(page);
  const before = await longTaskCount(page);
  const clicks = await inPage<number>(page, 'window.__cal.clicks.length');
  await page.getByTestId('calendar-next').click();
  const end = await waitComplete(page, month);
  const click = await inPage<{ t: number; testid: string } | undefined>(page, `window.__cal.clicks[${clicks}]`);
  if (click?.testid !== 'calendar-next') throw new Error(`The page saw no click on calendar-next (${JSON.stringify(click)})`);
  await waitIdle(page);
  return { ms: end.dom - click.t, frameMs: end.frame - click.t, longestTaskMs: await longestSince(page, before) };
}

async function runOpen(s: Session, month: Want): Promise<Run & { planningMs: number }> {
  const { page, host } = s;
  await page.goto(`${host.url}#/clients`);
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await waitIdle(page);
  const before = await longTaskCount(page);
  await page.evaluate(`window.__cal.hashAt = null; location.hash = '#/calendrier'`);
  const [end, planningGone] = await Promise.all([waitComplete(page, month), inPage<number>(page, 'window.__cal.planningGoneAt()')]);
  const start = await inPage<number>(page, 'window.__cal.hashAt');
  await waitIdle(page);
  return {
    ms: end.dom - start,
    frameMs: end.frame - start,
    planningMs: planningGone - start,
    longestTaskMs: await longestSince(page, before),
  };
}

async function runReload(s: Session, month: Want): Promise<Run & { planningMs: number }> {
  const { page, host } = s;
  await page.goto(`${host.url}#/calendrier`);
  await page.reload();
  const [end, planningGone] = await Promise.all([waitComplete(page, month), inPage<number>(page, 'window.__cal.planningGoneAt()')]);
  const start = await inPage<number>(page, 'window.__cal.startAt');
  await waitIdle(page);
  return { ms: end.dom - start, frameMs: end.frame - start, planningMs: planningGone - start, longestTaskMs: await longestSince(page, 0) };
}

function summarise(runs: Run[]) {
  return {
    medianMs: round(median(runs.map((r) => r.ms))),
    medianWithFrameMs: round(median(runs.map((r) => r.frameMs))),
    minMs: round(Math.min(...runs.map((r) => r.ms))),
    maxMs: round(Math.max(...runs.map((r) => r.ms))),
    longestTaskMs: round(Math.max(0, ...runs.map((r) => r.longestTaskMs))),
    medianLongestTaskMs: round(median(runs.map((r) => r.longestTaskMs))),
    runs: runs.map((r) => ({ ms: round(r.ms), frameMs: round(r.frameMs), longestTaskMs: round(r.longestTaskMs) })),
  };
}

async function main() {
  const data = book();
  const { from, to, ...month } = expectedGrid(MONTH, data.tasks);
  const { heading, cells, chips, more } = expectedGrid(PREVIOUS, data.tasks);
  const previous: Want = { heading, cells, chips, more };
  log(`${TASKS} tasks for ${CUSTOMERS} customers in ${MONTH}; the complete grid: ${JSON.stringify(month)}`);

  const s = await openApp();
  let failed = false;
  try {
    await s.page.addInitScript({ content: PROBES });
    await s.page.goto(`${s.host.url}#/clients`);
    await s.page.reload();
    await s.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await seed(s.page, { customers: data.customers, tasks: data.tasks });

    const reloads: (Run & { planningMs: number })[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      reloads.push(await runReload(s, month));
      log(`reload ${i + 1}: ${round(reloads[i]!.ms)} ms (planning done at ${round(reloads[i]!.planningMs)} ms)`);
    }
    const opens: (Run & { planningMs: number })[] = [];
    for (let i = 0; i < RUNS; i++) {
      opens.push(await runOpen(s, month));
      log(`open ${i + 1}: ${round(opens[i]!.ms)} ms (planning done after ${round(opens[i]!.planningMs)} ms)`);
    }
    const nexts: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      nexts.push(await runNext(s, month, previous));
      log(`next ${i + 1}: ${round(nexts[i]!.ms)} ms, longest task ${round(nexts[i]!.longestTaskMs)} ms`);
    }
    const floor = await inPage<{ ms: number; rows: number }>(s.page, `window.__cal.floor(${JSON.stringify(from)}, ${JSON.stringify(to)}, ${RUNS})`);
    if (floor.rows !== TASKS) throw new Error(`the floor read ${floor.rows} tasks, ${TASKS} expected`);
    const next = summarise(nexts);
    const open = summarise(opens);
    const result = {
      benchmark: 'calendar',
      target: { monthViewMs: TARGET_MS, measure: 'next.medianMs (click on "next" → March grid complete)' },
      data: { tasks: TASKS, customers: CUSTOMERS, month: MONTH, today: TODAY, grid: month },
      next,
      open: { ...open, planningMedianMs: round(median(opens.map((r) => r.planningMs))) },
      reload: { ...summarise(reloads), planningMedianMs: round(median(reloads.map((r) => r.planningMs))) },
      floor: { idbReadMonthMs: round(floor.ms), rows: floor.rows },
      ratio: { nextOverFloor: round(next.medianMs / floor.ms, 2) },
      meetsTarget: next.medianMs <= TARGET_MS && open.medianMs <= TARGET_MS,
      longTaskSupported: await inPage<boolean>(s.page, 'window.__cal.longTaskSupported'),
      pageErrors: s.errors,
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((n) => round(n, 2)) },
    };
    if (s.errors.length) failed = true;
    await mkdir(path.dirname(RESULT_FILE), { recursive: true });
    await writeFile(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    failed = true;
    log('broken:', error instanceof Error ? error.stack : error);
  } finally {
    await s.close();
  }
  process.exit(failed ? 1 : 0);
}

void main();
