import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import joursFeries from '@socialgouv/jours-feries';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../support/cli';

const FIXTURES = path.resolve(repoRoot, '../shared/fixtures/fec');

interface Report {
  today: string;
  scenario: { id: string; name: string };
  actions: {
    date: string;
    originalDate: string;
    customer: { reference: string; name: string };
    action: string;
    invoices: string[];
    drivingInvoice: string;
    overdue: boolean;
  }[];
}

/** Business day by an independent reading: no weekend, no public holiday of metropolitan France. */
function isBusinessDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const local = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return !Object.values(joursFeries(y)).some((holiday) => local(holiday) === iso);
}

/** What every plan must look like, whatever the file. */
function checkShape(report: Report) {
  const steps = ['courtesy-email', 'email-reminder', 'call', 'letter-1', 'letter-2', 'formal-notice', 'litigation-review'];
  const byCustomer = new Map<string, Report['actions']>();
  report.actions.forEach((a, i) => {
    expect({ date: a.date, business: isBusinessDay(a.date) }).toEqual({ date: a.date, business: true });
    expect(a.date >= a.originalDate).toBe(true);
    expect(a.overdue).toBe(a.date < report.today);
    expect(a.invoices).toContain(a.drivingInvoice);
    const previous = report.actions[i - 1];
    if (previous) {
      expect(previous.date < a.date || (previous.date === a.date && previous.customer.reference.localeCompare(a.customer.reference) <= 0)).toBe(true);
    }
    byCustomer.set(a.customer.reference, [...(byCustomer.get(a.customer.reference) ?? []), a]);
  });
  for (const [, actions] of byCustomer) {
    // Grouped: one ladder per customer, one driving invoice, the steps in the scenario's order.
    expect(new Set(actions.map((a) => a.drivingInvoice)).size).toBe(1);
    const order = actions.map((a) => steps.indexOf(a.action));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    // At most one step still to come per customer: the next one.
    expect(actions.filter((a) => a.date > report.today).length).toBeLessThanOrEqual(1);
    // Nothing done yet: one rung at a time, a single action per customer.
    expect(actions).toHaveLength(1);
  }
  return byCustomer;
}

describe('cli schedule', () => {
  it('plans the default scenario on a CSV export: one ladder per customer, business days, nothing under 10 €', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'relance-cli-schedule-'));
    const file = path.join(dir, 'balance.csv');
    await writeFile(
      file,
      [
        'N° facture;Code client;Client;Date;Échéance;Montant TTC;Reste à payer',
        'FA-2;C001;Dupont SARL;05/02/2026;10/03/2026;300,00;300,00',
        'FA-1;C001;Dupont SARL;01/02/2026;02/03/2026;1200,00;1200,00',
        'FA-9;C001;Dupont SARL;01/01/2026;15/02/2026;80,00;0,00',
        'FA-3;C002;Martin & fils;01/02/2026;27/03/2026;450,00;450,00',
        'FA-4;C003;Petit;01/02/2026;04/03/2026;9,99;9,99',
        'FA-5;C004;Lefèvre;01/03/2026;09/04/2026;500,00;500,00',
      ].join('\n'),
    );
    const { code, stdout } = await cli('schedule', file, '--today', '2026-04-01');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.today).toBe('2026-04-01');
    expect(report.scenario.id).toBe('default');
    const byCustomer = checkShape(report);
    expect([...byCustomer.keys()].sort()).toEqual(['C001', 'C002', 'C004']);

    const line = (a: Report['actions'][number]) => `${a.date} ${a.originalDate} ${a.action} ${a.invoices.join('+')}${a.overdue ? ' en retard' : ''}`;
    // Dupont: FA-1 (due Monday 2 March) drives, FA-2 rides along; FA-9 is paid. Late for a month
    // with nothing done: the e-mail reminder of J+3 (Thursday 5 March), not the whole ladder, and
    // no courtesy e-mail any more.
    expect(byCustomer.get('C001')!.map(line)).toEqual(['2026-03-05 2026-03-05 email-reminder FA-1+FA-2 en retard']);
    // Martin: due Friday 27 March, J+3 Monday 30 March.
    expect(byCustomer.get('C002')!.map(line)).toEqual(['2026-03-30 2026-03-30 email-reminder FA-3 en retard']);
    // Lefèvre: due Thursday 9 April, not late: J-3 is Easter Monday 6 April → Tuesday 7.
    expect(byCustomer.get('C004')!.map(line)).toEqual(['2026-04-07 2026-04-06 courtesy-email FA-5']);
  }, 30_000);

  it.skipIf(!existsSync(FIXTURES)).each([
    ['0000000001FEC20220831.txt', '2022-09-01'],
    ['000000000FEC20231231.txt', '2024-01-02'],
  ])('plans sensible follow-ups for the real FEC %s', async (name, today) => {
    const file = path.join(FIXTURES, name);
    const [planned, preview] = await Promise.all([cli('schedule', file, '--today', today), cli('import-preview', file)]);
    expect(planned.code).toBe(0);
    const report = JSON.parse(planned.stdout) as Report;
    expect(report.actions.length).toBeGreaterThan(0);
    const byCustomer = checkShape(report);
    // Only customers who owe at least 10 € are chased, and each of them is.
    const owing = (JSON.parse(preview.stdout) as { customers: { list: { reference: string; openItems: number; openBalanceCents: number }[] } }).customers.list;
    const expected = owing.filter((c) => c.openItems > 0 && c.openBalanceCents >= 1000).map((c) => c.reference).sort();
    expect([...byCustomer.keys()].sort()).toEqual(expected);
  }, 60_000);

  it('explains its usage and refuses a file it cannot read', async () => {
    const noToday = await cli('schedule', 'export.csv');
    expect(noToday.code).toBe(1);
    expect(noToday.stderr).toContain('--today attend une date AAAA-MM-JJ');
    const badDate = await cli('schedule', 'export.csv', '--today', '2026-02-30');
    expect(badDate.code).toBe(1);
    const missing = await cli('schedule', '/nonexistent/export.csv', '--today', '2026-04-01');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Fichier illisible');
  }, 30_000);
});
