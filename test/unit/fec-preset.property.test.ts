/**
 * Property-based tests of the FEC preset on random ledgers: invoices (sometimes over two lines),
 * fully / partly / over-paid lettered payments, credit notes, multi-invoice letters, unlettered
 * payments, opening balances with payments lettered against last year, non-receivable noise, letters
 * reused across customers, rows in random order. The generator keeps its own books, so every
 * expectation is computed from what was generated, not from the code under test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFecPreview } from '../../renderer/src/domain/import/fec-preset';
import type { ImportPreview, Table } from '../../renderer/src/domain/import/types';
import { fecDetection, fecTable } from '../support/fec-builder';
import type { FecLayout, FecLine } from '../support/fec-builder';

type Plan = 'none' | 'lettered-alone' | 'full' | 'two-payments' | 'credit-note' | 'partial' | 'over' | 'unlettered-payment';

interface InvoiceSpec {
  amount: number;
  day: number;
  split: boolean;
  plan: Plan;
  share: number;
  /** Share the letter of the previous invoice (one payment for several invoices). */
  joinPrevious: boolean;
}
interface CustomerSpec {
  withAux: boolean;
  invoices: InvoiceSpec[];
  opening: number | null;
  /** Payments lettered with invoices of the previous year (credit-only letters). */
  lastYearLetters: number[];
  strayCredits: number[];
}

const amount = fc.integer({ min: 1, max: 5_000_000 });
const invoiceSpec: fc.Arbitrary<InvoiceSpec> = fc.record({
  amount: fc.integer({ min: 2, max: 5_000_000 }),
  day: fc.integer({ min: 0, max: 360 }),
  split: fc.boolean(),
  plan: fc.constantFrom<Plan>('none', 'lettered-alone', 'full', 'two-payments', 'credit-note', 'partial', 'over', 'unlettered-payment'),
  share: fc.integer({ min: 1, max: 99 }),
  joinPrevious: fc.boolean(),
});
const customerSpec: fc.Arbitrary<CustomerSpec> = fc.record({
  withAux: fc.boolean(),
  invoices: fc.array(invoiceSpec, { maxLength: 7 }),
  opening: fc.option(amount, { nil: null }),
  lastYearLetters: fc.array(amount, { maxLength: 3 }),
  strayCredits: fc.array(amount, { maxLength: 2 }),
});
interface LedgerSpec {
  customers: CustomerSpec[];
  noise: number;
  order: number;
}
const ledgerSpec: fc.Arbitrary<LedgerSpec> = fc.record({
  customers: fc.array(customerSpec, { minLength: 1, maxLength: 5 }),
  noise: fc.integer({ min: 0, max: 6 }),
  order: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

const letterName = (n: number): string => {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};
const ymd = (day: number) => {
  const d = new Date(Date.UTC(2024, 0, 1 + day));
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
};

interface Books {
  lines: FecLine[];
  /** Per customer reference. */
  customers: Map<string, { debit: number; credit: number; opening: number; surplus: number; unletteredCredit: number }>;
  /** Lettered groups (per customer + letter): debits, credits and the invoices they hold. */
  groups: { customer: string; debit: number; credit: number; invoices: string[] }[];
  debitLines: number;
  creditLines: number;
}

/** Turns a spec into ledger lines and the generator's own books. */
function buildLedger(spec: LedgerSpec): Books {
  const books: Books = { lines: [], customers: new Map(), groups: [], debitLines: 0, creditLines: 0 };
  spec.customers.forEach((c, ci) => {
    const ref = c.withAux ? `CLI${ci}` : `411${String(ci).padStart(4, '0')}`;
    const base: Partial<FecLine> = c.withAux
      ? { account: '411000', accountLib: 'Clients', aux: ref, auxLib: `Client ${ci}` }
      : { account: ref, accountLib: `Client ${ci}`, aux: '', auxLib: '' };
    const own = { debit: 0, credit: 0, opening: 0, surplus: 0, unletteredCredit: 0 };
    books.customers.set(ref, own);
    let nextLetter = 0; // every customer starts at "A": letters are reused across customers
    const debit = (l: Partial<FecLine> & { date: string }, cents: number) => {
      books.lines.push({ ...base, ...l, debit: cents, credit: 0 });
      own.debit += cents;
      books.debitLines += 1;
    };
    const credit = (l: Partial<FecLine> & { date: string }, cents: number) => {
      books.lines.push({ ...base, ...l, debit: 0, credit: cents });
      own.credit += cents;
      books.creditLines += 1;
      if (!l.letter) own.unletteredCredit += cents;
    };

    if (c.opening !== null) {
      debit({ journal: 'ANO', journalLib: 'A nouveaux', date: '20240101', piece: 'RAN', label: 'Report à nouveau' }, c.opening);
      own.opening = c.opening;
    }
    for (const amountCents of c.lastYearLetters) {
      const letter = letterName(nextLetter++);
      credit({ journal: 'BQ', journalLib: 'Banque', date: '20240110', piece: `OLD${letter}`, letter }, amountCents);
      books.groups.push({ customer: ref, debit: 0, credit: amountCents, invoices: [] });
    }
    c.strayCredits.forEach((amountCents, k) => credit({ journal: 'BQ', journalLib: 'Banque', date: ymd(k * 30), piece: `STRAY${k}` }, amountCents));

    let previous: Books['groups'][number] | null = null;
    let previousLetter = '';
    c.invoices.forEach((inv, k) => {
      const number = `F${ci}-${k}`;
      const date = ymd(inv.day);
      const lettered = inv.plan !== 'none' && inv.plan !== 'unlettered-payment';
      let group: Books['groups'][number] | null = null;
      let letter = '';
      if (lettered) {
        if (inv.joinPrevious && previous !== null) {
          group = previous;
          letter = previousLetter;
        } else {
          letter = letterName(nextLetter++);
          group = { customer: ref, debit: 0, credit: 0, invoices: [] };
          books.groups.push(group);
        }
        group.debit += inv.amount;
        group.invoices.push(number);
        previous = group;
        previousLetter = letter;
      }
      const sale = { journal: 'VE', journalLib: 'Ventes', date, piece: number, label: `Facture ${number}`, letter };
      if (inv.split) {
        const first = Math.floor(inv.amount / 2);
        debit(sale, first);
        debit({ ...sale, journal: 'OD', journalLib: 'Opérations diverses' }, inv.amount - first);
      } else {
        debit(sale, inv.amount);
      }
      books.lines.push({ journal: 'VE', date, account: '706000', accountLib: 'Ventes', piece: number, credit: inv.amount, debit: 0 });
      const pay = (cents: number, piece: string, journal = 'BQ') => {
        if (cents <= 0) return;
        credit({ journal, journalLib: journal === 'BQ' ? 'Banque' : 'Ventes', date: ymd(Math.min(inv.day + 20, 364)), piece, letter }, cents);
        if (group !== null) group.credit += cents;
      };
      const part = Math.floor((inv.amount * inv.share) / 100);
      switch (inv.plan) {
        case 'full':
          pay(inv.amount, `P${number}`);
          break;
        case 'two-payments':
          pay(part, `P${number}a`);
          pay(inv.amount - part, `P${number}b`);
          break;
        case 'credit-note':
          pay(part, `AV${number}`, 'VE');
          pay(inv.amount - part, `P${number}`);
          break;
        case 'partial':
          pay(part, `P${number}`);
          break;
        case 'over':
          pay(inv.amount + inv.share * 7, `P${number}`);
          break;
        case 'unlettered-payment':
          pay(part, `P${number}`);
          break;
        default:
          break;
      }
    });
  });
  // A customer with no line at all does not exist in the file.
  for (const [ref, own] of books.customers) if (own.debit === 0 && own.credit === 0) books.customers.delete(ref);
  for (const g of books.groups) {
    const own = books.customers.get(g.customer)!;
    if (g.credit > g.debit) own.surplus += g.credit - g.debit;
  }
  for (let n = 0; n < spec.noise; n += 1) {
    books.lines.push({ journal: 'BQ', date: n % 2 ? '2024-99-99' : ymd(n), account: n % 3 ? '512000' : '401000', piece: 'X', debit: n % 2 ? 'garbage' : n * 100, credit: 0 });
  }
  // Rows in a random order (a deterministic shuffle driven by the spec).
  let seed = spec.order;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  for (let i = books.lines.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [books.lines[i], books.lines[j]] = [books.lines[j]!, books.lines[i]!];
  }
  return books;
}

const TERMS = { terms: { days: 45, rule: 'end-of-month-then-days' as const } };
const preview = (table: Table): ImportPreview => buildFecPreview(table, fecDetection(table), TERMS);

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('FEC preset: properties on random ledgers', () => {
  it('balances, bounds, lettering and line references', () => {
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const books = buildLedger(spec);
        const table = fecTable(books.lines);
        const p = preview(table);

        // No errors on a well-formed ledger; every issue points at an existing row (or the file).
        expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const rowLines = new Set(table.rows.map((r) => r.line));
        for (const issue of p.issues) if (issue.line !== null) expect(rowLines.has(issue.line)).toBe(true);

        // Bounds.
        for (const i of p.invoices) {
          expect(i.openCents).toBeGreaterThanOrEqual(0);
          expect(i.openCents).toBeLessThanOrEqual(i.amountCents);
          expect(i.dueDate >= i.issueDate).toBe(true);
        }
        for (const c of p.credits) {
          expect(c.unallocatedCents).toBeGreaterThanOrEqual(0);
          expect(c.unallocatedCents).toBeLessThanOrEqual(c.amountCents);
        }

        // Nothing lost: every 411 debit is in an invoice, every 411 credit is a credit.
        expect(sum(p.invoices.map((i) => i.amountCents))).toBe(sum([...books.customers.values()].map((c) => c.debit)));
        expect(sum(p.credits.map((c) => c.amountCents))).toBe(sum([...books.customers.values()].map((c) => c.credit)));
        expect(p.credits).toHaveLength(books.creditLines);
        expect(p.customers.map((c) => c.reference)).toEqual([...books.customers.keys()].sort());

        // Per customer, and so over the whole file: Σ open − Σ unallocated = Σ debit − Σ credit.
        let total = 0;
        for (const [ref, own] of books.customers) {
          const balance =
            sum(p.invoices.filter((i) => i.customerReference === ref).map((i) => i.openCents)) -
            sum(p.credits.filter((c) => c.customerReference === ref).map((c) => c.unallocatedCents));
          expect({ ref, balance }).toEqual({ ref, balance: own.debit - own.credit });
          total += balance;
        }
        expect(total).toBe(sum([...books.customers.values()].map((c) => c.debit - c.credit)));

        // Lettering: a group with enough credit pays all its invoices; otherwise exactly the shortfall
        // stays open over its invoices.
        for (const g of books.groups) {
          if (g.invoices.length === 0) continue;
          const open = sum(p.invoices.filter((i) => i.customerReference === g.customer && g.invoices.includes(i.number)).map((i) => i.openCents));
          expect(open).toBe(Math.max(0, g.debit - g.credit));
        }

        // Opening balance: settled by the surplus of the customer's lettered groups, never by
        // unlettered credits; what is left of the surplus stays unallocated.
        for (const [ref, own] of books.customers) {
          const opening = p.invoices.filter((i) => i.customerReference === ref && i.opening);
          const unallocated = sum(p.credits.filter((c) => c.customerReference === ref).map((c) => c.unallocatedCents));
          if (own.opening > 0) {
            expect(opening).toHaveLength(1);
            expect(opening[0]!.openCents).toBe(Math.max(0, own.opening - own.surplus));
            expect(unallocated).toBe(own.unletteredCredit + Math.max(0, own.surplus - own.opening));
          } else {
            expect(opening).toHaveLength(0);
            expect(unallocated).toBe(own.unletteredCredit + own.surplus);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the row order does not matter', () => {
    fc.assert(
      fc.property(ledgerSpec, fc.integer({ min: 1, max: 1000 }), (spec, rotate) => {
        const table = fecTable(buildLedger(spec).lines);
        const k = rotate % Math.max(1, table.rows.length);
        const rotated: Table = { header: table.header, rows: [...table.rows.slice(k), ...table.rows.slice(0, k)].reverse() };
        const a = preview(table);
        const b = preview(rotated);
        expect(b.customers).toEqual(a.customers);
        expect(b.invoices).toEqual(a.invoices);
        expect(b.credits).toEqual(a.credits);
        const key = (p: ImportPreview) => p.issues.map((i) => JSON.stringify(i)).sort();
        expect(key(b)).toEqual(key(a));
      }),
      { numRuns: 150 },
    );
  });

  it('the layout does not matter (22 columns, Montant + Sens, padded amounts, header case)', () => {
    const layouts: FecLayout[] = [
      { columns: 22 },
      { amounts: 'montant-sens', sens: 'DC' },
      { amounts: 'montant-sens', sens: '+1-1', padding: 'zero' },
      { padding: 'space', headerCase: 'upper' },
    ];
    fc.assert(
      fc.property(ledgerSpec, fc.constantFrom(...layouts), (spec, layout) => {
        // Noise lines carry deliberately broken amounts that Montant + Sens cannot express.
        const lines = buildLedger({ ...spec, noise: 0 }).lines;
        const reference = preview(fecTable(lines));
        const other = preview(fecTable(lines, layout));
        expect(other.customers).toEqual(reference.customers);
        expect(other.invoices).toEqual(reference.invoices);
        expect(other.credits).toEqual(reference.credits);
        expect(other.issues).toEqual(reference.issues);
      }),
      { numRuns: 100 },
    );
  });
});
