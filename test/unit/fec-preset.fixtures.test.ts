/**
 * The two real FEC fixtures, checked against figures computed here independently, with a
 * deliberately naive reading of the file (split on newlines and tabs, amounts through Number) and
 * the simplest possible rules:
 * - open balance of a customer = Σ debit − Σ credit of its 411 lines (does not depend on lettering);
 * - an invoice (debit lines of one PieceRef and date) is open unless every one of its lines carries
 *   a letter whose group (account + auxiliary + letter) has at least as much credit as debit.
 * One documented difference with the preset: it also settles UNLETTERED opening entries
 * ("A nouveaux") with the credit left over in lettered groups (payments lettered with invoices of
 * the previous year, see fec-preset.ts). The naive count below applies the same idea in its crudest
 * form: a customer's opening entries are settled when the credit surplus of its lettered groups
 * reaches their total.
 * The open balance must match exactly whatever the lettering; the per-customer figures are also
 * written out below as literal numbers, read off the files by hand (awk), for the lead to eyeball.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFecPreview } from '../../renderer/src/domain/import/fec-preset';
import type { ImportPreview, Table } from '../../renderer/src/domain/import/types';
import { readFecFixture } from '../support/fec-builder';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = join(ROOT, '..', 'shared', 'fixtures', 'fec');

interface Expected {
  customers: number;
  invoices: number;
  /** reference -> [open items, open balance in cents] */
  perCustomer: Record<string, [number, number]>;
}

/** Naive per-customer figures, straight from the text. */
function naive(path: string) {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r/g, '').split('\n');
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const at = (name: string) => header.indexOf(name.toLowerCase());
  const [jc, cn, aux, pref, pdate, edate, deb, cre, let_] = [
    'JournalCode',
    'CompteNum',
    'CompAuxNum',
    'PieceRef',
    'PieceDate',
    'EcritureDate',
    'Debit',
    'Credit',
    'EcritureLet',
  ].map(at) as [number, number, number, number, number, number, number, number, number];
  const cents = (s: string | undefined) => Math.round(Number((s ?? '').trim().replace(',', '.') || '0') * 100);

  const records = lines
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => (c[cn] ?? '').startsWith('411'))
    .map((c, i) => ({
      key: c[aux] || c[cn]!,
      account: `${c[cn]}|${c[aux]}`,
      journal: (c[jc] ?? '').toUpperCase(),
      piece: c[pref] ?? '',
      date: c[pdate] || c[edate] || '',
      net: cents(c[deb]) - cents(c[cre]),
      letter: (c[let_] ?? '').toUpperCase(),
      i,
    }));

  const groupSum = new Map<string, number>();
  for (const r of records) if (r.letter) groupSum.set(`${r.account}|${r.letter}`, (groupSum.get(`${r.account}|${r.letter}`) ?? 0) + r.net);
  const covered = (r: (typeof records)[number]) => r.letter !== '' && (groupSum.get(`${r.account}|${r.letter}`) ?? 0) <= 0;

  const out = new Map<string, { balance: number; invoices: Map<string, boolean>; openingTotal: number; openingItems: number; surplus: number }>();
  const get = (k: string) => {
    let v = out.get(k);
    if (!v) out.set(k, (v = { balance: 0, invoices: new Map(), openingTotal: 0, openingItems: 0, surplus: 0 }));
    return v;
  };
  for (const r of records) {
    const c = get(r.key);
    c.balance += r.net;
    if (r.net <= 0) continue;
    const isOpening = r.journal === 'ANO' || r.journal === 'AD';
    if (isOpening && r.letter === '') {
      c.openingTotal += r.net;
      c.openingItems += 1;
    }
    // Opening lump sums (PieceRef "RAN") are one item per line; other debits group by PieceRef + date.
    const id = r.piece === 'RAN' ? `line ${r.i}` : `${r.piece}|${r.date}`;
    c.invoices.set(id, (c.invoices.get(id) ?? true) && covered(r));
  }
  for (const [g, sum] of groupSum) if (sum < 0) get(g.split('|')[1] || g.split('|')[0]!).surplus += -sum;

  return new Map(
    [...out].map(([k, c]) => {
      const simpleOpen = [...c.invoices.values()].filter((isCovered) => !isCovered).length;
      const settledOpenings = c.openingItems > 0 && c.surplus >= c.openingTotal ? c.openingItems : 0;
      return [k, { balance: c.balance, invoices: c.invoices.size, open: simpleOpen - settledOpenings }];
    }),
  );
}

function figures(p: ImportPreview) {
  return p.customers.map((c) => {
    const invoices = p.invoices.filter((i) => i.customerReference === c.reference);
    const credits = p.credits.filter((x) => x.customerReference === c.reference);
    const open = invoices.reduce((s, i) => s + i.openCents, 0);
    const unallocated = credits.reduce((s, x) => s + x.unallocatedCents, 0);
    return { reference: c.reference, name: c.name, invoices: invoices.length, openItems: invoices.filter((i) => i.openCents > 0).length, open, unallocated, balance: open - unallocated };
  });
}

const euros = (cents: number) => (cents / 100).toFixed(2);
function formatTable(file: string, rows: ReturnType<typeof figures>): string {
  const cols = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(i === 0 ? 8 : 32) : c.padStart(i < 4 ? 5 : 11))).join(' ');
  return [
    file,
    cols(['ref', 'name', 'inv', 'open#', 'open €', 'unalloc €', 'balance €']),
    ...rows.map((r) => cols([r.reference, r.name.slice(0, 32), String(r.invoices), String(r.openItems), euros(r.open), euros(r.unallocated), euros(r.balance)])),
  ].join('\n');
}
const tables: string[] = [];

const CASES: [string, Expected][] = [
  [
    '0000000001FEC20220831.txt',
    {
      customers: 17,
      invoices: 400,
      perCustomer: {
        CATTEN: [0, 0],
        CCALIX: [0, 0],
        CCUIPO: [0, 0],
        CCUISI: [0, 0],
        CDISCO: [0, 0],
        CENZA0: [0, 0],
        CFLORE: [0, 0], // opening 34,71 settled by letter AABD
        CLAURE: [1, 6_661_27], // FA 220396 (letter AABJ, no payment in the file); opening settled by AAAT + AAAX
        CMOURL: [1, 438_88], // FA 220395
        CNOURR: [1, -79_13], // FA 220272 8 115,06 open, unlettered payment 8 194,19 unallocated
        CPERR0: [1, 0], // opening 94,95 open, unlettered OD credit 94,95 (written off) unallocated
        CPERUZ: [0, 0],
        CPMTN0: [1, 18_070_04], // FA 220394
        CPRO00: [18, 27_123_29], // letters AATF (8 invoices) + AATG (10 invoices) without payment
        CRETAY: [2, 302_89], // FA 220301 + FA 220302 (letter AACO, no payment)
        CRIJK0: [0, 0],
        CROUS0: [0, 0],
      },
    },
  ],
  [
    '000000000FEC20231231.txt',
    {
      // Cash-basis retail books: the "customers" are takings by payment method, nothing lettered.
      customers: 4,
      invoices: 20,
      perCustomer: {
        CCB: [6, 1_510_52],
        CCHQ: [7, 542_00], // 6 detailed opening entries (journal AD) + 04/2023
        CESP: [6, 25_719_18],
        CVIR: [1, 0], // FAE 8 196,00 open, unlettered transfer 8 196,00 unallocated
      },
    },
  ],
];

// The fixtures live in the team's shared folder, outside this repository: skip when it is absent.
describe.skipIf(!existsSync(DIR))('FEC preset on the real fixtures', () => {
  // One small table per fixture, printed once for the lead to eyeball.
  afterAll(() => {
    if (tables.length > 0) console.log(tables.join('\n\n'));
  });

  describe.each(CASES)('%s', (file, expected) => {
    const path = join(DIR, file);
    let table: Table;
    let preview: ImportPreview;
    let rows: ReturnType<typeof figures>;
    let oracle: ReturnType<typeof naive>;
    beforeAll(() => {
      const read = readFecFixture(path);
      table = read.table;
      preview = buildFecPreview(table, read.detection, { terms: { days: 30, rule: 'net' } });
      rows = figures(preview);
      oracle = naive(path);
      tables.push(formatTable(file, rows));
    });

    it('reads without errors', () => {
      expect(preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(preview.customers).toHaveLength(expected.customers);
      expect(preview.invoices).toHaveLength(expected.invoices);
    });

    it('open balance per customer = Σ debit − Σ credit of its 411 lines (naive computation)', () => {
      expect([...oracle.keys()].sort()).toEqual(rows.map((r) => r.reference));
      for (const r of rows) expect({ customer: r.reference, balance: r.balance }).toEqual({ customer: r.reference, balance: oracle.get(r.reference)?.balance });
    });

    it('invoice count and open items per customer match the naive lettering count', () => {
      for (const r of rows) {
        const o = oracle.get(r.reference);
        expect({ customer: r.reference, invoices: r.invoices, open: r.openItems }).toEqual({ customer: r.reference, invoices: o?.invoices, open: o?.open });
      }
    });

    it('per-customer figures read off the file by hand', () => {
      expect(Object.fromEntries(rows.map((r) => [r.reference, [r.openItems, r.balance]]))).toEqual(expected.perCustomer);
    });

    it('open amounts stay within [0, amount]; every issue points at a data line', () => {
      for (const i of preview.invoices) expect(i.openCents >= 0 && i.openCents <= i.amountCents).toBe(true);
      for (const c of preview.credits) expect(c.unallocatedCents >= 0 && c.unallocatedCents <= c.amountCents).toBe(true);
      const lines = new Set(table.rows.map((r) => r.line));
      for (const issue of preview.issues) if (issue.line !== null) expect(lines.has(issue.line)).toBe(true);
    });
  });

  it('fixture 1: the remarks a user will read', () => {
    const { table, detection } = readFecFixture(join(DIR, '0000000001FEC20220831.txt'));
    const p = buildFecPreview(table, detection, { terms: { days: 45, rule: 'end-of-month-then-days' } });
    const count = (code: string, context?: string) =>
      p.issues.filter((i) => i.code === code && (context === undefined || i.params?.context === context)).length;
    expect(count('opening-balance')).toBe(7); // one "A nouveaux" line for 7 customers
    expect(count('lettering-opening')).toBe(6); // all but CPERR0 settled by letters of last year
    expect(count('partial-lettering', 'debit')).toBe(6); // invoices lettered, payment not in the file
    expect(count('partial-lettering', 'credit')).toBe(0);
    expect(count('unallocated-credit')).toBe(2); // CNOURR, CPERR0
    expect(count('due-dates-derived')).toBe(1);
    expect(p.invoices.filter((i) => i.opening).map((i) => i.number)).toEqual([
      'AN-CFLORE-43',
      'AN-CLAURE-44',
      'AN-CPERR0-45',
      'AN-CPERUZ-46',
      'AN-CPMTN0-47',
      'AN-CPRO00-48',
      'AN-CROUS0-49',
    ]);
    const creditNotes = p.credits.filter((c) => c.kind === 'credit-note');
    expect(creditNotes.length).toBeGreaterThan(0);
    expect(creditNotes.every((c) => c.reference.startsWith('AV'))).toBe(true); // "AV  220187"...
    expect(p.credits.filter((c) => c.kind === 'payment').every((c) => !c.reference.startsWith('AV'))).toBe(true);
  });

  it('fixture 2: detailed opening entries keep their references', () => {
    const { table, detection } = readFecFixture(join(DIR, '000000000FEC20231231.txt'));
    const p = buildFecPreview(table, detection, { terms: { days: 30, rule: 'net' } });
    expect(p.invoices.filter((i) => i.opening).map((i) => `${i.number} ${i.issueDate}`)).toEqual([
      '01/2022 2022-01-31',
      '02/2022 2022-02-28',
      '03/2022 2022-03-31',
      '04/2022 2022-04-30',
      '06/2022 2022-06-30',
      '12/2022 2022-12-31',
    ]);
  });
});
