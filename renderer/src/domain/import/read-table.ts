/**
 * First stage of the import engine: the bytes of a file → decoded text → detected layout → a Table
 * of trimmed cells with 1-based line numbers, plus what was found wrong. Pure: no I/O.
 *
 * Order of the checks:
 * 1. Fatal, before decoding: 'empty-file' (0 bytes), 'foreign-format' (PDF, Excel, image… by
 *    signature), 'unsupported-encoding' (UTF-16), 'binary-file'.
 * 2. Decoding (detected or overridden encoding, see decode.ts); 'empty-file' again when the text is
 *    only whitespace. A DOS end-of-file mark (Ctrl-Z) at the very end is dropped.
 * 3. Line breaks recognised (see prepareText in detect.ts), separator and header line detected or
 *    overridden; 'no-header' / 'header-line-invalid' when there is no usable header.
 * 4. The text from the header line on is parsed with papaparse (double quotes honoured). Every cell
 *    is trimmed (spaces, tabs, no-break spaces: fixed-width padding goes; number formats are left
 *    to the presets). Blank rows (nothing but whitespace and separators) are skipped and not
 *    counted. A trailing separator is dropped: the header's empty last cell, and a data row's
 *    extra empty last cell. Rows with another number of cells are kept as they are, with a
 *    'column-count' error each ('truncated-line' for a last line cut short, without final line
 *    break). 'header-only' when no data row is left.
 * 5. A field that opens a quote never properly closed (a FEC label starting with '"') would swallow
 *    the following lines: that line is re-read with quotes as plain characters, with a
 *    'stray-quote' warning (see parseRows in detect.ts).
 * Issues come in file order. Those of one code are listed up to MAX_ISSUES_PER_CODE times; the rest
 * are summed up in one 'more-issues' issue (params code, count, same severity) so a wrong separator
 * on a 263 000-line file does not produce 263 000 messages.
 *
 * Performance (37 MB / 263 000-line FEC): one native UTF-8 decode, no normalisation copy for
 * single-style line endings, detection on a 300-line sample, one papaparse pass (its fast split
 * when the file has no quote), then one loop trimming cells in place.
 */
import { decodeBytes, detectUtf16, looksBinary, sniffEncoding, sniffForeignFormat } from './decode';
import { countChar, detectLayout, detectLineEnding, headerWidth, lineAt, lineOffset, parseRows, prepareText, recognizeFec } from './detect';
import type { Detection, DetectionOverrides, ImportIssue, Row, Severity, Table } from './types';

export type ReadTableResult =
  | { ok: true; detection: Detection; table: Table; issues: ImportIssue[] }
  | { ok: false; issue: ImportIssue };

/** Every issue code readTable can produce (fatal ones come as `{ ok: false, issue }`). */
export type ReadTableIssueCode =
  | 'empty-file'
  | 'foreign-format'
  | 'unsupported-encoding'
  | 'binary-file'
  | 'no-header'
  | 'header-line-invalid'
  | 'header-only'
  | 'column-count'
  | 'truncated-line'
  | 'stray-quote'
  | 'invalid-utf8'
  | 'encoding-uncertain'
  | 'preamble-skipped'
  | 'more-issues';

export const MAX_ISSUES_PER_CODE = 1000;

function fatal(code: ReadTableIssueCode, line: number | null = null, params?: Record<string, string | number>): ReadTableResult {
  const issue: ImportIssue = { severity: 'error', code, line };
  if (params !== undefined) issue.params = params;
  return { ok: false, issue };
}

const NON_SPACE = /\S/;

class IssueList {
  readonly issues: ImportIssue[] = [];
  private readonly counts = new Map<string, number>();
  private readonly severities = new Map<string, Severity>();

  add(severity: Severity, code: ReadTableIssueCode, line: number | null, params?: Record<string, string | number>): void {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    this.severities.set(code, severity);
    if (n > MAX_ISSUES_PER_CODE) return;
    const issue: ImportIssue = { severity, code, line };
    if (params !== undefined) issue.params = params;
    this.issues.push(issue);
  }

  /** The issues in file order (whole-file ones first), then the 'more-issues' summaries. */
  finish(): ImportIssue[] {
    this.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)); // stable: same line keeps emission order
    for (const [code, n] of this.counts) {
      if (n > MAX_ISSUES_PER_CODE) {
        this.issues.push({ severity: this.severities.get(code) ?? 'error', code: 'more-issues', line: null, params: { code, count: n - MAX_ISSUES_PER_CODE } });
      }
    }
    return this.issues;
  }
}

export function readTable(bytes: Uint8Array, overrides: DetectionOverrides = {}): ReadTableResult {
  // 1. Files that are not text.
  if (bytes.length === 0) return fatal('empty-file');
  const foreign = sniffForeignFormat(bytes);
  if (foreign !== null) return fatal('foreign-format', null, { format: foreign });
  const utf16 = detectUtf16(bytes);
  if (utf16 !== null) return fatal('unsupported-encoding', null, { encoding: utf16 });
  if (looksBinary(bytes)) return fatal('binary-file');

  // 2. Decoding.
  const issues = new IssueList();
  const sniffed = sniffEncoding(bytes);
  const encoding = overrides.encoding ?? sniffed.encoding;
  let raw = encoding === sniffed.encoding && sniffed.text !== undefined ? sniffed.text : decodeBytes(bytes, encoding);
  if (raw.charCodeAt(raw.length - 1) === 0x1a) raw = raw.slice(0, -1);
  if (!NON_SPACE.test(raw)) return fatal('empty-file');
  const lineEnding = detectLineEnding(raw);
  const { text, newline } = prepareText(raw, lineEnding);
  if (encoding === 'utf-8' && sniffed.text === undefined) {
    const first = text.indexOf('\uFFFD');
    if (first !== -1) issues.add('warning', 'invalid-utf8', lineAt(text, first, newline), { count: countChar(text, '\uFFFD') });
  }
  if (overrides.encoding === undefined && encoding !== 'utf-8') issues.add('info', 'encoding-uncertain', null, { encoding });

  // 3. Layout.
  if (overrides.headerLine !== undefined && (!Number.isInteger(overrides.headerLine) || overrides.headerLine < 1)) {
    return fatal('header-line-invalid', null, { headerLine: String(overrides.headerLine) });
  }
  const layout = detectLayout(text, { separator: overrides.separator, headerLine: overrides.headerLine, newline });
  if (layout === null) {
    return overrides.headerLine === undefined ? fatal('no-header') : fatal('header-line-invalid', overrides.headerLine, { headerLine: overrides.headerLine });
  }
  const { separator, headerLine } = layout;
  const start = lineOffset(text, headerLine, newline);
  if (start === -1) return fatal('header-line-invalid', headerLine, { headerLine });
  if (headerLine > 1) {
    const preamble = text.slice(0, start).split(newline).filter((l) => NON_SPACE.test(l)).length;
    if (preamble > 0) issues.add('info', 'preamble-skipped', headerLine, { count: preamble, headerLine });
  }

  // 4. Parsing.
  const body = text.slice(start);
  const { data, lines, strayQuoteLines } = parseRows(body, separator, headerLine, newline);
  const headerCells = (data[0] ?? []).map((c) => c.trim());
  const width = headerWidth(headerCells);
  const header = headerCells.slice(0, width);
  if (width < 2) return fatal(overrides.headerLine === undefined ? 'no-header' : 'header-line-invalid', headerLine, { headerLine });
  for (const line of strayQuoteLines) issues.add('warning', 'stray-quote', line);

  const rows: Row[] = [];
  const last = data.length - 1;
  for (let i = 1; i <= last; i++) {
    const cells = data[i]!;
    let blank = true;
    for (let k = 0; k < cells.length; k++) {
      const t = cells[k]!.trim();
      cells[k] = t;
      if (t !== '') blank = false;
    }
    if (blank) continue;
    const line = lines[i]!;
    if (cells.length === width + 1 && cells[width] === '') cells.pop();
    if (cells.length !== width) {
      // Without a final line break, a short last line is a file cut during copy or download.
      const truncated = i === last && cells.length < width;
      issues.add('error', truncated ? 'truncated-line' : 'column-count', line, { expected: width, found: cells.length });
    }
    rows.push({ line, cells });
  }
  if (rows.length === 0) return fatal('header-only', headerLine, { headerLine });

  const format = overrides.format ?? (layout.fec !== null ? 'fec' : 'csv');
  const detection: Detection = {
    encoding,
    hasBom: sniffed.hasBom,
    separator,
    headerLine,
    rowCount: rows.length,
    format,
    lineEnding,
  };
  if (format === 'fec') {
    const fec = recognizeFec(header);
    if (fec !== null) detection.fecAmounts = fec.fecAmounts;
  }
  return { ok: true, detection, table: { header, rows }, issues: issues.finish() };
}
