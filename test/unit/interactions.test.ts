import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../renderer/src/domain/model';
import {
  callNoteSummary,
  correctInteraction,
  interactionErrorMessage,
  isCompletedCall,
  validateCallNote,
  type CallNotes,
  type CallOutcome,
} from '../../renderer/src/domain/interactions';

/** The local day in Paris in summer (UTC+2), explicit so the tests do not depend on the machine. */
const parisSummerDay = (timestamp: string): string => new Date(Date.parse(timestamp) + 2 * 3_600_000).toISOString().slice(0, 10);

const call: Interaction = {
  id: 'x1',
  customerId: 'c1',
  at: '2026-05-04T07:30:00.000Z', // 09:30 in Paris
  channel: 'call',
  summary: 'Promesse de 500 € pour vendredi.',
  outcome: 'promise',
  invoiceIds: ['i1'],
  documentIds: [],
  corrections: [],
};

describe('correctInteraction', () => {
  it('corrects on the same day, keeping the previous summary', () => {
    const result = correctInteraction(call, '  Promesse de 500 € pour lundi.  ', '2026-05-04T15:00:00.000Z', parisSummerDay);
    expect(result).toEqual({
      ok: true,
      value: {
        ...call,
        summary: 'Promesse de 500 € pour lundi.',
        corrections: [{ at: '2026-05-04T15:00:00.000Z', previousSummary: 'Promesse de 500 € pour vendredi.' }],
      },
    });
    expect(call.corrections).toEqual([]); // the input is not mutated
  });

  it('keeps every correction, in order', () => {
    const first = correctInteraction(call, 'B', '2026-05-04T08:00:00.000Z', parisSummerDay);
    if (!first.ok) throw new Error('expected ok');
    const second = correctInteraction(first.value, 'C', '2026-05-04T09:00:00.000Z', parisSummerDay);
    if (!second.ok) throw new Error('expected ok');
    expect(second.value.summary).toBe('C');
    expect(second.value.corrections.map((c) => c.previousSummary)).toEqual(['Promesse de 500 € pour vendredi.', 'B']);
  });

  it('uses the local day: 23:30 UTC on the 4th is already the 5th in Paris', () => {
    const late: Interaction = { ...call, at: '2026-05-04T22:30:00.000Z' }; // 00:30 on 5 May in Paris
    expect(correctInteraction(late, 'B', '2026-05-05T10:00:00.000Z', parisSummerDay).ok).toBe(true);
    const midnight = correctInteraction(late, 'B', '2026-05-04T22:00:00.000Z', parisSummerDay); // 00:00 on the 5th
    expect(midnight.ok).toBe(true);
    const dayBefore = correctInteraction(late, 'B', '2026-05-04T21:59:00.000Z', parisSummerDay); // 23:59 on the 4th
    expect(dayBefore).toEqual({ ok: false, error: { code: 'notSameDay', params: { day: '05/05/2026' } } });
  });

  it('refuses a correction the next day, with a French message', () => {
    const result = correctInteraction(call, 'B', '2026-05-05T06:00:00.000Z', parisSummerDay);
    expect(result).toEqual({ ok: false, error: { code: 'notSameDay', params: { day: '04/05/2026' } } });
    if (result.ok) throw new Error('expected an error');
    expect(interactionErrorMessage(result.error)).toBe(
      'Cet échange date du 04/05/2026 : il ne peut être corrigé que le jour même. Ajoutez plutôt une note au journal.',
    );
  });

  it('refuses an empty or unchanged summary', () => {
    expect(correctInteraction(call, '   ', '2026-05-04T08:00:00.000Z', parisSummerDay)).toEqual({ ok: false, error: { code: 'emptySummary' } });
    expect(interactionErrorMessage({ code: 'emptySummary' })).toBe('Le résumé ne peut pas être vide : écrivez ce qui a été dit ou convenu.');
    expect(correctInteraction(call, ' Promesse de 500 € pour vendredi. ', '2026-05-04T08:00:00.000Z', parisSummerDay)).toEqual({
      ok: false,
      error: { code: 'unchangedSummary' },
    });
  });

  it('property: a correction never loses text — previous summaries plus the current one replay the history', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), { maxLength: 8 }), (texts) => {
        let current = call;
        const expected = [call.summary];
        for (const text of texts) {
          const result = correctInteraction(current, text, '2026-05-04T12:00:00.000Z', parisSummerDay);
          if (!result.ok) {
            expect(result.error.code).toBe('unchangedSummary');
            expect(text.trim()).toBe(current.summary.trim());
            continue;
          }
          current = result.value;
          expected.push(text.trim());
        }
        expect([...current.corrections.map((c) => c.previousSummary), current.summary]).toEqual(expected);
      }),
    );
  });
});

describe('validateCallNote', () => {
  const empty: CallNotes = { theirStep: '', ourStep: ' ', dates: '\n', checkOn: '', ifBroken: '\t' };

  it('refuses an empty note on a completed call, with a French message', () => {
    for (const outcome of ['promise', 'plan', 'dispute', 'difficulty', 'already-paid', 'other'] as CallOutcome[]) {
      expect(isCompletedCall(outcome)).toBe(true);
      expect(validateCallNote(empty, outcome)).toEqual({ code: 'emptyNote' });
    }
    expect(interactionErrorMessage({ code: 'emptyNote' })).toBe(
      'L’appel a abouti mais la note est vide : indiquez au moins la prochaine étape du client, la nôtre, les dates, quand nous vérifions ou ce qui se passe sinon.',
    );
  });

  it('accepts an empty note when the customer was not reached', () => {
    for (const outcome of ['no-answer', 'voicemail', 'wrong-contact'] as CallOutcome[]) {
      expect(isCompletedCall(outcome)).toBe(false);
      expect(validateCallNote(empty, outcome)).toBeNull();
    }
  });

  it('accepts a note with one answer', () => {
    expect(validateCallNote({ ...empty, checkOn: 'lundi 4 mai' }, 'promise')).toBeNull();
  });

  it('turns the note into a summary, one line per answered question', () => {
    const notes: CallNotes = {
      theirStep: 'Virement de 500 €',
      ourStep: ' Envoyer les notes de suivi ',
      dates: 'vendredi 1er mai',
      checkOn: 'lundi 4 mai',
      ifBroken: '',
    };
    expect(callNoteSummary(notes)).toBe(
      [
        'Prochaine étape du client\u00a0: Virement de 500 €',
        'Notre prochaine étape\u00a0: Envoyer les notes de suivi',
        'Dates convenues\u00a0: vendredi 1er mai',
        'Nous vérifierons le\u00a0: lundi 4 mai',
      ].join('\n'),
    );
    expect(callNoteSummary(empty)).toBe('');
  });
});
