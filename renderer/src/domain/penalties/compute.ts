/**
 * Late-payment penalties of one invoice (LEGAL-FR.md, "Late-payment penalties" and "Consumers").
 *
 * Between professionals (Code de commerce L441-10, D441-5):
 * - interest runs from the day after the due date to the payment date, or the computation date
 *   (`until`), both included, without any reminder being needed;
 * - default rate: the `b2b-default` row of each half-year (ECB rate on 1 January / 1 July + 10
 *   points); a contractual rate may replace it but never below 3 × the taux d'intérêt légal
 *   ("autres cas") of the same half-year;
 * - plus a flat 40 EUR indemnity per invoice paid late or still late, even partly paid.
 * Against a consumer (Code civil 1231-6, 1344-1): interest at the taux d'intérêt légal, "autres
 * cas" rate since our users are businesses, from the day after the formal notice; no indemnity.
 *
 * Interest is simple: base × rate × days / 365, split in pieces that each have one base and one
 * rate: a new piece starts on 1 January and 1 July (the rate changes) and on the day after each
 * payment (the base changes: a payment still bore interest on the day it was made).
 *
 * 365, even in leap years: the statutory formula (and the worked example of LEGAL-FR) divides by
 * 365; a late period that includes 29 February counts that day, so a year of delay in a leap year
 * costs 366/365 of the yearly rate.
 *
 * Rounding, the one step where a fraction of a cent appears: each piece's interest is rounded to
 * the nearest cent, half up, computed exactly in integers (BigInt, no float); the interest total
 * is the sum of the rounded pieces, so the lines printed on a letter add up to the total shown.
 * The cost of that choice: splitting a piece (a payment in its middle) can add one cent of
 * rounding to a total whose exact value went down.
 *
 * Penalties are their own figures: they are never added to the invoice amount.
 */
import { fromDayNumber, toDayNumber, type IsoDate } from '../dates';
import type { RateRow } from '../model';
import type { Cents } from '../money';
import { halfYearStart, nextHalfYearStart } from '../rates/half-year';
import { rateForHalfYear, type RateKind } from '../rates/rate-table';

/** D441-5: flat indemnity for recovery costs, per invoice paid late (professional debtors only). */
export const FLAT_INDEMNITY_CENTS: Cents = 4000;
/** L441-10 interest is computed over a 365-day year, leap years included. */
export const DAYS_PER_YEAR = 365;
/** Minimum contractual rate: 3 × the legal interest rate of the half-year (L441-10). */
export const CONTRACTUAL_FLOOR_MULTIPLIER = 3;

export interface DatedPayment {
  cents: Cents;
  date: IsoDate;
}

export interface PenaltyInput {
  /** Amount of the invoice including tax (less credit notes), in cents. */
  amountCents: Cents;
  dueDate: IsoDate;
  /** Computation date (today, or the date of the final payment), included. */
  until: IsoDate;
  /** Partial or full payments, in any order. Payments after `until` are left out (with a warning). */
  payments: readonly DatedPayment[];
  debtor: 'business' | 'consumer';
  /** Formal notice date: a consumer's interest starts the day after it. Unused for a business. */
  noticeDate?: IsoDate;
  /** Contractual rate (business debtor), floored at 3 × the legal "autres cas" rate per half-year. */
  contractualRateBasisPoints?: number;
  rates: readonly RateRow[];
}

/** Where a piece's rate comes from. */
export type PieceRateKind = 'b2b-default' | 'legal-other' | 'contractual' | 'contractual-floor';

export interface PenaltyPiece {
  /** First and last day of the piece, both included; never across 1 January or 1 July. */
  from: IsoDate;
  to: IsoDate;
  days: number;
  rateBasisPoints: number;
  /** What was still owed during the piece. */
  baseCents: Cents;
  /** base × rate × days / 365, rounded to the cent (half up). */
  interestCents: Cents;
  rateKind: PieceRateKind;
}

export type PenaltyWarningCode =
  /** A half-year has no rate of its own: the latest earlier one is carried forward. */
  | 'rate-missing'
  /** A rate marked "À vérifier" (known from the press only) was used. */
  | 'rate-unconfirmed'
  /** The contractual rate is below 3 × the legal rate: the floor is used for that half-year. */
  | 'contractual-below-floor'
  /** No legal rate known for a half-year: the contractual rate is used without the floor check. */
  | 'floor-unknown'
  /** A consumer without a formal notice: no interest yet. */
  | 'no-notice'
  /** A contractual rate given for a consumer: not applied, the legal rate is. */
  | 'contractual-rate-consumer'
  /** Payments dated after the computation date are not counted. */
  | 'payment-after-until'
  /** Set by penaltyInputsForInvoice: money shown as paid without a dated payment. */
  | 'undated-payment';

export type PenaltyErrorCode = 'no-rate';

/**
 * A warning or an error, to render with `renderPenaltyIssue` (messages.ts). Param naming: `kind`
 * is a RateKind, `halfYear`/`usedHalfYear` the first day of a half-year, `…BasisPoints` a rate,
 * `…Cents` an amount, `…Date`/`until` a date.
 */
export interface PenaltyIssue<C extends string = PenaltyWarningCode | PenaltyErrorCode> {
  code: C;
  params: Record<string, string | number>;
}

export type PenaltyResult =
  | {
      ok: true;
      pieces: PenaltyPiece[];
      interestCents: Cents;
      indemnityCents: Cents;
      totalCents: Cents;
      warnings: PenaltyIssue<PenaltyWarningCode>[];
    }
  | { ok: false; error: PenaltyIssue<PenaltyErrorCode> };

function assertCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer of cents: ${value}`);
}

/** base × rate × days / 365 in cents, rounded half up, computed exactly. */
export function pieceInterestCents(baseCents: Cents, rateBasisPoints: number, days: number): Cents {
  const numerator = BigInt(baseCents) * BigInt(rateBasisPoints) * BigInt(days);
  const denominator = 10_000n * BigInt(DAYS_PER_YEAR);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

interface PieceRate {
  basisPoints: number;
  kind: PieceRateKind;
}

export function computePenalties(input: PenaltyInput): PenaltyResult {
  const { amountCents, dueDate, until, debtor, noticeDate, rates } = input;
  assertCents(amountCents, 'amountCents');
  for (const p of input.payments) assertCents(p.cents, 'payment');
  const contractual = input.contractualRateBasisPoints;
  if (contractual !== undefined && (!Number.isSafeInteger(contractual) || contractual < 0)) {
    throw new RangeError(`contractualRateBasisPoints must be a non-negative integer: ${contractual}`);
  }
  const dueDay = toDayNumber(dueDate);
  const untilDay = toDayNumber(until);
  const noticeDay = noticeDate === undefined ? null : toDayNumber(noticeDate);

  const warnings = new Map<string, PenaltyIssue<PenaltyWarningCode>>();
  const warn = (code: PenaltyWarningCode, params: Record<string, string | number> = {}) => {
    const key = `${code}|${JSON.stringify(params)}`;
    if (!warnings.has(key)) warnings.set(key, { code, params });
  };

  const counted = input.payments
    .map((p) => ({ cents: p.cents, day: toDayNumber(p.date) }))
    .filter((p) => p.day <= untilDay)
    .sort((a, b) => a.day - b.day);
  const ignored = input.payments.length - counted.length;
  if (ignored > 0) warn('payment-after-until', { count: ignored, until });
  /** Still owed at the start of `day`: payments made up to the day before are deducted. */
  const owedOn = (day: number): Cents => {
    let paid = 0;
    for (const p of counted) if (p.day < day) paid += p.cents;
    return Math.max(0, amountCents - paid);
  };

  const consumer = debtor === 'consumer';
  if (consumer && contractual !== undefined) warn('contractual-rate-consumer');
  if (consumer && noticeDay === null) warn('no-notice');
  // The last day without interest: the due date, or for a consumer the later of due date and notice.
  const lastFreeDay = consumer ? (noticeDay === null ? null : Math.max(dueDay, noticeDay)) : dueDay;

  // Per half-year, the rate to apply (or the reason there is none). Warnings are raised here.
  const rateCache = new Map<IsoDate, PieceRate | PenaltyIssue<PenaltyErrorCode>>();
  const rateOf = (day: IsoDate): PieceRate | PenaltyIssue<PenaltyErrorCode> => {
    const halfYear = halfYearStart(day);
    const cached = rateCache.get(halfYear);
    if (cached) return cached;
    const lookUp = (kind: RateKind) => {
      const found = rateForHalfYear(rates, kind, halfYear);
      if (found.ok && found.carried) warn('rate-missing', { kind, halfYear, usedHalfYear: halfYearStart(found.row.from) });
      if (found.ok && !found.row.confirmed) {
        warn('rate-unconfirmed', { kind, halfYear: halfYearStart(found.row.from), rateBasisPoints: found.row.basisPoints });
      }
      return found;
    };
    let rate: PieceRate | PenaltyIssue<PenaltyErrorCode>;
    if (consumer || contractual === undefined) {
      const kind = consumer ? 'legal-other' : 'b2b-default';
      const found = lookUp(kind);
      rate = found.ok ? { basisPoints: found.row.basisPoints, kind } : { code: 'no-rate', params: { kind, halfYear } };
    } else {
      const legal = lookUp('legal-other');
      if (!legal.ok) {
        warn('floor-unknown', { halfYear });
        rate = { basisPoints: contractual, kind: 'contractual' };
      } else {
        const floor = CONTRACTUAL_FLOOR_MULTIPLIER * legal.row.basisPoints;
        if (contractual >= floor) rate = { basisPoints: contractual, kind: 'contractual' };
        else {
          warn('contractual-below-floor', { halfYear, contractualBasisPoints: contractual, floorBasisPoints: floor });
          rate = { basisPoints: floor, kind: 'contractual-floor' };
        }
      }
    }
    rateCache.set(halfYear, rate);
    return rate;
  };

  const pieces: PenaltyPiece[] = [];
  if (lastFreeDay !== null && untilDay > lastFreeDay) {
    const firstDay = lastFreeDay + 1;
    // Days on which a new piece starts: each half-year start and each day after a payment (the
    // base changes; a zero payment changes nothing and splits nothing).
    const cuts = new Set<number>();
    for (let h = toDayNumber(nextHalfYearStart(fromDayNumber(firstDay))); h <= untilDay; h = toDayNumber(nextHalfYearStart(fromDayNumber(h)))) {
      cuts.add(h);
    }
    for (const p of counted) if (p.cents > 0 && p.day + 1 > firstDay && p.day + 1 <= untilDay) cuts.add(p.day + 1);
    const starts = [firstDay, ...[...cuts].sort((a, b) => a - b)];
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      const end = i + 1 < starts.length ? starts[i + 1]! - 1 : untilDay;
      const base = owedOn(start);
      if (base === 0) break; // paid in full: payments only ever lower the base
      const from = fromDayNumber(start);
      const rate = rateOf(from);
      if ('code' in rate) return { ok: false, error: rate };
      const days = end - start + 1;
      pieces.push({
        from,
        to: fromDayNumber(end),
        days,
        rateBasisPoints: rate.basisPoints,
        baseCents: base,
        interestCents: pieceInterestCents(base, rate.basisPoints, days),
        rateKind: rate.kind,
      });
    }
  }

  // Late = something was still owed after the due date, and the due date has passed.
  const late = untilDay > dueDay && owedOn(dueDay + 1) > 0;
  const indemnityCents = !consumer && late ? FLAT_INDEMNITY_CENTS : 0;
  const interestCents = pieces.reduce((sum, p) => sum + p.interestCents, 0);
  return {
    ok: true,
    pieces,
    interestCents,
    indemnityCents,
    totalCents: interestCents + indemnityCents,
    warnings: [...warnings.values()],
  };
}
