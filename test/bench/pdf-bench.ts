/**
 * PDF benchmark: `npm run -s bench:pdf` (tsx test/bench/pdf-bench.ts).
 *
 * In one run, on this machine:
 * 1. the previewLetter handler end to end through dispatch (validation, layout, PDF bytes), first
 *    call of the process (fonts read and parsed) and warm calls;
 * 2. BENCH_PDF_LETTERS (500) formal notices with a logo and a 3-invoice table through the real
 *    layout, each to PDF bytes in memory (nothing written to disk);
 * 3. the floor, interleaved letter by letter with (2): pdf-lib writing the same strings with the
 *    same font embedding (subset DejaVu Sans regular and bold, the parsed font shared as the app
 *    does) and the same logo, each line drawn at a fixed position, no layout logic;
 * 4. for context, the floor with pdf-lib's default fontkit use (the font parsed for every document).
 *
 * Prints one JSON object on stdout and writes test-results/bench-pdf.json. Exits 0 whatever the
 * figures; 1 only when something is broken.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, grayscale } from 'pdf-lib';
import { dispatch } from '../../electron/main/dispatch';
import { FONT_FILES, loadLetterFonts, embedLetterFonts, type LetterFonts } from '../../electron/main/pdf/fonts';
import { A4_POINTS, renderLetter } from '../../electron/main/pdf/letter-pdf';
import { layoutLetter } from '../../electron/main/pdf/letter-layout';
import { Typesetter } from '../../electron/main/pdf/typeset';
import type { LetterSpec } from '../../electron/letter-spec';
import { formalNotice, LOGO_PNG } from '../support/letter-fixtures';
import { testMain } from '../support/ports';

const LETTERS = Number(process.env.BENCH_PDF_LETTERS ?? 500);
const PLAIN_FONTKIT_LETTERS = Number(process.env.BENCH_PDF_PLAIN ?? 100);
const WARMUP = 20;
const RESULT_FILE = path.resolve('test-results/bench-pdf.json');

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Letter i: the formal notice for a different customer and invoice numbers. */
function letter(i: number): LetterSpec {
  const base = formalNotice();
  const n = String(1000 + i);
  const swap = (s: string) => s.replaceAll('F-2026-01', `F-${n}-`).replaceAll('DUPONT', `DUPONT ${i}`.slice(0, 12));
  return {
    ...base,
    recipient: base.recipient.map((line) => swap(line).slice(0, 38)),
    subject: swap(base.subject),
    blocks: base.blocks.map((block) =>
      block.type === 'paragraph'
        ? { ...block, text: swap(block.text) }
        : { ...block, table: { ...block.table, rows: block.table.rows.map((row) => row.map(swap)) } },
    ),
  };
}

interface Line {
  text: string;
  size: number;
  bold: boolean;
}

/** The strings the layout draws for a letter, page by page (collected once, not timed). */
function linesOf(spec: LetterSpec, fonts: LetterFonts): Line[][] {
  const layout = layoutLetter(spec, new Typesetter(fonts), { width: 240, height: 120 });
  return layout.pages.map((ops) =>
    ops.flatMap((op) => (op.kind === 'text' ? [{ text: op.text, size: op.size, bold: op.bold === true }] : [])),
  );
}

/** The floor: same strings, same fonts and logo, one line under the other, no layout. */
async function floorLetter(pages: Line[][], fonts: LetterFonts, sharedParse: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  let regular;
  let bold;
  if (sharedParse) {
    ({ regular, bold } = await embedLetterFonts(doc, fonts));
  } else {
    doc.registerFontkit(fontkit);
    const features = { liga: false, clig: false, dlig: false };
    regular = await doc.embedFont(fonts.regular.bytes, { subset: true, features });
    bold = await doc.embedFont(fonts.bold.bytes, { subset: true, features });
  }
  const logo = await doc.embedPng(LOGO_PNG);
  pages.forEach((lines, index) => {
    const page = doc.addPage(A4_POINTS);
    if (index === 0) page.drawImage(logo, { x: 57, y: 750, width: 113, height: 57 });
    let y = 800;
    for (const line of lines) {
      page.drawText(line.text, { x: 57, y, size: line.size, font: line.bold ? bold : regular, color: grayscale(0) });
      y -= 12;
    }
  });
  return doc.save();
}

async function main() {
  const started = performance.now();
  const loadBefore = os.loadavg().map((l) => round(l, 2));

  // 1. Preview through dispatch, first call of the process: reads and parses the fonts.
  const { handlers } = await testMain();
  const previewOnce = async () => {
    const t0 = performance.now();
    const result = await dispatch(handlers, 'previewLetter', { letter: formalNotice() }, silent);
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(`previewLetter failed: ${JSON.stringify(result.error)}`);
    return { ms, data: result.data as { bytes: Uint8Array; pages: number } };
  };
  const cold = await previewOnce();

  const fonts = await loadLetterFonts(path.resolve('resources'));
  const specs = Array.from({ length: LETTERS }, (_, i) => letter(i));
  const floorLines = specs.map((spec) => linesOf(spec, fonts));

  // Warm-up: JIT, glyph caches.
  for (let i = 0; i < WARMUP; i++) {
    await renderLetter(specs[i % LETTERS] as LetterSpec, fonts, silent);
    await floorLetter(floorLines[i % LETTERS] as Line[][], fonts, true);
  }

  // 2 and 3, interleaved so that the machine's load weighs on both alike.
  const layoutTimes: number[] = [];
  const floorTimes: number[] = [];
  let layoutBytes = 0;
  let floorBytes = 0;
  let pages = 0;
  for (let i = 0; i < LETTERS; i++) {
    const spec = specs[i] as LetterSpec;
    const lines = floorLines[i] as Line[][];
    let t0 = performance.now();
    const real = await renderLetter(spec, fonts, silent);
    layoutTimes.push(performance.now() - t0);
    t0 = performance.now();
    const floor = await floorLetter(lines, fonts, true);
    floorTimes.push(performance.now() - t0);
    layoutBytes += real.bytes.byteLength;
    floorBytes += floor.byteLength;
    pages += real.pages;
  }

  // 4. Context: the floor as pdf-lib does it by default (font parsed for each document).
  const plainTimes: number[] = [];
  for (let i = 0; i < PLAIN_FONTKIT_LETTERS; i++) {
    const t0 = performance.now();
    await floorLetter(floorLines[i % LETTERS] as Line[][], fonts, false);
    plainTimes.push(performance.now() - t0);
  }

  // What the first call spends on the fonts (read, parse, glyph table): a fresh copy, not cached.
  const copy = await mkdtemp(path.join(os.tmpdir(), 'relance-bench-fonts-'));
  await mkdir(path.join(copy, 'fonts'));
  for (const file of Object.values(FONT_FILES)) await copyFile(path.resolve('resources', 'fonts', file), path.join(copy, 'fonts', file));
  const fontsStart = performance.now();
  await loadLetterFonts(copy);
  const fontsColdMs = performance.now() - fontsStart;
  await rm(copy, { recursive: true, force: true });

  // 1 again, warm.
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) warm.push((await previewOnce()).ms);

  const layoutTotal = sum(layoutTimes);
  const floorTotal = sum(floorTimes);
  const result = {
    benchmark: 'pdf',
    letters: LETTERS,
    output: 'PDF bytes in memory, nothing written to disk',
    letter: {
      kind: 'formal-notice',
      logo: 'PNG 240 x 120',
      table: '3 invoices, 8 columns, 5 totals rows',
      pagesPerLetter: round(pages / LETTERS, 2),
      meanBytes: Math.round(layoutBytes / LETTERS),
    },
    layout: {
      totalMs: round(layoutTotal),
      medianMs: round(median(layoutTimes)),
      p95Ms: round(percentile(layoutTimes, 95)),
    },
    floor: {
      what: 'pdf-lib, same strings, same subset font embedding (shared parse) and logo, drawText at fixed positions',
      totalMs: round(floorTotal),
      medianMs: round(median(floorTimes)),
      p95Ms: round(percentile(floorTimes, 95)),
      meanBytes: Math.round(floorBytes / LETTERS),
    },
    ratio: round(layoutTotal / floorTotal, 3),
    ratioOfMedians: round(median(layoutTimes) / median(floorTimes), 3),
    target: { ratio: 2, previewMs: 300 },
    floorDefaultFontkit: {
      what: 'the same floor with pdf-lib registerFontkit(fontkit): the font parsed for each document',
      letters: PLAIN_FONTKIT_LETTERS,
      medianMs: round(median(plainTimes)),
      layoutMedianOverThis: round(median(layoutTimes) / median(plainTimes), 3),
    },
    preview: {
      what: 'previewLetter through dispatch (zod validation + layout + PDF), formal notice',
      firstCallMs: round(cold.ms),
      firstCallNote: 'first PDF of the process: fonts read and parsed, pdf-lib/fontkit/pako code not yet optimised by V8; fontsLoadMs: the font part alone, measured later on a fresh copy (code warm)',
      fontsLoadMs: round(fontsColdMs),
      warmMedianMs: round(median(warm)),
      pages: cold.data.pages,
      bytes: cold.data.bytes.byteLength,
    },
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      loadAverage: { before: loadBefore, after: os.loadavg().map((l) => round(l, 2)) },
    },
    wallMs: round(performance.now() - started, 0),
  };
  await mkdir(path.dirname(RESULT_FILE), { recursive: true });
  await writeFile(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
