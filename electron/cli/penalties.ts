/**
 * `cli penalties`: the late-payment penalties of one invoice with the shipped rate table, as JSON.
 * The same domain code as the app (renderer/src/domain/penalties), so the CLI can check a figure
 * a letter shows.
 */
import { parseArgs } from 'node:util';
import { isValidIsoDate } from '../../renderer/src/domain/dates';
import { computePenalties, renderPenaltyIssue, type DatedPayment, type PenaltyInput } from '../../renderer/src/domain/penalties';
import { DEFAULT_RATES } from '../../renderer/src/domain/rates/default-rates';
import { basisPointsToPercentNumber, parsePercent } from '../../renderer/src/domain/rates/percent';
import { MAX_BASIS_POINTS } from '../../renderer/src/domain/rates/rate-table';

export const PENALTIES_USAGE = `  npm run --silent cli -- penalties --amount <cents> --due <YYYY-MM-DD> --until <YYYY-MM-DD> [--paid <cents>@<YYYY-MM-DD> ...] [--consumer] [--notice <YYYY-MM-DD>] [--rate <percent>] [--lang fr|en]
      --amount    invoice amount incl. tax, in cents (500000 = 5 000,00 EUR)
      --paid      a payment, in cents, and its date; repeat for several payments
      --consumer  the debtor is a consumer: legal interest from the day after --notice, no 40 EUR indemnity
      --rate      contractual rate in percent ("12,5" or "12.5"), business debtors only`;

export interface PenaltiesReport {
  pieces: {
    from: string;
    to: string;
    days: number;
    /** Percent as a number (12.15) for reading; rateBasisPoints is the exact value. */
    rate: number;
    rateBasisPoints: number;
    rateKind: string;
    baseCents: number;
    interestCents: number;
  }[];
  interestCents: number;
  indemnityCents: number;
  totalCents: number;
  warnings: { code: string; params: Record<string, string | number>; message: string }[];
}

export type PenaltiesOutcome =
  | { kind: 'usage'; message: string }
  | { kind: 'report'; report: PenaltiesReport }
  | { kind: 'error'; error: { code: string; params: Record<string, string | number>; message: string } };

const CENTS_RE = /^\d{1,15}$/;
const PAID_RE = /^(\d{1,15})@(\d{4}-\d{2}-\d{2})$/;

/** Reads the arguments (after the word `penalties`) and computes; no output written here. */
export function penaltiesCommand(args: string[]): PenaltiesOutcome {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        amount: { type: 'string' },
        due: { type: 'string' },
        until: { type: 'string' },
        paid: { type: 'string', multiple: true, default: [] },
        consumer: { type: 'boolean', default: false },
        notice: { type: 'string' },
        rate: { type: 'string' },
        lang: { type: 'string', default: 'fr' },
      },
    });
  } catch (error) {
    return { kind: 'usage', message: (error as Error).message };
  }
  const v = parsed.values;
  const usage = (message: string): PenaltiesOutcome => ({ kind: 'usage', message });
  if (v.amount === undefined || !CENTS_RE.test(v.amount)) {
    return usage('--amount attend le montant TTC en centimes, un nombre entier (500000 pour 5 000,00 €).');
  }
  for (const name of ['due', 'until'] as const) {
    const value = v[name];
    if (value === undefined || !isValidIsoDate(value)) return usage(`--${name} attend une date AAAA-MM-JJ existante (par exemple 2026-03-31).`);
  }
  const payments: DatedPayment[] = [];
  for (const text of v.paid ?? []) {
    const m = PAID_RE.exec(text);
    if (!m || !isValidIsoDate(m[2]!)) return usage(`--paid ${text} : attendu <centimes>@<AAAA-MM-JJ>, par exemple 150000@2026-04-15.`);
    payments.push({ cents: Number(m[1]), date: m[2]! });
  }
  if (v.notice !== undefined && !isValidIsoDate(v.notice)) return usage('--notice attend une date AAAA-MM-JJ existante.');
  if (v.notice !== undefined && !v.consumer) {
    return usage('--notice ne sert qu’avec --consumer : entre professionnels, les pénalités courent sans mise en demeure.');
  }
  let contractual: number | undefined;
  if (v.rate !== undefined) {
    if (v.consumer) return usage('--rate (taux contractuel) ne s’applique pas avec --consumer.');
    const rate = parsePercent(v.rate);
    if (!rate.ok || rate.value < 0 || rate.value > MAX_BASIS_POINTS) {
      return usage(`--rate ${v.rate} : attendu un pourcentage entre 0 et 100 avec au plus deux décimales (par exemple 12,5).`);
    }
    contractual = rate.value;
  }
  if (v.lang !== 'fr' && v.lang !== 'en') return usage('--lang attend fr ou en.');
  const language = v.lang;

  const input: PenaltyInput = {
    amountCents: Number(v.amount),
    dueDate: v.due!,
    until: v.until!,
    payments,
    debtor: v.consumer ? 'consumer' : 'business',
    noticeDate: v.notice,
    contractualRateBasisPoints: contractual,
    rates: DEFAULT_RATES,
  };
  const result = computePenalties(input);
  if (!result.ok) {
    return { kind: 'error', error: { ...result.error, message: renderPenaltyIssue(result.error, language) } };
  }
  return {
    kind: 'report',
    report: {
      pieces: result.pieces.map((p) => ({
        from: p.from,
        to: p.to,
        days: p.days,
        rate: basisPointsToPercentNumber(p.rateBasisPoints),
        rateBasisPoints: p.rateBasisPoints,
        rateKind: p.rateKind,
        baseCents: p.baseCents,
        interestCents: p.interestCents,
      })),
      interestCents: result.interestCents,
      indemnityCents: result.indemnityCents,
      totalCents: result.totalCents,
      warnings: result.warnings.map((w) => ({ ...w, message: renderPenaltyIssue(w, language) })),
    },
  };
}
