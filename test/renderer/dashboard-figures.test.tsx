/**
 * The dashboard's pure figures (renderer/src/domain/dashboard.ts), with amounts and days worked out
 * by hand. Today is Monday 30/11/2026.
 */
import { describe, expect, it } from 'vitest';
import { agreementAlertList, dashboardFigures, planAlert, promiseAlert, promisesDue, type FigureInvoice } from '../../renderer/src/domain/dashboard';
import type { PaymentPlan, PaymentPromise } from '../../renderer/src/domain/model';

const TODAY = '2026-11-30';

const invoice = (customerId: string, dueDate: string, openCents: number, hold: FigureInvoice['hold'] = null): FigureInvoice => ({ customerId, dueDate, openCents, hold });

const BOOK: FigureInvoice[] = [
  invoice('c1', '2026-12-10', 100_000), // not due
  invoice('c1', '2026-11-30', 5_000), // due today: not late yet
  invoice('c1', '2026-11-29', 20_000), // 1 day late
  invoice('c2', '2026-10-31', 30_000), // 30 days: still 1–30
  invoice('c2', '2026-10-30', 40_000, { kind: 'dispute', reason: 'Livraison incomplète', since: '2026-11-01', until: null }), // 31 days, disputed
  invoice('c3', '2026-09-01', 50_000), // 29 + 31 + 30 = 90 days: still 61–90
  invoice('c3', '2026-08-31', 60_000), // 91 days
  invoice('c4', '2025-01-31', 0), // paid
  invoice('c4', '2025-01-31', -1_000), // overpaid: nothing owed
  invoice('c5', '2026-09-30', 70_000, { kind: 'manual', reason: 'Attente bon de commande', since: '2026-10-01', until: '2026-10-15' }), // 61 days, pause over
];

describe('dashboard figures', () => {
  it('sums the overdue total, the open total and the part under an active hold', () => {
    const figures = dashboardFigures(BOOK, TODAY);
    expect(figures.openCents).toBe(375_000);
    expect(figures.openInvoices).toBe(8);
    expect(figures.overdueCents).toBe(270_000);
    expect(figures.overdueInvoices).toBe(6);
    // Only the dispute is active today; the manual pause ended on 15/10.
    expect(figures.overdueHeldCents).toBe(40_000);
    expect(figures.debtors).toBe(4);
  });

  it('puts each open invoice in one bucket of the aged balance, the boundaries included', () => {
    const { buckets, openCents } = dashboardFigures(BOOK, TODAY);
    expect(buckets.map((b) => [b.key, b.cents, b.invoices])).toEqual([
      ['not-due', 105_000, 2],
      ['1-30', 50_000, 2],
      ['31-60', 40_000, 1],
      ['61-90', 120_000, 2],
      ['90+', 60_000, 1],
    ]);
    expect(buckets.reduce((sum, b) => sum + b.cents, 0)).toBe(openCents);
  });

  it('ranks the top debtors by overdue amount, the older debt first on a tie, and keeps the first five', () => {
    const { topDebtors } = dashboardFigures(BOOK, TODAY);
    expect(topDebtors).toEqual([
      { customerId: 'c3', lateCents: 110_000, lateInvoices: 2, oldestDaysLate: 91 },
      { customerId: 'c5', lateCents: 70_000, lateInvoices: 1, oldestDaysLate: 61 },
      { customerId: 'c2', lateCents: 70_000, lateInvoices: 2, oldestDaysLate: 31 },
      { customerId: 'c1', lateCents: 20_000, lateInvoices: 1, oldestDaysLate: 1 },
    ]);
    expect(dashboardFigures(BOOK, TODAY, 2).topDebtors.map((d) => d.customerId)).toEqual(['c3', 'c5']);
    const many = Array.from({ length: 8 }, (_, n) => invoice(`k${n}`, '2026-11-01', 1_000 * (n + 1)));
    expect(dashboardFigures(many, TODAY).topDebtors.map((d) => d.customerId)).toEqual(['k7', 'k6', 'k5', 'k4', 'k3']);
  });

  it('gives zeros, all five buckets and no debtor for an empty book', () => {
    const figures = dashboardFigures([], TODAY);
    expect(figures).toMatchObject({ openCents: 0, overdueCents: 0, overdueHeldCents: 0, debtors: 0, topDebtors: [] });
    expect(figures.buckets.map((b) => b.cents)).toEqual([0, 0, 0, 0, 0]);
  });

  it('goes through 60 000 invoices quickly', () => {
    const book = Array.from({ length: 60_000 }, (_, n) =>
      invoice(`c-${n % 1500}`, `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`, n % 5 === 0 ? 0 : 10_000 + n),
    );
    const started = performance.now();
    const figures = dashboardFigures(book, TODAY);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(figures.openInvoices).toBe(48_000);
    expect(figures.buckets.reduce((sum, b) => sum + b.invoices, 0)).toBe(48_000);
  });
});

const promise = (id: string, extra: Partial<PaymentPromise>): PaymentPromise => ({
  id, customerId: 'c1', invoiceIds: ['f1'], promisedDate: '2026-11-20', amountCents: 120_000, status: 'open', ...extra,
});

const plan: PaymentPlan = {
  id: 'plan1',
  customerId: 'c2',
  invoiceIds: ['f2'],
  createdAt: '2026-09-20T10:00:00.000Z',
  status: 'broken',
  brokenOn: '2026-11-12',
  instalments: [
    { id: 'e1', dueDate: '2026-10-10', amountCents: 30_000, paidCents: 30_000, paidOn: '2026-10-09' },
    { id: 'e2', dueDate: '2026-11-10', amountCents: 30_000, paidCents: 10_000 },
    { id: 'e3', dueDate: '2026-12-10', amountCents: 30_000, paidCents: 0 },
  ],
};

describe('dashboard alerts', () => {
  it('says what a broken promise was and what is missing, since its check date', () => {
    const broken = promise('p1', { status: 'broken', resolvedOn: '2026-11-17', checkDate: '2026-11-17', paidCents: 45_000 });
    expect(promiseAlert(broken, TODAY)).toEqual({
      kind: 'promise', promiseId: 'p1', customerId: 'c1', since: '2026-11-17', amountCents: 120_000, promisedDate: '2026-11-20', paidCents: 45_000, shortCents: 75_000,
    });
  });

  it('names the instalment a broken plan missed (not the one still to come)', () => {
    expect(planAlert(plan, TODAY)).toEqual({
      kind: 'plan', planId: 'plan1', customerId: 'c2', since: '2026-11-12', position: 2, count: 3, dueDate: '2026-11-10', amountCents: 30_000, missingCents: 20_000,
    });
  });

  it('lists the alerts oldest first', () => {
    const broken = promise('p1', { status: 'broken', resolvedOn: '2026-11-17', paidCents: 0 });
    expect(agreementAlertList([broken], [plan], TODAY).map((a) => a.kind)).toEqual(['plan', 'promise']);
  });
});

describe('promises to check', () => {
  it('keeps the open promises checked today or within seven days, soonest first', () => {
    const due = promisesDue(
      [
        promise('today', { checkDate: TODAY }),
        promise('in7', { checkDate: '2026-12-07' }),
        promise('in8', { checkDate: '2026-12-08' }),
        promise('kept', { checkDate: TODAY, status: 'kept' }),
        // Stored without a check date, and not yet decided: checked the day after the promised date.
        promise('old', { promisedDate: '2026-11-27' }),
      ],
      TODAY,
    );
    expect(due.map((d) => [d.promise.id, d.checkDate, d.inDays])).toEqual([
      ['old', '2026-11-28', -2],
      ['today', TODAY, 0],
      ['in7', '2026-12-07', 7],
    ]);
  });
});
