/**
 * The two fonts of every PDF (DejaVu Sans, regular and bold): a Unicode font, because French
 * amounts carry U+202F and U+00A0 that pdf-lib's standard WinAnsi fonts refuse (TOOLCHAIN.md).
 *
 * Read from disk and parsed once per process; each PDF then embeds a subset of the glyphs it uses.
 * What is shared between documents is read-only: the file bytes, and fontkit's parsed font, which
 * subsetting and shaping only read (a fresh subset object is created for each document).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { ptToMm } from './geometry';

type FontkitFont = ReturnType<typeof fontkit.create>;

/** Ligatures off: "fi" stays two glyphs, so widths are exact and copied text reads "fi". */
const FEATURES = { liga: false, clig: false, dlig: false } as const;

/** Widths and coverage of one font, from its parsed tables, cached per code point. */
export class FontMetrics {
  private readonly advance = new Map<number, number>();
  private readonly coverage: Set<number>;
  private readonly unitsPerEm: number;

  constructor(private readonly font: FontkitFont) {
    this.coverage = new Set(font.characterSet);
    this.unitsPerEm = font.unitsPerEm;
  }

  has(codePoint: number): boolean {
    return this.coverage.has(codePoint);
  }

  /** Width in millimetres of `text` at `size` points, as pdf-lib will draw it (no kerning). */
  widthOf(text: string, size: number): number {
    let units = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      let width = this.advance.get(codePoint);
      if (width === undefined) {
        width = this.font.glyphForCodePoint(codePoint).advanceWidth;
        this.advance.set(codePoint, width);
      }
      units += width;
    }
    return ptToMm((units * size) / this.unitsPerEm);
  }
}

export interface FontFace {
  bytes: Uint8Array;
  parsed: FontkitFont;
  metrics: FontMetrics;
}

export interface LetterFonts {
  regular: FontFace;
  bold: FontFace;
}

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

const cache = new Map<string, Promise<LetterFonts>>();

/**
 * Scripts whose text needs no shaping: one character, one glyph, in order (Latin, Greek, Cyrillic,
 * punctuation, currency, arrows, symbols). Ligatures are off and pdf-lib ignores glyph positions,
 * so fontkit's full OpenType layout would produce exactly the glyphs of the character map; for
 * these it is skipped (it was two thirds of the time of a letter). Anything else (Arabic, Hebrew,
 * Indic scripts, combining marks) goes through the real layout.
 */
const SIMPLE = /^[\u0000-\u02e4\u02ea-\u02ff\u0370-\u058f\u1d00-\u1dbf\u1e00-\u1fff\u2000-\u2bff\ufb00-\ufb06]*$/;

export const needsShaping = (text: string): boolean => !SIMPLE.test(text);

/**
 * The parsed font as pdf-lib sees it: the same font (a prototype view: every table, glyph and cache
 * is the shared one) whose `layout` maps simple text straight through the character map.
 */
function withDirectLayout(font: FontkitFont): FontkitFont {
  const view = Object.create(font) as FontkitFont;
  const layout = font.layout.bind(font);
  Object.defineProperty(view, 'layout', {
    value: (text: string, features?: Parameters<FontkitFont['layout']>[1]) => {
      if (needsShaping(text)) return layout(text, features);
      const glyphs = [];
      for (const char of text) glyphs.push(font.glyphForCodePoint(char.codePointAt(0) as number));
      return { glyphs } as unknown as ReturnType<FontkitFont['layout']>;
    },
  });
  return view;
}

async function loadFace(file: string): Promise<FontFace> {
  const data = await fs.readFile(file);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const font = fontkit.create(bytes);
  // fontkit caches each glyph with the characters it was first asked for, and pdf-lib writes
  // those characters into the PDF's ToUnicode map (what copy, search and screen readers use).
  // Subsetting asks for accent components without characters ("é" is "e" + "´"): in a font shared
  // between documents, "´" would then lose its character for good. Creating every mapped glyph
  // from its character first avoids that (about 20 ms, once).
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  return { bytes, parsed: withDirectLayout(font), metrics: new FontMetrics(font) };
}

/** The fonts under `<resources>/fonts`, read and parsed once per folder for the process. */
export function loadLetterFonts(resourcesDir: string): Promise<LetterFonts> {
  const dir = path.resolve(resourcesDir, 'fonts');
  let fonts = cache.get(dir);
  if (!fonts) {
    fonts = (async () => {
      const [regular, bold] = await Promise.all([
        loadFace(path.join(dir, FONT_FILES.regular)),
        loadFace(path.join(dir, FONT_FILES.bold)),
      ]);
      return { regular, bold };
    })();
    // A failed read (fonts missing from a broken install) is not cached: the next call retries.
    fonts.catch(() => cache.delete(dir));
    cache.set(dir, fonts);
  }
  return fonts;
}

/**
 * pdf-lib asks its fontkit to parse the font bytes for every document. This one hands back the
 * font already parsed for those very bytes, and parses anything else as usual.
 */
function fontkitFor(fonts: LetterFonts) {
  return {
    create(bytes: Uint8Array, postscriptName?: string): FontkitFont {
      if (bytes === fonts.regular.bytes) return fonts.regular.parsed;
      if (bytes === fonts.bold.bytes) return fonts.bold.parsed;
      return fontkit.create(bytes, postscriptName);
    },
  };
}

export interface EmbeddedFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Embeds both faces in `doc` as subsets (only the glyphs drawn end up in the file). */
export async function embedLetterFonts(doc: PDFDocument, fonts: LetterFonts): Promise<EmbeddedFonts> {
  doc.registerFontkit(fontkitFor(fonts));
  const [regular, bold] = await Promise.all([
    doc.embedFont(fonts.regular.bytes, { subset: true, features: FEATURES }),
    doc.embedFont(fonts.bold.bytes, { subset: true, features: FEATURES }),
  ]);
  return { regular, bold };
}

const REPLACEMENT = '?';
const SPACE_LIKE = /[\t\v\f\u2028\u2029]/g;
// Control characters draw nothing useful (and some break the text operators): dropped. So are
// invisible format characters (soft hyphen, zero-width spaces and joiners, direction marks, BOM),
// which the font would draw as visible glyphs or spaces.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\r\n\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/**
 * Makes a string printable with the fonts: NFC (a decomposed "é" would print its accent apart),
 * tabs as spaces, control and invisible format characters dropped, and every character the font lacks replaced by "?"
 * and reported once per document through `warn`.
 */
export class TextCleaner {
  private readonly reported = new Map<number, number>();

  constructor(private readonly fonts: LetterFonts) {}

  clean(text: string): string {
    const normalised = text.normalize('NFC').replace(SPACE_LIKE, ' ').replace(CONTROL, '');
    let out = '';
    let changed = false;
    for (const char of normalised) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (this.fonts.regular.metrics.has(codePoint) && this.fonts.bold.metrics.has(codePoint)) {
        out += char;
      } else {
        out += REPLACEMENT;
        changed = true;
        this.reported.set(codePoint, (this.reported.get(codePoint) ?? 0) + 1);
      }
    }
    return changed ? out : normalised;
  }

  /** The characters replaced so far ("U+4E2D" → occurrences), for one warning in the log. */
  missing(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [codePoint, count] of this.reported) {
      result[`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`] = count;
    }
    return result;
  }
}
