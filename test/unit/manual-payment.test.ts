import { describe, expect, it } from 'vitest';
import { planManualPayment } from '../../renderer/src/domain/manual-payment';
import type { Invoice } from '../../renderer/src/domain/model';

const invoice = (id: string, customerId: string, openCents: number, dueDate: string): Invoice => ({
  id, customerId, number: id, issueDate: '2026-01-01', dueDate, amountCents: openCents, openCents, sourceOpenCents: openCents,
  hold: null, source: 'import', createdAt: '', updatedAt: '',
});

describe('a payment typed in Relance', () => {
  it('pays the oldest invoices first and stays pending until the accounting shows it', () => {
    const result = planManualPayment({
      invoices: [invoice('b', 'c1', 30000, '2026-03-01'), invoice('a', 'c1', 20000, '2026-02-01')],
      amountCents: 35000, date: '2026-11-29', reference: 'VIR 123', id: 'p1', now: 'now',
    });
    expect(result).toMatchObject({
      ok: true,
      payment: {
        customerId: 'c1', source: 'manual', amountCents: 35000, unallocatedCents: 0, reference: 'VIR 123',
        allocations: [
          { invoiceId: 'a', cents: 20000, pendingCents: 20000 },
          { invoiceId: 'b', cents: 15000, pendingCents: 15000 },
        ],
      },
    });
    if (result.ok) expect(result.invoices.map((i) => [i.id, i.openCents])).toEqual([['b', 15000], ['a', 0]]);
  });

  it('refuses invoices of several customers, a zero amount, and invoices already paid', () => {
    const base = { amountCents: 100, date: '2026-11-29', id: 'p', now: 'n' };
    expect(planManualPayment({ ...base, invoices: [invoice('a', 'c1', 10, '2026-01-01'), invoice('b', 'c2', 10, '2026-01-01')] })).toEqual({ ok: false, error: 'several-customers' });
    expect(planManualPayment({ ...base, amountCents: 0, invoices: [invoice('a', 'c1', 10, '2026-01-01')] })).toEqual({ ok: false, error: 'amount' });
    expect(planManualPayment({ ...base, invoices: [invoice('a', 'c1', 0, '2026-01-01')] })).toEqual({ ok: false, error: 'nothing-open' });
  });
});
