/**
 * The whole analysis, bytes in, preview out, on crafted files for every variant FORMATS.md lists.
 * The same ledger written in every layout must give the same customers, invoices and balances.
 */
import { describe, expect, it } from 'vitest';
import { analyzeImport, hasErrors, type Analysis } from '../../renderer/src/domain/import/pipeline';
import { renderIssue } from '../../renderer/src/domain/import/messages';
import { fecCells, fecHeader, type FecLayout, type FecLine } from '../support/fec-builder';
import { buildFile, type FileOptions } from '../support/import-files';

const terms = { days: 30, rule: 'net' as const };
const analyze = (bytes: Uint8Array): Extract<Analysis, { ok: true }> => {
  const result = analyzeImport(bytes, { terms });
  if (!result.ok) throw new Error(`unexpected fatal: ${result.issue.code}`);
  return result;
};

// A small ledger: two customers with accented names, a partly paid invoice, a credit note.
const ledger: FecLine[] = [
  { journal: 'VE', date: '20260105', aux: 'CDUPON', auxLib: 'Société Dupont & Fils', piece: 'FA001', label: 'Facture FA001 - pièces à 12 €', debit: 123456 },
  { journal: 'VE', date: '20260110', aux: 'CELEC', auxLib: 'Électricité Générale Œuvre', piece: 'FA002', label: 'Facture FA002', debit: 50000 },
  { journal: 'BQ', date: '20260201', aux: 'CDUPON', auxLib: 'Société Dupont & Fils', piece: 'VIR01', label: 'Virement reçu', credit: 23456, letter: 'AA' },
  { journal: 'VE', date: '20260105', aux: 'CDUPON', auxLib: 'Société Dupont & Fils', piece: 'FA001', label: 'Facture FA001', debit: 0, letter: 'AA' },
  { journal: 'VE', date: '20260215', aux: 'CELEC', auxLib: 'Électricité Générale Œuvre', piece: 'AV001', label: 'Avoir AV001', credit: 5000 },
];
// Letter the first invoice line too, so FA001 is partly paid through the AA group.
ledger[0]!.letter = 'AA';

function fecBytes(layout: FecLayout, file: FileOptions) {
  return buildFile([fecHeader(layout), ...ledger.map((l) => fecCells(l, layout))], { separator: '\t', ...file }).bytes;
}

function summary(result: Extract<Analysis, { ok: true }>) {
  return {
    customers: result.preview.customers.map((c) => [c.reference, c.name]),
    invoices: result.preview.invoices.map((i) => [i.customerReference, i.number, i.amountCents, i.openCents]),
    credits: result.preview.credits.map((c) => [c.customerReference, c.kind, c.amountCents, c.unallocatedCents]),
  };
}

describe('FEC in every layout gives the same book', () => {
  const reference = summary(analyze(fecBytes({}, {})));

  it('reads the reference ledger as expected', () => {
    expect(reference).toEqual({
      customers: [['CDUPON', 'Société Dupont & Fils'], ['CELEC', 'Électricité Générale Œuvre']],
      invoices: [['CDUPON', 'FA001', 123456, 100000], ['CELEC', 'FA002', 50000, 50000]],
      credits: [['CDUPON', 'payment', 23456, 0], ['CELEC', 'credit-note', 5000, 5000]],
    });
  });

  it.each<[string, FecLayout, FileOptions]>([
    ['pipe separator', {}, { separator: '|' }],
    ['semicolon separator', {}, { separator: ';' }],
    ['UTF-8 with BOM and CRLF', {}, { bom: true, lineEnding: 'crlf' }],
    ['Windows-1252 (Latin-1 superset) with CRLF', {}, { encoding: 'windows-1252', lineEnding: 'crlf' }],
    ['ISO-8859-15 with CR CR LF', {}, { encoding: 'iso-8859-15', lineEnding: 'crcrlf' }],
    ['old Mac CR line endings', {}, { lineEnding: 'cr' }],
    ['every field padded to a fixed width', {}, { padTo: 30 }],
    ['zero-padded amounts', { padding: 'zero' }, {}],
    ['space-padded amounts', { padding: 'space' }, {}],
    ['Montant + Sens (D/C)', { amounts: 'montant-sens', sens: 'DC' }, {}],
    ['Montant + Sens (+1/-1)', { amounts: 'montant-sens', sens: '+1-1' }, {}],
    ['22 columns (cash basis)', { columns: 22 }, {}],
    ['lower-case header', { headerCase: 'lower' }, {}],
    ['a trailing separator on every line', {}, { trailingSeparator: true }],
  ])('%s', (_label, layout, file) => {
    const result = analyze(fecBytes(layout, file));
    expect(result.detection.format).toBe('fec');
    expect(hasErrors(result.issues)).toBe(false);
    expect(summary(result)).toEqual(reference);
  });
});

describe('CSV open-items exports', () => {
  it('reads a Sage/EBP-style semicolon file in Windows-1252 with "1 234,56" and DD/MM/YYYY', () => {
    const rows = [
      ['Code client', 'Raison sociale', 'N° facture', 'Date facture', 'Échéance', 'Montant TTC', 'Reste à payer'],
      ['411DUP', 'Société Dupont', 'F-001', '05/01/2026', '04/02/2026', '1 234,56', '1 234,56'],
      ['411ELE', 'Électricité Générale', 'F-002', '15/01/2026', '14/02/2026', '2 000,00', '500,00'],
      ['411ELE', 'Électricité Générale', 'AV-01', '20/01/2026', '20/01/2026', '-100,00', '-100,00'],
    ];
    const result = analyze(buildFile(rows, { separator: ';', encoding: 'windows-1252', lineEnding: 'crlf' }).bytes);
    expect(result.detection).toMatchObject({ format: 'csv', encoding: 'windows-1252', separator: ';' });
    expect(result.preview.customers.map((c) => c.name)).toEqual(['Société Dupont', 'Électricité Générale']);
    expect(result.preview.invoices.map((i) => [i.number, i.issueDate, i.dueDate, i.amountCents, i.openCents])).toEqual([
      ['F-001', '2026-01-05', '2026-02-04', 123456, 123456],
      ['F-002', '2026-01-15', '2026-02-14', 200000, 50000],
    ]);
    expect(result.preview.credits).toMatchObject([{ kind: 'credit-note', amountCents: 10000 }]);
  });

  it('reads a QuickBooks A/R aging with title lines, US dates and "1,284.50"', () => {
    const rows = [
      ['Num', 'Customer', 'Date', 'Due Date', 'Amount', 'Open Balance'],
      ['1001', 'Acme Corp', '03/15/2026', '04/14/2026', '1,284.50', '1,284.50'],
      ['1002', 'Bolt Ltd', '02/01/2026', '03/03/2026', '2,000.00', '750.00'],
    ];
    const file = buildFile(rows, { separator: ',', preamble: ['Acme Inc', 'A/R Aging Detail', 'As of March 31, 2026', ''] });
    const result = analyze(file.bytes);
    expect(result.detection.headerLine).toBe(5);
    expect(result.preview.invoices.map((i) => [i.number, i.issueDate, i.amountCents, i.openCents, i.line])).toEqual([
      ['1001', '2026-03-15', 128450, 128450, 6],
      ['1002', '2026-02-01', 200000, 75000, 7],
    ]);
  });

  it('reads a Dolibarr-style comma file in ISO-8859-15 with a trailing separator', () => {
    const rows = [
      ['Réf. facture', 'Tiers', 'Code client', 'Date facturation', 'Date limite règlement', 'Montant TTC', 'Reste à payer'],
      ['FA2601-0001', 'Boulangerie Étoile', 'CU0001', '02/01/2026', '01/02/2026', '480.00', '480.00'],
    ];
    const result = analyze(buildFile(rows, { separator: ',', encoding: 'iso-8859-15', trailingSeparator: true }).bytes);
    expect(result.preview.customers).toMatchObject([{ reference: 'CU0001', name: 'Boulangerie Étoile' }]);
    expect(result.preview.invoices).toMatchObject([{ number: 'FA2601-0001', amountCents: 48000, dueDate: '2026-02-01' }]);
  });
});

describe('bad input gives a clear French message with the line', () => {
  const fatal = (bytes: Uint8Array) => {
    const result = analyzeImport(bytes, { terms });
    if (result.ok) throw new Error('expected a fatal issue');
    return renderIssue(result.issue);
  };

  it('an empty file, a binary file, a PDF renamed .csv', () => {
    expect(fatal(new Uint8Array())).toMatch(/vide/i);
    expect(fatal(new Uint8Array(4096).map((_, i) => (i * 131) % 256))).toMatch(/texte|binaire|lisible/i);
    expect(fatal(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))).toContain('PDF');
  });

  it('missing mandatory columns in a FEC are named', () => {
    const header = fecHeader().filter((h) => h !== 'PieceRef');
    const result = analyze(buildFile([header, ...ledger.map((l) => fecCells(l).filter((_, i) => fecHeader()[i] !== 'PieceRef'))], { separator: '\t' }).bytes);
    const error = result.issues.find((i) => i.severity === 'error')!;
    expect(renderIssue(error)).toContain('PieceRef');
  });

  it('an unreadable amount or date names its line and value', () => {
    const broken = ledger.map((l, i) => (i === 1 ? fecCells({ ...l, debit: '12,3x' }) : i === 2 ? fecCells({ ...l, date: '20261340' }) : fecCells(l)));
    const result = analyze(buildFile([fecHeader(), ...broken], { separator: '\t' }).bytes);
    const messages = result.issues.filter((i) => i.severity === 'error').map((i) => renderIssue(i));
    expect(messages.some((m) => m.includes('3') && m.includes('12,3x'))).toBe(true);
    expect(messages.some((m) => m.includes('4') && m.includes('20261340'))).toBe(true);
  });

  it('duplicate invoice numbers with different data in a CSV name both lines', () => {
    const rows = [
      ['Code client', 'Client', 'N° facture', 'Date facture', 'Montant TTC'],
      ['411A', 'Alpha', 'F-1', '01/02/2026', '100,00'],
      ['411A', 'Alpha', 'F-1', '01/02/2026', '250,00'],
    ];
    const result = analyze(buildFile(rows).bytes);
    const error = result.issues.find((i) => i.code === 'duplicate-invoice')!;
    expect(error.line).toBe(3);
    expect(renderIssue(error)).toMatch(/2/);
  });

  it('a file cut in the middle of a line says which line', () => {
    const whole = buildFile([fecHeader(), ...ledger.map((l) => fecCells(l))], { separator: '\t' }).text;
    const cut = whole.slice(0, whole.lastIndexOf('\t', whole.length - 40));
    const result = analyze(new TextEncoder().encode(cut));
    const truncated = result.issues.find((i) => i.code === 'truncated-line')!;
    expect(truncated.line).toBe(6);
    expect(renderIssue(truncated)).toContain('6');
  });
});
