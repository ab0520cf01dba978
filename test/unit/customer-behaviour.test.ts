import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentBehaviour, settlementDate } from '../../renderer/src/domain/customer-behaviour';
import { newManualInvoice } from '../../renderer/src/domain/customer-invoice-entry';
import { planCredit } from '../../renderer/src/domain/customer-payment-entry';
import { addDays } from '../../renderer/src/domain/dates';
import type { Invoice, Payment } from '../../renderer/src/domain/model';

const invoice = (id: string, amountCents: number, extra: Partial<Invoice> = {}): Invoice => ({
  id, customerId: 'c1', number: id, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents,
  sourceOpenCents: amountCents, openCents: 0, hold: null, source: 'import', createdAt: '', updatedAt: '', ...extra,
});
const pay = (id: string, date: string, allocations: Payment['allocations'], kind: Payment['kind'] = 'payment'): Payment => ({
  id, customerId: 'c1', kind, source: 'manual', date, amountCents: allocations.reduce((s, a) => s + a.cents, 0),
  allocations, unallocatedCents: 0, createdAt: '',
});
const dated = (date: string, cents: number, pendingCents = cents, kind: Payment['kind'] = 'payment') => ({ date, kind, cents, pendingCents });

describe('settlement date of one invoice', () => {
  it('is the latest Relance payment when Relance recorded the whole amount', () => {
    expect(settlementDate(invoice('a', 1000), [dated('2026-10-10', 400), dated('2026-10-20', 600, 0)])).toEqual({ known: true, paidOn: '2026-10-20' });
  });

  it('is known when the accounting has not yet shown the last payment typed in Relance', () => {
    // Imported 1 000 with 600 still open; 600 typed in Relance, pending.
    const inv = invoice('a', 1000, { sourceOpenCents: 600 });
    expect(settlementDate(inv, [dated('2026-10-12', 600)])).toEqual({ known: true, paidOn: '2026-10-12' });
  });

  it('is unknown when the accounting settled (part of) it without a date', () => {
    expect(settlementDate(invoice('a', 1000, { sourceOpenCents: 0 }), [])).toEqual({ known: false, reason: 'no-payment-date' });
    // 400 typed in Relance and absorbed; the other 600 came from the accounting, date unknown.
    expect(settlementDate(invoice('a', 1000, { sourceOpenCents: 0 }), [dated('2026-10-10', 400, 0)])).toEqual({ known: false, reason: 'no-payment-date' });
  });

  it('leaves out open invoices, balances brought forward and invoices cancelled by credit notes', () => {
    expect(settlementDate(invoice('a', 1000, { openCents: 1 }), [])).toEqual({ known: false, reason: 'not-paid' });
    expect(settlementDate(invoice('a', 1000, { opening: true }), [dated('2026-10-10', 1000)])).toEqual({ known: false, reason: 'opening' });
    expect(settlementDate(invoice('a', 1000), [dated('2026-10-10', 1000, 1000, 'credit-note')])).toEqual({ known: false, reason: 'credit-notes-only' });
  });

  it('counts a credit note that finishes an invoice otherwise paid', () => {
    expect(settlementDate(invoice('a', 1000), [dated('2026-10-10', 700), dated('2026-10-30', 300, 300, 'credit-note')])).toEqual({ known: true, paidOn: '2026-10-30' });
  });
});

describe('payment behaviour of a customer', () => {
  it('averages days late over paid invoices with a known date (paying early counts as 0)', () => {
    const invoices = [
      invoice('on-time', 1000, { dueDate: '2026-10-01' }),
      invoice('late-20', 1000, { dueDate: '2026-10-01' }),
      invoice('early', 1000, { dueDate: '2026-10-31' }),
      invoice('imported-paid', 1000, { sourceOpenCents: 0 }),
      invoice('open', 1000, { openCents: 1000 }),
      invoice('AN', 1000, { opening: true }),
    ];
    const payments = [
      pay('p1', '2026-10-01', [{ invoiceId: 'on-time', cents: 1000, pendingCents: 1000 }]),
      pay('p2', '2026-10-21', [{ invoiceId: 'late-20', cents: 1000, pendingCents: 1000 }]),
      pay('p3', '2026-10-05', [{ invoiceId: 'early', cents: 1000, pendingCents: 1000 }]),
    ];
    const behaviour = paymentBehaviour(invoices, payments);
    expect(behaviour).toMatchObject({
      counted: 3, paidLate: 1, shareLate: 1 / 3, averageDaysLate: 20 / 3, maxDaysLate: 20,
      excluded: { noPaymentDate: 1, opening: 1, creditNotesOnly: 0 },
    });
    expect(behaviour.timings.find((t) => t.invoiceId === 'late-20')).toEqual({ invoiceId: 'late-20', dueDate: '2026-10-01', paidOn: '2026-10-21', daysLate: 20 });
  });

  it('has no figures, rather than zeros, when no payment date is known', () => {
    expect(paymentBehaviour([invoice('a', 1000, { sourceOpenCents: 0 })], [])).toMatchObject({
      counted: 0, shareLate: null, averageDaysLate: null, maxDaysLate: 0, excluded: { noPaymentDate: 1 },
    });
  });

  it('keeps its figures in bounds and matches the typed payments on random histories', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: 1, max: 100_000 }), due: fc.integer({ min: 0, max: 200 }) }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ amount: fc.integer({ min: 1, max: 150_000 }), day: fc.integer({ min: 0, max: 300 }) }), { maxLength: 10 }),
        (rows, receipts) => {
          let invoices = rows.map((r, i) =>
            newManualInvoice({ number: `F${i}`, issueDate: '2026-01-01', dueDate: addDays('2026-01-01', r.due), amountCents: r.amount }, 'c1', `i${i}`, 'now'),
          );
          const payments: Payment[] = [];
          // Receipts in date order, oldest first: like the bank statement they are typed from.
          [...receipts].sort((a, b) => a.day - b.day).forEach((r, n) => {
            const planned = planCredit({
              customerId: 'c1', invoices, id: `p${n}`, today: '2027-12-31', now: 'now',
              entry: { kind: 'payment', amountCents: r.amount, date: addDays('2026-01-01', r.day), allocation: { mode: 'oldest-first' } },
            });
            if (!planned.ok) throw new Error(planned.error);
            invoices = invoices.map((i) => planned.plan.invoices.find((u) => u.id === i.id) ?? i);
            payments.push(planned.plan.payment);
          });
          const behaviour = paymentBehaviour(invoices, payments);
          const paid = invoices.filter((i) => i.openCents === 0);
          // Everything was typed in Relance: every paid invoice has a date.
          expect(behaviour.counted).toBe(paid.length);
          expect(behaviour.excluded).toEqual({ noPaymentDate: 0, opening: 0, creditNotesOnly: 0 });
          if (behaviour.counted === 0) {
            expect(behaviour.shareLate).toBeNull();
            expect(behaviour.averageDaysLate).toBeNull();
          } else {
            expect(behaviour.shareLate!).toBeGreaterThanOrEqual(0);
            expect(behaviour.shareLate!).toBeLessThanOrEqual(1);
            expect(behaviour.averageDaysLate!).toBeGreaterThanOrEqual(0);
            expect(behaviour.averageDaysLate!).toBeLessThanOrEqual(behaviour.maxDaysLate);
            expect(behaviour.paidLate).toBe(behaviour.timings.filter((t) => t.daysLate > 0).length);
          }
          for (const t of behaviour.timings) {
            const allocationDates = payments.filter((p) => p.allocations.some((a) => a.invoiceId === t.invoiceId)).map((p) => p.date);
            expect(t.paidOn).toBe(allocationDates.sort().at(-1));
          }
        },
      ),
    );
  });
});
