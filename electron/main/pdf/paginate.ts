/**
 * Page breaking. The body of a letter is a column of units (a line of a paragraph, a table row, the
 * signature), each laid out at y = 0 with its height known. They are placed top to bottom and a
 * new page starts when the next one does not fit, with three rules:
 *
 * - units marked `keepWithNext` move to the next page together with what follows (the subject with
 *   the first lines, the first two and last two lines of a paragraph, the signature with the end
 *   of the letter);
 * - a unit with `repeat` (a table row) starts a page with that unit first (the table's header);
 * - `spaceBefore` and blank lines are dropped at the top of a page.
 */
import { shiftOps, type Op } from './draw';

export interface Unit {
  /** Height in mm, without `spaceBefore`. */
  height: number;
  spaceBefore?: number;
  keepWithNext?: boolean;
  /** Placed first when this unit opens a page (the header row of the table it belongs to). */
  repeat?: Unit;
  /** A blank line: not placed at the top of a page. */
  blank?: boolean;
  /** Operations relative to the unit's top edge. */
  ops: Op[];
}

/** The part of a page the body may use, mm from the top. */
export interface Frame {
  top: number;
  bottom: number;
}

export interface Paginated {
  /** The body operations of each page, in page order (at least one page). */
  pages: Op[][];
}

export function paginate(units: readonly Unit[], first: Frame, next: Frame): Paginated {
  const pages: Op[][] = [[]];
  let frame = first;
  let y = frame.top;
  /** Whether the page holds something of the body other than a repeated header. */
  let pageHasContent = false;

  const newPage = () => {
    pages.push([]);
    frame = next;
    y = frame.top;
    pageHasContent = false;
  };
  const current = () => pages[pages.length - 1] as Op[];
  const gap = (unit: Unit, atTop: boolean) => (atTop ? 0 : (unit.spaceBefore ?? 0));

  /** Height of units[from..to] placed from the current position (or from the top of a new page). */
  const chainHeight = (from: number, to: number, onNewPage: boolean): number => {
    let height = 0;
    let atTop = onNewPage ? true : !pageHasContent && y === frame.top;
    const opener = units[from] as Unit;
    if (onNewPage && opener.repeat) {
      height += opener.repeat.height;
      atTop = false;
    }
    for (let i = from; i <= to; i++) {
      const unit = units[i] as Unit;
      if (unit.blank && atTop) continue;
      height += gap(unit, atTop) + unit.height;
      atTop = false;
    }
    return height;
  };

  const place = (unit: Unit) => {
    const atTop = y === frame.top;
    if (unit.blank && atTop) return;
    y += gap(unit, atTop);
    current().push(...shiftOps(unit.ops, y));
    y += unit.height;
  };

  const openPageFor = (unit: Unit) => {
    newPage();
    if (unit.repeat) place(unit.repeat);
  };

  let i = 0;
  while (i < units.length) {
    let end = i;
    while (end < units.length - 1 && (units[end] as Unit).keepWithNext) end++;
    const unit = units[i] as Unit;

    if (y + chainHeight(i, end, false) <= frame.bottom + 1e-6) {
      for (let k = i; k <= end; k++) place(units[k] as Unit);
      pageHasContent = true;
      i = end + 1;
      continue;
    }
    const fitsAFreshPage = next.top + chainHeight(i, end, true) <= next.bottom + 1e-6;
    if (pageHasContent && fitsAFreshPage) {
      openPageFor(unit);
      continue;
    }
    // The chain is taller than a page: place its units one by one, breaking where needed.
    if (pageHasContent && y + gap(unit, false) + unit.height > frame.bottom + 1e-6) {
      openPageFor(unit);
    }
    place(unit);
    pageHasContent = true;
    i++;
  }
  return { pages };
}
