/**
 * Builds import test files in memory: rows of cells rendered with any separator, quoting, padding,
 * preamble, trailing separator and line ending, encoded as UTF-8 (with or without BOM),
 * Windows-1252 or ISO-8859-15. Also knows, for each row, the line where it starts (counted from
 * what was written, independently of the engine), and makes FEC headers and lines.
 */
// The codec packages' own .d.ts is hidden by their "exports" map (TS7016): typed below.
// @ts-ignore TS7016: untyped module
import { encode as untypedEncodeLatin9 } from 'iso-8859-15';
// @ts-ignore TS7016: untyped module
import { encode as untypedEncodeWindows1252 } from 'windows-1252';
import { FEC_COLUMNS_18 as FEC_COLUMNS, FEC_CASH_BASIS_EXTRA as FEC_CASH_BASIS_COLUMNS } from './fec-builder';
import { crc32 } from '../../renderer/src/domain/image-check';
import type { Encoding } from '../../renderer/src/domain/import/types';

type SingleByteEncode = (text: string, options?: { mode: 'fatal' | 'replacement' }) => Uint16Array;
const encodeLatin9: SingleByteEncode = untypedEncodeLatin9;
const encodeWindows1252: SingleByteEncode = untypedEncodeWindows1252;

export type LineEndingStyle = 'lf' | 'crlf' | 'cr' | 'crcrlf';
export const EOL: Record<LineEndingStyle, string> = { lf: '\n', crlf: '\r\n', cr: '\r', crcrlf: '\r\r\n' };

export interface FileOptions {
  /** Default ';'. */
  separator?: string;
  /** Default 'utf-8'. */
  encoding?: Encoding;
  /** Write a UTF-8 byte order mark first. */
  bom?: boolean;
  /**
   * Default 'lf'. An array gives the style of each line break in turn (cycled): mixed endings.
   * Beware: a blank line between a CR and an LF (or CR LF) break merges them into one break.
   */
  lineEnding?: LineEndingStyle | readonly LineEndingStyle[];
  /** Line break after the last row (default true). */
  finalNewline?: boolean;
  /** Quote every cell, not only those that need it. */
  quoteAll?: boolean;
  /** Pad every cell with spaces to this width (inside the quotes of a quoted cell). */
  padTo?: number;
  /** Pad on the left (right-aligned numbers) instead of the right. */
  padLeft?: boolean;
  /** A separator after the last cell of every row, header included (Dolibarr). */
  trailingSeparator?: boolean;
  /** Raw lines written before the rows (report titles, blank lines). */
  preamble?: readonly string[];
  /**
   * How a line break inside a cell (written '\n' in the cells) is written: 'lf' (as Excel does,
   * default) or 'same' (the file's line ending, keeping the file uniform).
   */
  cellNewline?: 'lf' | 'same';
}

export interface BuiltFile {
  bytes: Uint8Array;
  /** The text before encoding (no BOM). */
  text: string;
  /** 1-based line where each row (rows[0] = header) starts. */
  lines: number[];
}

/** Whether a cell must be quoted: it holds the separator, a quote or a line break. */
export function needsQuotes(cell: string, separator: string): boolean {
  return cell.includes(separator) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
}

function pad(cell: string, options: FileOptions): string {
  const width = options.padTo ?? 0;
  return options.padLeft ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
}

export function renderCell(cell: string, options: FileOptions = {}, eol = '\n'): string {
  const separator = options.separator ?? ';';
  const inner = options.cellNewline === 'same' ? cell.replaceAll('\n', eol) : cell;
  if (options.quoteAll || needsQuotes(cell, separator)) return `"${pad(inner.replaceAll('"', '""'), options)}"`;
  return pad(inner, options);
}

export function renderRow(cells: readonly string[], options: FileOptions = {}, eol = '\n'): string {
  const separator = options.separator ?? ';';
  const text = cells.map((c) => renderCell(c, options, eol)).join(separator);
  return options.trailingSeparator ? text + separator : text;
}

export function encodeText(text: string, encoding: Encoding = 'utf-8', bom = false): Uint8Array {
  let body: Uint8Array;
  if (encoding === 'utf-8') body = new TextEncoder().encode(text);
  else body = Uint8Array.from(encoding === 'windows-1252' ? encodeWindows1252(text) : encodeLatin9(text));
  return bom ? concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Renders the rows (rows[0] is the header) as a file; see FileOptions. */
export function buildFile(rows: readonly (readonly string[])[], options: FileOptions = {}): BuiltFile {
  const styles = options.lineEnding === undefined ? ['lf' as const] : typeof options.lineEnding === 'string' ? [options.lineEnding] : options.lineEnding;
  let breakIndex = 0;
  const nextEol = () => EOL[styles[breakIndex++ % styles.length]!];
  const uniformEol = EOL[styles[0]!];
  const parts: string[] = [];
  let line = 1;
  for (const p of options.preamble ?? []) {
    parts.push(p, nextEol());
    line++;
  }
  const lines: number[] = [];
  rows.forEach((cells, i) => {
    const text = renderRow(cells, options, uniformEol);
    lines.push(line);
    // Each line break inside the row's cells is one more line, whatever its style.
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    parts.push(text);
    if (i < rows.length - 1 || options.finalNewline !== false) parts.push(nextEol());
  });
  const text = parts.join('');
  return { bytes: encodeText(text, options.encoding, options.bom), text, lines };
}

// One list of FEC column names for every test helper.
export { FEC_COLUMNS_18 as FEC_COLUMNS, FEC_CASH_BASIS_EXTRA as FEC_CASH_BASIS_COLUMNS } from './fec-builder';

export interface FecOptions {
  /** 22 columns (cash basis) instead of 18. */
  cashBasis?: boolean;
  /** Montant + Sens instead of Debit + Credit. */
  montantSens?: boolean;
  /** Header spelling. */
  headerCase?: 'spec' | 'lower' | 'upper';
}

export function fecHeader(options: FecOptions = {}): string[] {
  const names: string[] = [...FEC_COLUMNS, ...(options.cashBasis ? FEC_CASH_BASIS_COLUMNS : [])];
  if (options.montantSens) names.splice(names.indexOf('Debit'), 2, 'Montant', 'Sens');
  if (options.headerCase === 'lower') return names.map((n) => n.toLowerCase());
  if (options.headerCase === 'upper') return names.map((n) => n.toUpperCase());
  return names;
}

/** A plausible FEC line (sale on a customer account), i = sequence number. */
export function fecLine(i: number, options: FecOptions = {}): string[] {
  const day = `202601${String(1 + (i % 28)).padStart(2, '0')}`;
  const amount = `${100 + (i % 900)},${String(i % 100).padStart(2, '0')}`;
  const amounts = options.montantSens ? [amount, i % 2 ? 'D' : 'C'] : i % 2 ? [amount, '0,00'] : ['0,00', amount];
  const cells = [
    'VT',
    'Ventes',
    String(i),
    day,
    '411000',
    'Clients',
    `C${i % 7}`,
    `Société n°${i % 7}`,
    `F${1000 + i}`,
    day,
    `Facture F${1000 + i} prestation été`,
    ...amounts,
    i % 3 === 0 ? 'AA' : '',
    '',
    day,
    '',
    '',
  ];
  if (options.cashBasis) cells.push(day, 'VIR', '', '');
  return cells;
}

/** Header plus `n` FEC lines. */
export function fecRows(n: number, options: FecOptions = {}): string[][] {
  return [fecHeader(options), ...Array.from({ length: n }, (_, i) => fecLine(i + 1, options))];
}

/** A minimal but valid ZIP archive with stored (uncompressed) entries, as Office files are. */
export function makeZip(entries: readonly { name: string; content: string }[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = encoder.encode(entry.content);
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = concatBytes(...centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return concatBytes(...locals, directory, end);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** An Excel workbook's archive layout (content not meant to be opened by Excel). */
export function makeXlsx(): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', content: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: '_rels/.rels', content: `${XML}<Relationships/>` },
    { name: 'xl/workbook.xml', content: `${XML}<workbook><sheets><sheet name="Balance"/></sheets></workbook>` },
    { name: 'xl/worksheets/sheet1.xml', content: `${XML}<worksheet><sheetData/></worksheet>` },
  ]);
}

export function makeDocx(): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', content: `${XML}<Types/>` },
    { name: 'word/document.xml', content: `${XML}<document/>` },
  ]);
}

export function makeOds(): Uint8Array {
  return makeZip([
    { name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet' },
    { name: 'content.xml', content: `${XML}<office:document-content/>` },
  ]);
}

/** The first bytes of an OLE2 compound file (old .xls/.doc) with a stream name in UTF-16LE. */
export function makeOle2(streamName: 'Workbook' | 'WordDocument'): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const name = Array.from(streamName).flatMap((c) => [c.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}

export function makePdf(): Uint8Array {
  return encodeText('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
}
