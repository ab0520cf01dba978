/**
 * Page geometry of every PDF Relance writes, in millimetres measured from the top-left corner of
 * an A4 sheet (the way a ruler on paper reads). Only the drawing step converts to PDF points,
 * whose origin is the bottom-left corner.
 */

/** PDF points per millimetre (1 pt = 1/72 in). */
export const PT_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

export const A4 = { width: 210, height: 297 } as const;

/** Side margins of the text column; the letterhead and the body share them. */
export const MARGIN = { left: 20, right: 20, top: 12, bottom: 9 } as const;
export const TEXT_LEFT = MARGIN.left;
export const TEXT_RIGHT = A4.width - MARGIN.right;
export const TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT;

/**
 * The address field of a DL window envelope (110 x 220 mm, window 100 x 45 mm), NF Z 11-001 style
 * (docs/LEGAL-FR.md): 100 mm wide, 45 mm high, 35 mm from the top edge, 100 mm from the left edge.
 */
export const ENVELOPE_WINDOW = { left: 100, top: 35, width: 100, height: 45 } as const;

/**
 * Where the address prints inside the window: envelopes and folding are not precise, so the text
 * keeps clear of the window's edges by a few millimetres on every side.
 */
export const WINDOW_PADDING = { left: 6, top: 4, right: 3, bottom: 3 } as const;

/** A sheet folded in three for a DL envelope: 99 mm and 198 mm from the top. */
export const FOLD_MARKS = [99, 198] as const;
/** The fold marks are short lines in the left margin, clear of the printers' unprintable edge. */
export const FOLD_MARK_X = { from: 5, to: 10 } as const;

export interface Offset {
  x: number;
  y: number;
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The window as it lands on the printout once the user's printer correction is applied. */
export function windowRect(offset: Offset): Rect {
  return {
    left: ENVELOPE_WINDOW.left + offset.x,
    top: ENVELOPE_WINDOW.top + offset.y,
    width: ENVELOPE_WINDOW.width,
    height: ENVELOPE_WINDOW.height,
  };
}

/** Font sizes (pt) and line heights as a multiple of the size. */
export const TYPE = {
  body: 10,
  leading: 1.38,
  small: 8.5,
  returnAddress: 7,
  recipient: 10,
  recipientMin: 8,
  companyName: 12,
  table: 8.5,
  footer: 7.5,
  pageLabel: 8,
  runningHeader: 8,
} as const;

/** The height of one line of text of `size` points, in millimetres. */
export const lineHeight = (size: number, leading: number = TYPE.leading): number => ptToMm(size * leading);

/**
 * Distance from the top of a line box to its baseline, in millimetres: the line box is `leading`
 * times the size, the glyphs (DejaVu: ascent 0.93 em, descent 0.24 em) centred in it.
 */
export const baselineOffset = (size: number, leading: number = TYPE.leading): number =>
  ptToMm(size * ((leading - 1.17) / 2 + 0.93));

export const GREY = {
  text: 0,
  secondary: 0.3,
  footer: 0.4,
  rule: 0.7,
  lightRule: 0.82,
  headerFill: 0.91,
} as const;
