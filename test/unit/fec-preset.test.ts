import { describe, expect, it } from 'vitest';
import { buildFecPreview, classifyJournal } from '../../renderer/src/domain/import/fec-preset';
import type { FecPreviewOptions } from '../../renderer/src/domain/import/fec-preset';
import type { Detection, ImportPreview, Table, TermsPolicy } from '../../renderer/src/domain/import/types';
import { fecDetection, fecHeader, fecTable } from '../support/fec-builder';
import type { FecLayout, FecLine } from '../support/fec-builder';

const NET30: TermsPolicy = { days: 30, rule: 'net' };

function run(
  lines: readonly FecLine[],
  layout: FecLayout = {},
  options: Partial<FecPreviewOptions> = {},
  detection: Partial<Detection> = {},
): ImportPreview {
  const table = fecTable(lines, layout);
  return buildFecPreview(table, fecDetection(table, { headerLine: layout.headerLine ?? 1, ...detection }), { terms: NET30, ...options });
}
const runTable = (table: Table, detection: Partial<Detection> = {}) => buildFecPreview(table, fecDetection(table, detection), { terms: NET30 });

const issuesOf = (p: ImportPreview, code: string) => p.issues.filter((i) => i.code === code);
const codes = (p: ImportPreview) => p.issues.map((i) => i.code);
const invoice = (p: ImportPreview, number: string, customer?: string) => {
  const found = p.invoices.filter((i) => i.number === number && (customer === undefined || i.customerReference === customer));
  expect(found, `invoice ${number}`).toHaveLength(1);
  return found[0]!;
};
/** Σ open invoices − Σ unallocated credits of one customer. */
const openBalance = (p: ImportPreview, customer: string) =>
  p.invoices.filter((i) => i.customerReference === customer).reduce((s, i) => s + i.openCents, 0) -
  p.credits.filter((c) => c.customerReference === customer).reduce((s, c) => s + c.unallocatedCents, 0);

// Line factories. Data rows start on line 2 (header on line 1) unless the layout says otherwise.
const sale = (over: Partial<FecLine> = {}): FecLine => ({
  journal: 'VE',
  journalLib: 'Ventes',
  date: '20240115',
  aux: 'C1',
  auxLib: 'Client Un',
  piece: 'FA1',
  label: 'Facture FA1',
  debit: 12_000,
  ...over,
});
const bank = (over: Partial<FecLine> = {}): FecLine => ({
  journal: 'BQ',
  journalLib: 'Banque',
  date: '20240201',
  aux: 'C1',
  auxLib: 'Client Un',
  piece: 'VIR1',
  label: 'Virement client',
  credit: 12_000,
  ...over,
});
/** A non-receivable line (sales or VAT account), same document. */
const other = (over: Partial<FecLine> = {}): FecLine => ({
  journal: 'VE',
  journalLib: 'Ventes',
  date: '20240115',
  account: '706000',
  accountLib: 'Prestations',
  piece: 'FA1',
  label: 'Facture FA1',
  credit: 10_000,
  ...over,
});

describe('FEC preset: layouts', () => {
  const ledger: FecLine[] = [
    sale(),
    other(),
    other({ account: '445710', accountLib: 'TVA collectée', credit: 2_000 }),
    bank({ letter: 'AA' }),
    other({ journal: 'BQ', journalLib: 'Banque', date: '20240201', account: '512000', piece: 'VIR1', debit: 12_000, credit: 0 }),
    sale({ piece: 'FA2', date: '20240220', label: 'Facture FA2', debit: 7_470 }),
  ];
  const withLetter = ledger.map((l, i) => (i === 0 ? { ...l, letter: 'AA' } : l));

  function expectStandardResult(p: ImportPreview) {
    expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(p.customers).toEqual([{ reference: 'C1', name: 'Client Un' }]);
    expect(p.invoices).toEqual([
      {
        customerReference: 'C1',
        number: 'FA1',
        issueDate: '2024-01-15',
        dueDate: '2024-02-14',
        dueDateDerived: true,
        amountCents: 12_000,
        openCents: 0,
        label: 'Facture FA1',
        line: 2,
      },
      {
        customerReference: 'C1',
        number: 'FA2',
        issueDate: '2024-02-20',
        dueDate: '2024-03-21',
        dueDateDerived: true,
        amountCents: 7_470,
        openCents: 7_470,
        label: 'Facture FA2',
        line: 7,
      },
    ]);
    expect(p.credits).toEqual([
      {
        customerReference: 'C1',
        kind: 'payment',
        date: '2024-02-01',
        amountCents: 12_000,
        reference: 'VIR1',
        label: 'Virement client',
        unallocatedCents: 0,
        line: 5,
      },
    ]);
    expect(issuesOf(p, 'due-dates-derived')).toEqual([
      { severity: 'info', code: 'due-dates-derived', line: null, params: { days: 30, rule: 'net', context: 'net', overrides: 0 } },
    ]);
  }

  it('18 columns, Debit/Credit', () => {
    expectStandardResult(run(withLetter));
  });

  it('22 columns (cash basis), lowercase journal codes', () => {
    const lower = withLetter.map((l) => ({ ...l, journal: (l.journal ?? 'VE').toLowerCase() }));
    const table = fecTable(lower, { columns: 22 });
    expect(table.header).toHaveLength(22);
    expectStandardResult(runTable(table));
  });

  it.each<[FecLayout['sens']]>([['DC'], ['+1-1'], ['1-1']])('Montant + Sens written %s', (sens) => {
    const table = fecTable(withLetter, { amounts: 'montant-sens', sens });
    expect(table.header).toContain('Montant');
    expect(table.header).not.toContain('Debit');
    expectStandardResult(runTable(table, { fecAmounts: 'montant-sens' }));
    // The header decides even when the detection says otherwise.
    expectStandardResult(runTable(table, { fecAmounts: 'debit-credit' }));
  });

  it('Sens written in words, any case; an unknown Sens is an error on its line', () => {
    const table = fecTable(withLetter, { amounts: 'montant-sens' });
    const sensAt = table.header.indexOf('Sens');
    const rows = table.rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (i !== sensAt ? c : c === 'D' ? 'Débit' : 'crédit')) }));
    expectStandardResult(runTable({ ...table, rows }));
    rows[0]!.cells[sensAt] = 'X';
    const p = runTable({ ...table, rows });
    expect(issuesOf(p, 'bad-sens')).toEqual([{ severity: 'error', code: 'bad-sens', line: 2, params: { column: 'Sens', value: 'X' } }]);
    expect(p.invoices.map((i) => i.number)).toEqual(['FA2']);
  });

  it.each<[FecLayout['padding']]>([['zero'], ['space']])('%s-padded amounts', (padding) => {
    const table = fecTable(withLetter, { padding });
    const debitAt = table.header.indexOf('Debit');
    expect(table.rows[0]!.cells[debitAt]).toBe(padding === 'zero' ? '0000000120,00' : ' 000000000000120,00');
    expectStandardResult(runTable(table));
  });

  it('header names in any case (MONTANTDEVISE, montantdevise...) and in any order', () => {
    expectStandardResult(run(withLetter, { headerCase: 'lower' }));
    expectStandardResult(run(withLetter, { headerCase: 'upper' }));
    const table = fecTable(withLetter);
    const order = table.header.map((_, i) => i).reverse();
    const reversed: Table = {
      header: order.map((i) => table.header[i]!),
      rows: table.rows.map((r) => ({ line: r.line, cells: order.map((i) => r.cells[i]!) })),
    };
    expectStandardResult(runTable(reversed));
  });

  it('a BOM left on the first header name and a trailing separator (empty last header) are tolerated', () => {
    const table = fecTable(withLetter);
    const header = [`\uFEFF${table.header[0]}`, ...table.header.slice(1), ''];
    expectStandardResult(runTable({ header, rows: table.rows.map((r) => ({ ...r, cells: [...r.cells, ''] })) }));
  });

  it.each<[string, number]>([
    ['74,70', 7_470],
    ['0000000074,70', 7_470],
    ['0,05', 5],
    ['000000000000000000012,34', 1_234],
    ['74', 7_400],
    ['74,7', 7_470],
    ['74.70', 7_470],
    ['1 234,56', 123_456],
    ['+74,70', 7_470],
    ['1234567890123,45', 123_456_789_012_345], // 13 integer digits: fast path
    ['0012345678901234,56', 1_234_567_890_123_456], // 14 integer digits: through parseAmount
  ])('amount %j reads as %i cents', (text, cents) => {
    const p = run([sale({ debit: text })]);
    expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(p.invoices[0]!.amountCents).toBe(cents);
  });

  it('non-411 lines are not even parsed: garbage there raises nothing', () => {
    const p = run([...withLetter, other({ debit: 'n/a', credit: '12,345', date: 'hier', pieceDate: '31/02/2024' })]);
    expect(p.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(p.invoices).toHaveLength(2);
  });
});

describe('FEC preset: invoices', () => {
  it('an invoice spread over several 411 debit lines with the same PieceRef is one invoice', () => {
    const p = run([
      sale({ debit: 10_000, label: 'Facture FA1 taux normal' }),
      other(),
      sale({ debit: 550, label: 'Facture FA1 taux réduit', journal: 'OD', journalLib: 'Opérations diverses' }),
      sale({ piece: 'FA2', debit: 1_000 }),
    ]);
    expect(p.invoices.map((i) => [i.number, i.amountCents, i.openCents, i.line, i.label])).toEqual([
      ['FA1', 10_550, 10_550, 2, 'Facture FA1 taux normal'],
      ['FA2', 1_000, 1_000, 5, 'Facture FA1'],
    ]);
    expect(codes(p)).not.toContain('duplicate-piece');
  });

  it('the same PieceRef on two dates: two invoices, the later renamed, one warning listing both lines', () => {
    const p = run([sale(), sale({ date: '20240301', debit: 500 }), sale({ date: '20240210', debit: 700 })]);
    expect(p.invoices.map((i) => [i.number, i.issueDate, i.amountCents, i.line])).toEqual([
      ['FA1', '2024-01-15', 12_000, 2],
      ['FA1 (2)', '2024-02-10', 700, 4],
      ['FA1 (3)', '2024-03-01', 500, 3],
    ]);
    expect(issuesOf(p, 'duplicate-piece')).toEqual([
      { severity: 'warning', code: 'duplicate-piece', line: 3, params: { customer: 'Client Un (C1)', number: 'FA1', renamed: 'FA1 (3)', lines: '2, 3' } },
      { severity: 'warning', code: 'duplicate-piece', line: 4, params: { customer: 'Client Un (C1)', number: 'FA1', renamed: 'FA1 (2)', lines: '2, 4' } },
    ]);
  });

  it('the same PieceRef for two customers is two ordinary invoices', () => {
    const p = run([sale(), sale({ aux: 'C2', auxLib: 'Client Deux' })]);
    expect(p.invoices.map((i) => [i.customerReference, i.number])).toEqual([
      ['C1', 'FA1'],
      ['C2', 'FA1'],
    ]);
    expect(codes(p)).not.toContain('duplicate-piece');
  });

  it('an empty PieceRef gives "L<line>" and a warning', () => {
    const p = run([sale({ piece: '' }), bank({ piece: '' })]);
    expect(invoice(p, 'L2').amountCents).toBe(12_000);
    expect(p.credits[0]!.reference).toBe('L3');
    expect(issuesOf(p, 'missing-piece-ref')).toEqual([
      { severity: 'warning', code: 'missing-piece-ref', line: 2, params: { customer: 'Client Un (C1)', number: 'L2' } },
    ]);
  });

  it('an empty PieceDate falls back to EcritureDate, with one info for the file', () => {
    const p = run([sale(), sale({ piece: 'FA2', pieceDate: '', date: '20240120' }), sale({ piece: 'FA3', pieceDate: '', date: '20240121' })]);
    expect(invoice(p, 'FA2').issueDate).toBe('2024-01-20');
    expect(issuesOf(p, 'piece-date-missing')).toEqual([{ severity: 'info', code: 'piece-date-missing', line: 3, params: { count: 2 } }]);
  });

  it('PieceDate, when present, is the invoice date (not EcritureDate)', () => {
    const p = run([sale({ date: '20240131', pieceDate: '20240128' })]);
    expect(invoice(p, 'FA1').issueDate).toBe('2024-01-28');
    expect(invoice(p, 'FA1').dueDate).toBe('2024-02-27');
  });

  it('a negative Debit counts as a credit; a line netting to zero is ignored', () => {
    const p = run([sale(), bank({ credit: 0, debit: '-50,00', letter: '' }), sale({ piece: 'FA9', debit: 300, credit: 300 })]);
    expect(p.credits.map((c) => [c.amountCents, c.line])).toEqual([[5_000, 3]]);
    expect(p.invoices.map((i) => i.number)).toEqual(['FA1']);
    expect(openBalance(p, 'C1')).toBe(12_000 - 5_000);
  });
});

describe('FEC preset: customers', () => {
  it('customers by auxiliary account; name from CompAuxLib (never the collective "Clients" label)', () => {
    const p = run([sale({ aux: 'C2', auxLib: '' }), sale({ aux: 'C2', auxLib: 'Deux SARL', piece: 'FA2' }), sale({ aux: 'C3', auxLib: '' })]);
    expect(p.customers).toEqual([
      { reference: 'C2', name: 'Deux SARL' },
      { reference: 'C3', name: 'C3' },
    ]);
  });

  it('customers without auxiliary: one per 411 sub-account, named by CompteLib', () => {
    const p = run([
      sale({ aux: '', auxLib: '', account: '411DUPONT', accountLib: 'Dupont SA', letter: 'A' }),
      sale({ aux: '', auxLib: '', account: '411MARTIN', accountLib: 'Martin et fils', piece: 'FA2', debit: 5_000, letter: 'A' }),
      bank({ aux: '', auxLib: '', account: '411DUPONT', accountLib: 'Dupont SA', letter: 'A' }),
      bank({ aux: '', auxLib: '', account: '4110000', accountLib: '', piece: 'VIR2', credit: 100 }),
    ]);
    expect(p.customers).toEqual([
      { reference: '4110000', name: '4110000' },
      { reference: '411DUPONT', name: 'Dupont SA' },
      { reference: '411MARTIN', name: 'Martin et fils' },
    ]);
    // Letter A is per account: it pays Dupont's invoice, not Martin's.
    expect(invoice(p, 'FA1').openCents).toBe(0);
    expect(invoice(p, 'FA2').openCents).toBe(5_000);
  });

  it('a customer with only balanced lines is still listed', () => {
    const p = run([sale({ letter: 'A' }), bank({ letter: 'A' })]);
    expect(p.customers.map((c) => c.reference)).toEqual(['C1']);
    expect(openBalance(p, 'C1')).toBe(0);
  });

  it('no 411 line at all: a warning, nothing imported', () => {
    const p = run([other(), other({ account: '401000', debit: 500, credit: 0 })]);
    expect(p.customers).toEqual([]);
    expect(p.issues).toEqual([{ severity: 'warning', code: 'no-receivables', line: null }]);
  });
});

describe('FEC preset: lettering', () => {
  it('a payment lettered with its invoice pays it; an unlettered invoice stays open', () => {
    const p = run([sale({ letter: 'AA' }), sale({ piece: 'FA2', debit: 3_000 }), bank({ letter: 'AA' })]);
    expect(invoice(p, 'FA1').openCents).toBe(0);
    expect(invoice(p, 'FA2').openCents).toBe(3_000);
    expect(p.credits[0]!.unallocatedCents).toBe(0);
    expect(p.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a partial payment lettered with the invoice leaves the rest open (partial-lettering, debit side)', () => {
    const p = run([sale({ letter: 'AB' }), bank({ credit: 4_000, letter: 'AB' })]);
    expect(invoice(p, 'FA1').openCents).toBe(8_000);
    expect(p.credits[0]!.unallocatedCents).toBe(0);
    expect(issuesOf(p, 'partial-lettering')).toEqual([
      {
        severity: 'warning',
        code: 'partial-lettering',
        line: 2,
        params: { customer: 'Client Un (C1)', letter: 'AB', difference: '80,00', lines: '2, 3', context: 'debit' },
      },
    ]);
  });

  it('several payments and invoices in one group: credits pay the oldest invoices first', () => {
    const p = run([
      sale({ piece: 'FA2', date: '20240210', debit: 5_000, letter: 'C' }),
      sale({ piece: 'FA1', date: '20240110', debit: 10_000, letter: 'C' }),
      sale({ piece: 'FA3', date: '20240310', debit: 2_000, letter: 'C' }),
      bank({ credit: 6_000, letter: 'C' }),
      bank({ credit: 6_000, letter: 'C', piece: 'VIR2', date: '20240301' }),
    ]);
    expect(p.invoices.map((i) => [i.number, i.openCents])).toEqual([
      ['FA1', 0],
      ['FA2', 3_000],
      ['FA3', 2_000],
    ]);
    expect(issuesOf(p, 'partial-lettering')[0]?.params).toMatchObject({ difference: '50,00', context: 'debit', lines: '2, 3, 4, 5, 6' });
  });

  it('a fully lettered group with invoice, credit note and payment balances to zero without warning', () => {
    const p = run([
      sale({ letter: 'D' }),
      sale({ piece: 'AV1', debit: 0, credit: 2_000, letter: 'D', label: 'Avoir sur FA1' }),
      bank({ credit: 10_000, letter: 'D' }),
    ]);
    expect(invoice(p, 'FA1').openCents).toBe(0);
    expect(p.credits.map((c) => [c.kind, c.reference, c.unallocatedCents])).toEqual([
      ['credit-note', 'AV1', 0],
      ['payment', 'VIR1', 0],
    ]);
    expect(p.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a lettered group with more credit than debit: surplus unallocated, partial-lettering (credit side)', () => {
    const p = run([sale({ letter: 'E' }), bank({ credit: 15_000, letter: 'E' })]);
    expect(invoice(p, 'FA1').openCents).toBe(0);
    expect(p.credits[0]!.unallocatedCents).toBe(3_000);
    expect(issuesOf(p, 'partial-lettering')[0]).toMatchObject({ line: 2, params: { difference: '30,00', context: 'credit' } });
    expect(issuesOf(p, 'unallocated-credit')).toEqual([
      { severity: 'warning', code: 'unallocated-credit', line: 3, params: { customer: 'Client Un (C1)', count: 1, amount: '30,00', lines: '3' } },
    ]);
    expect(openBalance(p, 'C1')).toBe(-3_000);
  });

  it('the same letters on two customers are two separate groups', () => {
    const p = run([
      sale({ letter: 'AA' }),
      sale({ aux: 'C2', auxLib: 'Client Deux', piece: 'FB1', debit: 20_000, letter: 'AA' }),
      bank({ letter: 'AA' }),
    ]);
    expect(invoice(p, 'FA1').openCents).toBe(0);
    expect(invoice(p, 'FB1').openCents).toBe(20_000);
    expect(issuesOf(p, 'partial-lettering').map((i) => i.params?.customer)).toEqual(['Client Deux (C2)']);
  });

  it('letters are compared case-insensitively ("aa" partial, "AA" complete: one match)', () => {
    const p = run([sale({ letter: 'aa' }), bank({ credit: 5_000, letter: 'aa' }), bank({ credit: 7_000, letter: 'AA', piece: 'VIR2' })]);
    expect(invoice(p, 'FA1').openCents).toBe(0);
    expect(p.credits.every((c) => c.unallocatedCents === 0)).toBe(true);
    expect(codes(p)).not.toContain('partial-lettering');
  });

  it('an unlettered payment stays unallocated, even when it matches an open invoice', () => {
    const p = run([sale(), bank(), sale({ aux: 'C2', auxLib: 'Client Deux' }), bank({ aux: 'C2', auxLib: 'Client Deux', piece: 'VIR7' }), bank({ aux: 'C2', auxLib: 'Client Deux', piece: 'VIR8', credit: 50 })]);
    expect(invoice(p, 'FA1', 'C1').openCents).toBe(12_000);
    expect(p.credits.map((c) => [c.customerReference, c.unallocatedCents])).toEqual([
      ['C1', 12_000],
      ['C2', 12_000],
      ['C2', 50],
    ]);
    expect(issuesOf(p, 'unallocated-credit')).toEqual([
      { severity: 'warning', code: 'unallocated-credit', line: 3, params: { customer: 'Client Un (C1)', count: 1, amount: '120,00', lines: '3' } },
      { severity: 'warning', code: 'unallocated-credit', line: 5, params: { customer: 'Client Deux (C2)', count: 2, amount: '120,50', lines: '5, 6' } },
    ]);
    expect(openBalance(p, 'C1')).toBe(0);
  });

  it('lists at most 10 lines in a message', () => {
    const p = run(Array.from({ length: 12 }, (_, i) => bank({ piece: `V${i}`, credit: 100 })));
    expect(issuesOf(p, 'unallocated-credit')[0]?.params).toMatchObject({ count: 12, amount: '12,00', lines: '2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …' });
  });
});

describe('FEC preset: credit notes and payments', () => {
  it.each<[string, string, 'payment' | 'credit-note']>([
    ['VE', 'Ventes', 'credit-note'],
    ['VT', '', 'credit-note'],
    ['ve', 'ventes', 'credit-note'],
    ['V1', 'Ventes export', 'credit-note'],
    ['FAC', 'Factures de vente', 'credit-note'],
    ['BQ', 'Banque', 'payment'],
    ['CRC', 'CREDIT AGRICOLE', 'payment'],
    ['VIR', 'Virements reçus', 'payment'],
    ['OD', 'Opérations diverses', 'payment'],
    ['CA', 'Caisse', 'payment'],
    ['ANO', 'A nouveaux', 'payment'],
  ])('a 411 credit in journal %s "%s" is a %s', (journal, journalLib, kind) => {
    const p = run([sale(), { ...bank({ journal, journalLib, piece: 'X1' }) }]);
    expect(p.credits[0]!.kind).toBe(kind);
  });

  it('a credit note is dated by PieceDate, a payment by EcritureDate', () => {
    const p = run([
      sale({ piece: 'AV1', debit: 0, credit: 100, date: '20240205', pieceDate: '20240203' }),
      bank({ date: '20240210', pieceDate: '20240208' }),
    ]);
    expect(p.credits.map((c) => [c.kind, c.date])).toEqual([
      ['credit-note', '2024-02-03'],
      ['payment', '2024-02-10'],
    ]);
  });

  it('classifyJournal', () => {
    expect(classifyJournal('ANO', 'A nouveaux')).toEqual({ opening: true, sales: false });
    expect(classifyJournal('AD', 'A Nouveaux Détaillés')).toEqual({ opening: true, sales: false });
    expect(classifyJournal('an', '')).toEqual({ opening: true, sales: false });
    expect(classifyJournal('RAN', 'Report à nouveau')).toEqual({ opening: true, sales: false });
    expect(classifyJournal('X', 'À-nouveaux')).toEqual({ opening: true, sales: false });
    expect(classifyJournal('VEN', 'Ventes')).toEqual({ opening: false, sales: true });
    expect(classifyJournal('OD', 'Nouveautés')).toEqual({ opening: false, sales: false });
    expect(classifyJournal('BQ', 'Banque nouvelle')).toEqual({ opening: false, sales: false });
  });
});

describe('FEC preset: opening entries', () => {
  const opening = (over: Partial<FecLine> = {}): FecLine => ({
    journal: 'ANO',
    journalLib: 'A nouveaux',
    date: '20230901',
    aux: 'C1',
    auxLib: 'Client Un',
    piece: 'RAN',
    label: 'Report à nouveau',
    debit: 6_135_88,
    ...over,
  });

  it('a 411 debit in an opening journal is an opening invoice numbered AN-<customer>-<line>', () => {
    const p = run([opening(), opening({ aux: 'C2', auxLib: 'Client Deux', debit: 100 })]);
    expect(p.invoices).toEqual([
      {
        customerReference: 'C1',
        number: 'AN-C1-2',
        issueDate: '2023-09-01',
        dueDate: '2023-10-01',
        dueDateDerived: true,
        amountCents: 6_135_88,
        openCents: 6_135_88,
        label: 'Report à nouveau',
        opening: true,
        line: 2,
      },
      expect.objectContaining({ customerReference: 'C2', number: 'AN-C2-3', opening: true, openCents: 100 }),
    ]);
    expect(issuesOf(p, 'opening-balance')).toEqual([
      { severity: 'info', code: 'opening-balance', line: 2, params: { customer: 'Client Un (C1)', count: 1, amount: '6135,88' } },
      { severity: 'info', code: 'opening-balance', line: 3, params: { customer: 'Client Deux (C2)', count: 1, amount: '1,00' } },
    ]);
  });

  it.each<[string, Partial<FecLine>]>([
    ['journal "AN"', { journal: 'AN', journalLib: '' }],
    ['lowercase journal "ano"', { journal: 'ano', journalLib: '' }],
    ['journal "RAN"', { journal: 'RAN', journalLib: 'Reports' }],
    ['any journal labelled "A Nouveaux Détaillés"', { journal: 'AD', journalLib: 'A Nouveaux Détaillés', piece: 'A Nouv' }],
    ['PieceRef "RAN" in an OD journal', { journal: 'OD', journalLib: 'Opérations diverses', piece: 'RAN' }],
    ['an empty PieceRef', { piece: '' }],
    ['PieceRef "0000000"', { piece: '0000000' }],
  ])('recognised: %s', (_name, over) => {
    const p = run([opening(over)]);
    expect(p.invoices.map((i) => [i.number, i.opening])).toEqual([['AN-C1-2', true]]);
    expect(codes(p)).not.toContain('missing-piece-ref');
  });

  it('detailed opening entries keep their own PieceRef and date', () => {
    const p = run([opening({ journal: 'AD', journalLib: 'A Nouveaux Détaillés', piece: '01/2022', date: '20220131', debit: 30_900 })]);
    expect(p.invoices.map((i) => [i.number, i.issueDate, i.opening])).toEqual([['01/2022', '2022-01-31', true]]);
  });

  it('lettered credits whose invoices are in the previous year settle the unlettered opening entry', () => {
    // As in fixture 1 (CLAURE): one lump "A nouveaux", paid by two transfers lettered with letters
    // whose invoices were in the previous year's file.
    const p = run([
      opening(),
      bank({ date: '20230903', piece: 'VIR1', credit: 2_780_98, letter: 'AAAT' }),
      bank({ date: '20231007', piece: 'VIR2', credit: 3_354_90, letter: 'AAAX' }),
      sale({ date: '20231010', letter: 'AAAY' }),
      bank({ date: '20231110', piece: 'VIR3', letter: 'AAAY' }),
    ]);
    expect(p.invoices.map((i) => [i.number, i.openCents])).toEqual([
      ['AN-C1-2', 0],
      ['FA1', 0],
    ]);
    expect(p.credits.every((c) => c.unallocatedCents === 0)).toBe(true);
    expect(codes(p)).not.toContain('partial-lettering');
    expect(codes(p)).not.toContain('unallocated-credit');
    expect(issuesOf(p, 'lettering-opening')).toEqual([
      { severity: 'info', code: 'lettering-opening', line: 2, params: { customer: 'Client Un (C1)', amount: '6135,88', letters: 'AAAT, AAAX' } },
    ]);
  });

  it('surplus of lettered groups smaller than the opening entry: the rest stays open', () => {
    const p = run([opening({ debit: 10_000 }), bank({ credit: 4_000, letter: 'B' })]);
    expect(invoice(p, 'AN-C1-2').openCents).toBe(6_000);
    expect(codes(p)).toContain('lettering-opening');
    expect(codes(p)).not.toContain('partial-lettering');
  });

  it('surplus larger than the opening entries: the rest is unallocated and the group reported', () => {
    const p = run([opening({ debit: 10_000 }), bank({ credit: 14_000, letter: 'B' })]);
    expect(invoice(p, 'AN-C1-2').openCents).toBe(0);
    expect(p.credits[0]!.unallocatedCents).toBe(4_000);
    expect(issuesOf(p, 'partial-lettering')[0]?.params).toMatchObject({ letter: 'B', difference: '140,00', context: 'credit' });
    expect(codes(p)).toContain('unallocated-credit');
  });

  it('unlettered credits never settle an opening entry, nor do another customer’s letters', () => {
    const p = run([opening({ debit: 10_000 }), bank({ credit: 10_000 }), bank({ aux: 'C2', auxLib: 'Client Deux', credit: 10_000, letter: 'B' })]);
    expect(invoice(p, 'AN-C1-2').openCents).toBe(10_000);
    expect(p.credits.map((c) => c.unallocatedCents)).toEqual([10_000, 10_000]);
  });

  it('opening entries are settled oldest first', () => {
    const p = run([
      opening({ debit: 1_000, date: '20230901', piece: 'RAN' }),
      opening({ journal: 'AD', journalLib: 'A nouveaux détaillés', piece: 'F-OLD', date: '20230315', debit: 2_000 }),
      bank({ credit: 2_500, letter: 'Z' }),
    ]);
    expect(p.invoices.map((i) => [i.number, i.openCents])).toEqual([
      ['F-OLD', 0],
      ['AN-C1-2', 500],
    ]);
  });

  it('an opening credit (customer in credit at the start of the year) is an unallocated payment', () => {
    const p = run([opening({ debit: 0, credit: 500 })]);
    expect(p.credits.map((c) => [c.kind, c.amountCents, c.unallocatedCents])).toEqual([['payment', 500, 500]]);
  });
});

describe('FEC preset: errors', () => {
  it('missing mandatory columns: one error each on the header line, nothing else', () => {
    const table = fecTable([sale()], { headerLine: 3 });
    const drop = (names: string[]): Table => {
      const keep = table.header.map((h, i) => (names.includes(h) ? -1 : i)).filter((i) => i >= 0);
      return { header: keep.map((i) => table.header[i]!), rows: table.rows.map((r) => ({ line: r.line, cells: keep.map((i) => r.cells[i]!) })) };
    };
    const p = runTable(drop(['EcritureLet', 'PieceDate']), { headerLine: 3 });
    expect(p.issues).toEqual([
      { severity: 'error', code: 'missing-column', line: 3, params: { column: 'PieceDate' } },
      { severity: 'error', code: 'missing-column', line: 3, params: { column: 'EcritureLet' } },
    ]);
    expect([p.customers, p.invoices, p.credits]).toEqual([[], [], []]);

    expect(runTable(drop(['Debit', 'Credit'])).issues.map((i) => i.params?.column)).toEqual(['Debit', 'Credit']);
    expect(runTable(drop(['Credit'])).issues.map((i) => i.params?.column)).toEqual(['Credit']);
    const montantOnly = fecTable([sale()], { amounts: 'montant-sens' });
    const noSens: Table = { header: montantOnly.header.filter((h) => h !== 'Sens'), rows: [] };
    expect(runTable(noSens).issues.map((i) => i.params?.column)).toEqual(['Sens']);
    // Optional columns may be missing.
    const lean = runTable(drop(['JournalLib', 'CompteLib', 'CompAuxNum', 'CompAuxLib', 'EcritureNum', 'DateLet', 'ValidDate', 'Montantdevise', 'Idevise']));
    expect(lean.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(lean.customers).toEqual([{ reference: '411000', name: '411000' }]);
  });

  it('an empty header (not a FEC at all) lists every mandatory column', () => {
    const p = runTable({ header: [], rows: [] });
    expect(p.issues.map((i) => i.params?.column)).toEqual([
      'JournalCode',
      'EcritureDate',
      'CompteNum',
      'PieceRef',
      'PieceDate',
      'EcritureLib',
      'EcritureLet',
      'Debit',
      'Credit',
    ]);
  });

  it('bad amounts and dates on 411 lines: an error with the right line and value; the line is skipped', () => {
    // Header on line 4 (three preamble lines); data rows on lines 5..9.
    const p = run(
      [
        sale(),
        sale({ piece: 'FA2', debit: '12,5O' }),
        sale({ piece: 'FA3', date: '20240230', pieceDate: '20240115' }),
        bank({ pieceDate: '2024-13-01' }),
        sale({ piece: 'FA5', debit: '1.234.567,891' }),
      ],
      { headerLine: 4 },
    );
    expect(p.issues.filter((i) => i.severity === 'error')).toEqual([
      { severity: 'error', code: 'bad-amount', line: 6, params: { column: 'Debit', value: '12,5O' } },
      { severity: 'error', code: 'bad-date', line: 7, params: { column: 'EcritureDate', value: '20240230' } },
      { severity: 'error', code: 'bad-date', line: 8, params: { column: 'PieceDate', value: '2024-13-01' } },
      { severity: 'error', code: 'bad-amount', line: 9, params: { column: 'Debit', value: '1.234.567,891' } },
    ]);
    expect(p.invoices.map((i) => [i.number, i.line])).toEqual([['FA1', 5]]);
    expect(p.credits).toEqual([]);
  });

  it('line numbers come from the rows (blank lines skipped by the reader are not renumbered)', () => {
    const table = fecTable([sale(), sale({ piece: 'FA2', debit: 'abc' })]);
    const rows = table.rows.map((r, i) => ({ ...r, line: i === 0 ? 10 : 42 }));
    const p = runTable({ ...table, rows });
    expect(p.invoices[0]!.line).toBe(10);
    expect(issuesOf(p, 'bad-amount')[0]!.line).toBe(42);
  });

  it('short rows (missing trailing cells) do not crash', () => {
    const table = fecTable([sale()]);
    const p = runTable({ ...table, rows: [{ line: 2, cells: table.rows[0]!.cells.slice(0, 12) }] });
    expect(p.invoices.map((i) => [i.number, i.amountCents])).toEqual([['FA1', 12_000]]);
  });

  it('an invoice dated so late that its due date leaves the calendar is an error, not a crash', () => {
    const p = run([sale({ date: '99991220' })]);
    expect(issuesOf(p, 'bad-date')).toEqual([{ severity: 'error', code: 'bad-date', line: 2, params: { column: 'PieceDate', value: '9999-12-20' } }]);
  });

  it('invalid payment terms are a programming error', () => {
    expect(() => run([sale()], {}, { terms: { days: -3, rule: 'net' } })).toThrow(RangeError);
    expect(() => run([sale()], {}, { customerTerms: { C1: { days: 1.5, rule: 'net' } } })).toThrow(RangeError);
  });
});

describe('FEC preset: payment terms', () => {
  const lines = [sale(), sale({ aux: 'C2', auxLib: 'Client Deux', piece: 'FB1' }), opening2()];
  function opening2(): FecLine {
    return { journal: 'ANO', date: '20240101', aux: 'C2', auxLib: 'Client Deux', piece: 'RAN', debit: 100 };
  }

  it('company terms for everyone, the customer’s own terms when set', () => {
    const p = run(lines, {}, { terms: { days: 45, rule: 'end-of-month-then-days' }, customerTerms: { C2: { days: 60, rule: 'days-then-end-of-month' }, C9: NET30 } });
    expect(p.invoices.map((i) => [i.customerReference, i.number, i.issueDate, i.dueDate, i.dueDateDerived])).toEqual([
      ['C1', 'FA1', '2024-01-15', '2024-03-16', true], // 31/01 + 45
      ['C2', 'AN-C2-4', '2024-01-01', '2024-03-31', true], // 01/01 + 60 = 01/03 -> 31/03
      ['C2', 'FB1', '2024-01-15', '2024-03-31', true], // 15/01 + 60 = 15/03 -> 31/03
    ]);
    expect(issuesOf(p, 'due-dates-derived')[0]?.params).toEqual({
      days: 45,
      rule: 'end-of-month-then-days',
      context: 'end-of-month-then-days',
      overrides: 1,
    });
  });

  it('a customer reference that is also an Object.prototype name is not mistaken for an override', () => {
    const p = run([sale({ aux: 'constructor', auxLib: 'X' })]);
    expect(p.invoices[0]!.dueDate).toBe('2024-02-14');
  });

  it('no invoice: no due-dates remark', () => {
    const p = run([bank()]);
    expect(codes(p)).not.toContain('due-dates-derived');
  });
});

describe('FEC preset: output order', () => {
  it('customers by reference; invoices by customer, date, number; credits by customer, date, line; issues by line', () => {
    const p = run([
      sale({ aux: 'C2', auxLib: 'Deux', piece: 'B', date: '20240301' }),
      bank({ aux: 'C2', auxLib: 'Deux', date: '20240305', credit: 1 }),
      sale({ aux: 'C1', piece: 'Z', date: '20240101' }),
      sale({ aux: 'C2', auxLib: 'Deux', piece: 'A', date: '20240301' }),
      bank({ aux: 'C1', date: '20240102', credit: 1 }),
      sale({ aux: 'C10', auxLib: 'Dix', piece: 'A', date: '20240101' }),
    ]);
    expect(p.customers.map((c) => c.reference)).toEqual(['C1', 'C10', 'C2']);
    expect(p.invoices.map((i) => `${i.customerReference}/${i.number}`)).toEqual(['C1/Z', 'C10/A', 'C2/A', 'C2/B']);
    expect(p.credits.map((c) => `${c.customerReference}/${c.line}`)).toEqual(['C1/6', 'C2/3']);
    const lines = p.issues.map((i) => i.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('keeps the header name as written in error params', () => {
    const table = fecTable([sale({ debit: 'x' })], { headerCase: 'lower' });
    expect(fecHeader({ headerCase: 'lower' })).toContain('debit');
    expect(issuesOf(runTable(table), 'bad-amount')[0]?.params).toEqual({ column: 'debit', value: 'x' });
  });
});
