/**
 * A table of the letter (invoices, statement lines) as page-breakable units: the header row (bold,
 * light grey background), one unit per row (thin rule under it) and the bold totals rows under a
 * darker rule. Each row carries the header so a table that continues on the next page repeats it;
 * a row is never split, and the last row stays with the totals.
 */
import type { LetterTable } from '../../letter-spec';
import type { Op } from './draw';
import { baselineOffset, GREY, lineHeight, TYPE } from './geometry';
import type { Unit } from './paginate';
import type { Align, TextStyle, Typesetter } from './typeset';

const PAD_X = 1.6;
const PAD_Y = 1.1;
const LEADING = 1.25;
const MIN_INNER = 3;

interface Column {
  left: number;
  width: number;
  align: Align;
}

interface Cell {
  lines: string[];
  left: number;
  width: number;
  align: Align;
}

/**
 * Column positions from the width shares (normalised: they need not add up exactly to 1). A column
 * too narrow for its longest word (a date, an amount: "12 488,90 €" has no breakable space) is
 * widened to it, the width taken from the columns that have room to spare, so a date or an amount
 * is never cut in two.
 */
function columnsOf(table: LetterTable, left: number, width: number, ts: Typesetter): Column[] {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => (column.width / total) * width);
  const needed = table.columns.map((column, i) => {
    const texts: [string, boolean][] = [[column.label, true], ...table.rows.map((row): [string, boolean] => [row[i] ?? '', false])];
    // Totals cells in bold, except a label that may run on over the empty cells after it.
    for (const row of table.totals) {
      const spans = column.align === 'left' && i < table.columns.length - 1 && (row[i + 1] ?? '').trim() === '';
      if (!spans) texts.push([row[i] ?? '', true]);
    }
    let widest = 0;
    const seen = new Set<string>();
    for (const [text, bold] of texts) {
      for (const word of text.split(/[ \n]+/)) {
        const key = bold ? `b${word}` : `r${word}`;
        if (word === '' || seen.has(key)) continue;
        seen.add(key);
        widest = Math.max(widest, ts.width(ts.clean(word), { size: TYPE.table, bold }));
      }
    }
    return widest + 2 * PAD_X + 0.2;
  });
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (needed[i] as number) - w), 0);
  const slack = widths.reduce((sum, w, i) => sum + Math.max(0, w - (needed[i] as number)), 0);
  if (deficit > 0 && slack > 0) {
    const take = Math.min(1, deficit / slack);
    for (let i = 0; i < widths.length; i++) {
      const w = widths[i] as number;
      const n = needed[i] as number;
      widths[i] = w < n ? w + (n - w) * Math.min(1, slack / deficit) : w - (w - n) * take;
    }
  }
  let x = left;
  return table.columns.map((column, i) => {
    const w = widths[i] as number;
    const result = { left: x, width: w, align: column.align };
    x += w;
    return result;
  });
}

/** A row with exactly one text per column: missing cells empty, extra cells joined to the last. */
function fitCells(row: readonly string[], count: number): string[] {
  const cells = row.slice(0, count);
  while (cells.length < count) cells.push('');
  if (row.length > count) cells[count - 1] = [cells[count - 1], ...row.slice(count)].filter(Boolean).join(' ');
  return cells;
}

/**
 * Lays out the cells of a row. With `span`, a left-aligned text may run on over the empty cells
 * that follow it ("Total dû" across the invoice, date and due-date columns).
 */
function cellsOf(
  row: readonly string[],
  columns: Column[],
  ts: Typesetter,
  style: TextStyle,
  span: boolean,
): Cell[] {
  const texts = fitCells(row, columns.length);
  const cells: Cell[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as Column;
    const text = texts[i] ?? '';
    if (text.trim() === '') continue;
    let width = column.width;
    if (span && column.align === 'left') {
      for (let k = i + 1; k < columns.length && (texts[k] ?? '').trim() === ''; k++) width += (columns[k] as Column).width;
    }
    const inner = Math.max(MIN_INNER, width - 2 * PAD_X);
    cells.push({ lines: ts.wrap(text, inner, style), left: column.left, width, align: column.align });
  }
  return cells;
}

function rowOps(cells: Cell[], style: TextStyle, ts: Typesetter): { ops: Op[]; height: number } {
  const step = lineHeight(style.size, LEADING);
  const lineCount = Math.max(1, ...cells.map((cell) => cell.lines.length));
  const height = lineCount * step + 2 * PAD_Y;
  const ops: Op[] = [];
  for (const cell of cells) {
    cell.lines.forEach((line, index) => {
      const baseline = PAD_Y + index * step + baselineOffset(style.size, LEADING);
      const x =
        cell.align === 'right' ? cell.left + cell.width - PAD_X : cell.align === 'center' ? cell.left + cell.width / 2 : cell.left + PAD_X;
      ops.push(ts.text(line, x, baseline, style, cell.align));
    });
  }
  return { ops, height };
}

export interface TableOptions {
  left: number;
  width: number;
  /** Space above the table, mm. */
  spaceBefore: number;
}

export function tableUnits(table: LetterTable, ts: Typesetter, { left, width, spaceBefore }: TableOptions): Unit[] {
  const columns = columnsOf(table, left, width, ts);
  const right = left + width;
  const regular: TextStyle = { size: TYPE.table };
  const bold: TextStyle = { size: TYPE.table, bold: true };

  const headerRow = rowOps(
    cellsOf(
      table.columns.map((column) => column.label),
      columns,
      ts,
      bold,
      false,
    ),
    bold,
    ts,
  );
  const header: Unit = {
    height: headerRow.height,
    keepWithNext: true,
    ops: [
      { kind: 'rect', x: left, y: 0, width, height: headerRow.height, fill: GREY.headerFill },
      ...headerRow.ops,
      { kind: 'line', x1: left, y1: headerRow.height, x2: right, y2: headerRow.height, width: 0.6, grey: GREY.rule },
    ],
  };
  const units: Unit[] = [{ ...header, spaceBefore }];

  table.rows.forEach((row) => {
    const { ops, height } = rowOps(cellsOf(row, columns, ts, regular, false), regular, ts);
    ops.push({ kind: 'line', x1: left, y1: height, x2: right, y2: height, width: 0.3, grey: GREY.lightRule });
    units.push({ height, ops, repeat: header });
  });

  table.totals.forEach((row, index) => {
    const { ops, height } = rowOps(cellsOf(row, columns, ts, bold, true), bold, ts);
    const last = index === table.totals.length - 1;
    if (index === 0) ops.push({ kind: 'line', x1: left, y1: 0, x2: right, y2: 0, width: 0.9, grey: GREY.secondary });
    // The grand total (last of several totals rows) under a thin rule of its own.
    else if (last) ops.push({ kind: 'line', x1: left, y1: 0, x2: right, y2: 0, width: 0.4, grey: GREY.rule });
    units.push({ height, ops, repeat: header, ...(last ? {} : { keepWithNext: true }) });
  });

  // The last row goes with the totals: no totals alone at the top of a page.
  if (table.totals.length > 0 && table.rows.length > 0) {
    const lastRow = units[table.rows.length] as Unit;
    lastRow.keepWithNext = true;
  }
  return units;
}
