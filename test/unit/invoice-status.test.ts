import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysLate, invoiceStatus, isHoldActive, latenessBucket } from '../../renderer/src/domain/invoice-status';
import type { Hold } from '../../renderer/src/domain/model';

const base = { dueDate: '2026-10-31', amountCents: 1000, openCents: 1000, hold: null as Hold | null };
const hold = (kind: Hold['kind'], since: string, until: string | null): Hold => ({ kind, reason: 'r', since, until });

describe('invoice status', () => {
  it.each([
    ['not due on its due date', base, '2026-10-31', 'not-due'],
    ['late the day after', base, '2026-11-01', 'late'],
    ['paid when nothing is open, even with a hold', { ...base, openCents: 0, hold: hold('dispute', '2026-01-01', null) }, '2026-12-01', 'paid'],
    ['partly paid', { ...base, openCents: 400 }, '2026-12-01', 'partly-paid'],
    ['disputed while the dispute runs', { ...base, hold: hold('dispute', '2026-11-01', null) }, '2026-12-01', 'disputed'],
    ['on hold for a promise', { ...base, hold: hold('promise', '2026-11-01', '2026-12-15') }, '2026-12-01', 'on-hold'],
    ['late again once the hold has ended', { ...base, hold: hold('manual', '2026-11-01', '2026-11-30') }, '2026-12-01', 'late'],
    ['on hold on the last day of the hold', { ...base, hold: hold('manual', '2026-11-01', '2026-11-30') }, '2026-11-30', 'on-hold'],
  ] as const)('%s', (_label, invoice, today, status) => {
    expect(invoiceStatus(invoice, today)).toBe(status);
  });

  it('counts days late from the day after the due date', () => {
    expect(daysLate(base, '2026-10-31')).toBe(0);
    expect(daysLate(base, '2026-11-01')).toBe(1);
    expect(daysLate({ ...base, openCents: 0 }, '2027-01-01')).toBe(0);
  });

  it('puts days late in the 0-30 / 31-60 / 61-90 / 90+ buckets', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91, 400].map(latenessBucket)).toEqual([
      'not-late', '0-30', '0-30', '31-60', '31-60', '61-90', '61-90', '90+', '90+',
    ]);
  });

  it('buckets are contiguous and ordered', () => {
    const order = ['not-late', '0-30', '31-60', '61-90', '90+'];
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 2000 }), (d) => order.indexOf(latenessBucket(d)) <= order.indexOf(latenessBucket(d + 1))),
    );
  });

  it('a hold with no end runs until lifted', () => {
    expect(isHoldActive(hold('dispute', '2026-01-01', null), '2099-01-01')).toBe(true);
    expect(isHoldActive(hold('dispute', '2026-01-01', null), '2025-12-31')).toBe(false);
  });
});
