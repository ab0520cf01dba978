import { describe, expect, it } from 'vitest';
import {
  countLineEndings,
  detectLayout,
  detectLineEnding,
  looksLikeHeader,
  normalizeLineBreaks,
  prepareText,
  recognizeFec,
} from '../../renderer/src/domain/import/detect';
import { engineMessages } from '../../renderer/src/domain/import/engine-messages';
import { MAX_ISSUES_PER_CODE, readTable } from '../../renderer/src/domain/import/read-table';
import type { ReadTableIssueCode, ReadTableResult } from '../../renderer/src/domain/import/read-table';
import type { DetectionOverrides, ImportIssue } from '../../renderer/src/domain/import/types';
import { makePng } from '../support/images';
import type { FileOptions, LineEndingStyle } from '../support/import-files';
import { buildFile, concatBytes, encodeText, fecHeader, fecLine, fecRows, makeDocx, makeOle2, makePdf, makeXlsx } from '../support/import-files';

type Success = Extract<ReadTableResult, { ok: true }>;

/** Every issue seen by these tests, to check the messages against what is really emitted. */
const seen: ImportIssue[] = [];

function read(bytes: Uint8Array, overrides?: DetectionOverrides): Success {
  const result = readTable(bytes, overrides);
  if (!result.ok) throw new Error(`unexpected failure: ${JSON.stringify(result.issue)}`);
  seen.push(...result.issues);
  return result;
}

function fail(bytes: Uint8Array, overrides?: DetectionOverrides): ImportIssue {
  const result = readTable(bytes, overrides);
  if (result.ok) throw new Error(`unexpected success: ${JSON.stringify(result.detection)}`);
  seen.push(result.issue);
  return result.issue;
}

const errors = (r: Success) => r.issues.filter((i) => i.severity === 'error');
const text = (s: string) => new TextEncoder().encode(s);

const CUSTOMERS = [
  ['Numéro', 'Client', 'Date', 'Échéance', 'Montant', 'Reste dû'],
  ['F-001', 'Société Générale d’Équipement', '15/09/2026', '15/10/2026', '1 234,56', '1 234,56'],
  ['F-002', 'Bœuf & Cie', '16/09/2026', '16/10/2026', '99,00 €', '0,00'],
  ['F-003', 'Durand SARL', '17/09/2026', '17/10/2026', '-12,00', '(12,00)'],
];

describe('readTable: encodings', () => {
  it('UTF-8 without BOM', () => {
    const r = read(buildFile(CUSTOMERS).bytes);
    expect(r.detection).toMatchObject({ encoding: 'utf-8', hasBom: false, separator: ';', headerLine: 1, rowCount: 3, format: 'csv', lineEnding: 'lf' });
    expect(r.table.header).toEqual(CUSTOMERS[0]);
    expect(r.table.rows.map((row) => row.cells)).toEqual(CUSTOMERS.slice(1));
    expect(r.table.rows.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(r.issues).toEqual([]);
  });

  it('UTF-8 with BOM: the BOM is not part of the first header name', () => {
    const r = read(buildFile(CUSTOMERS, { bom: true, lineEnding: 'crlf' }).bytes);
    expect(r.detection).toMatchObject({ encoding: 'utf-8', hasBom: true, lineEnding: 'crlf' });
    expect(r.table.header[0]).toBe('Numéro');
    expect(r.table.rows[1]!.cells[1]).toBe('Bœuf & Cie');
  });

  it('Windows-1252 with é, €, œ and ’ (bytes 0x80-0x9F)', () => {
    const r = read(buildFile(CUSTOMERS, { encoding: 'windows-1252', lineEnding: 'crlf' }).bytes);
    expect(r.detection).toMatchObject({ encoding: 'windows-1252', hasBom: false });
    expect(r.table.rows.map((row) => row.cells)).toEqual(CUSTOMERS.slice(1));
    expect(r.issues).toEqual([{ severity: 'info', code: 'encoding-uncertain', line: null, params: { encoding: 'windows-1252' } }]);
  });

  it('ISO-8859-15 with €', () => {
    const rows = [
      ['Compte', 'Libellé', 'Montant'],
      ['411DUP', 'Facture cœur de métier', '12,50 €'],
      ['411DUR', 'Avoir', '€ 3,00'],
    ];
    const r = read(buildFile(rows, { encoding: 'iso-8859-15', separator: '\t' }).bytes);
    expect(r.detection).toMatchObject({ encoding: 'iso-8859-15', separator: '\t' });
    expect(r.table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
  });

  it('Latin-1 (ISO-8859-1) is read as Windows-1252, identical for its letters', () => {
    const rows = [
      ['Ref', 'Nom', 'Ville'],
      ['1', 'Hélène Müller', 'Besançon'],
    ];
    const r = read(buildFile(rows, { encoding: 'windows-1252', separator: ',' }).bytes);
    expect(r.table.rows[0]!.cells).toEqual(rows[1]);
  });

  it('the encoding can be overridden; forcing UTF-8 on a Windows-1252 file warns on the first bad line', () => {
    const file = buildFile(CUSTOMERS, { encoding: 'windows-1252' }).bytes;
    const r = read(file, { encoding: 'utf-8' });
    expect(r.detection.encoding).toBe('utf-8');
    expect(r.table.header[0]).toBe('Num\uFFFDro');
    expect(r.issues).toContainEqual({ severity: 'warning', code: 'invalid-utf8', line: 1, params: { count: expect.any(Number) as number } });
    expect(r.issues.some((i) => i.code === 'encoding-uncertain')).toBe(false);
  });

  it('a UTF-8 BOM file with a stray Latin-1 byte warns on that line', () => {
    const file = concatBytes(encodeText('Client;Ville\nDupont;Paris\n', 'utf-8', true), encodeText('Durand;Besançon\n', 'windows-1252'));
    const r = read(file);
    expect(r.detection).toMatchObject({ encoding: 'utf-8', hasBom: true });
    expect(r.issues).toEqual([{ severity: 'warning', code: 'invalid-utf8', line: 3, params: { count: 1 } }]);
  });

  it('forcing ISO-8859-15 on a Windows-1252 file is obeyed', () => {
    const r = read(buildFile(CUSTOMERS, { encoding: 'windows-1252' }).bytes, { encoding: 'iso-8859-15' });
    expect(r.detection.encoding).toBe('iso-8859-15');
    expect(r.table.rows[0]!.cells[1]).toBe('Société Générale d\u0092Équipement');
  });

  it('a DOS end-of-file mark (Ctrl-Z) at the end is ignored', () => {
    const r = read(concatBytes(buildFile(CUSTOMERS, { lineEnding: 'crlf' }).bytes, new Uint8Array([0x1a])));
    expect(r.detection.rowCount).toBe(3);
    expect(r.issues).toEqual([]);
  });
});

describe('readTable: separators and quoting', () => {
  it.each([
    ['tab', '\t'],
    ['pipe', '|'],
    ['semicolon', ';'],
    ['comma', ','],
  ])('%s', (_, separator) => {
    const r = read(buildFile(CUSTOMERS, { separator }).bytes);
    expect(r.detection.separator).toBe(separator);
    expect(r.table.rows.map((row) => row.cells)).toEqual(CUSTOMERS.slice(1));
  });

  it('quoted fields holding the separator, doubled quotes and line breaks; later rows keep their real line', () => {
    const rows = [
      ['Client', 'Adresse', 'Note'],
      ['Dupont; Fils', '12 rue de la Paix\n75002 Paris', 'dit "le patron"'],
      ['Durand', 'Bât. B\n3e étage\nporte 12', ''],
      ['Martin', 'Lyon', 'ok'],
    ];
    const built = buildFile(rows, { separator: ';', lineEnding: 'crlf' });
    expect(built.lines).toEqual([1, 2, 4, 7]);
    const r = read(built.bytes);
    expect(r.table.rows).toEqual([
      { line: 2, cells: rows[1] },
      { line: 4, cells: rows[2] },
      { line: 7, cells: rows[3] },
    ]);
    expect(r.issues).toEqual([]);
  });

  it('cells of many lines: the detection sample does not stop inside a quoted field', () => {
    const note = Array.from({ length: 12 }, (_, i) => `ligne ${i}`).join('\n');
    const rows = [['Client', 'Note', 'Montant'], ...Array.from({ length: 60 }, (_, i) => [`C${i}`, note, `${i},00`])];
    const built = buildFile(rows, { separator: ',' });
    const r = read(built.bytes);
    expect(r.detection).toMatchObject({ separator: ',', headerLine: 1, rowCount: 60 });
    expect(r.table.rows.map((row) => row.line)).toEqual(built.lines.slice(1));
    expect(r.table.rows[59]!.cells).toEqual(rows[60]);
    expect(r.issues).toEqual([]);
  });

  it('a comma file with quoted amounts ("1,284.50") is comma-separated', () => {
    const r = read(text('Num,Customer,Amount\nINV-1,"Dupont, SA","1,284.50"\nINV-2,Durand,12.00\n'));
    expect(r.detection.separator).toBe(',');
    expect(r.table.rows[0]!.cells).toEqual(['INV-1', 'Dupont, SA', '1,284.50']);
  });

  it('a semicolon file whose amounts have decimal commas stays semicolon-separated', () => {
    const r = read(text('Facture;Client;Montant;Solde\nF1;Dupont;1 234,56;100,00\nF2;Durand;12,00;12,00\nF3;Martin;5,10;0,00\n'));
    expect(r.detection.separator).toBe(';');
  });

  it('a tab FEC whose labels contain commas and semicolons stays tab-separated', () => {
    const rows = fecRows(30);
    rows.forEach((row, i) => {
      if (i > 0) row[10] = `Facture ${i}, acompte; solde`;
    });
    const r = read(buildFile(rows, { separator: '\t' }).bytes);
    expect(r.detection).toMatchObject({ separator: '\t', format: 'fec' });
  });

  it('the separator can be overridden', () => {
    const file = text('a;b,c\n1;2,3\n4;5,6\n');
    expect(read(file).detection.separator).toBe(';');
    const r = read(file, { separator: ',' });
    expect(r.detection.separator).toBe(',');
    expect(r.table.header).toEqual(['a;b', 'c']);
    expect(r.table.rows[0]!.cells).toEqual(['1;2', '3']);
  });

  it('a stray quote (a FEC label starting with ") does not swallow the following lines', () => {
    const rows = fecRows(6);
    const built = buildFile(rows, { separator: '\t' });
    const broken = built.text.replace('Facture F1003 prestation été', '"Le Bistrot" F1003');
    const r = read(text(broken));
    expect(r.detection.rowCount).toBe(6);
    expect(r.table.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(r.table.rows[2]!.cells[10]).toBe('"Le Bistrot" F1003');
    expect(r.table.rows[3]!.cells).toEqual(fecLine(4));
    expect(r.issues).toEqual([{ severity: 'warning', code: 'stray-quote', line: 4 }]);
  });

  it('a stray quote in a quoted CSV: the other quoted fields are still read as such', () => {
    const r = read(text('Client;Note;Montant\n"Dupont; Fils";ok;1\n"Le Bistrot" Paris;x;2\n"Durand; Fils";"a\nb";3\nMartin;ok;4\n'));
    expect(r.table.rows).toEqual([
      { line: 2, cells: ['Dupont; Fils', 'ok', '1'] },
      { line: 3, cells: ['"Le Bistrot" Paris', 'x', '2'] },
      { line: 4, cells: ['Durand; Fils', 'a\nb', '3'] },
      { line: 6, cells: ['Martin', 'ok', '4'] },
    ]);
    expect(r.issues).toEqual([{ severity: 'warning', code: 'stray-quote', line: 3 }]);
  });

  it('many stray quotes: every one is reported, the lines stay right', () => {
    const rows = fecRows(200);
    for (let i = 1; i < rows.length; i += 3) rows[i]![10] = `"Chez ${i}" facture`;
    // Written raw: a builder would escape these quotes.
    const r = read(text(rows.map((row) => row.join('\t')).join('\n')));
    expect(r.detection.rowCount).toBe(200);
    expect(r.table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
    expect(r.table.rows.map((row) => row.line)).toEqual(rows.slice(1).map((_, i) => i + 2));
    const stray = r.issues.filter((i) => i.code === 'stray-quote').map((i) => i.line);
    expect(stray).toEqual(rows.flatMap((_, i) => (i > 0 && (i - 1) % 3 === 0 ? [i + 1] : [])));
    expect(errors(r)).toEqual([]);
  });
});

describe('readTable: layout', () => {
  const QUICKBOOKS = [
    'Acme Inc',
    'A/R Aging Detail',
    'As of 31/10/2026',
    '',
    'Num,Customer,Date,Due Date,Amount,Open Balance',
    'INV-1001,"Dupont, SA",09/15/2026,10/15/2026,"1,284.50","1,284.50"',
    'INV-1002,Durand,09/16/2026,10/16/2026,12.00,12.00',
    '',
    'INV-1003,Martin,09/17/2026,10/17/2026,300.00,150.00',
    '',
    'TOTAL,,,,"1,596.50","1,446.50"',
  ];

  it('QuickBooks: title lines before the header are skipped', () => {
    const r = read(text(QUICKBOOKS.join('\r\n') + '\r\n'));
    expect(r.detection).toMatchObject({ separator: ',', headerLine: 5, rowCount: 4, lineEnding: 'crlf' });
    expect(r.table.header).toEqual(['Num', 'Customer', 'Date', 'Due Date', 'Amount', 'Open Balance']);
    expect(r.table.rows.map((row) => row.line)).toEqual([6, 7, 9, 11]);
    expect(r.table.rows[0]!.cells).toEqual(['INV-1001', 'Dupont, SA', '09/15/2026', '10/15/2026', '1,284.50', '1,284.50']);
    expect(r.issues).toEqual([{ severity: 'info', code: 'preamble-skipped', line: 5, params: { count: 3, headerLine: 5 } }]);
  });

  it('preamble lines padded with separators to the table width are skipped too', () => {
    const r = read(text('Balance âgée clients;;;\nau 31/10/2026;;;\n;;;\nClient;Facture;Montant;Solde\nDupont;F1;10,00;10,00\nDurand;F2;5,00;0,00\n'));
    expect(r.detection.headerLine).toBe(4);
    expect(r.table.header).toEqual(['Client', 'Facture', 'Montant', 'Solde']);
  });

  it('the header line can be overridden', () => {
    const file = text(QUICKBOOKS.join('\n'));
    const r = read(file, { headerLine: 6 });
    expect(r.detection.headerLine).toBe(6);
    expect(r.table.header[0]).toBe('INV-1001');
    expect(r.table.rows[0]!.line).toBe(7);
  });

  it('Dolibarr: a trailing separator after every field', () => {
    const rows = [
      ['Réf.', 'Tiers', 'Date', 'Montant TTC', 'Reste à payer'],
      ['FA2609-0001', 'Hélène Dupont', '2026-09-15', '1234.56', '1234.56'],
      ['FA2609-0002', 'Durand', '2026-09-16', '12', ''],
    ];
    const r = read(buildFile(rows, { separator: ',', trailingSeparator: true, encoding: 'windows-1252' }).bytes);
    expect(r.table.header).toEqual(rows[0]);
    expect(r.table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
    expect(errors(r)).toEqual([]);
  });

  it('a trailing separator on the data rows only, or on the header only', () => {
    expect(read(text('a;b;c\n1;2;3;\n4;5;6;\n')).table.rows.map((r) => r.cells)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    const r = read(text('a;b;c;\n1;2;3\n4;5;6\n'));
    expect(r.table.header).toEqual(['a', 'b', 'c']);
    expect(r.table.rows.map((row) => row.cells)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(r.issues).toEqual([]);
  });

  it('a value under an unnamed column is a column-count error', () => {
    const r = read(text('a;b;\n1;2;\n4;5;6\n'));
    expect(r.issues).toEqual([{ severity: 'error', code: 'column-count', line: 3, params: { expected: 2, found: 3 } }]);
  });

  it('fixed-width files: every field padded with spaces, cells come back trimmed', () => {
    const rows = fecRows(5);
    const r = read(buildFile(rows, { separator: '\t', padTo: 24 }).bytes);
    expect(r.detection).toMatchObject({ format: 'fec', fecAmounts: 'debit-credit' });
    expect(r.table.header).toEqual(rows[0]);
    expect(r.table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
    const right = read(buildFile(rows, { separator: '|', padTo: 30, padLeft: true }).bytes);
    expect(right.table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
  });

  it('padded amounts: spaces and no-break spaces trimmed, zeros left to the presets', () => {
    const r = read(text('Compte\tDebit\tCredit\n411\t0000000074,70\t 000000000000100,30 \n411\t\u00a012,00\u00a0\t\u202f1,00\n'));
    expect(r.table.rows.map((row) => row.cells)).toEqual([
      ['411', '0000000074,70', '000000000000100,30'],
      ['411', '12,00', '1,00'],
    ]);
  });

  it('blank lines, and lines of empty cells only, are skipped and not counted', () => {
    const r = read(text('\n\nClient;Montant\n\nDupont;1\n;\n  ;  \n\t\nDurand;2\n\n\n'));
    expect(r.detection).toMatchObject({ headerLine: 3, rowCount: 2 });
    expect(r.table.rows.map((row) => row.line)).toEqual([5, 9]);
    expect(r.issues).toEqual([]);
  });

  it('a single line file (header + one row, no final line break)', () => {
    const r = read(text('a;b\n1;2'));
    expect(r.detection.lineEnding).toBe('lf');
    expect(r.table.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });
});

describe('readTable: line endings and line numbers', () => {
  const rows = [
    ['Client', 'Adresse', 'Montant'],
    ['Dupont', 'Paris', '1'],
    ['Durand', 'Bât. B\n3e étage', '2'],
    ['Martin', 'Lyon', '3'],
  ];

  it.each<[LineEndingStyle, FileOptions['cellNewline']]>([
    ['lf', 'lf'],
    ['crlf', 'lf'],
    ['crlf', 'same'],
    ['cr', 'lf'],
    ['cr', 'same'],
    ['crcrlf', 'lf'],
    ['crcrlf', 'same'],
  ])('%s (line breaks in cells: %s)', (lineEnding, cellNewline) => {
    const built = buildFile(rows, { lineEnding, cellNewline });
    const r = read(built.bytes);
    expect(r.table.rows).toEqual([
      { line: 2, cells: rows[1] },
      { line: 3, cells: rows[2] },
      { line: 5, cells: rows[3] },
    ]);
    const uniform = cellNewline === 'same' || lineEnding === 'lf';
    expect(r.detection.lineEnding).toBe(uniform ? lineEnding : 'mixed');
  });

  it.each<LineEndingStyle>(['lf', 'crlf', 'cr', 'crcrlf'])('%s: column-count issues name the line an editor shows', (lineEnding) => {
    const file = buildFile(
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
        ['4', '5'],
        ['6', '7', '8'],
        ['9', '10', '11', '12'],
      ],
      { lineEnding, preamble: ['Titre', ''] },
    );
    const r = read(file.bytes);
    expect(r.detection).toMatchObject({ headerLine: 3, lineEnding });
    expect(errors(r)).toEqual([
      { severity: 'error', code: 'column-count', line: 5, params: { expected: 3, found: 2 } },
      { severity: 'error', code: 'column-count', line: 7, params: { expected: 3, found: 4 } },
    ]);
  });

  it('mixed line endings', () => {
    const file = buildFile(CUSTOMERS, { lineEnding: ['crlf', 'lf', 'cr'] });
    const r = read(file.bytes);
    expect(r.detection.lineEnding).toBe('mixed');
    expect(r.table.rows.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(r.table.rows.map((row) => row.cells)).toEqual(CUSTOMERS.slice(1));
  });

  it('detectLineEnding, countLineEndings, normalizeLineBreaks, prepareText', () => {
    expect(detectLineEnding('a')).toBe('none');
    expect(detectLineEnding('a\nb\n')).toBe('lf');
    expect(detectLineEnding('a\r\nb\r\n')).toBe('crlf');
    expect(detectLineEnding('a\rb\r')).toBe('cr');
    expect(detectLineEnding('a\r\r\nb\r\r\n')).toBe('crcrlf');
    expect(detectLineEnding('a\r\nb\n')).toBe('mixed');
    expect(countLineEndings('a\r\r\nb\r\nc\rd\ne\r\r')).toEqual({ lf: 1, crlf: 1, cr: 3, crcrlf: 1 });
    expect(normalizeLineBreaks('a\r\r\nb\r\nc\rd\ne\r\r')).toBe('a\nb\nc\nd\ne\n\n');
    expect(prepareText('a\r\nb')).toEqual({ text: 'a\r\nb', newline: '\r\n' });
    expect(prepareText('a\rb')).toEqual({ text: 'a\rb', newline: '\r' });
    expect(prepareText('a\r\r\nb\r\n')).toEqual({ text: 'a\nb\n', newline: '\n' });
  });
});

describe('readTable: FEC', () => {
  it.each<[string, { cashBasis?: boolean; montantSens?: boolean; headerCase?: 'spec' | 'lower' | 'upper' }, number, 'debit-credit' | 'montant-sens']>([
    ['18 columns, Debit/Credit', {}, 18, 'debit-credit'],
    ['22 columns (cash basis)', { cashBasis: true }, 22, 'debit-credit'],
    ['Montant + Sens', { montantSens: true }, 18, 'montant-sens'],
    ['Montant + Sens, cash basis, upper case', { montantSens: true, cashBasis: true, headerCase: 'upper' }, 22, 'montant-sens'],
    ['lower-case header', { headerCase: 'lower' }, 18, 'debit-credit'],
  ])('%s', (_, options, columns, fecAmounts) => {
    const rows = fecRows(40, options);
    for (const separator of ['\t', '|', ';', ',']) {
      const r = read(buildFile(rows, { separator, lineEnding: 'crlf', encoding: 'iso-8859-15' }).bytes);
      expect(r.detection).toMatchObject({ format: 'fec', fecAmounts, separator, headerLine: 1, rowCount: 40 });
      expect(r.table.header).toHaveLength(columns);
      expect(r.table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
    }
  });

  it('pipe FEC with a trailing separator, ISO-8859-15, CR CR LF', () => {
    const rows = fecRows(10, { cashBasis: true });
    const r = read(buildFile(rows, { separator: '|', trailingSeparator: true, lineEnding: 'crcrlf', encoding: 'iso-8859-15' }).bytes);
    expect(r.detection).toMatchObject({ format: 'fec', separator: '|', lineEnding: 'crcrlf', rowCount: 10 });
    expect(r.table.header).toHaveLength(22);
    expect(r.table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
    expect(r.table.rows.at(-1)!.line).toBe(11);
  });

  it('the format can be overridden both ways', () => {
    const fec = buildFile(fecRows(3), { separator: '\t' }).bytes;
    const asCsv = read(fec, { format: 'csv' });
    expect(asCsv.detection.format).toBe('csv');
    expect(asCsv.detection.fecAmounts).toBeUndefined();
    const asFec = read(buildFile(CUSTOMERS).bytes, { format: 'fec' });
    expect(asFec.detection.format).toBe('fec');
    expect(asFec.detection.fecAmounts).toBeUndefined();
  });

  it('recognizeFec', () => {
    expect(recognizeFec(fecHeader())).toEqual({ fecAmounts: 'debit-credit' });
    expect(recognizeFec(fecHeader({ montantSens: true, headerCase: 'lower' }))).toEqual({ fecAmounts: 'montant-sens' });
    expect(recognizeFec([...fecHeader()].map((h) => ` ${h.toUpperCase()} `))).toEqual({ fecAmounts: 'debit-credit' });
    // A FEC with a column missing is still recognised, so the FEC preset can name that column.
    expect(recognizeFec(fecHeader().filter((h) => h !== 'PieceRef'))).toEqual({ fecAmounts: 'debit-credit' });
    expect(recognizeFec(fecHeader().filter((h) => h !== 'Credit'))).toEqual({ fecAmounts: 'debit-credit' });
    expect(recognizeFec(['JournalCode', 'Compte', 'Debit', 'Credit'])).toBeNull();
    expect(recognizeFec(['Num', 'Customer', 'Debit', 'Credit'])).toBeNull();
  });
});

describe('readTable: broken input', () => {
  it.each([
    ['0 bytes', new Uint8Array()],
    ['spaces and line breaks', text('   \r\n\t\n  \n')],
    ['a BOM only', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['no-break spaces (Windows-1252)', new Uint8Array([0xa0, 0x0d, 0x0a, 0xa0])],
  ])('empty file: %s', (_, file) => {
    expect(fail(file)).toEqual({ severity: 'error', code: 'empty-file', line: null });
  });

  it('binary garbage', () => {
    let seed = 42;
    const garbage = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    expect(fail(garbage)).toEqual({ severity: 'error', code: 'binary-file', line: null });
  });

  it.each([
    ['a PDF renamed .csv', makePdf(), 'PDF'],
    ['an XLSX workbook', makeXlsx(), 'Excel'],
    ['an old .xls workbook', makeOle2('Workbook'), 'Excel'],
    ['a Word document', makeDocx(), 'Word'],
    ['a PNG image', makePng(3, 3), 'PNG'],
  ])('%s', (_, file, format) => {
    expect(fail(file)).toEqual({ severity: 'error', code: 'foreign-format', line: null, params: { format } });
  });

  it('a UTF-16 file (Excel "Unicode text")', () => {
    const le = Uint8Array.from(Array.from('\uFEFFClient\tMontant\r\nDupont\t12\r\n').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(fail(le)).toEqual({ severity: 'error', code: 'unsupported-encoding', line: null, params: { encoding: 'UTF-16LE' } });
  });

  it('header only', () => {
    expect(fail(text('Client;Montant\n'))).toEqual({ severity: 'error', code: 'header-only', line: 1, params: { headerLine: 1 } });
    expect(fail(text('Titre\n\nClient;Montant;Date\n\n;;\n'))).toEqual({ severity: 'error', code: 'header-only', line: 3, params: { headerLine: 3 } });
    expect(fail(buildFile(fecRows(0), { separator: '\t' }).bytes).code).toBe('header-only');
  });

  it('no header: a single column, or only numbers', () => {
    expect(fail(text('Dupont\nDurand\nMartin\n'))).toEqual({ severity: 'error', code: 'no-header', line: null });
    expect(fail(text('1;2;3\n4;5;6\n')).code).toBe('no-header');
  });

  it('a file cut in the middle of its last line', () => {
    const built = buildFile(fecRows(20), { separator: '\t' });
    const cut = built.text.slice(0, built.text.lastIndexOf('Facture F1020'));
    const r = read(text(cut));
    expect(r.detection.rowCount).toBe(20);
    expect(errors(r)).toEqual([{ severity: 'error', code: 'truncated-line', line: 21, params: { expected: 18, found: 11 } }]);
    expect(r.table.rows.at(-1)!.cells).toHaveLength(11);
  });

  it('a file cut inside a quoted field of its last line', () => {
    const r = read(text('Client;Note;Montant\nDupont;ok;1\nDurand;"pas fi'));
    expect(errors(r)).toEqual([{ severity: 'error', code: 'truncated-line', line: 3, params: { expected: 3, found: 2 } }]);
  });

  it('inconsistent column counts: one error per row, on its line, and the rows are kept', () => {
    const lines = ['Client;Facture;Montant', 'Dupont;F1;10', 'Durand;F2', '', 'Martin;F3;30;en trop', 'Petit;"F4;bis";40', 'Grand;F5;50;'];
    const r = read(text(lines.join('\n') + '\n'));
    expect(r.detection.rowCount).toBe(5);
    expect(r.issues).toEqual([
      { severity: 'error', code: 'column-count', line: 3, params: { expected: 3, found: 2 } },
      { severity: 'error', code: 'column-count', line: 5, params: { expected: 3, found: 4 } },
    ]);
    expect(r.table.rows.map((row) => row.cells)).toEqual([
      ['Dupont', 'F1', '10'],
      ['Durand', 'F2'],
      ['Martin', 'F3', '30', 'en trop'],
      ['Petit', 'F4;bis', '40'],
      ['Grand', 'F5', '50'],
    ]);
  });

  it(`more than ${MAX_ISSUES_PER_CODE} bad rows: the rest is summed up`, () => {
    // The first rows are right (so the header is found), then every row lacks a column.
    const good = Array.from({ length: 60 }, (_, i) => [String(i), 'x', 'y']);
    const bad = Array.from({ length: MAX_ISSUES_PER_CODE + 500 }, (_, i) => [String(i), 'x']);
    const r = read(buildFile([['a', 'b', 'c'], ...good, ...bad]).bytes);
    expect(r.detection.rowCount).toBe(60 + MAX_ISSUES_PER_CODE + 500);
    expect(r.issues.filter((i) => i.code === 'column-count')).toHaveLength(MAX_ISSUES_PER_CODE);
    expect(r.issues.at(-1)).toEqual({ severity: 'error', code: 'more-issues', line: null, params: { code: 'column-count', count: 500 } });
  });

  it('invalid header line overrides', () => {
    const file = buildFile(CUSTOMERS).bytes;
    expect(fail(file, { headerLine: 0 })).toEqual({ severity: 'error', code: 'header-line-invalid', line: null, params: { headerLine: '0' } });
    expect(fail(file, { headerLine: 1.5 }).code).toBe('header-line-invalid');
    expect(fail(file, { headerLine: 99 })).toEqual({ severity: 'error', code: 'header-line-invalid', line: 99, params: { headerLine: 99 } });
    expect(fail(text('Titre\nClient;Montant\nDupont;1\n'), { headerLine: 1 }).code).toBe('header-line-invalid');
    expect(fail(text('Client;Montant\n\nDupont;1\n'), { headerLine: 2 }).code).toBe('header-line-invalid');
    expect(fail(buildFile(CUSTOMERS).bytes, { headerLine: 4 }).code).toBe('header-only');
  });
});

describe('detectLayout and looksLikeHeader', () => {
  it('looksLikeHeader', () => {
    expect(looksLikeHeader(['Num', 'Customer', 'Date'])).toBe(true);
    expect(looksLikeHeader(['#', 'Client', 'Montant'])).toBe(true);
    expect(looksLikeHeader(['a', 'b', ''])).toBe(true);
    expect(looksLikeHeader(['Balance âgée', '', '', ''])).toBe(false);
    expect(looksLikeHeader(['12', '13,50', '01/02/2026'])).toBe(false);
    expect(looksLikeHeader(['F1', '12,00', '01/02/2026', '3'])).toBe(false);
  });

  it('returns null when nothing has two columns', () => {
    expect(detectLayout('a\nb\nc\n')).toBeNull();
  });

  it('a header far down (report with a long preamble) within the limit', () => {
    const preamble = Array.from({ length: 30 }, (_, i) => `Ligne de titre ${i}`);
    const r = read(buildFile(CUSTOMERS, { preamble }).bytes);
    expect(r.detection.headerLine).toBe(31);
  });
});

describe('engine messages', () => {
  const CODES: ReadTableIssueCode[] = [
    'empty-file',
    'foreign-format',
    'unsupported-encoding',
    'binary-file',
    'no-header',
    'header-line-invalid',
    'header-only',
    'column-count',
    'truncated-line',
    'stray-quote',
    'invalid-utf8',
    'encoding-uncertain',
    'preamble-skipped',
    'more-issues',
  ];
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

  it('every code has a French and an English message with the same placeholders', () => {
    expect(Object.keys(engineMessages).sort()).toEqual([...CODES].sort());
    for (const code of CODES) {
      const m = engineMessages[code]!;
      expect(m.fr.length, code).toBeGreaterThan(40);
      expect(m.en.length, code).toBeGreaterThan(40);
      expect(placeholders(m.fr), code).toEqual(placeholders(m.en));
    }
  });

  it('every issue emitted in these tests has a message whose placeholders it fills', () => {
    expect(new Set(seen.map((i) => i.code))).toEqual(new Set(CODES));
    for (const issue of seen) {
      const m = engineMessages[issue.code];
      expect(m, issue.code).toBeDefined();
      for (const name of placeholders(m!.fr)) {
        if (name === 'line') expect(issue.line, `${issue.code} uses {{line}}`).not.toBeNull();
        else expect(issue.params?.[name], `${issue.code} needs ${name}`).toBeDefined();
      }
    }
  });
});
