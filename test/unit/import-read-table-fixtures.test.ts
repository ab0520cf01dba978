import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../renderer/src/domain/import/read-table';
import type { ReadTableResult } from '../../renderer/src/domain/import/read-table';
import { encodeText, FEC_CASH_BASIS_COLUMNS, FEC_COLUMNS } from '../support/import-files';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = resolve(ROOT, '../shared/fixtures/fec');
const FEC_18 = '0000000001FEC20220831.txt';
const FEC_22 = '000000000FEC20231231.txt';

type Success = Extract<ReadTableResult, { ok: true }>;
function read(bytes: Uint8Array): Success {
  const result = readTable(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result;
}

/** The file's lines, split independently of the engine (the fixtures have no quotes). */
function physicalLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function checkAgainstLines(r: Success, text: string, separator: string) {
  const lines = physicalLines(text);
  const nonBlank = lines.filter((l) => l.trim() !== '').length;
  expect(r.detection.rowCount).toBe(nonBlank - 1);
  expect(r.table.rows).toHaveLength(nonBlank - 1);
  for (const row of r.table.rows) {
    expect(row.cells).toEqual(lines[row.line - 1]!.split(separator).map((c) => c.trim()));
  }
}

// The real FEC files are not in the repository: they live beside the clone in ../shared/fixtures
// (MIT-licensed, see the licence file there). Without them these tests are skipped.
describe.skipIf(!existsSync(DIR))('real FEC fixtures (../shared/fixtures/fec)', () => {
  const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

  it(`${FEC_18}: UTF-8 with BOM, tab, 18 columns, 5 422 lines`, () => {
    const bytes = bytesOf(FEC_18);
    const r = read(bytes);
    expect(r.detection).toEqual({
      encoding: 'utf-8',
      hasBom: true,
      separator: '\t',
      headerLine: 1,
      rowCount: 5422,
      format: 'fec',
      fecAmounts: 'debit-credit',
      lineEnding: 'lf',
    });
    expect(r.table.header).toEqual([...FEC_COLUMNS]);
    expect(r.issues).toEqual([]);
    expect(r.table.rows[0]!.line).toBe(2);
    checkAgainstLines(r, new TextDecoder().decode(bytes), '\t');
  });

  it(`${FEC_22}: UTF-8 without BOM, tab, 22 columns (cash basis)`, () => {
    const bytes = bytesOf(FEC_22);
    const r = read(bytes);
    expect(r.detection).toEqual({
      encoding: 'utf-8',
      hasBom: false,
      separator: '\t',
      headerLine: 1,
      rowCount: 2102,
      format: 'fec',
      fecAmounts: 'debit-credit',
      lineEnding: 'lf',
    });
    expect(r.table.header).toEqual([...FEC_COLUMNS, ...FEC_CASH_BASIS_COLUMNS]);
    expect(r.issues).toEqual([]);
    checkAgainstLines(r, new TextDecoder().decode(bytes), '\t');
  });

  it('the same files re-saved as ISO-8859-15 with CR LF, or as pipe-separated Windows-1252 with CR CR LF', () => {
    for (const name of [FEC_18, FEC_22]) {
      const original = read(bytesOf(name));
      const text = new TextDecoder().decode(bytesOf(name)).replace(/^\uFEFF/, '');
      const crlf = read(encodeText(text.replaceAll('\n', '\r\n'), 'iso-8859-15'));
      expect(crlf.detection).toMatchObject({ lineEnding: 'crlf', separator: '\t', format: 'fec', rowCount: original.detection.rowCount });
      expect(crlf.table).toEqual(original.table);
      const pipes = read(encodeText(text.replaceAll('\t', '|').replaceAll('\n', '\r\r\n'), 'windows-1252'));
      expect(pipes.detection).toMatchObject({ encoding: 'windows-1252', lineEnding: 'crcrlf', separator: '|', format: 'fec' });
      expect(pipes.table).toEqual(original.table);
    }
  });
});
