/**
 * The interaction log (issue 6, item 5): an entry can be corrected on the day it was written,
 * never silently overwritten (the previous summary is kept in `corrections`); and a completed call
 * must leave a written note.
 */
import { formatDate, isValidIsoDate, todayIso, type IsoDate } from '../dates';
import type { Interaction, Timestamp } from '../model';
import type { InteractionError } from './messages';

export type CorrectionResult = { ok: true; value: Interaction } | { ok: false; error: InteractionError };

/** The user's local calendar day of a timestamp (see todayIso: local date parts). */
export function localDayOf(timestamp: Timestamp): IsoDate {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) throw new RangeError(`invalid timestamp: ${timestamp}`);
  return todayIso(date);
}

/**
 * The interaction with its summary corrected at `now`, the previous summary appended to
 * `corrections`. Refused when the new summary is blank or unchanged, or when `now` is not on the
 * same local calendar day as the interaction. `dayOf` turns a timestamp into the user's local day;
 * pass one explicitly (tests, another time zone) to keep the result independent of the machine.
 */
export function correctInteraction(
  interaction: Interaction,
  newSummary: string,
  now: Timestamp,
  dayOf: (timestamp: Timestamp) => IsoDate = localDayOf,
): CorrectionResult {
  const summary = newSummary.trim();
  if (summary === '') return { ok: false, error: { code: 'emptySummary' } };
  const day = dayOf(interaction.at);
  if (dayOf(now) !== day) return { ok: false, error: { code: 'notSameDay', params: { day: formatDate(day) } } };
  if (summary === interaction.summary.trim()) return { ok: false, error: { code: 'unchangedSummary' } };
  return {
    ok: true,
    value: {
      ...interaction,
      summary,
      corrections: [...interaction.corrections, { at: now, previousSummary: interaction.summary }],
    },
  };
}

/** The five questions of the written follow-up, as captured during a call. */
export interface CallNotes {
  /** Their next step. */
  theirStep: string;
  /** Ours. */
  ourStep: string;
  /** The dates agreed. */
  dates: string;
  /** When we check. */
  checkOn: string;
  /** What happens if they do not. */
  ifBroken: string;
}

/**
 * How a call ended. The first ones reached the customer (a completed call, which must leave a
 * note); the last three did not.
 */
export type CallOutcome =
  | 'promise'
  | 'plan'
  | 'dispute'
  | 'difficulty'
  | 'already-paid'
  | 'other'
  | 'no-answer'
  | 'voicemail'
  | 'wrong-contact';

const NOT_REACHED: ReadonlySet<CallOutcome> = new Set<CallOutcome>(['no-answer', 'voicemail', 'wrong-contact']);

/** Whether the customer was reached. */
export function isCompletedCall(outcome: CallOutcome): boolean {
  return !NOT_REACHED.has(outcome);
}

/** Whether every question of the note is blank (spaces only count as blank). */
export function isEmptyCallNote(notes: CallNotes): boolean {
  return [notes.theirStep, notes.ourStep, notes.dates, notes.checkOn, notes.ifBroken].every((text) => text.trim() === '');
}

/** The error of a call's note, or null when it may be saved: a completed call needs a note. */
export function validateCallNote(notes: CallNotes, outcome: CallOutcome): InteractionError | null {
  if (isCompletedCall(outcome) && isEmptyCallNote(notes)) return { code: 'emptyNote' };
  return null;
}

const NOTE_LABELS: Record<keyof CallNotes, { fr: string; en: string }> = {
  theirStep: { fr: 'Prochaine étape du client', en: 'Customer’s next step' },
  ourStep: { fr: 'Notre prochaine étape', en: 'Our next step' },
  dates: { fr: 'Dates convenues', en: 'Agreed dates' },
  checkOn: { fr: 'Nous vérifierons le', en: 'We will check on' },
  ifBroken: { fr: 'À défaut', en: 'Otherwise' },
};

/**
 * The note as the interaction's summary: one "Label : text" line per answered question; a date
 * picked in a date field (YYYY-MM-DD) reads the French way.
 */
export function callNoteSummary(notes: CallNotes, locale: 'fr' | 'en' = 'fr'): string {
  const separator = locale === 'fr' ? '\u00a0: ' : ': ';
  return (Object.keys(NOTE_LABELS) as (keyof CallNotes)[])
    .filter((key) => notes[key].trim() !== '')
    .map((key) => {
      const text = notes[key].trim();
      return `${NOTE_LABELS[key][locale]}${separator}${isValidIsoDate(text) ? formatDate(text) : text}`;
    })
    .join('\n');
}
