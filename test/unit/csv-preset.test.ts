import { describe, expect, it } from 'vitest';
import { addDays } from '../../renderer/src/domain/dates';
import { proposeMapping } from '../../renderer/src/domain/import/csv-mapping';
import type { CsvMappingConfig } from '../../renderer/src/domain/import/csv-mapping';
import { buildCsvPreview, customerReferenceFromName } from '../../renderer/src/domain/import/csv-preset';
import type { CsvPreviewOptions } from '../../renderer/src/domain/import/csv-preset';
import type { Detection, ImportIssue, ImportPreview, Table } from '../../renderer/src/domain/import/types';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

const detection: Detection = {
  encoding: 'windows-1252',
  hasBom: false,
  separator: ';',
  headerLine: 1,
  rowCount: 0,
  format: 'csv',
  lineEnding: 'crlf',
};

/** A table whose data rows start on `firstLine` (the header is on the line before). */
function table(header: string[], rows: string[][], firstLine = 2): Table {
  return { header, rows: rows.map((cells, i) => ({ line: firstLine + i, cells: cells.map((c) => c.trim()) })) };
}

/** The preview with the given config, or with the proposal for the table (as the UI would). */
function preview(t: Table, config?: CsvMappingConfig, options: CsvPreviewOptions = {}): ImportPreview {
  return buildCsvPreview(t, detection, config ?? proposeMapping(t.header, t.rows.map((r) => r.cells)), options);
}

/**
 * The issues, minus the file-level remark "no due date column, invoices considered due on their
 * issue date" that every file without a due date column gets (tested in "due dates").
 */
const remarks = (p: ImportPreview): ImportIssue[] => p.issues.filter((i) => i.code !== 'due-date-assumed-all');

/** [line, code] of the remarks (of one severity), for compact assertions. */
const codesOf = (p: ImportPreview, severity?: ImportIssue['severity']): [number | null, string][] =>
  remarks(p).filter((i) => severity === undefined || i.severity === severity).map((i) => [i.line, i.code]);

// ---------------------------------------------------------------------------------------------

describe('Sage / EBP aged balance (semicolon, French headers, "1 234,56", DD/MM/YYYY)', () => {
  const header = ['Compte tiers', 'Intitulé', 'N° pièce', 'Date pièce', "Date d'échéance", 'Libellé', 'Montant TTC', 'Reste à payer'];
  const file = table(
    header,
    [
      ['411DUPONT', 'Boulangerie Dupont', 'FA2024-001', '15/01/2024', '14/02/2024', 'Pains janvier', '1 234,56', '1 234,56'],
      ['411DUPONT', 'Boulangerie Dupont', 'FA2024-007', '31/01/2024', '01/03/2024', 'Pains février', `2${NBSP}500,00`, '500,00'],
      ['', 'Total client 411DUPONT', '', '', '', '', '3 734,56', '1 734,56'],
      ['411MARTIN', 'Garage Martin', 'AV2024-002', '05/02/2024', '05/02/2024', 'Avoir remise', '-120,00', '-120,00'],
      ['411MARTIN', 'Garage Martin', 'FA2024-010', '20/02/2024', '20/03/2024', 'Réparation', `12${NNBSP}000,00 €`, `11${NNBSP}000,00${NBSP}€`],
      ['', 'Total client 411MARTIN', '', '', '', '', '11 880,00', '10 880,00'],
      ['TOTAL GÉNÉRAL', '', '', '', '', '', '15 614,56', '12 614,56'],
    ],
    5, // four title lines before the header
  );

  it('proposes the right mapping', () => {
    expect(proposeMapping(header, file.rows.map((r) => r.cells))).toEqual({
      columns: { customerReference: 0, customerName: 1, invoiceNumber: 2, issueDate: 3, dueDate: 4, label: 5, amount: 6, openAmount: 7 },
      dateOrder: 'DMY',
      dateOrderSource: 'sample',
    });
  });

  it('imports customers, invoices and the credit note, and skips the totals', () => {
    const p = preview(file);
    expect(p.detection).toBe(detection);
    expect(p.customers).toEqual([
      { reference: '411DUPONT', name: 'Boulangerie Dupont' },
      { reference: '411MARTIN', name: 'Garage Martin' },
    ]);
    expect(p.invoices).toEqual([
      {
        customerReference: '411DUPONT',
        number: 'FA2024-001',
        issueDate: '2024-01-15',
        dueDate: '2024-02-14',
        dueDateDerived: false,
        amountCents: 123456,
        openCents: 123456,
        label: 'Pains janvier',
        line: 5,
      },
      {
        customerReference: '411DUPONT',
        number: 'FA2024-007',
        issueDate: '2024-01-31',
        dueDate: '2024-03-01',
        dueDateDerived: false,
        amountCents: 250000,
        openCents: 50000,
        label: 'Pains février',
        line: 6,
      },
      {
        customerReference: '411MARTIN',
        number: 'FA2024-010',
        issueDate: '2024-02-20',
        dueDate: '2024-03-20',
        dueDateDerived: false,
        amountCents: 1200000,
        openCents: 1100000,
        label: 'Réparation',
        line: 9,
      },
    ]);
    expect(p.credits).toEqual([
      {
        customerReference: '411MARTIN',
        kind: 'credit-note',
        date: '2024-02-05',
        amountCents: 12000,
        reference: 'AV2024-002',
        label: 'Avoir remise',
        unallocatedCents: 12000,
        line: 8,
      },
    ]);
    expect(remarks(p)).toEqual([
      { severity: 'info', code: 'summary-row-skipped', line: 7, params: { text: 'Total client 411DUPONT' } },
      { severity: 'info', code: 'summary-row-skipped', line: 10, params: { text: 'Total client 411MARTIN' } },
      { severity: 'info', code: 'summary-row-skipped', line: 11, params: { text: 'TOTAL GÉNÉRAL' } },
    ]);
  });
});

describe('Dolibarr export (trailing separator, HT/TVA columns, paid and open columns)', () => {
  const header = ['Réf.', 'Tiers', 'Code client', 'Date facturation', 'Date limite règlement', 'Montant HT', 'Montant TVA', 'Montant TTC', 'Payé', 'Reste à payer', ''];
  const file = table(header, [
    ['FA2403-0001', 'Menuiserie Leroy', 'CU2401-00003', '04/03/2024', '03/04/2024', '1000.00', '200.00', '1200.00', '200.00', '1000.00', ''],
    ['FA2403-0002', 'Menuiserie Leroy', 'CU2401-00003', '11/03/2024', '10/04/2024', '500.00', '100.00', '600.00', '', '600.00', ''],
    ['FA2403-0003', 'Atelier Créa', 'CU2401-00007', '12/03/2024', '11/04/2024', '250.00', '50.00', '300.00', '100.00', '250.00', ''],
    ['AV2403-0001', 'Atelier Créa', 'CU2401-00007', '13/03/2024', '13/03/2024', '-100.00', '-20.00', '-120.00', '', '-120.00', ''],
  ]);

  it('uses the TTC amount and the open column, and flags an open amount that contradicts the paid one', () => {
    const p = preview(file);
    expect(p.invoices.map((i) => [i.number, i.amountCents, i.openCents])).toEqual([
      ['FA2403-0001', 120000, 100000],
      ['FA2403-0002', 60000, 60000],
      ['FA2403-0003', 30000, 25000],
    ]);
    expect(p.credits.map((c) => [c.reference, c.amountCents, c.unallocatedCents])).toEqual([['AV2403-0001', 12000, 12000]]);
    expect(p.customers.map((c) => [c.reference, c.name])).toEqual([
      ['CU2401-00003', 'Menuiserie Leroy'],
      ['CU2401-00007', 'Atelier Créa'],
    ]);
    expect(remarks(p)).toEqual([
      {
        severity: 'warning',
        code: 'open-paid-mismatch',
        line: 4,
        params: { number: 'FA2403-0003', amount: '300.00', open: '250.00', paid: '100.00' },
      },
    ]);
  });
});

describe('QuickBooks A/R aging detail (US dates, "1,284.50", customer names only)', () => {
  const header = ['', 'Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Past Due', 'Amount', 'Open Balance'];
  const file = table(
    header,
    [
      ['Current', '', '', '', '', '', '', '', ''],
      ['', '03/15/2024', 'Invoice', '1001', 'Acme Corp.', '04/14/2024', '0', '1,284.50', '1,284.50'],
      ['', '02/01/2024', 'Invoice', '1002', "Bob's Bistro", '03/02/2024', '45', '850.00', '350.00'],
      ['', '02/10/2024', 'Credit Memo', '1003', 'Acme Corp.', '02/10/2024', '', '-100.00', '-100.00'],
      ['Total for Current', '', '', '', '', '', '', '2,034.50', '1,534.50'],
      ['TOTAL', '', '', '', '', '', '', '2,034.50', '1,534.50'],
    ],
    6,
  );

  it('reads MM/DD/YYYY dates and English amounts, derives references from names', () => {
    const proposal = proposeMapping(header, file.rows.map((r) => r.cells));
    expect(proposal.dateOrder).toBe('MDY');
    const p = preview(file, proposal);
    expect(p.customers).toEqual([
      { reference: 'ACME CORP', name: 'Acme Corp.' },
      { reference: 'BOBS BISTRO', name: "Bob's Bistro" },
    ]);
    expect(p.invoices).toEqual([
      {
        customerReference: 'ACME CORP',
        number: '1001',
        issueDate: '2024-03-15',
        dueDate: '2024-04-14',
        dueDateDerived: false,
        amountCents: 128450,
        openCents: 128450,
        line: 7,
      },
      {
        customerReference: 'BOBS BISTRO',
        number: '1002',
        issueDate: '2024-02-01',
        dueDate: '2024-03-02',
        dueDateDerived: false,
        amountCents: 85000,
        openCents: 35000,
        line: 8,
      },
    ]);
    expect(p.credits).toEqual([
      {
        customerReference: 'ACME CORP',
        kind: 'credit-note',
        date: '2024-02-10',
        amountCents: 10000,
        reference: '1003',
        unallocatedCents: 10000,
        line: 9,
      },
    ]);
    expect(codesOf(p)).toEqual([
      [6, 'heading-row-skipped'],
      [10, 'summary-row-skipped'],
      [11, 'summary-row-skipped'],
    ]);
  });

  it('reads the same file wrongly as DMY only with errors, never silently', () => {
    const p = preview(file, { ...proposeMapping(header), dateOrder: 'DMY' });
    expect(codesOf(p, 'error')).toEqual([
      [7, 'bad-date'],
      [7, 'bad-date'],
    ]);
  });
});

describe('Pennylane-like export (English/French mix, ISO dates, contact details)', () => {
  const header = ['Numéro de facture', 'Client', 'Customer ID', "Date d'émission", 'Due date', 'Montant TTC', 'Amount due', 'Email client', 'SIRET', 'Téléphone', 'Adresse'];
  const file = table(header, [
    ['F-2024-0042', 'Dupont & Fils', 'C-0001', '2024-03-15', '2024-04-14', '1234.56', '1234.56', '', '', '', ''],
    ['F-2024-0043', 'Dupont & Fils', 'C-0001', '2024-03-20', '2024-04-19', '99.90', '0.00', 'compta@dupont.fr', '732 829 320 00074', '01 23 45 67 89', '1 rue de la Paix, 75002 Paris'],
    ['F-2024-0050', 'Dupont & Fils', 'C-0001', '2024-03-28', '2024-04-27', '10.00', '10.00', 'autre@dupont.fr', '', '06 00 00 00 00', ''],
    ['F-2024-0051', 'Café Lumière', 'C-0002', '2024-03-29', '2024-03-29', '45,00', '45,00', 'Café Lumière <cafe@lumiere.fr>', '732829320', '', ''],
  ]);

  it('takes contact details from the first row that has them', () => {
    const p = preview(file);
    expect(p.customers).toEqual([
      {
        reference: 'C-0001',
        name: 'Dupont & Fils',
        email: 'compta@dupont.fr',
        phone: '01 23 45 67 89',
        address: '1 rue de la Paix, 75002 Paris',
        siren: '732829320',
      },
      { reference: 'C-0002', name: 'Café Lumière', email: 'cafe@lumiere.fr', siren: '732829320' },
    ]);
    expect(p.invoices.map((i) => [i.number, i.issueDate, i.dueDate, i.amountCents, i.openCents])).toEqual([
      ['F-2024-0042', '2024-03-15', '2024-04-14', 123456, 123456],
      ['F-2024-0043', '2024-03-20', '2024-04-19', 9990, 0],
      ['F-2024-0050', '2024-03-28', '2024-04-27', 1000, 1000],
      ['F-2024-0051', '2024-03-29', '2024-03-29', 4500, 4500],
    ]);
    expect(remarks(p)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('open and paid amounts', () => {
  const base = ['N° facture', 'Code client', 'Date', 'Montant TTC'];
  const row = (amount: string, extra: string[] = []) => ['F1', 'C1', '01/02/2024', amount, ...extra];
  const openOf = (p: ImportPreview) => p.invoices.map((i) => i.openCents);

  it('without open or paid column, open = amount', () => {
    const p = preview(table(base, [row('100,00')]));
    expect(openOf(p)).toEqual([10000]);
  });

  it('with an open column, open = that column; an empty cell is zero (fully paid)', () => {
    const h = [...base, 'Solde'];
    expect(openOf(preview(table(h, [row('100,00', ['40,00'])])))).toEqual([4000]);
    expect(openOf(preview(table(h, [row('100,00', [''])])))).toEqual([0]);
    expect(openOf(preview(table(h, [row('100,00', ['100,00'])])))).toEqual([10000]);
  });

  it('with a paid column, open = amount − paid; an empty cell is zero (nothing paid)', () => {
    const h = [...base, 'Montant réglé'];
    expect(openOf(preview(table(h, [row('100,00', ['40,00'])])))).toEqual([6000]);
    expect(openOf(preview(table(h, [row('100,00', [''])])))).toEqual([10000]);
    expect(openOf(preview(table(h, [row('100,00', ['100,00'])])))).toEqual([0]);
  });

  it('with both, the open column wins and a contradiction is a warning', () => {
    const h = [...base, 'Réglé', 'Reste à payer'];
    const ok = preview(table(h, [row('100,00', ['40,00', '60,00'])]));
    expect(openOf(ok)).toEqual([6000]);
    expect(remarks(ok)).toEqual([]);
    const mismatch = preview(table(h, [row('100,00', ['40,00', '50,00'])]));
    expect(openOf(mismatch)).toEqual([5000]);
    expect(codesOf(mismatch)).toEqual([[2, 'open-paid-mismatch']]);
  });

  it('refuses an open amount above the amount or below zero', () => {
    const h = [...base, 'Reste à payer'];
    const p = preview(table(h, [row('100,00', ['100,01']), row('100,00', ['-0,01'])]));
    expect(remarks(p)).toEqual([
      {
        severity: 'error',
        code: 'open-exceeds-amount',
        line: 2,
        params: { number: 'F1', column: 'Reste à payer', open: '100,01', amount: '100,00' },
      },
      {
        severity: 'error',
        code: 'open-exceeds-amount',
        line: 3,
        params: { number: 'F1', column: 'Reste à payer', open: '-0,01', amount: '100,00' },
      },
    ]);
    expect(p.invoices).toEqual([]);
  });

  it('refuses a paid amount above the amount or below zero', () => {
    const h = [...base, 'Réglé'];
    const p = preview(table(h, [row('100,00', ['150,00']), row('100,00', ['-5,00'])]));
    expect(remarks(p)).toEqual([
      { severity: 'error', code: 'paid-exceeds-amount', line: 2, params: { number: 'F1', column: 'Réglé', paid: '150,00', amount: '100,00' } },
      { severity: 'error', code: 'paid-exceeds-amount', line: 3, params: { number: 'F1', column: 'Réglé', paid: '-5,00', amount: '100,00' } },
    ]);
  });
});

describe('credit notes (negative amounts)', () => {
  const header = ['N° pièce', 'Code client', 'Date', 'Montant TTC', 'Solde'];

  it('become credits of kind credit-note, whose unallocated part is the open amount', () => {
    const p = preview(
      table(header, [
        ['AV1', 'C1', '01/02/2024', '-200,00', '-200,00'],
        ['AV2', 'C1', '02/02/2024', '(120,00)', '(20,00)'],
        ['AV3', 'C1', '03/02/2024', '-50,00', '30,00'], // remaining credit printed without its sign
        ['AV4', 'C1', '04/02/2024', '-80,00', ''], // fully used
      ]),
    );
    expect(p.invoices).toEqual([]);
    expect(p.credits.map((c) => [c.reference, c.kind, c.date, c.amountCents, c.unallocatedCents, c.line])).toEqual([
      ['AV1', 'credit-note', '2024-02-01', 20000, 20000, 2],
      ['AV2', 'credit-note', '2024-02-02', 12000, 2000, 3],
      ['AV3', 'credit-note', '2024-02-03', 5000, 3000, 4],
      ['AV4', 'credit-note', '2024-02-04', 8000, 0, 5],
    ]);
    expect(p.customers).toEqual([{ reference: 'C1', name: 'C1' }]);
    expect(remarks(p)).toEqual([]);
  });

  it('unallocated = the whole amount when the file has no open column', () => {
    const p = preview(table(['N° pièce', 'Code client', 'Date', 'Montant TTC'], [['AV1', 'C1', '01/02/2024', '-200,00']]));
    expect(p.credits.map((c) => c.unallocatedCents)).toEqual([20000]);
  });

  it('refuses a credit whose remaining part exceeds it', () => {
    const p = preview(table(header, [['AV1', 'C1', '01/02/2024', '-200,00', '-250,00']]));
    expect(codesOf(p)).toEqual([[2, 'open-exceeds-amount']]);
    expect(p.credits).toEqual([]);
  });
});

describe('bad input: every problem is reported with its exact line', () => {
  const header = ['N° facture', 'Code client', 'Date', 'Échéance', 'Montant TTC', 'Reste à payer'];
  const file = table(
    header,
    [
      ['F01', 'C1', '15/01/2024', '14/02/2024', '100,00', '100,00'], // 11: fine
      ['F02', 'C1', '15/01/2024', '14/02/2024', 'abc', '100,00'], // 12
      ['F03', 'C1', '15/01/2024', '14/02/2024', '1,234', '1,234'], // 13: ambiguous, twice
      ['F04', 'C1', '15/01/2024', '14/02/2024', '0,125', ''], // 14
      ['F05', 'C1', '15/01/2024', '14/02/2024', '99999999999999999', ''], // 15
      ['', 'C1', '31/02/2024', '14/02/2024', '100,00', '100,00'], // 16: no number AND a non-existent date
      ['F07', 'C1', 'hier', '2024-13-01', '', ''], // 17: two bad dates and no amount
      ['F08', '', '15/01/2024', '14/02/2024', '100,00', '12,-'], // 18: no customer, bad open
      ['F09', 'C1', '15/01/2024', '14/02/2024', '100,00', '100,00'], // 19: fine
    ],
    11,
  );

  it('lists all of them, in line order, and imports nothing from those rows', () => {
    const p = preview(file);
    expect(remarks(p)).toEqual([
      { severity: 'error', code: 'bad-amount', line: 12, params: { field: 'amount', column: 'Montant TTC', value: 'abc' } },
      { severity: 'error', code: 'ambiguous-amount', line: 13, params: { field: 'amount', column: 'Montant TTC', value: '1,234' } },
      { severity: 'error', code: 'ambiguous-amount', line: 13, params: { field: 'openAmount', column: 'Reste à payer', value: '1,234' } },
      { severity: 'error', code: 'amount-too-many-decimals', line: 14, params: { field: 'amount', column: 'Montant TTC', value: '0,125' } },
      { severity: 'error', code: 'amount-too-large', line: 15, params: { field: 'amount', column: 'Montant TTC', value: '99999999999999999' } },
      { severity: 'error', code: 'missing-value', line: 16, params: { field: 'invoiceNumber', column: 'N° facture' } },
      { severity: 'error', code: 'bad-date', line: 16, params: { field: 'issueDate', column: 'Date', value: '31/02/2024' } },
      { severity: 'error', code: 'bad-date', line: 17, params: { field: 'issueDate', column: 'Date', value: 'hier' } },
      { severity: 'error', code: 'bad-date', line: 17, params: { field: 'dueDate', column: 'Échéance', value: '2024-13-01' } },
      { severity: 'error', code: 'missing-value', line: 17, params: { field: 'amount', column: 'Montant TTC' } },
      { severity: 'error', code: 'missing-value', line: 18, params: { field: 'customerReference', column: 'Code client' } },
      { severity: 'error', code: 'bad-amount', line: 18, params: { field: 'openAmount', column: 'Reste à payer', value: '12,-' } },
    ]);
    expect(p.invoices.map((i) => i.line)).toEqual([11, 19]);
  });

  it('reports an empty customer name when names stand in for references', () => {
    const p = preview(
      table(['Num', 'Customer', 'Date', 'Amount'], [
        ['1', '', '01/15/2024', '10.00'],
        ['2', 'Acme', '01/15/2024', '10.00'],
      ]),
      { columns: { invoiceNumber: 0, customerName: 1, issueDate: 2, amount: 3 }, dateOrder: 'MDY' },
    );
    expect(remarks(p)).toEqual([{ severity: 'error', code: 'missing-value', line: 2, params: { field: 'customerName', column: 'Customer' } }]);
  });

  it('handles short rows (missing trailing cells) as empty cells', () => {
    const p = preview(table(header, [['F01', 'C1', '15/01/2024']]));
    expect(codesOf(p)).toEqual([[2, 'missing-value']]);
    expect(p.issues[0]?.params).toEqual({ field: 'amount', column: 'Montant TTC' });
  });

  it('names an unnamed column by its position', () => {
    const p = preview(table(['N° facture', 'Client', 'Date', ''], [['F1', 'A', '01/01/2024', 'x']]), {
      columns: { invoiceNumber: 0, customerName: 1, issueDate: 2, amount: 3 },
      dateOrder: 'DMY',
    });
    expect(remarks(p)).toEqual([{ severity: 'error', code: 'bad-amount', line: 2, params: { field: 'amount', column: '#4', value: 'x' } }]);
  });

  it('does not import anything when the mapping is invalid', () => {
    const p = preview(file, { columns: { invoiceNumber: 0, issueDate: 2, amount: 2 }, dateOrder: 'DMY' });
    expect(remarks(p)).toEqual([
      { severity: 'error', code: 'mapping-duplicate-column', line: null, params: { field: 'amount', otherField: 'issueDate', column: 'Date' } },
      { severity: 'error', code: 'mapping-missing', line: null, params: { field: 'customerReference' } },
    ]);
    expect([p.customers, p.invoices, p.credits]).toEqual([[], [], []]);
  });

  it('refuses a file with no invoice at all', () => {
    expect(remarks(preview(table(header, [])))).toEqual([{ severity: 'error', code: 'no-invoices', line: null }]);
    const onlyTotals = preview(table(header, [['Total', '', '', '', '100,00', '100,00']]));
    expect(codesOf(onlyTotals)).toEqual([
      [null, 'no-invoices'],
      [2, 'summary-row-skipped'],
    ]);
  });
});

describe('duplicates', () => {
  const header = ['N° facture', 'Code client', 'Date', 'Montant TTC', 'Solde'];

  it('keeps one of two identical rows (same values written differently) with a warning', () => {
    const p = preview(
      table(header, [
        ['F1', 'C1', '01/02/2024', '1 000,00', '1 000,00'],
        ['F1', 'C1', '1/2/2024', '1000', '1000,00'],
      ]),
    );
    expect(p.invoices.map((i) => i.line)).toEqual([2]);
    expect(remarks(p)).toEqual([
      { severity: 'warning', code: 'duplicate-row', line: 3, params: { number: 'F1', customer: 'C1', firstLine: 2 } },
    ]);
  });

  it('refuses the same invoice twice with different data, naming both lines', () => {
    const p = preview(
      table(header, [
        ['F1', 'C1', '01/02/2024', '1 000,00', '1 000,00'],
        ['F2', 'C1', '01/02/2024', '50,00', '50,00'],
        ['F1', 'C1', '01/02/2024', '1 000,00', '400,00'],
        ['F1', 'C1', '01/02/2024', '1 000,00', '1 000,00'],
      ]),
    );
    expect(remarks(p)).toEqual([
      { severity: 'error', code: 'duplicate-invoice', line: 4, params: { number: 'F1', customer: 'C1', firstLine: 2 } },
      { severity: 'warning', code: 'duplicate-row', line: 5, params: { number: 'F1', customer: 'C1', firstLine: 2 } },
    ]);
  });

  it('allows the same number for two customers', () => {
    const p = preview(
      table(header, [
        ['1', 'C1', '01/02/2024', '10,00', '10,00'],
        ['1', 'C2', '01/02/2024', '20,00', '20,00'],
      ]),
    );
    expect(p.invoices.map((i) => [i.customerReference, i.number])).toEqual([
      ['C1', '1'],
      ['C2', '1'],
    ]);
    expect(remarks(p)).toEqual([]);
  });
});

describe('customers', () => {
  const header = ['N° facture', 'Code client', 'Nom', 'Date', 'Montant TTC', 'E-mail', 'SIREN'];

  it('keeps the first name and warns once per different name', () => {
    const p = preview(
      table(header, [
        ['F1', 'C1', 'Dupont SARL', '01/02/2024', '10,00', '', ''],
        ['F2', 'C1', 'DUPONT S.A.R.L.', '01/02/2024', '10,00', '', ''], // same name, other spelling
        ['F3', 'C1', 'Durand', '01/02/2024', '10,00', '', ''],
        ['F4', 'C1', 'Durand', '01/02/2024', '10,00', '', ''],
        ['F5', 'C1', '', '01/02/2024', '10,00', '', ''],
        ['F6', 'C1', 'Martin', '01/02/2024', '10,00', '', ''],
      ]),
    );
    expect(p.customers).toEqual([{ reference: 'C1', name: 'Dupont SARL' }]);
    expect(remarks(p)).toEqual([
      {
        severity: 'warning',
        code: 'customer-name-conflict',
        line: 4,
        params: { reference: 'C1', name: 'Durand', otherName: 'Dupont SARL', firstLine: 2 },
      },
      {
        severity: 'warning',
        code: 'customer-name-conflict',
        line: 7,
        params: { reference: 'C1', name: 'Martin', otherName: 'Dupont SARL', firstLine: 2 },
      },
    ]);
  });

  it('takes the first non-empty name, and the reference when there is none', () => {
    const p = preview(
      table(header, [
        ['F1', 'C1', '', '01/02/2024', '10,00', '', ''],
        ['F2', 'C1', 'Dupont', '01/02/2024', '10,00', '', ''],
        ['F3', 'C2', '', '01/02/2024', '10,00', '', ''],
      ]),
    );
    expect(p.customers).toEqual([
      { reference: 'C1', name: 'Dupont' },
      { reference: 'C2', name: 'C2' },
    ]);
  });

  it('warns (once per customer and value) about unusable e-mails and SIRENs, and keeps the invoices', () => {
    const p = preview(
      table(header, [
        ['F1', 'C1', 'A', '01/02/2024', '10,00', 'pas de mail', '123 456 789'],
        ['F2', 'C1', 'A', '01/02/2024', '10,00', 'pas de mail', '123 456 789'],
        ['F3', 'C2', 'B', '01/02/2024', '10,00', 'a@b.fr; c@d.fr', '732 829 320 00074'],
        ['F4', 'C3', 'C', '01/02/2024', '10,00', 'x@y', '7328293200007'],
      ]),
    );
    expect(remarks(p)).toEqual([
      { severity: 'warning', code: 'bad-email', line: 2, params: { column: 'E-mail', value: 'pas de mail' } },
      { severity: 'warning', code: 'bad-siren', line: 2, params: { column: 'SIREN', value: '123 456 789' } },
      { severity: 'info', code: 'extra-emails-ignored', line: 4, params: { column: 'E-mail', value: 'a@b.fr; c@d.fr', kept: 'a@b.fr' } },
      { severity: 'warning', code: 'bad-email', line: 5, params: { column: 'E-mail', value: 'x@y' } },
      { severity: 'warning', code: 'bad-siren', line: 5, params: { column: 'SIREN', value: '7328293200007' } },
    ]);
    expect(p.customers).toEqual([
      { reference: 'C1', name: 'A' },
      { reference: 'C2', name: 'B', email: 'a@b.fr', siren: '732829320' },
      { reference: 'C3', name: 'C' },
    ]);
    expect(p.invoices).toHaveLength(4);
  });

  it.each([
    ['Boulangerie Dupont S.A.R.L.', 'BOULANGERIE DUPONT SARL'],
    ["L'Atelier  Créa", 'LATELIER CREA'],
    ['  Café   Lumière & Co ', 'CAFE LUMIERE CO'],
    ['Müller GmbH', 'MULLER GMBH'],
    ['株式会社', '株式会社'],
    ['***', '***'],
  ])('derives the reference of %j as %j', (name, reference) => {
    expect(customerReferenceFromName(name)).toBe(reference);
  });

  it('merges names that differ only by case, accents or punctuation when they stand in for references', () => {
    const p = preview(
      table(['Num', 'Customer', 'Date', 'Amount'], [
        ['1', 'Café Lumière', '2024-01-15', '10.00'],
        ['2', 'CAFE LUMIERE', '2024-01-16', '10.00'],
      ]),
    );
    expect(p.customers).toEqual([{ reference: 'CAFE LUMIERE', name: 'Café Lumière' }]);
    expect(p.invoices.map((i) => i.customerReference)).toEqual(['CAFE LUMIERE', 'CAFE LUMIERE']);
    expect(remarks(p)).toEqual([]);
  });
});

describe('summary and heading rows', () => {
  const header = ['Client', 'N° facture', 'Date', 'Montant TTC', 'Solde'];

  it.each([
    [['Total', '', '', '100,00', '100,00']],
    [['TOTAL GÉNÉRAL', '', '', '100,00', '100,00']],
    [['Total client', '', '', '100,00', '100,00']],
    [['Sous-total Dupont', '', '', '100,00', '100,00']],
    [['Totaux', '', '', '', '']],
    [['', '', '', '100,00', '100,00']], // no label, no number, no date, an amount
    [['Dupont', 'Total', '', '100,00', '100,00']], // the label in the number column
    [['Total au 31/12/2024', '', '31/12/2024', '100,00', '100,00']],
  ])('%j is a summary row', (cells) => {
    const p = preview(table(header, [['Dupont', 'F1', '01/02/2024', '100,00', '100,00'], cells]));
    expect(remarks(p)).toEqual([{ severity: 'info', code: 'summary-row-skipped', line: 3, params: { text: cells.find((c) => c !== '') } }]);
    expect(p.invoices).toHaveLength(1);
  });

  it.each([[['Clients France', '', '', '', '']], [['Édité le 12/03/2024 par Sage', '', '', '', '']], [['Page 2']]])(
    '%j is a heading row',
    (cells) => {
      const p = preview(table(header, [cells, ['Dupont', 'F1', '01/02/2024', '100,00', '100,00']]));
      expect(codesOf(p)).toEqual([[2, 'heading-row-skipped']]);
    },
  );

  it('takes text alone in the number column for a heading, not for an incomplete invoice', () => {
    const h = ['N° facture', 'Client', 'Date', 'Montant TTC', 'Solde'];
    const p = preview(table(h, [['Clients France', '', '', '', ''], ['F1', 'Dupont', '', '', '']]));
    expect(codesOf(p)).toEqual([
      [2, 'heading-row-skipped'],
      [3, 'missing-value'],
      [3, 'missing-value'],
    ]);
  });

  it('skips blank rows silently', () => {
    const p = preview(table(header, [['', '', '', '', ''], ['Dupont', 'F1', '01/02/2024', '100,00', '100,00']]));
    expect(remarks(p)).toEqual([]);
  });

  it('does not take a real invoice of a customer named "Total" for a total', () => {
    const p = preview(
      table(header, [
        ['TOTAL ENERGIES', 'F1', '01/02/2024', '100,00', '100,00'],
        ['Total Energies', 'F2', '', '100,00', '100,00'], // a missing date is an error, not a total
      ]),
    );
    expect(p.invoices.map((i) => i.number)).toEqual(['F1']);
    expect(codesOf(p)).toEqual([[3, 'missing-value']]);
  });

  it('reports an invoice without a number when it has a date', () => {
    const p = preview(table(header, [['Dupont', '', '01/02/2024', '100,00', '100,00']]));
    expect(codesOf(p)).toEqual([[2, 'missing-value']]);
  });

  it('skips zero-amount rows with an info', () => {
    const p = preview(table(header, [['Dupont', 'F1', '01/02/2024', '0,00', '0,00']]));
    expect(codesOf(p)).toEqual([
      [null, 'no-invoices'],
      [2, 'zero-amount-skipped'],
    ]);
  });
});

describe('due dates', () => {
  const withDue = ['N° facture', 'Code client', 'Date', 'Échéance', 'Montant TTC'];
  const withoutDue = ['N° facture', 'Code client', 'Date', 'Montant TTC'];
  const terms = (issueDate: string, customer: string) => addDays(issueDate, customer === 'C2' ? 60 : 30);

  it('derives missing due dates from the terms, with one file-level info when the column is absent', () => {
    const p = preview(
      table(withoutDue, [
        ['F1', 'C1', '15/01/2024', '10,00'],
        ['F2', 'C2', '15/01/2024', '10,00'],
        ['AV1', 'C2', '16/01/2024', '-10,00'],
      ]),
      undefined,
      { deriveDueDate: terms },
    );
    expect(p.invoices.map((i) => [i.number, i.dueDate, i.dueDateDerived])).toEqual([
      ['F1', '2024-02-14', true],
      ['F2', '2024-03-15', true],
    ]);
    expect(p.issues).toEqual([{ severity: 'info', code: 'due-date-derived-all', line: null, params: { count: 2 } }]);
  });

  it('without terms, considers them due on the issue date and says so', () => {
    const p = preview(table(withoutDue, [['F1', 'C1', '15/01/2024', '10,00']]));
    expect(p.invoices.map((i) => [i.dueDate, i.dueDateDerived])).toEqual([['2024-01-15', true]]);
    expect(p.issues).toEqual([{ severity: 'info', code: 'due-date-assumed-all', line: null, params: { count: 1 } }]);
  });

  it('reports each empty due date cell on its line', () => {
    const rows = [
      ['F1', 'C1', '15/01/2024', '', '10,00'],
      ['F2', 'C1', '15/01/2024', '20/01/2024', '10,00'],
    ];
    const derived = preview(table(withDue, rows), undefined, { deriveDueDate: terms });
    expect(derived.invoices.map((i) => [i.dueDate, i.dueDateDerived])).toEqual([
      ['2024-02-14', true],
      ['2024-01-20', false],
    ]);
    expect(derived.issues).toEqual([{ severity: 'info', code: 'due-date-derived', line: 2, params: { number: 'F1' } }]);
    const assumed = preview(table(withDue, rows));
    expect(assumed.issues).toEqual([{ severity: 'info', code: 'due-date-assumed', line: 2, params: { number: 'F1' } }]);
  });

  it('warns about a due date before the issue date (often a day/month mix-up)', () => {
    const p = preview(table(withDue, [['F1', 'C1', '15/01/2024', '10/01/2024', '10,00']]));
    expect(p.issues).toEqual([
      { severity: 'warning', code: 'due-before-issue', line: 2, params: { number: 'F1', issueDate: '15/01/2024', dueDate: '10/01/2024' } },
    ]);
  });
});

describe('determinism', () => {
  const header = ['N° facture', 'Code client', 'Client', 'Date', 'Montant TTC'];
  const file = table(header, [
    ['F3', 'C2', 'Zoé', '03/01/2024', '30,00'],
    ['F1', 'C1', 'Alice', '01/01/2024', 'oops'],
    ['F2', 'C3', 'Bob', '02/01/2024', '20,00'],
    ['Total', '', '', '', '50,00'],
    ['F1', 'C1', 'Alice', '01/01/2024', '10,00'],
  ]);

  it('sorts customers by reference, invoices and issues by line, whatever the row order', () => {
    const p = preview(file);
    expect(p.customers.map((c) => c.reference)).toEqual(['C1', 'C2', 'C3']);
    expect(p.invoices.map((i) => i.line)).toEqual([2, 4, 6]);
    const shuffled: Table = { header, rows: [file.rows[4]!, file.rows[2]!, file.rows[0]!, file.rows[3]!, file.rows[1]!] };
    expect(preview(shuffled)).toEqual(p);
  });
});
