/**
 * Diagnostics for the import benchmark: a V8 CPU profile of the page's main thread (CDP Profiler),
 * summarised by function with self and total time, positions mapped back to the app's sources
 * through the build's source maps (out/renderer/assets/*.js.map). The raw profile is saved as a
 * .cpuprofile file that Chromium DevTools opens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

// Source-map decoding comes from @jridgewell/trace-mapping (in node_modules through vite), loaded
// only when a profile is summarised so the benchmark itself does not depend on it.
type TraceMapping = typeof import('@jridgewell/trace-mapping');
type TraceMap = InstanceType<TraceMapping['TraceMap']>;
let mapping: TraceMapping | null = null;

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  durationMs: number;
  /** Functions by self time (time spent in their own code). */
  self: { fn: string; ms: number }[];
  /** Functions by total time (their own code and everything they called). */
  total: { fn: string; ms: number }[];
  /** The app's own functions (renderer/src, electron/) and Mantine components, by total time. */
  app: { fn: string; ms: number }[];
}

export class Profiler {
  private constructor(private readonly session: CDPSession) {}

  static async start(page: Page, samplingIntervalUs = 200): Promise<Profiler> {
    const session = await page.context().newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
    await session.send('Profiler.start');
    return new Profiler(session);
  }

  async stop(file?: string): Promise<CpuProfile> {
    const { profile } = (await this.session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await this.session.send('Profiler.disable');
    await this.session.detach();
    if (file) await writeFile(file, JSON.stringify(profile));
    return profile;
  }
}

const maps = new Map<string, TraceMap | null>();
function mapFor(url: string, rendererDir: string): TraceMap | null {
  if (!maps.has(url)) {
    let map: TraceMap | null = null;
    try {
      const file = path.join(rendererDir, new URL(url).pathname);
      if (mapping && existsSync(`${file}.map`)) map = new mapping.TraceMap(readFileSync(`${file}.map`, 'utf8'));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}

/** "name (renderer/src/x.ts:12)" for app code, "name (native)" etc. otherwise. */
function describe(frame: CallFrame, rendererDir: string): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url || frame.lineNumber < 0) return frame.url ? `${name} (${path.basename(frame.url)})` : name;
  const map = mapFor(frame.url, rendererDir);
  if (!map) return `${name} (${path.basename(frame.url)}:${frame.lineNumber + 1})`;
  let original: ReturnType<TraceMapping['originalPositionFor']>;
  try {
    original = mapping!.originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  } catch {
    return `${name} (${path.basename(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber})`;
  }
  if (!original.source) return `${name} (${path.basename(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber})`;
  const source = original.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
  return `${original.name ?? name} (${source}:${original.line})`;
}

export async function summariseProfile(profile: CpuProfile, rendererDir: string, top = 15): Promise<ProfileSummary> {
  mapping ??= await import('@jridgewell/trace-mapping').catch(() => null);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map<number, string>();
  const nameOf = (id: number) => {
    let name = names.get(id);
    if (name === undefined) {
      name = describe(byId.get(id)!.callFrame, rendererDir);
      names.set(id, name);
    }
    return name;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const id = profile.samples[i]!;
    const own = nameOf(id);
    self.set(own, (self.get(own) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(at);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  const list = (m: Map<string, number>, keep: (fn: string) => boolean = () => true, limit = top) =>
    [...m.entries()]
      .filter(([fn]) => fn !== '(root)' && fn !== '(program)' && fn !== '(idle)' && keep(fn))
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 }));
  const isApp = (fn: string) => /\((renderer\/src|electron)\/|@mantine\/core\/esm\/components\/|dexie\.js/.test(fn);
  return {
    durationMs: Math.round((profile.endTime - profile.startTime) / 100) / 10,
    self: list(self),
    total: list(total),
    app: list(total, isApp, top * 2),
  };
}
