/**
 * Instalment amounts: a total in cents split into equal instalments that add up to it exactly, and
 * the check of amounts a user typed by hand.
 */
import type { Cents } from '../money';
import { formatEuros, isCents, sumCents } from '../money';
import type { PlanError } from './messages';

export const MIN_INSTALMENTS = 1;
export const MAX_INSTALMENTS = 60;
/** The smallest instalment accepted: 1 €. */
export const MIN_INSTALMENT_CENTS: Cents = 100;

export type RemainderOn = 'first' | 'last';

export type SplitResult =
  | { ok: true; amounts: Cents[]; description: string }
  | { ok: false; error: PlanError };

function requireCents(value: number, what: string): void {
  if (!isCents(value)) throw new RangeError(`${what} is not an amount in cents: ${value}`);
}

/**
 * Splits `totalCents` into `count` instalments that sum to it exactly. Each is ⌊total / count⌋;
 * the remainder r (0 to count − 1 cents) adds one cent to each of the r first or r last
 * instalments, so instalments never differ by more than one cent: 5 207,08 € in 3, remainder
 * last → 1 735,69 + 1 735,69 + 1 735,70; 100,00 € in 3, remainder first → 33,34 + 33,33 + 33,33.
 * `description` states it for the agreement ("Les 2 premières échéances de 1 735,69 €, la
 * dernière de 1 735,70 €").
 *
 * Refused (error code to translate): a count that is not a whole number from 1 to 60
 * (`countRange`), a total ≤ 0 (`totalNotPositive`), an instalment under 1 € (`instalmentTooSmall`).
 * Throws RangeError when `totalCents` is not a safe integer (a programming error).
 */
export function splitInstalments(totalCents: Cents, count: number, remainderOn: RemainderOn): SplitResult {
  requireCents(totalCents, 'Total');
  if (!Number.isInteger(count) || count < MIN_INSTALMENTS || count > MAX_INSTALMENTS) {
    return { ok: false, error: { code: 'countRange', field: 'count', params: { min: MIN_INSTALMENTS, max: MAX_INSTALMENTS } } };
  }
  if (totalCents <= 0) return { ok: false, error: { code: 'totalNotPositive', field: 'total' } };
  const base = Math.floor(totalCents / count);
  const remainder = totalCents - base * count;
  if (base < MIN_INSTALMENT_CENTS) {
    return {
      ok: false,
      error: {
        code: 'instalmentTooSmall',
        field: 'count',
        params: { count, amount: formatEuros(base), amountCents: base, min: formatEuros(MIN_INSTALMENT_CENTS) },
      },
    };
  }
  const amounts = Array.from({ length: count }, (_, i) => {
    const getsCent = remainderOn === 'first' ? i < remainder : i >= count - remainder;
    return getsCent ? base + 1 : base;
  });
  return { ok: true, amounts, description: describeAmounts(amounts) };
}

/**
 * A sentence describing instalment amounts, for the agreement and the editor:
 * - all equal: "3 échéances de 500,00 €" ("Une échéance unique de 500,00 €");
 * - two runs: "Les 2 premières échéances de 1 735,69 €, la dernière de 1 735,70 €",
 *   "La première échéance de 33,34 €, les 2 dernières de 33,33 €";
 * - otherwise each amount in order: "Échéances de 100,00 €, 250,00 € et 100,00 €".
 * Amounts are written by formatEuros (narrow no-break space between thousands, no-break space
 * before "€"). An empty list gives "".
 */
export function describeAmounts(amounts: readonly Cents[]): string {
  if (amounts.length === 0) return '';
  const runs: { amount: Cents; length: number }[] = [];
  for (const amount of amounts) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.amount === amount) last.length += 1;
    else runs.push({ amount, length: 1 });
  }
  const [a, b] = runs;
  if (runs.length === 1 && a !== undefined) {
    return a.length === 1
      ? `Une échéance unique de ${formatEuros(a.amount)}`
      : `${a.length} échéances de ${formatEuros(a.amount)}`;
  }
  if (runs.length === 2 && a !== undefined && b !== undefined) {
    const head = a.length === 1 ? 'La première échéance' : `Les ${a.length} premières échéances`;
    const tail = b.length === 1 ? 'la dernière' : `les ${b.length} dernières`;
    return `${head} de ${formatEuros(a.amount)}, ${tail} de ${formatEuros(b.amount)}`;
  }
  const written = amounts.map((c) => formatEuros(c));
  return `Échéances de ${written.slice(0, -1).join(', ')} et ${written[written.length - 1] ?? ''}`;
}

/**
 * Checks instalment amounts edited by hand against the total to cover: 1 to 60 instalments, each
 * at least 1 €, summing exactly to the total. Every problem is reported: `customAmountTooSmall`
 * (with its position, from 1), `amountsShort` ("Il manque 12,34 €") or `amountsOver`
 * ("12,34 € de trop"). Throws RangeError on a value that is not a safe integer of cents.
 */
export function validateCustomAmounts(
  amounts: readonly Cents[],
  totalCents: Cents,
): { ok: true; amounts: Cents[] } | { ok: false; errors: PlanError[] } {
  requireCents(totalCents, 'Total');
  amounts.forEach((a, i) => requireCents(a, `Instalment ${i + 1}`));
  const errors: PlanError[] = [];
  if (amounts.length < MIN_INSTALMENTS || amounts.length > MAX_INSTALMENTS) {
    errors.push({ code: 'countRange', field: 'count', params: { min: MIN_INSTALMENTS, max: MAX_INSTALMENTS } });
  }
  if (totalCents <= 0) errors.push({ code: 'totalNotPositive', field: 'total' });
  amounts.forEach((amount, i) => {
    if (amount < MIN_INSTALMENT_CENTS) {
      errors.push({
        code: 'customAmountTooSmall',
        field: 'amounts',
        params: { position: i + 1, amount: formatEuros(amount), amountCents: amount, min: formatEuros(MIN_INSTALMENT_CENTS) },
      });
    }
  });
  const sum = sumCents(amounts);
  if (sum !== totalCents) {
    const difference = Math.abs(totalCents - sum);
    errors.push({
      code: sum < totalCents ? 'amountsShort' : 'amountsOver',
      field: 'amounts',
      params: {
        difference: formatEuros(difference),
        differenceCents: difference,
        sum: formatEuros(sum),
        total: formatEuros(totalCents),
      },
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, amounts: [...amounts] };
}
