/**
 * Bytes → text for the import engine: which character encoding a file uses, decoding it, and
 * recognising files that are not text at all (a PDF or an Excel workbook renamed .csv, an image).
 * Pure: takes a Uint8Array, returns data. Uses only TextDecoder (a standard global in Node, browsers
 * and Electron) and the mathiasbynens single-byte codecs.
 *
 * Encoding detection (`detectEncoding`), in order:
 * 1. A UTF-8 byte order mark (EF BB BF) => UTF-8, certain.
 * 2. The bytes are valid UTF-8 (a fatal TextDecoder accepts them) and contain non-ASCII
 *    characters => UTF-8, certain: random Latin-1 text is practically never valid UTF-8
 *    (an accented letter would have to be followed by exactly the right continuation bytes).
 * 3. Pure ASCII => UTF-8, likely (every candidate decodes it the same way).
 * 4. Otherwise a single-byte encoding, likely. Windows-1252 is the default: it is what French
 *    Windows programs write, and it decodes Latin-1 (ISO-8859-1) files identically for every
 *    printable character (it only adds €, œ, ’, … in 0x80-0x9F, where Latin-1 has invisible
 *    control codes). ISO-8859-15 is chosen instead only on positive evidence (see
 *    `latin9Evidence`):
 *    - if any byte in 0x80-0x9F appears, the file is Windows-1252: those are control codes in
 *      ISO-8859-15 and never occur in real text, while Windows-1252 puts €, ’, œ, « … » there;
 *    - otherwise the eight bytes where ISO-8859-15 differs from Latin-1 are scored by their
 *      neighbours: 0xA4 next to a digit (skipping spaces) is the € of "12,50 €" (Latin-1 ¤, the
 *      generic currency sign, is essentially never used; any 0xA4 counts a little); 0xBD/0xBC
 *      inside or starting a word is œ/Œ ("c½ur" makes no sense in Latin-1, "cœur" does), 0xBE
 *      next to a letter is Ÿ, 0xA6/0xA8/0xB8 between letters are Š/š/ž. The same bytes next to a
 *      digit are the Latin-1 fractions ¼ ½ ¾ and count against. 0xB4 is ignored: Latin-1 "´"
 *      (acute accent) is often typed as an apostrophe ("l´entreprise"), so it says nothing.
 *      ISO-8859-15 wins when its score is strictly higher.
 *    Either way the guess is only 'likely': the import wizard shows the decoded preview and lets
 *    the user switch encodings.
 *
 * Performance: the fatal UTF-8 decode is native. Single-byte decoding takes the 256 characters of
 * the encoding once from the codec package, re-encodes the bytes as UTF-8 through that table and
 * lets the native UTF-8 decoder build the string: about 0.2 s for 37 MB, where the package's own
 * decode (one string pushed per byte) takes 8 s.
 */
// The two codec packages ship a .d.ts that their package.json "exports" map hides from TypeScript
// (TS7016 under moduleResolution "Bundler"); the one function used is typed below instead.
// @ts-ignore TS7016: untyped module, see above
import { decode as untypedDecodeLatin9 } from 'iso-8859-15';
// @ts-ignore TS7016: untyped module, see above
import { decode as untypedDecodeWindows1252 } from 'windows-1252';
import type { Encoding } from './types';

type SingleByteDecode = (bytes: Uint8Array, options?: { mode: 'fatal' | 'replacement' }) => string;
const decodeLatin9: SingleByteDecode = untypedDecodeLatin9;
const decodeWindows1252: SingleByteDecode = untypedDecodeWindows1252;

export interface EncodingGuess {
  encoding: Encoding;
  /** The file starts with a UTF-8 byte order mark (EF BB BF). */
  hasBom: boolean;
  confidence: 'certain' | 'likely';
}

/** Kinds of non-text files recognised by their first bytes, named as the user knows them. */
export type ForeignFormat = 'PDF' | 'Excel' | 'OpenDocument' | 'Word' | 'ZIP' | 'PNG' | 'JPEG' | 'GIF' | 'HTML' | 'RTF';

const BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** Decodes strict UTF-8 (BOM included in the output); null when the bytes are not valid UTF-8. */
function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Result of the encoding detection plus the decoded text when it came for free (valid UTF-8). */
export interface SniffedText extends EncodingGuess {
  /** The text without BOM, when detection already decoded it (UTF-8); undefined otherwise. */
  text?: string;
}

/**
 * `detectEncoding` that also returns the UTF-8 text it had to decode anyway, so readTable does not
 * decode a large file twice.
 */
export function sniffEncoding(bytes: Uint8Array): SniffedText {
  const hasBom = hasUtf8Bom(bytes);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = decodeUtf8Strict(body);
  if (hasBom) {
    return utf8 === null ? { encoding: 'utf-8', hasBom, confidence: 'certain' } : { encoding: 'utf-8', hasBom, confidence: 'certain', text: utf8 };
  }
  if (utf8 !== null) {
    // Every non-ASCII character takes more bytes in UTF-8 than UTF-16 code units, so equal lengths
    // mean pure ASCII.
    const ascii = utf8.length === body.length;
    return { encoding: 'utf-8', hasBom, confidence: ascii ? 'likely' : 'certain', text: utf8 };
  }
  const evidence = latin9Evidence(body);
  const encoding: Encoding = !evidence.hasC1 && evidence.latin9 > evidence.latin1 ? 'iso-8859-15' : 'windows-1252';
  return { encoding, hasBom, confidence: 'likely' };
}

/** Which encoding the bytes most probably use; see the module comment for the rules. */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const { encoding, hasBom, confidence } = sniffEncoding(bytes);
  return { encoding, hasBom, confidence };
}

const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
/** ASCII letters and the Latin-1 letters À-ÿ (× and ÷ excluded). */
const isLetter = (b: number | undefined) =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7));
const isSpace = (b: number | undefined) => b === 0x20 || b === 0xa0;

/**
 * Scores the bytes that differ between ISO-8859-15 and Latin-1/Windows-1252 by their neighbours.
 * `hasC1`: a byte 0x80-0x9F occurs (decisive for Windows-1252; the scan stops there, so the
 * scores then only cover the bytes before it).
 */
export function latin9Evidence(bytes: Uint8Array): { hasC1: boolean; latin9: number; latin1: number } {
  let latin9 = 0;
  let latin1 = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b <= 0x9f) return { hasC1: true, latin9, latin1 }; // decisive: no need to read further
    const prev = bytes[i - 1];
    const next = bytes[i + 1];
    switch (b) {
      case 0xa4: {
        // "12,50 €", "€ 12", "12€": look past up to two spaces on each side.
        let p = i - 1;
        while (p >= 0 && i - p <= 2 && isSpace(bytes[p])) p--;
        let q = i + 1;
        while (q < n && q - i <= 2 && isSpace(bytes[q])) q++;
        latin9 += isDigit(bytes[p]) || isDigit(bytes[q]) ? 2 : 1;
        break;
      }
      case 0xbc: // Œ / ¼
      case 0xbd: // œ / ½
        if (isDigit(prev) || isDigit(next)) latin1++;
        else if (isLetter(next)) latin9++;
        break;
      case 0xbe: // Ÿ / ¾
        if (isDigit(prev) || isDigit(next)) latin1++;
        else if (isLetter(prev) || isLetter(next)) latin9++;
        break;
      case 0xa6: // Š / ¦
      case 0xa8: // š / ¨
      case 0xb8: // ž / ¸
        if (isLetter(prev) && isLetter(next)) latin9++;
        break;
      default:
        break;
    }
  }
  return { hasC1: false, latin9, latin1 };
}

/** A single-byte encoding as the UTF-8 bytes of each of its 256 characters (3 bytes a slot). */
interface ByteTable {
  utf8: Uint8Array;
  length: Uint8Array;
}

function tableOf(decodeAll: SingleByteDecode): ByteTable {
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const text = decodeAll(all, { mode: 'replacement' });
  const encoder = new TextEncoder();
  const utf8 = new Uint8Array(256 * 3);
  const length = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    const bytes = encoder.encode(text[i]); // every character of both encodings is in the BMP: 1-3 bytes
    utf8.set(bytes, i * 3);
    length[i] = bytes.length;
  }
  return { utf8, length };
}

let tables: Record<'windows-1252' | 'iso-8859-15', ByteTable> | null = null;
function singleByteTable(encoding: 'windows-1252' | 'iso-8859-15'): ByteTable {
  tables ??= { 'windows-1252': tableOf(decodeWindows1252), 'iso-8859-15': tableOf(decodeLatin9) };
  return tables[encoding];
}

const CHUNK = 1 << 20;

/** Re-encodes each byte as UTF-8 through the table, chunk by chunk, and lets TextDecoder build the text. */
function decodeSingleByte(bytes: Uint8Array, { utf8, length }: ByteTable): string {
  const out = new Uint8Array(Math.min(bytes.length, CHUNK) * 3);
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let o = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      if (b < 0x80) {
        out[o++] = b;
        continue;
      }
      const slot = b * 3;
      const n = length[b]!;
      out[o++] = utf8[slot]!;
      if (n > 1) out[o++] = utf8[slot + 1]!;
      if (n > 2) out[o++] = utf8[slot + 2]!;
    }
    parts.push(decoder.decode(out.subarray(0, o)));
  }
  return parts.join('');
}

/**
 * Decodes the whole file as `encoding`. A leading UTF-8 BOM is dropped whatever the encoding (in a
 * single-byte encoding it would read "ï»¿", never meant). Invalid UTF-8 sequences become U+FFFD.
 */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding): string {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  return decodeSingleByte(body, singleByteTable(encoding));
}

/** UTF-16 text (Excel's "Texte Unicode"), by its byte order mark or by NULs every other byte. */
export function detectUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  }
  // Without BOM: mostly-ASCII UTF-16 has a NUL in every other byte and none in the others.
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul === 0) return 'UTF-16LE';
  if (evenNul > pairs * 0.7 && oddNul === 0) return 'UTF-16BE';
  return null;
}

const BINARY_SAMPLE = 8192;

/**
 * True when the start of the file (first 8 KB) is not text: it holds a NUL byte, or more than 10%
 * of control characters other than tab, line feed, form feed, carriage return and the DOS
 * end-of-file mark (0x1A). Call `detectUtf16` first: UTF-16 text is full of NULs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a) || b === 0x7f) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[at + i] !== signature[i]) return false;
  return true;
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

/** Index of `needle` in bytes[from, to), or -1. Naive search: needles are short, ranges bounded. */
function indexOfBytes(bytes: Uint8Array, needle: readonly number[], from = 0, to = bytes.length): number {
  const first = needle[0];
  const last = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

const ZIP_WINDOW = 65536;
function zipContains(bytes: Uint8Array, name: string): boolean {
  const needle = ascii(name);
  // Entry names appear in the local headers (start) and the central directory (end).
  return indexOfBytes(bytes, needle, 0, ZIP_WINDOW) !== -1 || indexOfBytes(bytes, needle, bytes.length - ZIP_WINDOW) !== -1;
}

function utf16le(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0)).flatMap((c) => [c, 0]);
}

/** The first non-blank characters of the file, lowercased (for HTML/RTF/XML sniffing). */
function textStart(bytes: Uint8Array): string {
  let i = hasUtf8Bom(bytes) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  let s = '';
  for (let k = i; k < Math.min(bytes.length, i + 1024); k++) s += String.fromCharCode(bytes[k]!);
  return s.toLowerCase();
}

/**
 * Recognises a file that is not a text export by its signature, so the user is told "this is a PDF
 * renamed .csv" or "this is an Excel workbook: save it as CSV" instead of a parse error.
 * Office files (XLSX, DOCX, ODS) are ZIP archives, told apart by the names of their entries;
 * old .xls/.doc are OLE2 compound files, told apart by their stream name ("Workbook"/"Book" vs
 * "WordDocument"), Excel when unsure. Excel 2003 XML spreadsheets and HTML tables saved as .xls
 * are recognised too.
 */
export function sniffForeignFormat(bytes: Uint8Array): ForeignFormat | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'PDF';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (zipContains(bytes, 'xl/')) return 'Excel';
    if (zipContains(bytes, 'word/')) return 'Word';
    if (zipContains(bytes, 'application/vnd.oasis.opendocument')) return 'OpenDocument';
    return 'ZIP';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (indexOfBytes(bytes, utf16le('WordDocument')) !== -1) return 'Word';
    return 'Excel';
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'GIF';
  const start = textStart(bytes);
  if (start.startsWith('{\\rtf')) return 'RTF';
  if (start.startsWith('<?xml') && (start.includes('<workbook') || start.includes('urn:schemas-microsoft-com:office:spreadsheet') || start.includes('progid="excel.sheet"'))) {
    return 'Excel';
  }
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table')) return 'HTML';
  return null;
}
