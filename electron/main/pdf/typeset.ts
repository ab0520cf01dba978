/**
 * Measuring and setting text with the letter fonts: every string goes through the cleaner (so a
 * character the font lacks prints as "?"), is measured with the font's own advance widths and
 * becomes a text operation aligned left, right or centred.
 */
import type { TextOp } from './draw';
import { TextCleaner, type LetterFonts } from './fonts';
import { wrapLine, hardLines, truncate, type Measure } from './text';

export type Align = 'left' | 'right' | 'center';

export interface TextStyle {
  size: number;
  bold?: boolean;
  grey?: number;
}

export class Typesetter {
  readonly cleaner: TextCleaner;

  constructor(readonly fonts: LetterFonts) {
    this.cleaner = new TextCleaner(fonts);
  }

  clean(text: string): string {
    return this.cleaner.clean(text);
  }

  measure(style: TextStyle): Measure {
    const metrics = (style.bold ? this.fonts.bold : this.fonts.regular).metrics;
    return (text) => metrics.widthOf(text, style.size);
  }

  /** Width in mm of an already clean string. */
  width(text: string, style: TextStyle): number {
    return this.measure(style)(text);
  }

  /** Cleans and wraps a text to `width` mm, keeping its own line breaks. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const measure = this.measure(style);
    return hardLines(text).flatMap((line) => wrapLine(this.clean(line), width, measure));
  }

  /** Cleans a one-line text and cuts it with "…" if it is wider than `width` mm. */
  fit(text: string, width: number, style: TextStyle): string {
    return truncate(this.clean(text.replace(/\r?\n/g, ' ')), width, this.measure(style));
  }

  /**
   * A text operation for an already clean string; `x` is the left edge, the right edge or the
   * centre depending on `align`, `baseline` is in mm from the top.
   */
  text(text: string, x: number, baseline: number, style: TextStyle, align: Align = 'left'): TextOp {
    const width = align === 'left' ? 0 : this.width(text, style);
    const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
    return {
      kind: 'text',
      text,
      x: left,
      y: baseline,
      size: style.size,
      ...(style.bold ? { bold: true } : {}),
      ...(style.grey ? { grey: style.grey } : {}),
    };
  }
}
