import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceOf, buildStatement, inAccountingCents, type StatementLine } from '../../renderer/src/domain/customer-statement';
import { summariseCustomer } from '../../renderer/src/domain/customer-summary';
import { newManualInvoice } from '../../renderer/src/domain/customer-invoice-entry';
import { planCredit, type AllocationChoice } from '../../renderer/src/domain/customer-payment-entry';
import { reconcile } from '../../renderer/src/domain/import/reconcile';
import type { ImportPreview } from '../../renderer/src/domain/import/types';
import type { Customer, Invoice, Payment } from '../../renderer/src/domain/model';

const TODAY = '2026-11-29';

const invoice = (id: string, amountCents: number, extra: Partial<Invoice> = {}): Invoice => ({
  id, customerId: 'c1', number: `F-${id}`, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents,
  sourceOpenCents: amountCents, openCents: amountCents, hold: null, source: 'import', createdAt: '', updatedAt: '', ...extra,
});
const credit = (id: string, amountCents: number, extra: Partial<Payment> = {}): Payment => ({
  id, customerId: 'c1', kind: 'payment', source: 'import', date: '2026-10-15', amountCents, reference: `R-${id}`,
  allocations: [], unallocatedCents: 0, createdAt: '', ...extra,
});

/** Every line's balance is the previous one plus its debit minus its credit. */
function expectRunningBalance(lines: StatementLine[]) {
  let running = 0;
  for (const line of lines) {
    running += line.debitCents - line.creditCents;
    expect(line.balanceCents).toBe(running);
    expect(line.debitCents === 0 || line.creditCents === 0).toBe(true);
  }
}

describe('statement of account: examples', () => {
  it('is empty, at zero, for a customer with nothing', () => {
    expect(buildStatement([], [])).toEqual({
      lines: [], totalDebitCents: 0, totalCreditCents: 0, balanceCents: 0, openCents: 0, unallocatedCreditCents: 0, adjustmentCents: 0,
    });
  });

  it('lists invoices and credits by date, invoices first on the same day, with the running balance', () => {
    const invoices = [
      invoice('2', 50000, { issueDate: '2026-10-15', number: 'F-10', sourceOpenCents: 50000, openCents: 20000 }),
      invoice('1', 100000, { issueDate: '2026-09-01', number: 'F-9', sourceOpenCents: 0, openCents: 0 }),
    ];
    const payments = [
      credit('p1', 100000, { date: '2026-10-15', reference: 'VIR 1' }),
      {
        ...credit('p2', 30000, { date: '2026-11-02', source: 'manual', reference: 'CHQ 2' }),
        allocations: [{ invoiceId: '2', cents: 30000, pendingCents: 30000 }],
      },
    ];
    const statement = buildStatement(invoices, payments);
    expect(statement.lines.map((l) => [l.kind, l.date, l.debitCents, l.creditCents, l.balanceCents])).toEqual([
      ['invoice', '2026-09-01', 100000, 0, 100000],
      ['invoice', '2026-10-15', 50000, 0, 150000],
      ['payment', '2026-10-15', 0, 100000, 50000],
      ['payment', '2026-11-02', 0, 30000, 20000],
    ]);
    expect(statement.balanceCents).toBe(20000);
    expect(statement.adjustmentCents).toBe(0);
  });

  it('orders same-day invoices by number the way people read them (F-9 before F-10)', () => {
    const statement = buildStatement([invoice('a', 1, { number: 'F-10' }), invoice('b', 1, { number: 'F-9' })], []);
    expect(statement.lines.map((l) => (l.kind === 'invoice' ? l.number : ''))).toEqual(['F-9', 'F-10']);
  });

  it('ends at open amounts less unallocated credits (an overpayment leaves the customer in credit)', () => {
    const invoices = [invoice('1', 10000, { source: 'manual', openCents: 0, sourceOpenCents: 10000 })];
    const payments = [
      credit('p', 15000, { source: 'manual', allocations: [{ invoiceId: '1', cents: 10000, pendingCents: 10000 }], unallocatedCents: 5000 }),
    ];
    const statement = buildStatement(invoices, payments);
    expect(statement.balanceCents).toBe(-5000);
    expect(statement.lines.at(-1)?.balanceCents).toBe(-5000);
    expect(statement.unallocatedCreditCents).toBe(5000);
    expect(statement.openCents).toBe(0);
    expect(statement.adjustmentCents).toBe(0);
  });

  it('shows what an open-items export settled without itemising it as one closing credit', () => {
    // CSV "balance âgée": amounts and open amounts, no payment lines.
    const invoices = [invoice('1', 100000, { sourceOpenCents: 40000, openCents: 40000 }), invoice('2', 20000)];
    const statement = buildStatement(invoices, []);
    const last = statement.lines.at(-1)!;
    expect(last).toMatchObject({ kind: 'accounting-adjustment', debitCents: 0, creditCents: 60000, balanceCents: 60000 });
    expect(statement.adjustmentCents).toBe(60000);
    expect(statement.balanceCents).toBe(60000);
    expect(statement.totalDebitCents - statement.totalCreditCents).toBe(60000);
  });

  it('shows a debit adjustment when itemised credits exceed what the invoices show settled', () => {
    // A partial import: a lettered payment whose invoice was not in the file.
    const statement = buildStatement([invoice('1', 10000)], [credit('p', 8000)]);
    expect(statement.adjustmentCents).toBe(-8000);
    expect(statement.lines.at(-1)).toMatchObject({ kind: 'accounting-adjustment', debitCents: 8000, creditCents: 0, balanceCents: 10000 });
  });

  it('does not count twice a Relance payment that the accounting has since shown', () => {
    // 1 000 € invoice imported; 400 € typed in Relance; the next FEC shows the bank line of 400 €
    // lettered on the invoice, so reconcile consumed the pending part.
    const invoices = [invoice('1', 100000, { sourceOpenCents: 60000, openCents: 60000 })];
    const payments = [
      credit('typed', 40000, { source: 'manual', date: '2026-10-20', allocations: [{ invoiceId: '1', cents: 40000, pendingCents: 0 }] }),
      credit('bank', 40000, { source: 'import', date: '2026-10-21' }),
    ];
    const statement = buildStatement(invoices, payments);
    const typed = statement.lines.find((l) => l.kind === 'payment' && l.paymentId === 'typed');
    expect(typed).toMatchObject({ creditCents: 0, receivedCents: 40000, inAccountingCents: 40000 });
    expect(statement.adjustmentCents).toBe(0);
    expect(statement.balanceCents).toBe(60000);
  });

  it('counts the part of a Relance payment the accounting has not shown yet', () => {
    const payment = credit('p', 50000, {
      source: 'manual',
      allocations: [{ invoiceId: 'a', cents: 30000, pendingCents: 10000 }, { invoiceId: 'b', cents: 20000, pendingCents: 20000 }],
    });
    expect(inAccountingCents(payment)).toBe(20000);
    expect(inAccountingCents({ ...payment, source: 'import' })).toBe(0);
  });

  it('dates a balance brought forward on its opening entry and flags it', () => {
    const statement = buildStatement([invoice('an', 5000, { opening: true, issueDate: '2026-01-01', number: 'AN-411X-3' })], []);
    expect(statement.lines[0]).toMatchObject({ kind: 'invoice', opening: true, date: '2026-01-01' });
  });
});

describe('statement of account: the invariant end to end with the import', () => {
  const customer: Customer = {
    id: 'c1', reference: '411DUP', name: 'Dupont', kind: 'business', contacts: [], blocked: null, createdAt: '', updatedAt: '',
  };
  const preview = (open: number, credits: ImportPreview['credits']): ImportPreview => ({
    detection: { encoding: 'utf-8', hasBom: false, separator: ';', headerLine: 1, rowCount: 1, format: 'fec', lineEnding: 'lf' },
    customers: [{ reference: '411DUP', name: 'Dupont' }],
    invoices: [{ customerReference: '411DUP', number: 'F-1', issueDate: '2026-09-01', dueDate: '2026-10-01', dueDateDerived: true, amountCents: 100000, openCents: open, line: 2 }],
    credits,
    issues: [],
  });
  let ids = 0;
  const options = { batchId: 'b', now: 'now', mode: 'full' as const, newId: () => `id-${ids++}` };

  it('stays at zero adjustment through import, payment typed in Relance and re-import', () => {
    // 1. First import: the invoice, unpaid.
    const first = reconcile({ customers: [customer], invoices: [], payments: [] }, preview(100000, []), options);
    let invoices = first.invoices.add;
    let payments: Payment[] = [];
    expect(buildStatement(invoices, payments).adjustmentCents).toBe(0);

    // 2. The customer pays 400 €, typed in Relance.
    const typed = planCredit({
      customerId: 'c1', invoices, entry: { kind: 'payment', amountCents: 40000, date: '2026-10-20', allocation: { mode: 'oldest-first' } },
      id: 'typed', today: TODAY, now: 'now',
    });
    if (!typed.ok) throw new Error('plan refused');
    invoices = invoices.map((i) => typed.plan.invoices.find((u) => u.id === i.id) ?? i);
    payments = [typed.plan.payment];
    let statement = buildStatement(invoices, payments);
    expect(statement).toMatchObject({ balanceCents: 60000, adjustmentCents: 0 });

    // 3. Re-import: the accounting shows the 400 € bank line, lettered on F-1.
    const second = reconcile(
      { customers: [customer], invoices, payments },
      preview(60000, [{ customerReference: '411DUP', kind: 'payment', date: '2026-10-21', amountCents: 40000, reference: 'BQ1', unallocatedCents: 0, line: 3 }]),
      options,
    );
    invoices = invoices.map((i) => second.invoices.update.find((u) => u.before.id === i.id)?.after ?? i);
    payments = [
      ...payments.map((p) => second.payments.update.find((u) => u.before.id === p.id)?.after ?? p),
      ...second.payments.add,
    ];
    statement = buildStatement(invoices, payments);
    expect(statement).toMatchObject({ balanceCents: 60000, adjustmentCents: 0 });
    expect(statement.lines.filter((l) => l.creditCents > 0)).toHaveLength(1); // the bank line, once
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const amount = fc.integer({ min: 1, max: 5_000_000 });
const day = fc.integer({ min: 0, max: 300 }).map((n) => {
  const d = new Date(Date.UTC(2026, 0, 1 + n));
  return d.toISOString().slice(0, 10);
});

/** Any rows at all, consistent or not: the statement must still close on the invariant. */
const anyRows = fc.record({
  invoices: fc.array(
    fc.record({ amount, open: fc.integer({ min: 0, max: 5_000_000 }), date: day, opening: fc.boolean() }),
    { maxLength: 12 },
  ),
  payments: fc.array(
    fc.record({
      amount, date: day, manual: fc.boolean(), creditNote: fc.boolean(),
      unallocated: fc.integer({ min: 0, max: 5_000_000 }), pending: fc.integer({ min: 0, max: 5_000_000 }),
    }),
    { maxLength: 12 },
  ),
});

describe('statement of account: properties', () => {
  it('closes on Σ open − Σ unallocated, with a running balance that adds up, whatever the rows', () => {
    fc.assert(
      fc.property(anyRows, ({ invoices: rawInvoices, payments: rawPayments }) => {
        const invoices = rawInvoices.map((r, i) =>
          invoice(`i${i}`, r.amount, { openCents: Math.min(r.open, r.amount), sourceOpenCents: Math.min(r.open, r.amount), issueDate: r.date, opening: r.opening }),
        );
        const payments = rawPayments.map((r, i) =>
          credit(`p${i}`, r.amount, {
            date: r.date, source: r.manual ? 'manual' : 'import', kind: r.creditNote ? 'credit-note' : 'payment',
            unallocatedCents: Math.min(r.unallocated, r.amount),
            allocations: r.manual && invoices[0] ? [{ invoiceId: invoices[0].id, cents: r.amount - Math.min(r.unallocated, r.amount), pendingCents: Math.min(r.pending, r.amount - Math.min(r.unallocated, r.amount)) }] : [],
          }),
        );
        const statement = buildStatement(invoices, payments);
        expectRunningBalance(statement.lines);
        const expected = balanceOf(invoices, payments);
        expect(statement.balanceCents).toBe(expected);
        expect(statement.lines.at(-1)?.balanceCents ?? 0).toBe(expected);
        expect(statement.totalDebitCents - statement.totalCreditCents).toBe(expected);
        expect(summariseCustomer('c1', invoices, payments, TODAY).balanceCents).toBe(expected);
        // Chronological, and at most one adjustment, last.
        for (let k = 1; k < statement.lines.length; k++) expect(statement.lines[k - 1]!.date <= statement.lines[k]!.date).toBe(true);
        const adjustments = statement.lines.filter((l) => l.kind === 'accounting-adjustment');
        expect(adjustments.length).toBe(statement.adjustmentCents === 0 ? 0 : 1);
        if (adjustments.length) expect(statement.lines.at(-1)!.kind).toBe('accounting-adjustment');
      }),
    );
  });

  it('needs no adjustment when everything was typed in Relance (invoices, payments, credit notes)', () => {
    const operation = fc.record({
      kind: fc.constantFrom('payment' as const, 'credit-note' as const),
      amount: fc.integer({ min: 1, max: 3_000_000 }),
      date: day,
      mode: fc.constantFrom('oldest-first', 'by-hand', 'one-invoice', 'none'),
      pick: fc.nat(),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount, date: day }), { minLength: 1, maxLength: 8 }),
        fc.array(operation, { maxLength: 10 }),
        (typedInvoices, operations) => {
          let invoices = typedInvoices.map((r, i) =>
            newManualInvoice({ number: `F-${i}`, issueDate: r.date, dueDate: r.date, amountCents: r.amount }, 'c1', `i${i}`, 'now'),
          );
          const payments: Payment[] = [];
          operations.forEach((op, n) => {
            const open = invoices.filter((i) => i.openCents > 0);
            const target = open[op.pick % Math.max(1, open.length)];
            let allocation: AllocationChoice = { mode: 'none' };
            if (op.mode === 'oldest-first') allocation = { mode: 'oldest-first' };
            if (op.mode === 'one-invoice' && target) allocation = { mode: 'one-invoice', invoiceId: target.id };
            if (op.mode === 'by-hand' && target) {
              allocation = { mode: 'by-hand', lines: [{ invoiceId: target.id, cents: Math.min(op.amount, Math.floor(target.openCents * op.share)) }] };
            }
            const planned = planCredit({
              customerId: 'c1', invoices, entry: { kind: op.kind, amountCents: op.amount, date: op.date, allocation }, id: `p${n}`, today: TODAY, now: 'now',
            });
            expect(planned.ok).toBe(true);
            if (!planned.ok) return;
            invoices = invoices.map((i) => planned.plan.invoices.find((u) => u.id === i.id) ?? i);
            payments.push(planned.plan.payment);
          });
          const statement = buildStatement(invoices, payments);
          expect(statement.adjustmentCents).toBe(0);
          expect(statement.balanceCents).toBe(balanceOf(invoices, payments));
          expectRunningBalance(statement.lines);
          for (const i of invoices) expect(i.openCents).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('needs no adjustment for a FEC-like import (credits lettered on invoices of the same file)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount, paidShare: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ extra: fc.integer({ min: 0, max: 100_000 }), date: day }), { maxLength: 4 }),
        (rows, spare) => {
          // Each invoice's settled part is one lettered credit; some credits also carry an unlettered rest.
          const invoices = rows.map((r, i) => {
            const settled = Math.floor(r.amount * r.paidShare);
            return invoice(`i${i}`, r.amount, { sourceOpenCents: r.amount - settled, openCents: r.amount - settled });
          });
          const payments = rows
            .map((r, i) => ({ settled: r.amount - invoices[i]!.openCents, i }))
            .filter((c) => c.settled > 0)
            .map((c, k) => {
              const rest = spare[k]?.extra ?? 0;
              return credit(`p${c.i}`, c.settled + rest, { unallocatedCents: rest, date: spare[k]?.date ?? '2026-10-15' });
            });
          const statement = buildStatement(invoices, payments);
          expect(statement.adjustmentCents).toBe(0);
          expect(statement.balanceCents).toBe(balanceOf(invoices, payments));
        },
      ),
    );
  });

  it('adjusts by exactly what an open-items export settled without detail', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ amount, open: fc.integer({ min: 0, max: 5_000_000 }) }), { minLength: 1, maxLength: 10 }), (rows) => {
        const invoices = rows.map((r, i) => invoice(`i${i}`, r.amount, { openCents: Math.min(r.open, r.amount), sourceOpenCents: Math.min(r.open, r.amount) }));
        const settled = invoices.reduce((sum, i) => sum + i.amountCents - i.openCents, 0);
        expect(buildStatement(invoices, []).adjustmentCents).toBe(settled);
      }),
    );
  });
});
