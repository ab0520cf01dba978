/**
 * The terms part of the plan form (count, first date, rhythm, remainder, amounts typed by hand),
 * shared by a new plan and a renegotiation: the draft as the fields hold it, and its reading into
 * the domain's PlanTermsInput.
 */
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import { addDays, type IsoDate } from '../../domain/dates';
import type { Id } from '../../domain/model';
import { formatAmountPlain, parseAmount, type AmountError, type Cents } from '../../domain/money';
import {
  MAX_INSTALMENTS,
  MIN_INSTALMENTS,
  splitInstalments,
  type PlanError,
  type PlanFrequency,
  type PlanTermsInput,
  type RemainderOn,
} from '../../domain/payment-plan';

export interface TermsDraft {
  /** As the NumberInput gives it: a number, or the text while it is being typed. */
  count: number | string;
  /** `YYYY-MM-DD` from the date input; '' while incomplete. */
  first: string;
  frequency: PlanFrequency;
  remainderOn: RemainderOn;
  /** "Montants modifiés à la main": each instalment typed in `amounts`. */
  custom: boolean;
  amounts: string[];
}

export const FREQUENCIES: PlanFrequency[] = ['weekly', 'fortnightly', 'monthly'];

/** Today + 7 days, moved to a business day (a calendar without any gives the day as is). */
export function defaultFirstDate(today: IsoDate, calendar: BusinessCalendar): IsoDate {
  const week = addDays(today, 7);
  try {
    return calendar.nextBusinessDay(week);
  } catch {
    return week;
  }
}

export function defaultTerms(today: IsoDate, calendar: BusinessCalendar): TermsDraft {
  return { count: 3, first: defaultFirstDate(today, calendar), frequency: 'monthly', remainderOn: 'last', custom: false, amounts: [] };
}

/** The count when it is a whole number the domain accepts, else null. */
export function countOf(draft: TermsDraft): number | null {
  const n = typeof draft.count === 'number' ? draft.count : Number.NaN;
  return Number.isInteger(n) && n >= MIN_INSTALMENTS && n <= MAX_INSTALMENTS ? n : null;
}

/** Amounts to start typing from: the equal split of the total, written "1735,69". */
export function seedAmounts(totalCents: Cents, count: number, remainderOn: RemainderOn): string[] {
  const split = totalCents > 0 ? splitInstalments(totalCents, count, remainderOn) : null;
  return Array.from({ length: count }, (_, i) => (split?.ok ? formatAmountPlain(split.amounts[i] ?? 0) : ''));
}

/** Keeps the typed amounts when the count changes: the first ones stay, new ones start empty. */
export function resizeAmounts(amounts: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => amounts[i] ?? '');
}

export interface ReadTerms {
  terms: PlanTermsInput;
  /** Typed amounts that are not amounts, by position from 1: they block the plan. */
  unreadable: Map<number, AmountError>;
}

/**
 * The draft as the domain's terms. An unreadable typed amount counts as 0 so the domain still
 * reports the other problems (and how much is missing); the position is kept in `unreadable`.
 */
export function readTerms(draft: TermsDraft, context: { today: IsoDate; calendar: BusinessCalendar; newId: () => Id }): ReadTerms {
  const count = countOf(draft);
  const unreadable = new Map<number, AmountError>();
  let amounts: Cents[] | undefined;
  if (draft.custom && count !== null) {
    amounts = resizeAmounts(draft.amounts, count).map((text, i) => {
      const parsed = parseAmount(text);
      if (parsed.ok) return parsed.value;
      unreadable.set(i + 1, parsed.error);
      return 0;
    });
  }
  return {
    terms: {
      count: count ?? (typeof draft.count === 'number' ? draft.count : Number.NaN),
      first: draft.first,
      frequency: draft.frequency,
      remainderOn: draft.remainderOn,
      ...(amounts ? { amounts } : {}),
      today: context.today,
      calendar: context.calendar,
      newId: context.newId,
    },
    unreadable,
  };
}

/** The domain's errors, less "too small" on an amount already reported unreadable. */
export function withoutUnreadable(errors: readonly PlanError[], unreadable: ReadonlyMap<number, AmountError>): PlanError[] {
  return errors.filter((e) => !(e.code === 'customAmountTooSmall' && unreadable.has(Number(e.params?.position))));
}

/** A domain result read with the unreadable amounts: the value only when nothing is wrong. */
export function settle<R extends { ok: true }>(
  result: R | { ok: false; errors: PlanError[] },
  unreadable: ReadonlyMap<number, AmountError>,
): { value: R | null; errors: PlanError[] } {
  if (!result.ok) return { value: null, errors: withoutUnreadable(result.errors, unreadable) };
  return { value: unreadable.size === 0 ? result : null, errors: [] };
}
