import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../support/cli';

const root = repoRoot;
const FIXTURES = path.resolve(root, '../shared/fixtures/fec');

/** An independent reading of a FEC: per customer, Σ debit − Σ credit on 411 lines. */
function naiveBalances(file: string): Map<string, number> {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  const header = lines[0]!.split('\t').map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const cents = (text: string) => Math.round(Number((text.trim() || '0').replace(',', '.')) * 100);
  const balances = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const account = cells[col('comptenum')]!.trim();
    if (!account.startsWith('411')) continue;
    const key = cells[col('compauxnum')]?.trim() || account;
    balances.set(key, (balances.get(key) ?? 0) + cents(cells[col('debit')]!) - cents(cells[col('credit')]!));
  }
  return balances;
}

describe('cli import-preview', () => {
  it.skipIf(!existsSync(FIXTURES)).each(['0000000001FEC20220831.txt', '000000000FEC20231231.txt'])(
    'prints the customers of %s with balances that match an independent reading',
    async (name) => {
      const file = path.join(FIXTURES, name);
      const { code, stdout } = await cli('import-preview', file);
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as {
        format: string;
        customers: { count: number; list: { reference: string; openBalanceCents: number; openItems: number }[] };
        openTotalCents: number;
        unallocatedCredits: { totalCents: number };
      };
      expect(report.format).toBe('fec');
      const naive = naiveBalances(file);
      expect(report.customers.count).toBe(naive.size);
      for (const customer of report.customers.list) {
        expect({ customer: customer.reference, balance: customer.openBalanceCents }).toEqual({
          customer: customer.reference,
          balance: naive.get(customer.reference),
        });
      }
      expect(report.openTotalCents - report.unallocatedCredits.totalCents).toBe([...naive.values()].reduce((a, b) => a + b, 0));
    },
    30_000,
  );

  it('exits 2 on a file that cannot be read, with a French message', async () => {
    const missing = await cli('import-preview', '/nonexistent/export.csv');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Fichier illisible');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'relance-cli-'));
    const pdf = path.join(dir, 'export.csv');
    await writeFile(pdf, '%PDF-1.7\n');
    const renamed = await cli('import-preview', pdf);
    expect(renamed.code).toBe(2);
    expect(JSON.parse(renamed.stdout)).toMatchObject({ readable: false, errors: [{ code: 'foreign-format' }] });
  }, 30_000);

  it('reports errors with their line numbers in a readable file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'relance-cli-'));
    const file = path.join(dir, 'balance.csv');
    await writeFile(file, 'Code client;N° facture;Date facture;Montant TTC\n411A;F-1;05/01/2026;12,3x\n411B;F-2;06/01/2026;10,00\n');
    const { code, stdout } = await cli('import-preview', file);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { errors: { line: number; message: string }[]; invoices: number };
    expect(report.errors[0]).toMatchObject({ line: 2 });
    expect(report.errors[0]!.message).toContain('12,3x');
  }, 30_000);

  it('explains its usage', async () => {
    const { code, stderr } = await cli('frobnicate');
    expect(code).toBe(1);
    expect(stderr).toContain('import-preview');
  }, 30_000);
});
