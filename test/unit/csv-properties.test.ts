/**
 * Property-based tests of the CSV open-items preset: random valid aged balances rendered the way
 * French or English programs write them must be read back exactly; garbage must never throw and
 * must always be reported on its own line.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../renderer/src/domain/dates';
import type { IsoDate } from '../../renderer/src/domain/dates';
import { parseAmount } from '../../renderer/src/domain/money';
import { CSV_FIELDS, csvFieldSynonyms, proposeMapping } from '../../renderer/src/domain/import/csv-mapping';
import type { CsvMappingConfig } from '../../renderer/src/domain/import/csv-mapping';
import { buildCsvPreview } from '../../renderer/src/domain/import/csv-preset';
import type { Detection, Table } from '../../renderer/src/domain/import/types';

const detection: Detection = {
  encoding: 'utf-8',
  hasBom: true,
  separator: ';',
  headerLine: 1,
  rowCount: 0,
  format: 'csv',
  lineEnding: 'lf',
};

type Style = 'fr' | 'en';
type OpenMode = 'open' | 'paid' | 'none';

interface GenRow {
  customer: number;
  amount: number; // cents, negative for a credit note
  open: number; // cents, same sign as amount, |open| <= |amount|
  issueDay: number;
  dueOffset: number;
}

interface Render {
  group: string; // thousands separator
  currency: boolean;
  parentheses: boolean; // negatives as (12,00)
  isoDates: boolean;
  padDates: boolean;
}

const MIN_DAY = toDayNumber('1990-01-01');
const MAX_DAY = toDayNumber('2060-12-31');

const rowArb: fc.Arbitrary<GenRow> = fc
  .record({
    customer: fc.integer({ min: 0, max: 5 }),
    magnitude: fc.integer({ min: 1, max: 100_000_000_000 }),
    credit: fc.boolean(),
    issueDay: fc.integer({ min: MIN_DAY, max: MAX_DAY }),
    dueOffset: fc.integer({ min: 0, max: 120 }),
  })
  .chain(({ magnitude, credit, ...rest }) =>
    fc.integer({ min: 0, max: magnitude }).map((openMagnitude) => ({
      ...rest,
      amount: credit ? -magnitude : magnitude,
      open: credit ? -openMagnitude : openMagnitude,
    })),
  );

const renderArb = (style: Style): fc.Arbitrary<Render> =>
  fc.record({
    group: style === 'fr' ? fc.constantFrom('', ' ', '\u00A0', '\u202F', '.') : fc.constantFrom('', ','),
    currency: fc.boolean(),
    parentheses: fc.boolean(),
    isoDates: fc.boolean(),
    padDates: fc.boolean(),
  });

const fileArb = fc.record({
  style: fc.constantFrom<Style>('fr', 'en'),
  openMode: fc.constantFrom<OpenMode>('open', 'paid', 'none'),
  firstLine: fc.integer({ min: 2, max: 10 }),
  rows: fc.array(rowArb, { minLength: 1, maxLength: 25 }),
}).chain((file) => renderArb(file.style).map((render) => ({ ...file, render })));

function formatAmount(cents: number, style: Style, r: Render): string {
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100));
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, r.group);
  const decimals = String(abs % 100).padStart(2, '0');
  let text = `${grouped}${style === 'fr' ? ',' : '.'}${decimals}`;
  if (r.currency) text = style === 'fr' ? `${text}\u00A0€` : `€${text}`;
  if (cents < 0) text = r.parentheses ? `(${text})` : `-${text}`;
  return text;
}

function formatDate(iso: IsoDate, style: Style, r: Render): string {
  if (r.isoDates) return iso;
  const [y, m, d] = iso.split('-');
  const pad = (s: string) => (r.padDates ? s : String(Number(s)));
  return style === 'fr' ? `${pad(d!)}/${pad(m!)}/${y}` : `${pad(m!)}/${pad(d!)}/${y}`;
}

const HEADERS: Record<Style, string[]> = {
  fr: ['N° facture', 'Code client', 'Raison sociale', 'Date facture', "Date d'échéance", 'Montant TTC'],
  en: ['Invoice No', 'Customer ID', 'Customer name', 'Invoice date', 'Due date', 'Amount'],
};
const OPEN_HEADERS: Record<Style, Record<Exclude<OpenMode, 'none'>, string>> = {
  fr: { open: 'Reste à payer', paid: 'Montant réglé' },
  en: { open: 'Open balance', paid: 'Amount paid' },
};

function render(file: { style: Style; openMode: OpenMode; firstLine: number; rows: GenRow[]; render: Render }): Table {
  const { style, openMode, render: r } = file;
  const header = [...HEADERS[style], ...(openMode === 'none' ? [] : [OPEN_HEADERS[style][openMode]])];
  const rows = file.rows.map((row, i) => {
    const issue = fromDayNumber(row.issueDay);
    const cells = [
      `F${1000 + i}`,
      `C${row.customer}`,
      `Client ${row.customer}`,
      formatDate(issue, style, r),
      formatDate(fromDayNumber(row.issueDay + row.dueOffset), style, r),
      formatAmount(row.amount, style, r),
    ];
    if (openMode === 'open') cells.push(formatAmount(row.open, style, r));
    if (openMode === 'paid') cells.push(formatAmount(row.amount - row.open, style, r));
    return { line: file.firstLine + i, cells };
  });
  return { header, rows };
}

function configFor(table: Table, style: Style): CsvMappingConfig {
  const proposal = proposeMapping(table.header, table.rows.map((r) => r.cells));
  return { columns: proposal.columns, dateOrder: style === 'fr' ? 'DMY' : 'MDY' };
}

describe('CSV preset properties', () => {
  it('reads back exactly the amounts (cents) and dates of random valid files, French or English', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const table = render(file);
        const proposal = proposeMapping(table.header, table.rows.map((r) => r.cells));
        // The mapping is found from the header alone...
        expect(proposal.columns).toMatchObject({ invoiceNumber: 0, customerReference: 1, customerName: 2, issueDate: 3, dueDate: 4, amount: 5 });
        // ...and a date order read from the samples is never wrong.
        if (proposal.dateOrderSource === 'sample') expect(proposal.dateOrder).toBe(file.style === 'fr' ? 'DMY' : 'MDY');

        const p = buildCsvPreview(table, detection, configFor(table, file.style));
        expect(p.issues).toEqual([]);

        const open = (row: GenRow) => (file.openMode === 'none' ? row.amount : row.open);
        const expectedInvoices = file.rows.flatMap((row, i) =>
          row.amount > 0
            ? [
                {
                  customerReference: `C${row.customer}`,
                  number: `F${1000 + i}`,
                  issueDate: fromDayNumber(row.issueDay),
                  dueDate: fromDayNumber(row.issueDay + row.dueOffset),
                  dueDateDerived: false,
                  amountCents: row.amount,
                  openCents: open(row),
                  line: file.firstLine + i,
                },
              ]
            : [],
        );
        const expectedCredits = file.rows.flatMap((row, i) =>
          row.amount < 0
            ? [
                {
                  customerReference: `C${row.customer}`,
                  kind: 'credit-note',
                  date: fromDayNumber(row.issueDay),
                  amountCents: -row.amount,
                  reference: `F${1000 + i}`,
                  unallocatedCents: -open(row),
                  line: file.firstLine + i,
                },
              ]
            : [],
        );
        expect(p.invoices).toEqual(expectedInvoices);
        expect(p.credits).toEqual(expectedCredits);

        // Σ open of the invoices equals the sum computed independently from the generated rows.
        const independent = file.rows.filter((r) => r.amount > 0).reduce((sum, r) => sum + BigInt(open(r)), 0n);
        expect(BigInt(p.invoices.reduce((sum, i) => sum + i.openCents, 0))).toBe(independent);

        const references = [...new Set(file.rows.map((r) => `C${r.customer}`))].sort();
        expect(p.customers).toEqual(references.map((reference) => ({ reference, name: `Client ${reference.slice(1)}` })));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on garbage in an amount cell, and reports an error on that exact line only', () => {
    const garbage = fc
      .string({ unit: fc.constantFrom(...'0123456789 ,.-+()€$abcXYZ\u00A0\u202F%/*'.split('')), maxLength: 14 })
      .map((s) => s.trim())
      // Not an amount, and not empty: an empty open cell legitimately means zero.
      .filter((s) => s !== '' && !parseAmount(s).ok);
    fc.assert(
      fc.property(fileArb, fc.nat(), garbage, fc.boolean(), (file, pick, junk, inOpenColumn) => {
        const table = render(file);
        const index = pick % table.rows.length;
        const column = inOpenColumn && file.openMode !== 'none' ? 6 : 5;
        const target = table.rows[index]!;
        target.cells[column] = junk;
        const p = buildCsvPreview(table, detection, configFor(table, file.style));
        const errors = p.issues.filter((i) => i.severity === 'error');
        expect(errors.length).toBeGreaterThan(0);
        for (const error of errors) expect(error.line).toBe(target.line);
        expect([...p.invoices, ...p.credits].some((x) => x.line === target.line)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary tables, and what it imports is consistent', () => {
    const headerWord = fc.constantFrom(...CSV_FIELDS.flatMap((f) => csvFieldSynonyms(f)), 'Montant HT', 'Divers', '');
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', 'Total', '01/02/2024', '13/13/2024', '2024-02-30', '1 234,56', '-5,00', '(1,00)', '1,234', 'a@b.fr', '732829320'),
    );
    fc.assert(
      fc.property(
        fc.array(headerWord, { minLength: 1, maxLength: 10 }),
        fc.array(fc.array(cell.map((s) => s.trim()), { maxLength: 12 }), { maxLength: 15 }),
        fc.constantFrom<'DMY' | 'MDY' | 'YMD'>('DMY', 'MDY', 'YMD'),
        (header, rows, dateOrder) => {
          const table: Table = { header, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
          const proposal = proposeMapping(header, rows);
          const p = buildCsvPreview(table, detection, { ...proposal, dateOrder });
          const lines = new Set(table.rows.map((r) => r.line));
          for (const issue of p.issues) if (issue.line !== null) expect(lines.has(issue.line)).toBe(true);
          for (const invoice of p.invoices) {
            expect(invoice.openCents).toBeGreaterThanOrEqual(0);
            expect(invoice.openCents).toBeLessThanOrEqual(invoice.amountCents);
            expect(invoice.amountCents).toBeGreaterThan(0);
          }
          for (const credit of p.credits) {
            expect(credit.unallocatedCents).toBeGreaterThanOrEqual(0);
            expect(credit.unallocatedCents).toBeLessThanOrEqual(credit.amountCents);
          }
          const refs = new Set(p.customers.map((c) => c.reference));
          for (const x of [...p.invoices, ...p.credits]) expect(refs.has(x.customerReference)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
