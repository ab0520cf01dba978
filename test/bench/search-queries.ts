/**
 * The searches of the benchmark, chosen with the app's own domain code so that each one changes
 * what the book shows (the latency probe waits for that change): the generated FEC is analysed as
 * the import worker does, turned into book rows as the book does (buildBookRows), and each
 * candidate query is run through filterBook. The expected number of rows of each query is kept to
 * check what the page shows.
 */
import { readFile } from 'node:fs/promises';
import { todayIso } from '../../renderer/src/domain/dates';
import { analyzeImport } from '../../renderer/src/domain/import/pipeline';
import { DEFAULT_FILTERS, buildBookRows, filterBook } from '../../renderer/src/domain/invoice-book';
import type { Customer, Invoice } from '../../renderer/src/domain/model';
import type { GeneratedFec } from './fec-generator';

export interface PlannedSearch {
  query: string;
  kind: 'keystrokes' | 'customer' | 'number' | 'amount' | 'reference' | 'clear';
  /** Rows the book should show for it (open invoices matching). */
  expected: number;
}

export async function planSearches(fec: GeneratedFec): Promise<PlannedSearch[]> {
  const analysis = analyzeImport(new Uint8Array(await readFile(fec.file)), { terms: { days: 30, rule: 'net' } });
  if (!analysis.ok) throw new Error(`the generated FEC does not analyse: ${analysis.issue.code}`);
  const now = new Date().toISOString();
  const customers = new Map<string, Customer>(
    analysis.preview.customers.map((c) => [
      c.reference,
      { id: c.reference, reference: c.reference, name: c.name, kind: 'business', contacts: [], createdAt: now, updatedAt: now },
    ]),
  );
  const invoices: Invoice[] = analysis.preview.invoices.map((i) => ({
    id: `${i.customerReference}/${i.number}`,
    customerId: i.customerReference,
    number: i.number,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    amountCents: i.amountCents,
    sourceOpenCents: i.openCents,
    openCents: i.openCents,
    ...(i.label !== undefined ? { label: i.label } : {}),
    hold: null,
    source: 'import',
    createdAt: now,
    updatedAt: now,
  }));
  const rows = buildBookRows(invoices, customers, todayIso());
  const count = (query: string) => filterBook(rows, { ...DEFAULT_FILTERS, query }).length;
  const all = count('');

  const open = fec.samples.open;
  const a = open[3]!;
  const b = open[11]!;
  const big = open.find((o) => o.amount.length >= 7) ?? open[20]!; // ≥ 1 000 €: has a grouped form
  const grouped = big.amount.replace(/\B(?=(\d{3})+,)/g, ' '); // "1234,56" → "1 234,56"
  const customer = fec.samples.customerNames[5] ?? fec.samples.customerNames[0]!;
  const word = (customer.split(' ').find((w) => w.length >= 5) ?? customer).toLowerCase();
  // Typing the word: from its first prefix that narrows the book (one letter often matches all).
  const firstPrefix = [1, 2, 3, 4].find((n) => count(word.slice(0, n)) < all) ?? word.length;
  const typed = [...new Set([word.slice(0, firstPrefix), word.slice(0, firstPrefix + 2), word])];

  const candidates: Omit<PlannedSearch, 'expected'>[] = [
    ...typed.map((query) => ({ query, kind: 'keystrokes' as const })),
    { query: customer, kind: 'customer' },
    { query: '', kind: 'clear' },
    { query: a.customerName, kind: 'customer' },
    { query: '', kind: 'clear' },
    { query: a.number, kind: 'number' },
    { query: '', kind: 'clear' },
    { query: b.number.slice(0, 7), kind: 'number' }, // a number prefix: a few thousand invoices
    { query: '', kind: 'clear' },
    { query: b.amount, kind: 'amount' },
    { query: '', kind: 'clear' },
    { query: grouped, kind: 'amount' },
    { query: '', kind: 'clear' },
    { query: big.customerReference, kind: 'reference' },
    { query: '', kind: 'clear' },
  ];
  // Each search must change the totals line from the previous one, or its end cannot be seen.
  const planned: PlannedSearch[] = [];
  let previous = all;
  for (const c of candidates) {
    const expected = count(c.query);
    if (expected === previous) continue;
    planned.push({ ...c, expected });
    previous = expected;
  }
  return planned;
}
