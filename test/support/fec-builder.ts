/**
 * Test helpers for the FEC preset: build `Table`s from a list of ledger lines in the layouts real
 * programs produce (18 or 22 columns, Debit/Credit or Montant + Sens, padded amounts), and read the
 * real fixtures the simple way (UTF-8, BOM stripped, lines split on CR/LF, cells on tab, trimmed),
 * independently of the production reader.
 */
import { readFileSync } from 'node:fs';
import type { Detection, Row, Table } from '../../renderer/src/domain/import/types';

export const FEC_COLUMNS_18 = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

/** Added by cash-basis accounting (BOI-BIC-DECLA-30-10-20-40). */
export const FEC_CASH_BASIS_EXTRA = ['DateRglt', 'ModeRglt', 'NatOp', 'IdClient'] as const;

/** One ledger line. Amounts in cents (a string is written as is: for broken values). */
export interface FecLine {
  journal?: string;
  journalLib?: string;
  num?: string;
  /** EcritureDate, YYYYMMDD. */
  date: string;
  account?: string;
  accountLib?: string;
  aux?: string;
  auxLib?: string;
  piece?: string;
  /** PieceDate; defaults to `date`. Pass '' for an empty cell. */
  pieceDate?: string;
  label?: string;
  debit?: number | string;
  credit?: number | string;
  letter?: string;
}

export interface FecLayout {
  columns?: 18 | 22;
  amounts?: 'debit-credit' | 'montant-sens';
  /** How Sens is written: D/C, +1/-1 or 1/-1. */
  sens?: 'DC' | '+1-1' | '1-1';
  /** Amount padding: "74,70", "0000000074,70" (zero, width 13) or " 000000000000074,70" (space). */
  padding?: 'none' | 'zero' | 'space';
  /** Header spelling: as in the specification, all lower case or all upper case. */
  headerCase?: 'spec' | 'lower' | 'upper';
  /** Physical line of the header; data rows follow (default 1). */
  headerLine?: number;
}

/** Cents as a FEC amount: "1234,56", optionally padded. */
export function fecAmount(cents: number, padding: FecLayout['padding'] = 'none'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const plain = `${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
  if (padding === 'zero') return sign + plain.padStart(13, '0');
  if (padding === 'space') return ` ${sign}${plain.padStart(18, '0')}`;
  return sign + plain;
}

function amountText(value: number | string | undefined, padding: FecLayout['padding']): string {
  if (value === undefined) return fecAmount(0, padding);
  return typeof value === 'string' ? value : fecAmount(value, padding);
}

export function fecHeader(layout: FecLayout = {}): string[] {
  let names: string[] = [...FEC_COLUMNS_18];
  if (layout.amounts === 'montant-sens') names = names.flatMap((n) => (n === 'Debit' ? ['Montant'] : n === 'Credit' ? ['Sens'] : [n]));
  if (layout.columns === 22) names.push(...FEC_CASH_BASIS_EXTRA);
  if (layout.headerCase === 'lower') names = names.map((n) => n.toLowerCase());
  if (layout.headerCase === 'upper') names = names.map((n) => n.toUpperCase());
  return names;
}

/** The cells of one line in the layout's column order. */
export function fecCells(l: FecLine, layout: FecLayout = {}): string[] {
  const padding = layout.padding ?? 'none';
  const base = [
    l.journal ?? 'VE',
    l.journalLib ?? '',
    l.num ?? '1',
    l.date,
    l.account ?? '411000',
    l.accountLib ?? 'Clients',
    l.aux ?? '',
    l.auxLib ?? '',
    l.piece ?? '',
    l.pieceDate ?? l.date,
    l.label ?? '',
  ];
  let amounts: string[];
  if (layout.amounts === 'montant-sens') {
    const debit = typeof l.debit === 'number' ? l.debit : 0;
    const credit = typeof l.credit === 'number' ? l.credit : 0;
    const isDebit = debit - credit >= 0;
    const sens =
      layout.sens === '+1-1' ? (isDebit ? '+1' : '-1') : layout.sens === '1-1' ? (isDebit ? '1' : '-1') : isDebit ? 'D' : 'C';
    amounts = [
      typeof l.debit === 'string' ? l.debit : typeof l.credit === 'string' ? l.credit : fecAmount(Math.abs(debit - credit), padding),
      sens,
    ];
  } else {
    amounts = [amountText(l.debit, padding), amountText(l.credit, padding)];
  }
  const tail = [l.letter ?? '', '', l.date, '', ''];
  const extra = layout.columns === 22 ? [l.date, 'VIR', '', ''] : [];
  return [...base, ...amounts, ...tail, ...extra];
}

/** A table as the reader would produce it: header, then one row per line from headerLine + 1. */
export function fecTable(lines: readonly FecLine[], layout: FecLayout = {}): Table {
  const first = (layout.headerLine ?? 1) + 1;
  return { header: fecHeader(layout), rows: lines.map((l, i) => ({ line: first + i, cells: fecCells(l, layout) })) };
}

export function fecDetection(table: Table, overrides: Partial<Detection> = {}): Detection {
  return {
    encoding: 'utf-8',
    hasBom: false,
    separator: '\t',
    headerLine: 1,
    rowCount: table.rows.length,
    format: 'fec',
    lineEnding: 'lf',
    ...overrides,
  };
}

/**
 * Splits a decoded text the simple way: BOM stripped, lines on CR LF / LF / CR, cells on the
 * separator and trimmed, blank lines skipped; the first non-blank line is the header.
 */
export function tableFromText(text: string, separator = '\t'): { table: Table; headerLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let header: string[] | null = null;
  let headerLine = 0;
  const rows: Row[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const cells = raw.split(separator).map((c) => c.trim());
    if (header === null) {
      header = cells;
      headerLine = i + 1;
    } else {
      rows.push({ line: i + 1, cells });
    }
  });
  return { table: { header: header ?? [], rows }, headerLine };
}

export function readFecFixture(path: string): { table: Table; detection: Detection } {
  const bytes = readFileSync(path);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const { table, headerLine } = tableFromText(bytes.toString('utf8'));
  return { table, detection: fecDetection(table, { hasBom, headerLine }) };
}
