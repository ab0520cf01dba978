import { describe, expect, it } from 'vitest';
import { proposedNextStep, unansweredAttempts, validateCall, type CallDraft } from '../../renderer/src/domain/agreements/call-outcome';
import type { CallNotes } from '../../renderer/src/domain/interactions/interaction';
import { testCalendar } from '../support/test-calendar';

const calendar = testCalendar(['2026-12-25']);
const EMPTY: CallNotes = { theirStep: '', ourStep: '', dates: '', checkOn: '', ifBroken: '' };
const NOTES: CallNotes = { ...EMPTY, theirStep: 'Virement de 1 200 € le 10 décembre' };
const TODAY = '2026-12-04'; // a Friday

const draft = (extra: Partial<CallDraft>): CallDraft => ({ outcome: 'other', notes: NOTES, today: TODAY, next: { date: '2026-12-07' }, ...extra });

describe('the next step proposed after a call', () => {
  it('calls again the next business day when nobody answered, left a message or it was the wrong person', () => {
    for (const outcome of ['no-answer', 'voicemail', 'wrong-contact'] as const) {
      expect(proposedNextStep(outcome, TODAY, calendar)).toMatchObject({ date: '2026-12-07', action: 'call' });
    }
    expect(proposedNextStep('no-answer', '2026-12-24', calendar)?.date).toBe('2026-12-28');
  });

  it('gives a dispute, difficulties or a payment said to be made a few business days', () => {
    expect(proposedNextStep('dispute', TODAY, calendar)).toEqual({ date: '2026-12-11', action: 'custom', label: 'Faire le point sur la contestation' });
    expect(proposedNextStep('already-paid', TODAY, calendar)).toEqual({ date: '2026-12-09', action: 'custom', label: 'Vérifier le paiement annoncé' });
    expect(proposedNextStep('difficulty', TODAY, calendar)?.date).toBe('2026-12-11');
  });

  it('has none for a promise or a plan: their checks are the next actions', () => {
    expect(proposedNextStep('promise', TODAY, calendar)).toBeNull();
    expect(proposedNextStep('plan', TODAY, calendar)).toBeNull();
  });
});

describe('the count of unanswered attempts', () => {
  const call = (at: string, outcome: string) => ({ channel: 'call' as const, at, outcome });
  it('counts the unanswered calls since the customer was last reached, whatever the order stored', () => {
    expect(unansweredAttempts([])).toBe(0);
    expect(
      unansweredAttempts([
        call('2026-12-03T09:00:00Z', 'voicemail'),
        call('2026-11-20T09:00:00Z', 'promise'),
        { channel: 'email' as const, at: '2026-12-03T12:00:00Z', outcome: undefined },
        call('2026-12-04T09:00:00Z', 'no-answer'),
        call('2026-11-19T09:00:00Z', 'no-answer'),
      ]),
    ).toBe(2);
    expect(unansweredAttempts([call('2026-12-04T09:00:00Z', 'promise'), call('2026-12-03T09:00:00Z', 'no-answer')])).toBe(0);
  });
});

describe('a call about to be saved', () => {
  it('accepts a complete call', () => {
    expect(validateCall(draft({}))).toEqual([]);
    expect(validateCall(draft({ outcome: 'promise', next: null, promise: { promisedDate: '2026-12-10', amountCents: 120_000, openCents: 300_000 } }))).toEqual([]);
  });

  it('refuses an empty note on a completed call, but not on an unanswered one', () => {
    expect(validateCall(draft({ notes: EMPTY }))).toEqual([
      { field: 'notes', message: expect.stringMatching(/^L’appel a abouti mais la note est vide/) },
    ]);
    expect(validateCall(draft({ outcome: 'no-answer', notes: EMPTY }))).toEqual([]);
  });

  it('refuses a promise dated in the past or above what is owed, with the French message', () => {
    const issues = validateCall(draft({ outcome: 'promise', next: null, promise: { promisedDate: '2026-12-03', amountCents: 400_000, openCents: 300_000 } }));
    expect(issues).toEqual([
      { field: 'promisedDate', message: 'La date promise est déjà passée (03/12/2026) : choisissez aujourd’hui (04/12/2026) ou une date à venir.' },
      { field: 'amount', message: expect.stringContaining('dépasse le reste dû') },
    ]);
  });

  it('wants a dispute’s reason and invoices, a plan, a reachable right contact, and a next step not in the past', () => {
    expect(validateCall(draft({ outcome: 'dispute', dispute: { reason: '  ', invoiceCount: 0 } })).map((i) => i.field)).toEqual(['disputeReason', 'disputeInvoices']);
    expect(validateCall(draft({ outcome: 'plan', next: null, planMissing: true })).map((i) => i.field)).toEqual(['plan']);
    expect(validateCall(draft({ outcome: 'wrong-contact', notes: EMPTY, contact: { name: 'Mme Roy', phone: '', email: '' } }))[0]?.message).toBe(
      'Indiquez un téléphone ou un e-mail pour joindre le bon interlocuteur.',
    );
    expect(validateCall(draft({ next: { date: '2026-12-03' } }))).toEqual([
      { field: 'nextDate', message: 'La prochaine action ne peut pas être avant aujourd’hui (04/12/2026).' },
    ]);
    expect(validateCall(draft({ next: null })).map((i) => i.field)).toEqual(['nextDate']);
  });

  it('speaks English when asked', () => {
    expect(validateCall(draft({ notes: EMPTY }), 'en')[0]?.message).toMatch(/^The call was completed but the note is empty/);
  });
});
