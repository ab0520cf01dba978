/**
 * What a laid-out page holds: a list of drawing operations in millimetres from the top-left corner
 * of the sheet. Layout produces them without touching pdf-lib (so a page can be measured, moved to
 * the next page or numbered before anything is drawn); `drawOps` then writes them into a PDF page.
 */
import { grayscale, type PDFImage, type PDFPage } from 'pdf-lib';
import type { EmbeddedFonts } from './fonts';
import { A4, mmToPt } from './geometry';

export interface TextOp {
  kind: 'text';
  text: string;
  /** Left end of the text and its baseline, mm from the top-left corner. */
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  grey?: number;
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Thickness in points. */
  width: number;
  grey: number;
  dash?: number[];
}

export interface RectOp {
  kind: 'rect';
  /** Top-left corner and size, mm. */
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: number;
  stroke?: number;
  /** Stroke thickness in points. */
  lineWidth?: number;
  dash?: number[];
}

export interface ImageOp {
  kind: 'image';
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Op = TextOp | LineOp | RectOp | ImageOp;

/** Moves operations down by `dy` millimetres (a block laid out at 0 placed on its page). */
export function shiftOps(ops: Op[], dy: number): Op[] {
  if (dy === 0) return ops;
  return ops.map((op) => {
    switch (op.kind) {
      case 'line':
        return { ...op, y1: op.y1 + dy, y2: op.y2 + dy };
      default:
        return { ...op, y: op.y + dy };
    }
  });
}

const pageHeightPt = mmToPt(A4.height);
const X = (mm: number) => mmToPt(mm);
const Y = (mm: number) => pageHeightPt - mmToPt(mm);

/** Draws the operations on a pdf-lib page (origin bottom-left, points). */
export function drawOps(
  page: PDFPage,
  ops: readonly Op[],
  fonts: EmbeddedFonts,
  images: ReadonlyMap<string, PDFImage> = new Map(),
): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'text':
        if (op.text === '') break;
        page.drawText(op.text, {
          x: X(op.x),
          y: Y(op.y),
          size: op.size,
          font: op.bold ? fonts.bold : fonts.regular,
          color: grayscale(op.grey ?? 0),
        });
        break;
      case 'line':
        page.drawLine({
          start: { x: X(op.x1), y: Y(op.y1) },
          end: { x: X(op.x2), y: Y(op.y2) },
          thickness: op.width,
          color: grayscale(op.grey),
          ...(op.dash ? { dashArray: op.dash } : {}),
        });
        break;
      case 'rect':
        page.drawRectangle({
          x: X(op.x),
          y: Y(op.y + op.height),
          width: mmToPt(op.width),
          height: mmToPt(op.height),
          ...(op.fill !== undefined ? { color: grayscale(op.fill) } : {}),
          ...(op.stroke !== undefined
            ? { borderColor: grayscale(op.stroke), borderWidth: op.lineWidth ?? 0.5 }
            : { borderWidth: 0 }),
          ...(op.dash ? { borderDashArray: op.dash } : {}),
        });
        break;
      case 'image': {
        const image = images.get(op.name);
        if (!image) break;
        page.drawImage(image, {
          x: X(op.x),
          y: Y(op.y + op.height),
          width: mmToPt(op.width),
          height: mmToPt(op.height),
        });
        break;
      }
    }
  }
}
