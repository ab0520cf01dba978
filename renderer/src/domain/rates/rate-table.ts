/**
 * Look-ups in the rate tables and the rules a row typed by the user must follow.
 *
 * The tables hold four kinds of rows (RateRow.kind): the ECB main refinancing rate by the date a
 * change took effect, and three rates fixed per half-year: the default B2B penalty rate (ECB
 * rate on 1 January or 1 July + 10 points) and the two taux d'intérêt légal (creditor is an
 * individual; all other cases). A row is in force from its `from` date until the next row of the
 * same kind.
 */
import type { FieldError } from '../company-profile';
import { formatDate, isValidIsoDate, parseDate, type IsoDate } from '../dates';
import type { RateRow } from '../model';
import type { RateKind } from './default-rates';
import { halfYearStart, isHalfYearStart, nextHalfYearStart } from './half-year';
import { formatPercent, parsePercent } from './percent';

export type { RateKind } from './default-rates';

/** The order of the tables on screen. */
export const RATE_KINDS: readonly RateKind[] = ['ecb', 'b2b-default', 'legal-individual', 'legal-other'];

/** Rates fixed per half-year must start on 1 January or 1 July; ECB changes happen any day. */
export const isHalfYearKind = (kind: RateKind): boolean => kind !== 'ecb';

/** Highest rate accepted: 100 %. No French rate has come near it; anything above is a typo. */
export const MAX_BASIS_POINTS = 10_000;
export const MAX_SOURCE_LENGTH = 200;

/** The rows of one kind, oldest first. */
export function ratesOfKind(rates: readonly RateRow[], kind: RateKind): RateRow[] {
  return rates.filter((r) => r.kind === kind).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The row of `kind` in force on `date`: the latest one starting on or before it (null if none). */
export function rateInForce(rates: readonly RateRow[], kind: RateKind, date: IsoDate): RateRow | null {
  let found: RateRow | null = null;
  for (const r of rates) {
    if (r.kind === kind && r.from <= date && (found === null || r.from > found.from)) found = r;
  }
  return found;
}

export type HalfYearRate =
  /** `carried`: the half-year has no row of its own; the latest earlier one is used. */
  | { ok: true; halfYear: IsoDate; row: RateRow; carried: boolean }
  /** No row at all on or before this half-year: nothing to compute with, never guess. */
  | { ok: false; halfYear: IsoDate };

/** The rate of a half-year kind for the half-year containing `date`. */
export function rateForHalfYear(rates: readonly RateRow[], kind: RateKind, date: IsoDate): HalfYearRate {
  const halfYear = halfYearStart(date);
  const row = rateInForce(rates, kind, halfYear);
  if (row === null) return { ok: false, halfYear };
  return { ok: true, halfYear, row, carried: row.from !== halfYear };
}

/** What the "Ajouter" form starts with. */
export interface RateProposal {
  kind: RateKind;
  /** Empty for ECB rows: their changes fall on any day. */
  from: IsoDate | '';
  basisPoints: number | null;
  source: string;
  /** For a B2B row: the ECB row the proposal adds 10 points to. */
  ecb: RateRow | null;
}

/**
 * Proposes the half-year after the latest row of the table (or the current half-year when the
 * table is empty) and, for the B2B table, the ECB rate in force on its first day + 10 points when
 * an ECB rate is known on that date. The user checks and may change everything.
 */
export function proposeRate(rates: readonly RateRow[], kind: RateKind, today: IsoDate): RateProposal {
  if (!isHalfYearKind(kind)) return { kind, from: '', basisPoints: null, source: '', ecb: null };
  const rows = ratesOfKind(rates, kind);
  const last = rows[rows.length - 1];
  const from = last ? nextHalfYearStart(last.from) : halfYearStart(today);
  if (kind !== 'b2b-default') return { kind, from, basisPoints: null, source: '', ecb: null };
  const ecb = rateInForce(rates, 'ecb', from);
  if (ecb === null) return { kind, from, basisPoints: null, source: '', ecb: null };
  return {
    kind,
    from,
    basisPoints: ecb.basisPoints + 1000,
    source: `Code de commerce L441-10 : taux BCE de ${formatPercent(ecb.basisPoints)} (en vigueur depuis le ${formatDate(ecb.from)}) + 10 points`,
    ecb,
  };
}

/** A row as typed in the form: text fields, parsed and checked by `readRateDraft`. */
export interface RateDraft {
  kind: RateKind;
  /** "01/07/2026" or "2026-07-01". */
  from: string;
  /** "12,15", "12.15" or "12,15 %". */
  rate: string;
  source: string;
}

export type RateField = 'from' | 'rate' | 'source';
/** Codes are keys under `rates.errors` in the catalogues. */
export type RateErrors = Partial<Record<RateField, FieldError>>;

export type RateDraftResult =
  | { ok: true; value: Pick<RateRow, 'kind' | 'from' | 'basisPoints' | 'source'> }
  | { ok: false; errors: RateErrors };

/** Text for the source when the user leaves it empty. */
export const MANUAL_SOURCE = 'Saisie manuelle';

/**
 * Reads the form and applies the rules of `checkRate` against the other rows of the table
 * (`editingId`: the row being edited, which may keep its own date).
 */
export function readRateDraft(draft: RateDraft, rates: readonly RateRow[], editingId?: string): RateDraftResult {
  const errors: RateErrors = {};
  let from: IsoDate | null = null;
  const date = parseDate(draft.from, 'DMY');
  if (date.ok) from = date.value;
  else errors.from = { code: `date-${date.error}` };

  let basisPoints: number | null = null;
  const rate = parsePercent(draft.rate);
  if (rate.ok) basisPoints = rate.value;
  else errors.rate = { code: `rate-${rate.error}` };

  const source = draft.source.trim().replace(/\s+/g, ' ') || MANUAL_SOURCE;
  const value = { kind: draft.kind, from: from ?? '', basisPoints: basisPoints ?? 0, source };
  const rules = checkRate(value, rates, editingId);
  if (from !== null && rules.from) errors.from = rules.from;
  if (basisPoints !== null && rules.rate) errors.rate = rules.rate;
  if (rules.source) errors.source = rules.source;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * The rules every stored row follows (checked again when saving, inside the transaction):
 * a half-year rate starts on 1 January or 1 July; one row per date in each table; a rate between
 * 0 and 100 %; a source of at most 200 characters.
 */
export function checkRate(
  row: Pick<RateRow, 'kind' | 'from' | 'basisPoints' | 'source'>,
  rates: readonly RateRow[],
  editingId?: string,
): RateErrors {
  const errors: RateErrors = {};
  if (!isValidIsoDate(row.from)) errors.from = { code: 'date-format' };
  else if (isHalfYearKind(row.kind) && !isHalfYearStart(row.from)) {
    errors.from = { code: 'not-half-year-start', params: { start: formatDate(halfYearStart(row.from)) } };
  } else if (rates.some((r) => r.kind === row.kind && r.from === row.from && r.id !== editingId)) {
    errors.from = { code: 'duplicate', params: { date: formatDate(row.from) } };
  }
  if (!Number.isSafeInteger(row.basisPoints) || row.basisPoints < 0 || row.basisPoints > MAX_BASIS_POINTS) {
    errors.rate = { code: 'rate-out-of-range' };
  }
  if (row.source.length > MAX_SOURCE_LENGTH) errors.source = { code: 'source-too-long', params: { max: MAX_SOURCE_LENGTH } };
  return errors;
}
