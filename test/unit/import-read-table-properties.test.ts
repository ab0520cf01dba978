import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineMessages } from '../../renderer/src/domain/import/engine-messages';
import { readTable } from '../../renderer/src/domain/import/read-table';
import type { ReadTableResult } from '../../renderer/src/domain/import/read-table';
import type { Encoding } from '../../renderer/src/domain/import/types';
import type { FileOptions, LineEndingStyle } from '../support/import-files';
import { buildFile, encodeText, fecRows } from '../support/import-files';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = resolve(ROOT, '../shared/fixtures/fec');

/** Characters every encoding can write, including the structural ones (separators, quotes, breaks). */
const COMMON = [...'abcXYZ019 .-éèàçÉœŒ€\u00a0°«»', ';', ',', '|', '\t', '"', '\n', ' '];
const EXTRA: Record<Encoding, string[]> = {
  'utf-8': [...'’…Ž', '😀', '中'],
  'windows-1252': [...'’…–Ž'],
  'iso-8859-15': [...'ŠŽŸ'],
};
const LETTERS = [...'abcdefXYZéÉ'];
const STYLES: LineEndingStyle[] = ['lf', 'crlf', 'cr', 'crcrlf'];

const tableArb = fc
  .record({
    encoding: fc.constantFrom<Encoding>('utf-8', 'windows-1252', 'iso-8859-15'),
    columns: fc.integer({ min: 2, max: 6 }),
    rowCount: fc.integer({ min: 1, max: 15 }),
    separator: fc.constantFrom('\t', '|', ';', ','),
    lineEnding: fc.oneof(fc.constantFrom(...STYLES), fc.array(fc.constantFrom(...STYLES), { minLength: 2, maxLength: 4 })),
    cellNewline: fc.constantFrom<'lf' | 'same'>('lf', 'same'),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    quoteAll: fc.boolean(),
    padTo: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 14 })),
    padLeft: fc.boolean(),
    trailingSeparator: fc.boolean(),
    titles: fc.array(fc.string({ unit: fc.constantFrom(...LETTERS, ' '), minLength: 1, maxLength: 12 }), { maxLength: 3 }),
    blankAfterTitles: fc.boolean(),
    seed: fc.integer(),
  })
  .chain((p) => {
    const cell = fc.string({ unit: fc.constantFrom(...COMMON, ...EXTRA[p.encoding]), maxLength: 12 });
    const name = fc.tuple(fc.constantFrom(...LETTERS), fc.string({ unit: fc.constantFrom(...LETTERS, ' ', '.', '°'), maxLength: 10 })).map(([a, b]) => a + b);
    return fc.record({
      p: fc.constant(p),
      header: fc.array(name, { minLength: p.columns, maxLength: p.columns }),
      rows: fc.array(fc.array(cell, { minLength: p.columns, maxLength: p.columns }), { minLength: p.rowCount, maxLength: p.rowCount }),
    });
  });

/** Invariants of any result, whatever the input. */
function checkShape(result: ReadTableResult) {
  if (!result.ok) {
    expect(engineMessages[result.issue.code], result.issue.code).toBeDefined();
    expect(result.issue.severity).toBe('error');
    return;
  }
  const { detection, table, issues } = result;
  expect(detection.rowCount).toBe(table.rows.length);
  expect(table.rows.length).toBeGreaterThan(0);
  expect(table.header.length).toBeGreaterThanOrEqual(2);
  // Plain checks in the loops (an expect() per cell would make the property runs slow).
  const problems: string[] = [];
  let previous = detection.headerLine;
  for (const row of table.rows) {
    if (!(row.line > previous)) problems.push(`line ${row.line} after ${previous}`);
    previous = row.line;
    if (!row.cells.some((c) => c !== '')) problems.push(`blank row on line ${row.line}`);
    if (row.cells.some((c) => c !== c.trim())) problems.push(`untrimmed cell on line ${row.line}`);
  }
  for (const issue of issues) {
    if (engineMessages[issue.code] === undefined) problems.push(`no message for ${issue.code}`);
    if (issue.line !== null && !(issue.line >= 1)) problems.push(`bad issue line ${issue.line}`);
  }
  expect(problems).toEqual([]);
}

describe('readTable properties', () => {
  it('(a) recovers the cells (trimmed) and line numbers of any table, whatever the separator, encoding, quoting, padding and line endings', () => {
    fc.assert(
      fc.property(tableArb, ({ p, header, rows }) => {
        // A blank line between a CR and an LF break would merge them: no blank preamble line with mixed endings.
        const mixed = typeof p.lineEnding !== 'string';
        const preamble = [...p.titles, ...(p.titles.length > 0 && p.blankAfterTitles && !mixed ? [''] : [])];
        const options: FileOptions = {
          separator: p.separator,
          encoding: p.encoding,
          bom: p.encoding === 'utf-8' && p.bom,
          lineEnding: p.lineEnding,
          cellNewline: p.cellNewline,
          finalNewline: p.finalNewline,
          quoteAll: p.quoteAll,
          padTo: p.padTo,
          padLeft: p.padLeft,
          trailingSeparator: p.trailingSeparator,
          preamble,
        };
        const built = buildFile([header, ...rows], options);
        // Single-byte encodings are given (which one it is, is a guess tested elsewhere); UTF-8 is detected.
        const result = readTable(built.bytes, p.encoding === 'utf-8' ? {} : { encoding: p.encoding });
        const expected = rows
          .map((cells, i) => ({ line: built.lines[i + 1]!, cells: cells.map((c) => c.trim()) }))
          .filter((row) => row.cells.some((c) => c !== ''));
        if (expected.length === 0) {
          expect(result.ok ? null : result.issue.code).toBe('header-only');
          return;
        }
        if (!result.ok) throw new Error(`failed: ${JSON.stringify(result.issue)}\n${JSON.stringify(built.text)}`);
        expect(result.detection).toMatchObject({ separator: p.separator, headerLine: preamble.length + 1, encoding: p.encoding, rowCount: expected.length });
        expect(result.table.header).toEqual(header.map((h) => h.trim()));
        expect(result.table.rows).toEqual(expected);
        expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('(b) random corruption of a FEC (flips, inserts, deletes, truncation) never throws', () => {
    const original = buildFile(fecRows(300, { cashBasis: true }), { separator: '\t', lineEnding: 'crlf', encoding: 'iso-8859-15' }).bytes;
    fc.assert(fc.property(corruptionArb(original.length), (ops) => checkShape(readTable(corrupt(original, ops)))), { numRuns: 300 });
  });

  it('(b) random text made of separators, quotes, line breaks and letters never throws', () => {
    const unit = fc.constantFrom(...'ab1 ;,|\t"\r\n\u00a0é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 400 }), fc.constantFrom<Encoding>('utf-8', 'windows-1252'), (s, encoding) => {
        const bytes = encodeText(s, encoding);
        checkShape(readTable(bytes));
        checkShape(readTable(bytes, { encoding: 'utf-8', separator: ';' }));
        checkShape(readTable(bytes, { headerLine: 2, format: 'fec' }));
      }),
      { numRuns: 500 },
    );
  });

  it('(b) random bytes never throw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => checkShape(readTable(bytes))), { numRuns: 300 });
  });
});

type Op = { kind: 'flip'; at: number; bit: number } | { kind: 'insert' | 'set'; at: number; byte: number } | { kind: 'delete'; at: number; length: number } | { kind: 'truncate'; at: number };

/** Bytes that matter to the parser are inserted more often than others. */
const interestingByte = fc.oneof(fc.constantFrom(0x22, 0x0a, 0x0d, 0x09, 0x3b, 0x2c, 0x7c, 0x00, 0x1a, 0xef, 0xbb, 0xbf, 0xa4, 0x80, 0xc3), fc.integer({ min: 0, max: 255 }));

function corruptionArb(size: number): fc.Arbitrary<Op[]> {
  const at = fc.integer({ min: 0, max: Math.max(0, size - 1) });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constantFrom('insert' as const, 'set' as const), at, byte: interestingByte }),
    fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at }),
  );
  return fc.array(op, { minLength: 1, maxLength: 8 });
}

function corrupt(original: Uint8Array, ops: readonly Op[]): Uint8Array {
  let bytes = Array.from(original);
  for (const op of ops) {
    const at = Math.min(op.at, bytes.length);
    switch (op.kind) {
      case 'flip':
        if (at < bytes.length) bytes[at] = bytes[at]! ^ (1 << op.bit);
        break;
      case 'set':
        if (at < bytes.length) bytes[at] = op.byte;
        break;
      case 'insert':
        bytes.splice(at, 0, op.byte);
        break;
      case 'delete':
        bytes.splice(at, op.length);
        break;
      case 'truncate':
        bytes = bytes.slice(0, at);
        break;
    }
  }
  return Uint8Array.from(bytes);
}

// The real FEC files live beside the clone (../shared/fixtures), not in the repository: skipped without them.
describe.skipIf(!existsSync(FIXTURES))('readTable properties on the real FEC fixtures', () => {
  it.each(['0000000001FEC20220831.txt', '000000000FEC20231231.txt'])('(b) random corruption of %s never throws', (name) => {
    const original = new Uint8Array(readFileSync(join(FIXTURES, name)));
    // Most runs on the first 40 KB (fast), some on the whole file.
    const head = original.subarray(0, 40_000);
    fc.assert(fc.property(corruptionArb(head.length), (ops) => checkShape(readTable(corrupt(head, ops)))), { numRuns: 150 });
    fc.assert(fc.property(corruptionArb(original.length), (ops) => checkShape(readTable(corrupt(original, ops)))), { numRuns: 15 });
  });
});
