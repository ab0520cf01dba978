import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyInvoiceEdit,
  companyTerms,
  defaultDueDate,
  draftFromInvoice,
  FALLBACK_TERMS,
  invoiceNumberKey,
  newManualInvoice,
  suggestInvoiceNumber,
  validateInvoiceDraft,
  type InvoiceDraft,
} from '../../renderer/src/domain/customer-invoice-entry';
import { allocationsFor, planCredit, previewCredit, readCreditDraft, EMPTY_CREDIT_DRAFT, type CreditDraft } from '../../renderer/src/domain/customer-payment-entry';
import { disputeInvoice, liftDispute, readDisputeDraft } from '../../renderer/src/domain/customer-dispute';
import { formatDate } from '../../renderer/src/domain/dates';
import { formatAmountPlain } from '../../renderer/src/domain/money';
import type { Invoice } from '../../renderer/src/domain/model';

const TODAY = '2026-11-29';
const draft = (extra: Partial<InvoiceDraft> = {}): InvoiceDraft => ({
  number: 'F-2026-014', issueDate: '02/11/2026', dueDate: '02/12/2026', amount: '1 200,00', label: '', ...extra,
});
const open = (id: string, openCents: number, dueDate: string, extra: Partial<Invoice> = {}): Invoice => ({
  id, customerId: 'c1', number: id, issueDate: '2026-09-01', dueDate, amountCents: openCents, sourceOpenCents: openCents, openCents,
  hold: null, source: 'manual', createdAt: '', updatedAt: '', ...extra,
});

describe('typing an invoice', () => {
  it('reads a valid draft into an entry', () => {
    expect(validateInvoiceDraft(draft({ label: ' Pose de fenêtres ' }))).toEqual({
      ok: true, value: { number: 'F-2026-014', issueDate: '2026-11-02', dueDate: '2026-12-02', amountCents: 120000, label: 'Pose de fenêtres' },
    });
  });

  it('explains every wrong field', () => {
    expect(validateInvoiceDraft({ number: '', issueDate: '31/02/2026', dueDate: '', amount: '0,125', label: '' })).toEqual({
      ok: false,
      errors: { number: { code: 'required' }, issueDate: { code: 'date' }, dueDate: { code: 'required' }, amount: { code: 'amount.too-many-decimals' } },
    });
    expect(validateInvoiceDraft(draft({ amount: '1,234' }))).toMatchObject({ ok: false, errors: { amount: { code: 'amount.ambiguous' } } });
    expect(validateInvoiceDraft(draft({ amount: '0' }))).toMatchObject({ ok: false, errors: { amount: { code: 'amountPositive' } } });
    expect(validateInvoiceDraft(draft({ amount: '-5' }))).toMatchObject({ ok: false, errors: { amount: { code: 'amountPositive' } } });
    expect(validateInvoiceDraft(draft({ amount: 'douze' }))).toMatchObject({ ok: false, errors: { amount: { code: 'amount.format' } } });
    expect(validateInvoiceDraft(draft({ dueDate: '01/11/2026' }))).toMatchObject({ ok: false, errors: { dueDate: { code: 'dueBeforeIssue' } } });
  });

  it('refuses a number the customer already has, whatever its case', () => {
    expect(validateInvoiceDraft(draft({ number: 'f-2026-014' }), { takenNumbers: new Set([invoiceNumberKey('F-2026-014')]) })).toEqual({
      ok: false, errors: { number: { code: 'numberTaken', params: { number: 'f-2026-014' } } },
    });
  });

  it('creates a typed invoice open for its whole amount', () => {
    const entry = { number: 'F1', issueDate: '2026-11-02', dueDate: '2026-12-02', amountCents: 120000 };
    expect(newManualInvoice(entry, 'c1', 'i1', 'now')).toEqual({
      id: 'i1', customerId: 'c1', number: 'F1', issueDate: '2026-11-02', dueDate: '2026-12-02', amountCents: 120000,
      sourceOpenCents: 120000, openCents: 120000, hold: null, source: 'manual', createdAt: 'now', updatedAt: 'now',
    });
  });

  it('corrects a typed invoice: the open amounts follow the amount, never below what is paid', () => {
    const paidPart = { ...open('i1', 40000, '2026-12-02'), amountCents: 100000, sourceOpenCents: 100000 }; // 60 000 pending
    const entry = { number: 'F1b', issueDate: '2026-11-03', dueDate: '2026-12-31', amountCents: 120000 };
    expect(applyInvoiceEdit(paidPart, entry, 't')).toMatchObject({
      ok: true, invoice: { number: 'F1b', amountCents: 120000, sourceOpenCents: 120000, openCents: 60000, dueDate: '2026-12-31' },
    });
    expect(applyInvoiceEdit(paidPart, { ...entry, amountCents: 50000 }, 't')).toEqual({ ok: false, code: 'belowPaid', paidCents: 60000 });
  });

  it('corrects only the due date and label of an imported invoice', () => {
    const imported = open('i1', 50000, '2026-10-01', { source: 'import', number: 'FA-9', label: 'old' });
    const checked = validateInvoiceDraft(draft({ number: 'ignored', amount: 'ignored', issueDate: 'ignored', dueDate: '15/10/2026' }), { takenNumbers: new Set(), editing: imported });
    expect(checked).toEqual({ ok: true, value: { number: 'FA-9', issueDate: '2026-09-01', dueDate: '2026-10-15', amountCents: 50000 } });
    if (!checked.ok) return;
    const edited = applyInvoiceEdit(imported, checked.value, 't');
    expect(edited).toEqual({ ok: true, invoice: { ...imported, dueDate: '2026-10-15', updatedAt: 't', label: undefined } });
  });

  it('shows a stored invoice in the form and reads it back unchanged', () => {
    const stored = open('i1', 123456, '2026-12-02', { number: 'F-7', label: 'Chantier' });
    const shown = draftFromInvoice(stored, formatDate, formatAmountPlain);
    expect(shown).toEqual({ number: 'F-7', issueDate: '01/09/2026', dueDate: '02/12/2026', amount: '1234,56', label: 'Chantier' });
    expect(validateInvoiceDraft(shown)).toEqual({ ok: true, value: { number: 'F-7', issueDate: '2026-09-01', dueDate: '2026-12-02', amountCents: 123456, label: 'Chantier' } });
  });
});

describe('default due date and terms', () => {
  it('takes the customer terms over the company ones', () => {
    expect(defaultDueDate('2026-01-15', { days: 45, rule: 'end-of-month-then-days' }, { days: 30, rule: 'net' })).toEqual({
      dueDate: '2026-03-17', terms: { days: 45, rule: 'end-of-month-then-days' }, from: 'customer',
    });
    expect(defaultDueDate('2026-01-15', undefined, { days: 30, rule: 'net' })).toEqual({ dueDate: '2026-02-14', terms: { days: 30, rule: 'net' }, from: 'company' });
  });

  it('reads the company terms from the stored profile, 30 days net when missing or unusable', () => {
    expect(companyTerms({ paymentTermsDays: 45, paymentTermsRule: 'days-then-end-of-month' })).toEqual({ days: 45, rule: 'days-then-end-of-month' });
    expect(companyTerms(undefined)).toEqual(FALLBACK_TERMS);
    expect(companyTerms({ paymentTermsDays: 'abc', paymentTermsRule: 'net' })).toEqual(FALLBACK_TERMS);
    expect(companyTerms({ paymentTermsDays: 90, paymentTermsRule: 'net' })).toEqual(FALLBACK_TERMS);
  });

  it('suggests the next free number', () => {
    expect(suggestInvoiceNumber([], 2026)).toBe('F-2026-001');
    expect(suggestInvoiceNumber(['F-2026-0099', 'F-2026-0007'], 2026)).toBe('F-2026-0100');
    expect(suggestInvoiceNumber(['F-9', 'F-10'], 2026)).toBe('F-11');
    expect(suggestInvoiceNumber(['A1', 'A2'], 2026, new Set(['A3']))).toBe('A4');
    expect(suggestInvoiceNumber(['AVOIR'], 2026)).toBe('F-2026-001');
  });
});

describe('payments and credit notes typed on the customer page', () => {
  const invoices = [open('old', 30000, '2026-09-01'), open('new', 50000, '2026-10-01'), open('newest', 20000, '2026-11-01')];

  it('pays oldest first by default, skipping a disputed invoice', () => {
    const disputed = invoices.map((i) => (i.id === 'old' ? { ...i, hold: { kind: 'dispute' as const, reason: 'x', since: '2026-10-01', until: null } } : i));
    expect(allocationsFor({ amountCents: 60000, allocation: { mode: 'oldest-first' } }, disputed, TODAY)).toEqual({
      ok: true, allocations: [{ invoiceId: 'new', cents: 50000 }, { invoiceId: 'newest', cents: 10000 }], unallocatedCents: 0,
    });
    // Another kind of hold (a promise) does not stop the money from going there.
    const promised = invoices.map((i) => (i.id === 'old' ? { ...i, hold: { kind: 'promise' as const, reason: 'x', since: '2026-10-01', until: null } } : i));
    expect(allocationsFor({ amountCents: 10000, allocation: { mode: 'oldest-first' } }, promised, TODAY)).toMatchObject({ allocations: [{ invoiceId: 'old', cents: 10000 }] });
  });

  it('allocates by hand, leaving the rest unallocated, and refuses more than is open or received', () => {
    expect(allocationsFor({ amountCents: 40000, allocation: { mode: 'by-hand', lines: [{ invoiceId: 'newest', cents: 15000 }, { invoiceId: 'old', cents: 0 }] } }, invoices, TODAY)).toEqual({
      ok: true, allocations: [{ invoiceId: 'newest', cents: 15000 }], unallocatedCents: 25000,
    });
    expect(allocationsFor({ amountCents: 40000, allocation: { mode: 'by-hand', lines: [{ invoiceId: 'newest', cents: 20001 }] } }, invoices, TODAY)).toEqual({
      ok: false, error: 'allocation-over-open', invoiceId: 'newest',
    });
    expect(allocationsFor({ amountCents: 10000, allocation: { mode: 'by-hand', lines: [{ invoiceId: 'new', cents: 10001 }] } }, invoices, TODAY)).toEqual({ ok: false, error: 'allocation-over-amount' });
    expect(allocationsFor({ amountCents: 10000, allocation: { mode: 'by-hand', lines: [{ invoiceId: 'other', cents: 1 }] } }, invoices, TODAY)).toEqual({ ok: false, error: 'allocation-unknown-invoice', invoiceId: 'other' });
    expect(allocationsFor({ amountCents: 10000, allocation: { mode: 'by-hand', lines: [{ invoiceId: 'new', cents: -1 }] } }, invoices, TODAY)).toEqual({ ok: false, error: 'allocation-negative', invoiceId: 'new' });
    expect(allocationsFor({ amountCents: 0, allocation: { mode: 'none' } }, invoices, TODAY)).toEqual({ ok: false, error: 'amount' });
  });

  it('puts a credit note on the invoice it cancels, any excess left unallocated', () => {
    expect(allocationsFor({ amountCents: 25000, allocation: { mode: 'one-invoice', invoiceId: 'newest' } }, invoices, TODAY)).toEqual({
      ok: true, allocations: [{ invoiceId: 'newest', cents: 20000 }], unallocatedCents: 5000,
    });
    expect(allocationsFor({ amountCents: 25000, allocation: { mode: 'none' } }, invoices, TODAY)).toEqual({ ok: true, allocations: [], unallocatedCents: 25000 });
  });

  it('plans a pending manual payment and the invoices it lowers, for this customer only', () => {
    const mixed = [...invoices, open('foreign', 10000, '2026-01-01', { customerId: 'c2' })];
    const planned = planCredit({
      customerId: 'c1', invoices: mixed, id: 'p1', today: TODAY, now: 'now',
      entry: { kind: 'credit-note', amountCents: 35000, date: '2026-11-20', reference: 'AV-3', allocation: { mode: 'oldest-first' } },
    });
    expect(planned).toEqual({
      ok: true,
      plan: {
        payment: {
          id: 'p1', customerId: 'c1', kind: 'credit-note', source: 'manual', date: '2026-11-20', amountCents: 35000, reference: 'AV-3',
          allocations: [{ invoiceId: 'old', cents: 30000, pendingCents: 30000 }, { invoiceId: 'new', cents: 5000, pendingCents: 5000 }],
          unallocatedCents: 0, createdAt: 'now',
        },
        invoices: [{ ...invoices[0], openCents: 0, updatedAt: 'now' }, { ...invoices[1], openCents: 45000, updatedAt: 'now' }],
      },
    });
  });

  it('never allocates more than received nor more than open, on random by-hand choices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.array(fc.tuple(fc.constantFrom('old', 'new', 'newest'), fc.integer({ min: 0, max: 60_000 })), { maxLength: 3 }), (amount, picks) => {
        const lines = [...new Map(picks).entries()].map(([invoiceId, cents]) => ({ invoiceId, cents }));
        const result = allocationsFor({ amountCents: amount, allocation: { mode: 'by-hand', lines } }, invoices, TODAY);
        if (!result.ok) return;
        const total = result.allocations.reduce((s, a) => s + a.cents, 0);
        expect(total + result.unallocatedCents).toBe(amount);
        expect(result.unallocatedCents).toBeGreaterThanOrEqual(0);
        for (const a of result.allocations) expect(a.cents).toBeLessThanOrEqual(invoices.find((i) => i.id === a.invoiceId)!.openCents);
      }),
    );
  });

  describe('the form, as typed', () => {
    const typed = (extra: Partial<CreditDraft>): CreditDraft => ({ ...EMPTY_CREDIT_DRAFT, amount: '500,00', date: '20/11/2026', ...extra });

    it('reads amount, date, reference and the allocation mode', () => {
      expect(readCreditDraft(typed({ reference: ' VIR 42 ' }), 'payment', invoices, TODAY)).toEqual({
        ok: true, entry: { kind: 'payment', amountCents: 50000, date: '2026-11-20', reference: 'VIR 42', allocation: { mode: 'oldest-first' } },
      });
      expect(readCreditDraft(typed({ mode: 'by-hand', lines: { old: '100', new: '', gone: '5' } }), 'payment', invoices, TODAY)).toMatchObject({
        ok: true, entry: { allocation: { mode: 'by-hand', lines: [{ invoiceId: 'old', cents: 10000 }] } },
      });
      expect(readCreditDraft(typed({ mode: 'one-invoice', invoiceId: 'new' }), 'credit-note', invoices, TODAY)).toMatchObject({
        ok: true, entry: { kind: 'credit-note', allocation: { mode: 'one-invoice', invoiceId: 'new' } },
      });
    });

    it('explains each wrong field', () => {
      expect(readCreditDraft(typed({ amount: '', date: '01/12/2026' }), 'payment', invoices, TODAY)).toEqual({
        ok: false, errors: { amount: { code: 'required' }, date: { code: 'dateFuture' } },
      });
      expect(readCreditDraft(typed({ amount: '0,00', date: 'hier' }), 'payment', invoices, TODAY)).toEqual({
        ok: false, errors: { amount: { code: 'amountPositive' }, date: { code: 'date' } },
      });
      expect(readCreditDraft(typed({ mode: 'by-hand', lines: { old: '300,01', new: 'x' } }), 'payment', invoices, TODAY)).toEqual({
        ok: false, errors: { lines: { old: { code: 'allocationOverOpen', params: { openCents: 30000 } }, new: { code: 'amount.format' } } },
      });
      expect(readCreditDraft(typed({ mode: 'by-hand', lines: { old: '300', new: '300' } }), 'payment', invoices, TODAY)).toEqual({
        ok: false, errors: { allocation: { code: 'allocationOverAmount' } },
      });
      expect(readCreditDraft(typed({ mode: 'one-invoice', invoiceId: null }), 'credit-note', invoices, TODAY)).toEqual({
        ok: false, errors: { allocation: { code: 'chooseInvoice' } },
      });
    });
  });
});

describe('disputing an invoice', () => {
  it('reads a reason and a date into a dispute hold with no end', () => {
    expect(readDisputeDraft({ reason: ' Livraison incomplète ', since: '25/11/2026' }, TODAY)).toEqual({
      ok: true, hold: { kind: 'dispute', reason: 'Livraison incomplète', since: '2026-11-25', until: null },
    });
    expect(readDisputeDraft({ reason: '', since: '30/11/2026' }, TODAY)).toEqual({
      ok: false, errors: { reason: { code: 'disputeReasonRequired' }, since: { code: 'dateFuture' } },
    });
  });

  it('puts the hold on an open invoice, refuses a paid one, and lifts it', () => {
    const hold = { kind: 'dispute' as const, reason: 'x', since: '2026-11-25', until: null };
    const result = disputeInvoice(open('i', 100, '2026-10-01'), hold, 't');
    expect(result).toMatchObject({ ok: true, invoice: { hold, updatedAt: 't' } });
    expect(disputeInvoice(open('i', 0, '2026-10-01'), hold, 't')).toEqual({ ok: false, error: 'paid' });
    if (result.ok) expect(liftDispute(result.invoice, 'u')).toMatchObject({ hold: null, updatedAt: 'u' });
  });
});

describe('payment preview while typing', () => {
  const invoices = [open('old', 30000, '2026-09-01'), open('new', 50000, '2026-10-01')];
  it('shows where the money goes, or nothing while the amount is unreadable', () => {
    expect(previewCredit({ amount: '400', mode: 'oldest-first', lines: {}, invoiceId: null }, invoices, TODAY)).toEqual({
      allocations: [{ invoiceId: 'old', cents: 30000 }, { invoiceId: 'new', cents: 10000 }], unallocatedCents: 0, allocatedCents: 40000,
    });
    expect(previewCredit({ amount: '900', mode: 'oldest-first', lines: {}, invoiceId: null }, invoices, TODAY)).toMatchObject({ unallocatedCents: 10000, allocatedCents: 80000 });
    expect(previewCredit({ amount: '100', mode: 'by-hand', lines: { new: '60', old: 'x' }, invoiceId: null }, invoices, TODAY)).toMatchObject({ unallocatedCents: 4000, allocatedCents: 6000 });
    expect(previewCredit({ amount: '100', mode: 'by-hand', lines: { new: '160' }, invoiceId: null }, invoices, TODAY)).toBeNull();
    expect(previewCredit({ amount: '100', mode: 'one-invoice', lines: {}, invoiceId: null }, invoices, TODAY)).toMatchObject({ unallocatedCents: 10000 });
    expect(previewCredit({ amount: '', mode: 'oldest-first', lines: {}, invoiceId: null }, invoices, TODAY)).toBeNull();
  });
});
