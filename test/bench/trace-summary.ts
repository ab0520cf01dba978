/**
 * Diagnostics for the import benchmark: summarises the V8 CPU samples of a Chromium trace
 * recorded with BENCH_TRACE=1 (test-results/bench-import-trace.json), per renderer thread: the
 * page's main thread and the import worker. Functions are mapped to the app's sources through the
 * build's source maps, so run it before the next build replaces out/renderer.
 *
 *   npx tsx test/bench/trace-summary.ts [trace.json] [top]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { summariseProfile, type CpuProfile } from './cpu-profile';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; callFrame: CpuProfile['nodes'][number]['callFrame']; parent?: number }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

const file = path.resolve(process.argv[2] ?? 'test-results/bench-import-trace.json');
const top = Number(process.argv[3] ?? 20);
const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);

const threadNames = new Map<string, string>();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');

/** One profile per (pid, profile id), rebuilt from its chunks; nodes carry `parent` in traces. */
const profiles = new Map<string, { thread: string; nodes: Map<number, { id: number; callFrame: CpuProfile['nodes'][number]['callFrame']; parent?: number }>; samples: number[]; timeDeltas: number[]; startTime: number }>();
for (const e of events) {
  if (e.name === 'Profile') {
    profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, nodes: new Map(), samples: [], timeDeltas: [], startTime: e.args?.data?.startTime ?? e.ts });
  } else if (e.name === 'ProfileChunk') {
    const p = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.timeDeltas.push(...(data.timeDeltas ?? []));
  }
}

const rendererDir = path.resolve('out/renderer');
for (const p of profiles.values()) {
  const name = threadNames.get(p.thread) ?? p.thread;
  if (p.samples.length < 10) continue;
  const children = new Map<number, number[]>();
  for (const n of p.nodes.values()) if (n.parent !== undefined) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const total = p.timeDeltas.reduce((a, b) => a + b, 0);
  const profile: CpuProfile = {
    nodes: [...p.nodes.values()].map((n) => ({ id: n.id, callFrame: n.callFrame, children: children.get(n.id) ?? [] })),
    startTime: p.startTime,
    endTime: p.startTime + total,
    samples: p.samples,
    timeDeltas: p.timeDeltas,
  };
  const summary = await summariseProfile(profile, rendererDir, top);
  console.log(`\n=== ${name} (${p.thread}), ${p.samples.length} samples over ${summary.durationMs} ms`);
  console.log('  self:');
  for (const e of summary.self) console.log(`   ${String(e.ms).padStart(9)}  ${e.fn}`);
  console.log('  app (total):');
  for (const e of summary.app) console.log(`   ${String(e.ms).padStart(9)}  ${e.fn}`);
}
