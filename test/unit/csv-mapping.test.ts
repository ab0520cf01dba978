import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CSV_FIELDS,
  csvFieldSynonyms,
  detectDateOrder,
  mappingSignature,
  normaliseHeader,
  proposeMapping,
  validateMapping,
} from '../../renderer/src/domain/import/csv-mapping';
import type { CsvField, CsvMappingConfig } from '../../renderer/src/domain/import/csv-mapping';

/** The field proposed for the only column of a one-column header (undefined if none). */
function fieldOf(name: string): CsvField | undefined {
  const { columns } = proposeMapping([name]);
  return CSV_FIELDS.find((f) => columns[f] === 0);
}

describe('normaliseHeader', () => {
  it.each([
    ['N° facture', 'no facture'],
    ['Nº de facture', 'no facture'],
    ['N°Facture', 'no facture'],
    ['Invoice #', 'invoice no'],
    ["Date d'échéance", 'date echeance'],
    ['DATE ÉCHÉANCE', 'date echeance'],
    ['  Date   d’échéance (€) ', 'date echeance'],
    ['Reste à payer', 'reste payer'],
    ['Montant dû', 'montant du'],
    ['E-mail', 'e mail'],
    ['Montant TTC (EUR)', 'montant ttc'],
    ['Réf. pièce', 'ref piece'],
    ['', ''],
    ['€', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHeader(input)).toBe(expected);
  });
});

describe('proposeMapping: one header name at a time', () => {
  it.each<[string, CsvField]>([
    // invoice number
    ['N° facture', 'invoiceNumber'],
    ['Numéro de facture', 'invoiceNumber'],
    ['Numéro de pièce', 'invoiceNumber'],
    ['N° pièce', 'invoiceNumber'],
    ['Pièce', 'invoiceNumber'],
    ['Réf. pièce', 'invoiceNumber'],
    ['REF PIECE', 'invoiceNumber'],
    ['Facture', 'invoiceNumber'],
    ['Num', 'invoiceNumber'],
    ['N°', 'invoiceNumber'],
    ['Référence', 'invoiceNumber'],
    ['Invoice', 'invoiceNumber'],
    ['Invoice No', 'invoiceNumber'],
    ['Invoice No.', 'invoiceNumber'],
    ['Invoice #', 'invoiceNumber'],
    ['Invoice number', 'invoiceNumber'],
    ['Document number', 'invoiceNumber'],
    ['PieceRef', 'invoiceNumber'],
    // customer reference
    ['Code client', 'customerReference'],
    ['CODE CLIENT', 'customerReference'],
    ['Compte', 'customerReference'],
    ['Compte tiers', 'customerReference'],
    ['Compte auxiliaire', 'customerReference'],
    ['Réf client', 'customerReference'],
    ['Réf. client', 'customerReference'],
    ['N° client', 'customerReference'],
    ['Customer ID', 'customerReference'],
    ['Account', 'customerReference'],
    ['Account No.', 'customerReference'],
    ['CompAuxNum', 'customerReference'],
    // customer name
    ['Client', 'customerName'],
    ['Raison sociale', 'customerName'],
    ['Tiers', 'customerName'],
    ['Nom', 'customerName'],
    ['Nom du client', 'customerName'],
    ['Intitulé', 'customerName'],
    ['Customer', 'customerName'],
    ['Customer name', 'customerName'],
    ['Name', 'customerName'],
    ['Société', 'customerName'],
    // issue date
    ['Date', 'issueDate'],
    ['Date facture', 'issueDate'],
    ['Date de la facture', 'issueDate'],
    ['Date pièce', 'issueDate'],
    ["Date d'émission", 'issueDate'],
    ['Date emission', 'issueDate'],
    ['Invoice date', 'issueDate'],
    ['Issue date', 'issueDate'],
    ['Date (JJ/MM/AAAA)', 'issueDate'],
    // due date
    ['Échéance', 'dueDate'],
    ['ECHEANCE', 'dueDate'],
    ["Date d'échéance", 'dueDate'],
    ['Date échéance', 'dueDate'],
    ['Date limite de règlement', 'dueDate'],
    ['Due date', 'dueDate'],
    ['Due', 'dueDate'],
    // amount
    ['Montant TTC', 'amount'],
    ['Montant', 'amount'],
    ['Total TTC', 'amount'],
    ['Débit', 'amount'],
    ['Amount', 'amount'],
    ['Total', 'amount'],
    ['Montant TTC (€)', 'amount'],
    ['Montant facture', 'amount'],
    // paid amount
    ['Réglé', 'paidAmount'],
    ['Montant réglé', 'paidAmount'],
    ['Paid', 'paidAmount'],
    ['Amount paid', 'paidAmount'],
    ['Payé', 'paidAmount'],
    // contact and identity
    ['E-mail', 'email'],
    ['Email', 'email'],
    ['Courriel', 'email'],
    ['Mail', 'email'],
    ['Adresse e-mail', 'email'],
    ['Téléphone', 'phone'],
    ['Tél', 'phone'],
    ['Tél.', 'phone'],
    ['Phone', 'phone'],
    ['Adresse', 'address'],
    ['Address', 'address'],
    ['Adresse de facturation', 'address'],
    ['SIREN', 'siren'],
    ['SIRET', 'siren'],
    ['N° SIRET', 'siren'],
    // invoice label
    ['Libellé', 'label'],
    ['Désignation', 'label'],
  ])('%j → %s', (name, field) => {
    expect(fieldOf(name)).toBe(field);
  });

  // Alone, an open-amount column is proposed as the amount (see the fallback test below), so these
  // are checked beside a "Montant TTC" column.
  it.each<[string]>([
    ['Reste à payer'],
    ['Solde'],
    ['Restant dû'],
    ['Montant restant'],
    ['Montant dû'],
    ['Open balance'],
    ['Balance'],
    ['Amount due'],
    ['Outstanding'],
    ['Reste à payer TTC'],
  ])('%j → openAmount', (name) => {
    const { columns } = proposeMapping(['Montant TTC', name]);
    expect(columns).toEqual({ amount: 0, openAmount: 1 });
  });

  it.each([
    'Code postal',
    'Montant HT',
    'Total HT',
    'Montant TVA',
    'Date de règlement',
    'Mode de règlement',
    'Conditions de paiement',
    'Solde progressif',
    '0-30 jours',
    '31 à 60 jours',
    '> 90 jours',
    'Total 0-30',
    'Transaction Type',
    'Past Due',
    'Code journal',
    'Date de lettrage',
    'N° TVA intracommunautaire',
    'N° de commande',
    'Devise',
    'Ville',
    '',
  ])('%j is not proposed for any field', (name) => {
    expect(fieldOf(name)).toBeUndefined();
  });

  it('has disjoint synonym lists (one header name can only mean one field)', () => {
    const owner = new Map<string, CsvField>();
    for (const field of CSV_FIELDS) {
      for (const synonym of csvFieldSynonyms(field)) {
        expect(owner.get(synonym), `"${synonym}" in ${field} and ${owner.get(synonym)}`).toBeUndefined();
        owner.set(synonym, field);
      }
    }
  });
});

describe('proposeMapping: whole headers', () => {
  it('maps a Sage / EBP aged balance', () => {
    const header = ['Compte tiers', 'Intitulé', 'N° pièce', 'Date pièce', "Date d'échéance", 'Libellé', 'Montant TTC', 'Réglé', 'Reste à payer'];
    expect(proposeMapping(header).columns).toEqual({
      customerReference: 0,
      customerName: 1,
      invoiceNumber: 2,
      issueDate: 3,
      dueDate: 4,
      label: 5,
      amount: 6,
      paidAmount: 7,
      openAmount: 8,
    });
  });

  it('maps a Dolibarr export and ignores HT / TVA columns and the trailing empty column', () => {
    const header = ['Réf.', 'Tiers', 'Code client', 'Date facturation', 'Date limite règlement', 'Montant HT', 'Montant TVA', 'Montant TTC', 'Payé', 'Reste à payer', ''];
    expect(proposeMapping(header).columns).toEqual({
      invoiceNumber: 0,
      customerName: 1,
      customerReference: 2,
      issueDate: 3,
      dueDate: 4,
      amount: 7,
      paidAmount: 8,
      openAmount: 9,
    });
  });

  it('maps a QuickBooks A/R aging detail and proposes US dates', () => {
    const header = ['', 'Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Past Due', 'Amount', 'Open Balance'];
    const proposal = proposeMapping(header);
    expect(proposal.columns).toEqual({ issueDate: 1, invoiceNumber: 3, customerName: 4, dueDate: 5, amount: 7, openAmount: 8 });
    expect(proposal.dateOrder).toBe('MDY');
    expect(proposal.dateOrderSource).toBe('quickbooks');
  });

  it('maps a Pennylane-like English/French mix', () => {
    const header = ['Numéro de facture', 'Client', 'Customer ID', "Date d'émission", 'Due date', 'Montant TTC', 'Amount due', 'Email client', 'SIRET', 'Téléphone', 'Adresse'];
    expect(proposeMapping(header).columns).toEqual({
      invoiceNumber: 0,
      customerName: 1,
      customerReference: 2,
      issueDate: 3,
      dueDate: 4,
      amount: 5,
      openAmount: 6,
      email: 7,
      siren: 8,
      phone: 9,
      address: 10,
    });
  });

  it('prefers the more specific of two candidate columns', () => {
    // "Date facture" beats "Date", "Montant TTC" beats "Total", "Code client" beats "Compte".
    const header = ['Date', 'Date facture', 'Total', 'Montant TTC', 'Compte', 'Code client', 'Facture'];
    const { columns } = proposeMapping(header);
    expect(columns.issueDate).toBe(1);
    expect(columns.amount).toBe(3);
    expect(columns.customerReference).toBe(5);
    expect(columns.invoiceNumber).toBe(6);
  });

  it('prefers an exact match to a partial one', () => {
    const { columns } = proposeMapping(['Montant TTC facture client', 'Montant']);
    expect(columns.amount).toBe(1);
  });

  it('uses partial matches when nothing matches exactly', () => {
    const { columns } = proposeMapping(['Numéro de la facture émise', 'Date facture (JJ/MM/AAAA)', 'Montant TTC en euros', 'Raison sociale du client']);
    expect(columns).toEqual({ invoiceNumber: 0, issueDate: 1, amount: 2, customerName: 3 });
  });

  it('proposes the only balance column as the amount when there is no amount column', () => {
    expect(proposeMapping(['Facture', 'Client', 'Date', 'Solde']).columns).toEqual({
      invoiceNumber: 0,
      customerName: 1,
      issueDate: 2,
      amount: 3,
    });
  });

  it('never maps one column to two fields, nor one field to two columns (random headers)', () => {
    const pool = [...CSV_FIELDS.flatMap((f) => csvFieldSynonyms(f)), 'Montant HT', 'Code postal', 'Divers', ''];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 25 }), (header) => {
        const { columns } = proposeMapping(header);
        const used = Object.values(columns);
        expect(new Set(used).size).toBe(used.length);
        for (const index of used) expect(index).toBeGreaterThanOrEqual(0);
        for (const index of used) expect(index).toBeLessThan(header.length);
      }),
    );
  });

  it('is deterministic and does not depend on case or accents', () => {
    const a = proposeMapping(['N° FACTURE', 'CLIENT', 'DATE', 'ÉCHÉANCE', 'MONTANT TTC']);
    const b = proposeMapping(['n° facture', 'client', 'date', 'echeance', 'montant ttc']);
    expect(a).toEqual(b);
  });
});

describe('date order', () => {
  it.each<[string[], ReturnType<typeof detectDateOrder>]>([
    [['15/03/2024'], { order: 'DMY', conflict: false }],
    [['03/15/2024'], { order: 'MDY', conflict: false }],
    [['03/04/2024', '05/06/2024'], { order: null, conflict: false }],
    [['2024-03-15', '20240315'], { order: null, conflict: false }],
    [['03/04/2024', '28/02/2024'], { order: 'DMY', conflict: false }],
    [['15/03/2024', '03/15/2024'], { order: null, conflict: true }],
    [['31.12.24'], { order: 'DMY', conflict: false }],
    [['12-31-2024'], { order: 'MDY', conflict: false }],
    [['99/12/31'], { order: 'YMD', conflict: false }],
    [['15/03/2024 00:00:00'], { order: 'DMY', conflict: false }],
    [['', 'abc', '13/13/2024'], { order: null, conflict: false }],
  ])('%j → %j', (values, expected) => {
    expect(detectDateOrder(values)).toEqual(expected);
  });

  const header = ['N° facture', 'Client', 'Date', 'Échéance', 'Montant'];

  it('defaults to DMY for French files without proof', () => {
    expect(proposeMapping(header, [['F1', 'A', '01/02/2024', '03/04/2024', '1,00']])).toMatchObject({
      dateOrder: 'DMY',
      dateOrderSource: 'default',
    });
    expect(proposeMapping(header)).toMatchObject({ dateOrder: 'DMY', dateOrderSource: 'default' });
  });

  it('reads the proof in the issue or due date column', () => {
    expect(proposeMapping(header, [['F1', 'A', '01/02/2024', '03/04/2024', '1,00'], ['F2', 'A', '02/02/2024', '02/28/2024', '1,00']])).toMatchObject({
      dateOrder: 'MDY',
      dateOrderSource: 'sample',
    });
    expect(proposeMapping(header, [['F1', 'A', '13/01/2024', '', '1,00']])).toMatchObject({ dateOrder: 'DMY', dateOrderSource: 'sample' });
  });

  it('ignores date-looking values in other columns when a date column is mapped', () => {
    // "13/12/2024" in the label column proves nothing about the date columns.
    const h = ['N° facture', 'Date', 'Libellé', 'Montant'];
    expect(proposeMapping(h, [['F1', '01/02/2024', 'Acompte 13/12/2024', '1,00']]).dateOrderSource).toBe('default');
  });

  it('reports samples that contradict each other and falls back to DMY', () => {
    expect(proposeMapping(header, [['F1', 'A', '13/01/2024', '01/14/2024', '1,00']])).toMatchObject({
      dateOrder: 'DMY',
      dateOrderSource: 'conflict',
    });
  });

  it('lets a sample proof win over the QuickBooks header', () => {
    const qb = ['Date', 'Num', 'Customer', 'Due Date', 'Amount', 'Open Balance'];
    expect(proposeMapping(qb, [['25/01/2024', '1001', 'Acme', '24/02/2024', '1.00', '1.00']])).toMatchObject({
      dateOrder: 'DMY',
      dateOrderSource: 'sample',
    });
    expect(proposeMapping(qb, [['01/25/2024', '1001', 'Acme', '02/24/2024', '1.00', '1.00']]).dateOrder).toBe('MDY');
  });
});

describe('mappingSignature', () => {
  const header = ['N° facture', 'Client', "Date d'échéance", 'Montant TTC'];

  it('is stable across case, accents, punctuation, spacing and trailing empty columns', () => {
    const sig = mappingSignature(header);
    expect(mappingSignature(['N° FACTURE', 'client', 'Date échéance', ' Montant  TTC '])).toBe(sig);
    expect(mappingSignature(['Nº facture', 'Client', 'DATE D’ECHEANCE', 'Montant TTC (€)', '', ''])).toBe(sig);
    expect(sig).toBe('csv1:4:no facture|client|date echeance|montant ttc');
  });

  it('changes when columns are reordered, added or renamed (a mapping holds column indexes)', () => {
    const sig = mappingSignature(header);
    expect(mappingSignature([header[1]!, header[0]!, header[2]!, header[3]!])).not.toBe(sig);
    expect(mappingSignature([...header, 'Solde'])).not.toBe(sig);
    expect(mappingSignature(['N° facture', 'Client', "Date d'échéance", 'Montant HT'])).not.toBe(sig);
  });

  it('keeps interior empty columns in place', () => {
    expect(mappingSignature(['', 'Date', 'Num'])).not.toBe(mappingSignature(['Date', 'Num']));
  });
});

describe('validateMapping', () => {
  const header = ['Facture', 'Code client', 'Client', 'Date', 'Montant', 'Solde'];
  const valid: CsvMappingConfig = {
    columns: { invoiceNumber: 0, customerReference: 1, customerName: 2, issueDate: 3, amount: 4, openAmount: 5 },
    dateOrder: 'DMY',
  };

  it('accepts a complete mapping', () => {
    expect(validateMapping(valid, header)).toEqual([]);
  });

  it('accepts a customer name without a customer reference', () => {
    expect(validateMapping({ ...valid, columns: { invoiceNumber: 0, customerName: 2, issueDate: 3, amount: 4 } }, header)).toEqual([]);
  });

  it('reports every missing required field', () => {
    expect(validateMapping({ columns: { openAmount: 5 }, dateOrder: 'DMY' }, header)).toEqual([
      { severity: 'error', code: 'mapping-missing', line: null, params: { field: 'invoiceNumber' } },
      { severity: 'error', code: 'mapping-missing', line: null, params: { field: 'customerReference' } },
      { severity: 'error', code: 'mapping-missing', line: null, params: { field: 'issueDate' } },
      { severity: 'error', code: 'mapping-missing', line: null, params: { field: 'amount' } },
    ]);
  });

  it('reports a column used twice', () => {
    expect(validateMapping({ ...valid, columns: { ...valid.columns, openAmount: 4 } }, header)).toEqual([
      { severity: 'error', code: 'mapping-duplicate-column', line: null, params: { field: 'openAmount', otherField: 'amount', column: 'Montant' } },
    ]);
  });

  it('reports a column outside the header', () => {
    expect(validateMapping({ ...valid, columns: { ...valid.columns, email: 6, phone: -1 } }, header)).toEqual([
      { severity: 'error', code: 'mapping-bad-column', line: null, params: { field: 'email', column: '#7' } },
      { severity: 'error', code: 'mapping-bad-column', line: null, params: { field: 'phone', column: '#0' } },
    ]);
  });

  it('validates every proposal that finds the required fields', () => {
    const proposal = proposeMapping(header);
    expect(validateMapping(proposal, header)).toEqual([]);
  });
});
