import { describe, expect, it } from 'vitest';
import type { Customer, Invoice, Payment } from '../../renderer/src/domain/model';
import { penaltiesForInvoices, penaltyInputsForInvoice, renderPenaltyIssue } from '../../renderer/src/domain/penalties';
import { DEFAULT_RATES } from '../../renderer/src/domain/rates/default-rates';

const stamp = '2022-01-01T00:00:00.000Z';
const customer = (kind: Customer['kind'] = 'business'): Customer => ({
  id: 'c1', reference: '411DUPONT', name: 'Menuiserie Dupont', kind, contacts: [], createdAt: stamp, updatedAt: stamp,
});
const invoice = (id: string, amountCents: number, dueDate: string, openCents = amountCents): Invoice => ({
  id, customerId: 'c1', number: `FA-${id}`, issueDate: '2022-01-15', dueDate, amountCents, sourceOpenCents: openCents, openCents,
  hold: null, source: 'import', createdAt: stamp, updatedAt: stamp,
});
const payment = (id: string, kind: Payment['kind'], date: string, allocations: [string, number][]): Payment => ({
  id, customerId: 'c1', kind, source: 'manual', date, amountCents: allocations.reduce((s, [, c]) => s + c, 0),
  allocations: allocations.map(([invoiceId, cents]) => ({ invoiceId, cents, pendingCents: 0 })), unallocatedCents: 0, createdAt: stamp,
});
const cents = (euros: number) => Math.round(euros * 100 + 1e-9);

describe('penaltyInputsForInvoice', () => {
  it('dates allocated payments, lowers the amount by credit notes and puts undated paid money on the due date', () => {
    // 1 000 € invoice, 300 € still open: 500 € paid on 10 March, 100 € credit note, 100 € paid per the accounting, date unknown.
    const inv = invoice('A', 100000, '2022-03-01', 30000);
    const facts = penaltyInputsForInvoice(
      inv,
      [
        payment('p1', 'payment', '2022-03-10', [['A', 50000], ['OTHER', 7000]]),
        payment('n1', 'credit-note', '2022-03-05', [['A', 10000]]),
        payment('p2', 'payment', '2022-03-20', [['OTHER', 12000]]),
      ],
      customer(),
    );
    expect(facts).toEqual({
      invoiceId: 'A',
      amountCents: 90000,
      dueDate: '2022-03-01',
      payments: [
        { cents: 50000, date: '2022-03-10' },
        { cents: 10000, date: '2022-03-01' },
      ],
      debtor: 'business',
      warnings: [{ code: 'undated-payment', params: { number: 'FA-A', amountCents: 10000, dueDate: '2022-03-01' } }],
    });
    expect(renderPenaltyIssue(facts.warnings[0]!)).toBe(
      'Facture FA-A : 100,00\u00a0€ réglés selon la comptabilité sans date de paiement connue, considérés comme payés à l’échéance du 01/03/2022, sans intérêts.',
    );
  });

  it('gives no warning when the allocations explain every payment, and takes the debtor kind from the customer', () => {
    const facts = penaltyInputsForInvoice(invoice('A', 100000, '2022-03-01', 60000), [payment('p1', 'payment', '2022-03-10', [['A', 40000]])], customer('consumer'));
    expect(facts.warnings).toEqual([]);
    expect(facts.debtor).toBe('consumer');
    expect(facts.payments).toEqual([{ cents: 40000, date: '2022-03-10' }]);
  });

  it('refuses an invoice of another customer', () => {
    expect(() => penaltyInputsForInvoice({ ...invoice('A', 100, '2022-03-01'), customerId: 'c2' }, [], customer())).toThrow(RangeError);
  });
});

describe('penaltiesForInvoices', () => {
  it('adds up the interest and one indemnity per invoice paid late or still late', () => {
    const invoices = [
      invoice('A', 500000, '2022-03-01'), // open: 30 days at 10 %
      invoice('B', 100000, '2022-03-16', 0), // paid on its due date
      invoice('C', 200000, '2022-02-28', 150000), // 500 € paid on 10 March
    ];
    const payments = [payment('p1', 'payment', '2022-03-16', [['B', 100000]]), payment('p2', 'payment', '2022-03-10', [['C', 50000]])];
    const summary = penaltiesForInvoices({ invoices, payments, customer: customer(), until: '2022-03-31', rates: DEFAULT_RATES });

    const a = cents(5000 * 0.1 * 30 / 365); // 41,10 €
    const c = cents(2000 * 0.1 * 10 / 365) + cents(1500 * 0.1 * 21 / 365); // 1 → 10 March on 2 000 €, 11 → 31 March on 1 500 €
    expect(summary.invoices.map((l) => [l.number, l.result.ok && l.result.interestCents, l.result.ok && l.result.indemnityCents])).toEqual([
      ['FA-A', a, 4000],
      ['FA-B', 0, 0],
      ['FA-C', c, 4000],
    ]);
    expect(summary.interestCents).toBe(a + c);
    expect(summary.indemnityCents).toBe(8000);
    expect(summary.totalCents).toBe(a + c + 8000);
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toEqual([]);
  });

  it('lists the invoices it cannot compute apart, outside the totals', () => {
    const summary = penaltiesForInvoices({
      invoices: [invoice('A', 500000, '2022-03-01'), invoice('OLD', 100000, '2016-01-31')],
      payments: [],
      customer: customer(),
      until: '2016-03-31',
      rates: DEFAULT_RATES,
    });
    expect(summary.errors).toEqual([{ invoiceId: 'OLD', number: 'FA-OLD', error: { code: 'no-rate', params: { kind: 'b2b-default', halfYear: '2016-01-01' } } }]);
    expect(summary.totalCents).toBe(0); // A is not yet due on 31 March 2016
  });

  it('passes the formal notice to consumer invoices and keeps each invoice’s own warnings', () => {
    const summary = penaltiesForInvoices({
      invoices: [invoice('A', 200000, '2024-02-15', 150000)],
      payments: [],
      customer: customer('consumer'),
      until: '2024-04-09',
      noticeDate: '2024-03-10',
      rates: DEFAULT_RATES,
    });
    const line = summary.invoices[0]!.result;
    // 500 € paid with no date: treated as paid on the due date; 1 500 € × 5,07 % × 30 / 365.
    expect(line.ok && line.interestCents).toBe(cents(1500 * 0.0507 * 30 / 365));
    expect(summary.indemnityCents).toBe(0);
    expect(summary.warnings.map((w) => w.code)).toEqual(['undated-payment']);
  });
});
