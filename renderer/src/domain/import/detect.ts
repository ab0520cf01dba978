/**
 * Text → layout for the import engine: line endings, separator, header line, and whether the file
 * is a FEC. Pure functions over strings.
 *
 * Line breaks: LF, CRLF, CR and CR CR LF each count as ONE line break (so line numbers match what a
 * text editor shows for CRLF files, and a CR CR LF file — written by programs that add a CR to an
 * already CRLF text — gets one line per record). A file using one style is parsed as it is; CR CR
 * LF and mixed files are normalised to LF first (prepareText). A line break inside a quoted field
 * counts as a line too (a row's line is the line where it starts) and is returned as LF.
 *
 * Layout detection works on a sample (the first SAMPLE_LINES lines, not cut inside a quoted field),
 * parsed with papaparse for each candidate separator (tab, pipe, semicolon, comma), quotes honoured:
 * - Header: the first non-blank row (within MAX_PREAMBLE rows, so report titles such as
 *   QuickBooks' "Acme Inc / A/R Aging Detail / As of 31/10/2026" are skipped) that
 *   - has at least 2 non-empty cells, at least half of its cells non-empty, and a majority of its
 *     non-empty cells containing a letter (titles, not numbers or dates), and
 *   - whose column count is the dominant one of the following rows (up to FOLLOWING_ROWS): the rows
 *     that fit it are at least as many as those of any other column count, or at least half of
 *     them. A trailing separator on the header or on the data rows (Dolibarr) is tolerated: a row
 *     fits a header of n names when it has n cells, or n + 1 cells the last of which is empty.
 * - Separator: the candidate whose header is a FEC header wins; then the candidates where at least
 *   90% of the rows after the header fit it, earliest header first, then most columns, then the
 *   order tab, pipe, semicolon, comma; then, failing that, the best fitting share.
 * - FEC: recognised by its header, case-insensitively: JournalCode, EcritureDate, CompteNum and
 *   PieceRef, plus Debit + Credit or Montant + Sens. The column count (18, or 22 for cash basis) and
 *   the other columns are left to the FEC preset, which reports what is missing.
 */
import Papa from 'papaparse';
import type { Detection, Separator } from './types';

export type LineEnding = Detection['lineEnding'];

/** Candidate separators, in order of preference when two fit equally well. */
export const SEPARATORS: readonly Separator[] = ['\t', '|', ';', ','];

const LF = 10;
const CR = 13;

/** Counts of each line-break style (CR CR LF and CRLF are not counted as CR or LF). */
export function countLineEndings(text: string): { lf: number; crlf: number; cr: number; crcrlf: number } {
  let crlf = 0;
  let cr = 0;
  let crcrlf = 0;
  let i = text.indexOf('\r');
  while (i !== -1) {
    const next = text.charCodeAt(i + 1);
    if (next === LF) {
      crlf++;
      i = text.indexOf('\r', i + 2);
    } else if (next === CR && text.charCodeAt(i + 2) === LF) {
      crcrlf++;
      i = text.indexOf('\r', i + 3);
    } else {
      cr++;
      i = text.indexOf('\r', i + 1);
    }
  }
  const lf = countChar(text, '\n') - crlf - crcrlf;
  return { lf, crlf, cr, crcrlf };
}

/** The line-break style of the text: one style, 'mixed', or 'none' (a single line). */
export function detectLineEnding(text: string): LineEnding {
  const counts = countLineEndings(text);
  const found = (['lf', 'crlf', 'cr', 'crcrlf'] as const).filter((k) => counts[k] > 0);
  if (found.length === 0) return 'none';
  return found.length === 1 ? found[0]! : 'mixed';
}

const BREAKS = /\r\r\n|\r\n|\r/g;

/** Every line break (CR CR LF, CRLF, CR) as LF. Returns the text itself when it has no CR. */
export function normalizeLineBreaks(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(BREAKS, '\n');
}

/** A line break the parser can split on directly. */
export type Newline = '\n' | '\r\n' | '\r';

/**
 * The text ready for parsing and its one line-break string. A file using a single LF, CRLF or CR
 * style is parsed as it is (normalising 37 MB would cost ~70 ms); CR CR LF and mixed files are
 * normalised to LF.
 */
export function prepareText(text: string, lineEnding: LineEnding = detectLineEnding(text)): { text: string; newline: Newline } {
  switch (lineEnding) {
    case 'crlf':
      return { text, newline: '\r\n' };
    case 'cr':
      return { text, newline: '\r' };
    case 'lf':
    case 'none':
      return { text, newline: '\n' };
    default:
      return { text: normalizeLineBreaks(text), newline: '\n' };
  }
}

/** The character counted once per line break of a uniform text: LF for LF and CRLF, CR for CR. */
const breakChar = (newline: Newline) => (newline === '\r' ? '\r' : '\n');

/** Number of occurrences of a one-character string. */
export function countChar(text: string, char: string): number {
  let n = 0;
  let i = text.indexOf(char);
  while (i !== -1) {
    n++;
    i = text.indexOf(char, i + 1);
  }
  return n;
}

/** Offset of the start of 1-based line `line` in uniform text, or -1 past the end. */
export function lineOffset(text: string, line: number, newline: Newline = '\n'): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf(newline, offset);
    if (nl === -1) return -1;
    offset = nl + newline.length;
  }
  return offset;
}

/** 1-based line of character `offset` in uniform text. */
export function lineAt(text: string, offset: number, newline: Newline = '\n'): number {
  return countChar(text.slice(0, offset), breakChar(newline)) + 1;
}

export interface ParsedRows {
  /** Raw (untrimmed) cells of every record, blank lines included as [''] rows; line breaks inside a cell are LF. */
  data: string[][];
  /** 1-based line where each record starts. */
  lines: Int32Array;
  /** Lines re-read without quote handling because a quote there was never properly closed. */
  strayQuoteLines: number[];
}

/** Stray-quote recoveries before the rest of the text is read without quote handling. */
export const MAX_QUOTE_RECOVERIES = 20;

/** `"x"` → `x` (with `""` → `"`), for a cell split without quote handling. */
function unwrapQuotes(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replaceAll('""', '"') : cell;
}

/** A cell split without quote handling that opens a quote it does not close. */
function isUnclosedQuote(cell: string): boolean {
  const t = cell.trim();
  return t.startsWith('"') && (t.length < 2 || !t.endsWith('"'));
}

function splitPlain(line: string, separator: Separator): string[] {
  const cells = line.split(separator);
  if (line.indexOf('"') !== -1) for (let k = 0; k < cells.length; k++) cells[k] = unwrapQuotes(cells[k]!);
  return cells;
}

interface Chunk {
  data: string[][];
  lines: Int32Array;
  /** Indices of rows where papaparse reported a quote problem. */
  quoteErrorRows: number[];
}

function parseChunk(text: string, separator: Separator, firstLine: number, newline: Newline): Chunk {
  let data: string[][];
  const quoteErrorRows: number[] = [];
  if (text.indexOf('"') === -1) {
    const lines = text.split(newline);
    data = new Array<string[]>(lines.length);
    for (let i = 0; i < lines.length; i++) data[i] = lines[i]!.split(separator);
  } else {
    const parsed = Papa.parse<string[]>(text, { delimiter: separator, newline, quoteChar: '"', skipEmptyLines: false });
    data = parsed.data;
    for (const e of parsed.errors) {
      if ((e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') && e.row !== undefined) quoteErrorRows.push(e.row);
    }
  }
  const lines = new Int32Array(data.length);
  if (data.length === countChar(text, breakChar(newline)) + 1) {
    // No line break inside a field: one record per line.
    for (let i = 0; i < data.length; i++) lines[i] = firstLine + i;
  } else {
    // Some quoted field spans lines: every line break is either a record end or inside a field.
    let line = firstLine;
    for (let i = 0; i < data.length; i++) {
      lines[i] = line;
      line += 1 + breaksInside(data[i]!, newline);
    }
  }
  return { data, lines, quoteErrorRows };
}

const spansLines = (cells: readonly string[]) => cells.some((c) => c.indexOf('\n') !== -1);

/** Line breaks inside the cells of a record, which are rewritten with LF. */
function breaksInside(cells: string[], newline: Newline): number {
  const brk = breakChar(newline);
  let n = 0;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (cell.indexOf(brk) === -1) continue;
    n += countChar(cell, brk);
    if (newline !== '\n') cells[k] = cell.replaceAll(newline, '\n');
  }
  return n;
}

/**
 * Parses `text` (starting on line `firstLine`) record by record until a record with a quote error
 * spans several lines; stops there (papaparse step mode, aborted), so that the cost is the rows read
 * plus the stray quote's search for a closing quote, never the whole rest of the file again.
 */
function parseUntilStray(text: string, separator: Separator, firstLine: number, newline: Newline, data: string[][], lines: number[]): number | null {
  let line = firstLine;
  let stray: number | null = null;
  let count = 0;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    newline,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (results, parser) => {
      const cells = results.data;
      const breaks = breaksInside(cells, newline);
      if (breaks > 0 && results.errors.some((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')) {
        stray = line;
        parser.abort();
        return;
      }
      data.push(cells);
      lines.push(line);
      count++;
      line += 1 + breaks;
    },
  });
  // Papaparse gives no record for an empty text, where a line split gives one blank line.
  if (count === 0 && stray === null) {
    data.push(['']);
    lines.push(firstLine);
  }
  return stray;
}

/**
 * Splits uniform text (one line-break string, see prepareText) into records with papaparse, double
 * quotes honoured (a field may hold separators, doubled quotes and line breaks). `firstLine` is the
 * line number of the first record.
 *
 * A quote that opens a field and is never properly closed (a FEC label starting with '"', a cut
 * file) makes papaparse swallow the following lines into one field. Such a record is re-read
 * alone, split on the separator with quotes as plain characters (a cell wrapped in quotes is still
 * unwrapped), its line is listed in `strayQuoteLines`, and parsing resumes on the next line. After
 * MAX_QUOTE_RECOVERIES of those the file evidently does not use quotes reliably, and the rest is
 * read that way line by line (lines with a cell opening a quote it does not close are still
 * listed): this bounds the cost of searching for closing quotes.
 */
export function parseRows(text: string, separator: Separator, firstLine: number, newline: Newline = '\n'): ParsedRows {
  const first = parseChunk(text, separator, firstLine, newline);
  const bad = first.quoteErrorRows.find((r) => first.data[r] !== undefined && spansLines(first.data[r]));
  if (bad === undefined) return { data: first.data, lines: first.lines, strayQuoteLines: [] };

  const data = first.data.slice(0, bad);
  const lines = Array.from(first.lines.subarray(0, bad));
  const strayQuoteLines: number[] = [];
  let stray: number | null = first.lines[bad]!;
  let offset = lineOffset(text, stray - firstLine + 1, newline);
  while (stray !== null) {
    // The stray line, read without quote handling.
    const nl = text.indexOf(newline, offset);
    data.push(splitPlain(text.slice(offset, nl === -1 ? text.length : nl), separator));
    lines.push(stray);
    strayQuoteLines.push(stray);
    if (nl === -1) break;
    const start = nl + newline.length;
    const line = stray + 1;
    const rest = text.slice(start);
    if (strayQuoteLines.length >= MAX_QUOTE_RECOVERIES) {
      let l = line;
      for (const lineText of rest.split(newline)) {
        const cells = splitPlain(lineText, separator);
        if (cells.some(isUnclosedQuote)) strayQuoteLines.push(l);
        data.push(cells);
        lines.push(l++);
      }
      break;
    }
    stray = parseUntilStray(rest, separator, line, newline, data, lines);
    if (stray !== null) offset = start + lineOffset(rest, stray - line + 1, newline);
  }
  return { data, lines: Int32Array.from(lines), strayQuoteLines };
}

const LETTER = /\p{L}/u;

/** A row that can be a header: see the module comment. `cells` are trimmed. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  let nonEmpty = 0;
  let text = 0;
  for (const c of cells) {
    if (c === '') continue;
    nonEmpty++;
    if (LETTER.test(c)) text++;
  }
  return nonEmpty >= 2 && nonEmpty * 2 >= headerWidth(cells) && text * 2 > nonEmpty;
}

/** Header names without the empty cell a trailing separator leaves at the end. */
export function headerWidth(cells: readonly string[]): number {
  return cells.length > 1 && cells[cells.length - 1] === '' ? cells.length - 1 : cells.length;
}

/** Whether a data row fits a header of `width` names (n cells, or n + 1 with an empty last). */
export function fitsHeader(cells: readonly string[], width: number): boolean {
  return cells.length === width || (cells.length === width + 1 && cells[width]!.trim() === '');
}

export type FecAmounts = NonNullable<Detection['fecAmounts']>;

/** FEC header recognition (see module comment); null when the header is not a FEC one. */
export function recognizeFec(header: readonly string[]): { fecAmounts: FecAmounts } | null {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  // These names exist only in FEC files. A FEC with a column missing is still a FEC: the FEC
  // preset then names the missing column, which helps far more than a CSV mapping screen.
  const distinctive = FEC_ONLY_COLUMNS.filter((name) => names.has(name)).length;
  if (distinctive < 3) return null;
  if (names.has('montant') && names.has('sens') && !(names.has('debit') && names.has('credit'))) {
    return { fecAmounts: 'montant-sens' };
  }
  return { fecAmounts: 'debit-credit' };
}

const FEC_ONLY_COLUMNS = ['journalcode', 'journallib', 'ecriturenum', 'ecrituredate', 'comptenum', 'comptelib', 'compauxnum', 'compauxlib', 'pieceref', 'piecedate', 'ecriturelib', 'ecriturelet', 'datelet', 'validdate'];

/** Lines read for detection, at most (and at most SAMPLE_CHARS characters). */
export const SAMPLE_LINES = 300;
const SAMPLE_CHARS = 2 * 1024 * 1024;
/** Non-blank rows before the header that detection is willing to skip. */
export const MAX_PREAMBLE = 50;
/** Rows after a header candidate used to check its column count. */
export const FOLLOWING_ROWS = 50;
const GOOD_FIT = 0.9;

export interface LayoutGuess {
  separator: Separator;
  /** 1-based line of the header. */
  headerLine: number;
  /** Header names (trimmed), trailing empty cell of a trailing separator removed. */
  header: string[];
  /** Share of the sampled rows after the header that fit it (1 when there are none). */
  fit: number;
  fec: { fecAmounts: FecAmounts } | null;
}

interface SampleRow {
  line: number;
  cells: string[];
}

/** Trimmed non-blank rows of the sample, the possibly cut last record dropped when the sample is cut. */
function sampleRows(sample: string, cut: boolean, separator: Separator, firstLine: number, newline: Newline): SampleRow[] {
  const parsed = parseRows(sample, separator, firstLine, newline);
  const count = cut ? parsed.data.length - 1 : parsed.data.length;
  const rows: SampleRow[] = [];
  for (let i = 0; i < count; i++) {
    const cells = parsed.data[i]!.map((c) => c.trim());
    if (cells.some((c) => c !== '')) rows.push({ line: parsed.lines[i]!, cells });
  }
  return rows;
}

function evaluate(rows: SampleRow[], index: number): { width: number; fit: number; dominant: boolean } {
  const header = rows[index]!.cells;
  const width = headerWidth(header);
  const following = rows.slice(index + 1, index + 1 + FOLLOWING_ROWS);
  if (following.length === 0) return { width, fit: 1, dominant: true };
  let fitting = 0;
  const byCount = new Map<number, number>();
  for (const r of following) {
    if (fitsHeader(r.cells, width)) fitting++;
    byCount.set(r.cells.length, (byCount.get(r.cells.length) ?? 0) + 1);
  }
  const most = Math.max(...byCount.values());
  return { width, fit: fitting / following.length, dominant: fitting >= most || fitting * 2 >= following.length };
}

function findHeader(rows: SampleRow[], separator: Separator, forcedLine: number | undefined): LayoutGuess | null {
  if (forcedLine !== undefined) {
    const first = rows[0];
    if (first === undefined || first.line !== forcedLine || headerWidth(first.cells) < 2) return null;
    const { fit } = evaluate(rows, 0);
    const header = first.cells.slice(0, headerWidth(first.cells));
    return { separator, headerLine: forcedLine, header, fit, fec: recognizeFec(header) };
  }
  const limit = Math.min(rows.length, MAX_PREAMBLE + 1);
  for (let i = 0; i < limit; i++) {
    const cells = rows[i]!.cells;
    if (cells.length < 2 || !looksLikeHeader(cells)) continue;
    const { width, fit, dominant } = evaluate(rows, i);
    if (!dominant) continue;
    const header = cells.slice(0, width);
    return { separator, headerLine: rows[i]!.line, header, fit, fec: recognizeFec(header) };
  }
  return null;
}

function better(a: LayoutGuess, b: LayoutGuess): boolean {
  if ((a.fec !== null) !== (b.fec !== null)) return a.fec !== null;
  const aGood = a.fit >= GOOD_FIT;
  const bGood = b.fit >= GOOD_FIT;
  if (aGood !== bGood) return aGood;
  if (!aGood && a.fit !== b.fit) return a.fit > b.fit;
  if (a.headerLine !== b.headerLine) return a.headerLine < b.headerLine;
  if (a.header.length !== b.header.length) return a.header.length > b.header.length;
  if (a.fit !== b.fit) return a.fit > b.fit;
  return SEPARATORS.indexOf(a.separator) < SEPARATORS.indexOf(b.separator);
}

/**
 * The beginning of `text` from `offset`: SAMPLE_LINES lines, extended (by up to as many lines
 * again) to the first line end with an even number of '"' before it, so that the sample does not
 * stop inside a quoted field spanning lines; at most SAMPLE_CHARS. `cut`: the text goes on.
 */
function takeSample(text: string, offset: number, newline: Newline): { sample: string; cut: boolean } {
  let end = offset;
  let lines = 0;
  let odd = false;
  let firstCut = -1;
  // Next '"' at or after `end`, searched once and kept across lines (the search must not rescan
  // the text for each line when the next quote is far away).
  let quote = text.indexOf('"', offset);
  for (;;) {
    const nl = text.indexOf(newline, end);
    if (nl === -1) {
      if (text.length - offset <= SAMPLE_CHARS) return { sample: text.slice(offset), cut: false };
      return { sample: text.slice(offset, offset + SAMPLE_CHARS), cut: true };
    }
    while (quote !== -1 && quote < nl) {
      odd = !odd;
      quote = text.indexOf('"', quote + 1);
    }
    end = nl + newline.length;
    lines++;
    if (end - offset > SAMPLE_CHARS) return { sample: text.slice(offset, end), cut: true };
    if (lines === SAMPLE_LINES) firstCut = end;
    if (lines >= SAMPLE_LINES && !odd) return { sample: text.slice(offset, end), cut: end < text.length };
    if (lines >= 2 * SAMPLE_LINES) return { sample: text.slice(offset, firstCut), cut: true };
  }
}

export interface LayoutOptions {
  separator?: Separator;
  /** 1-based header line chosen by the user: only the separator is detected then. */
  headerLine?: number;
  /** The text's line break (see prepareText); LF by default. */
  newline?: Newline;
}

/**
 * Separator and header line of uniform text (see prepareText) (see the module comment); null when no candidate
 * separator gives a header of at least 2 columns (or, with a forced header line, when that line is
 * blank, missing or has a single column with every candidate).
 */
export function detectLayout(text: string, options: LayoutOptions = {}): LayoutGuess | null {
  const newline = options.newline ?? '\n';
  const start = options.headerLine === undefined ? 0 : lineOffset(text, options.headerLine, newline);
  if (start === -1) return null;
  const { sample, cut } = takeSample(text, start, newline);
  const firstLine = options.headerLine ?? 1;
  const candidates = options.separator === undefined ? SEPARATORS : [options.separator];
  let best: LayoutGuess | null = null;
  for (const separator of candidates) {
    const guess = findHeader(sampleRows(sample, cut, separator, firstLine, newline), separator, options.headerLine);
    if (guess !== null && (best === null || better(guess, best))) best = guess;
  }
  return best;
}
