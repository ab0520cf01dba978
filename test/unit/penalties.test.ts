/**
 * Late-payment penalties against figures worked out by hand (LEGAL-FR.md). Every expected amount
 * is written as the arithmetic a bookkeeper would do: euros × rate × days / 365, then rounded to
 * the cent.
 */
import { describe, expect, it } from 'vitest';
import {
  computePenalties,
  renderPenaltyIssue,
  type PenaltyInput,
  type PenaltyResult,
} from '../../renderer/src/domain/penalties';
import { DEFAULT_RATES } from '../../renderer/src/domain/rates/default-rates';

const b2b = (input: Partial<PenaltyInput> & Pick<PenaltyInput, 'amountCents' | 'dueDate' | 'until'>): PenaltyResult =>
  computePenalties({ payments: [], debtor: 'business', rates: DEFAULT_RATES, ...input });

function ok(result: PenaltyResult) {
  if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result.error)}`);
  return result;
}

/** Hand arithmetic in euros → cents, rounded half up (the test's own rounding, not the app's). */
const cents = (euros: number) => Math.round(euros * 100 + 1e-9);

describe('worked example of LEGAL-FR', () => {
  it('5 000 EUR × 10 % × 30 / 365 = 41,10 EUR, plus the 40 EUR indemnity', () => {
    // 2022 H1: ECB 0.00 % on 1 January + 10 points = 10.00 %. Days 2 March to 31 March = 30.
    const r = ok(b2b({ amountCents: 500000, dueDate: '2022-03-01', until: '2022-03-31' }));
    expect(5000 * 0.1 * 30 / 365).toBeCloseTo(41.0959, 4);
    expect(r.pieces).toEqual([
      { from: '2022-03-02', to: '2022-03-31', days: 30, rateBasisPoints: 1000, baseCents: 500000, interestCents: 4110, rateKind: 'b2b-default' },
    ]);
    expect(r.interestCents).toBe(4110);
    expect(r.indemnityCents).toBe(4000);
    expect(r.totalCents).toBe(8110);
    expect(r.warnings).toEqual([]);
  });

  it('counts from the day after the due date to the computation date included', () => {
    // Due 31 March, computed on 1 April: one day of interest.
    const r = ok(b2b({ amountCents: 500000, dueDate: '2022-03-31', until: '2022-04-01' }));
    expect(r.pieces.map((p) => [p.from, p.to, p.days])).toEqual([['2022-04-01', '2022-04-01', 1]]);
    expect(r.interestCents).toBe(cents(5000 * 0.1 * 1 / 365)); // 1,37 €
  });
});

describe('half-year pieces', () => {
  it('splits a period spanning 1 January: 14,00 % in 2023 H2, 14,50 % in 2024 H1', () => {
    const r = ok(b2b({ amountCents: 100000, dueDate: '2023-12-15', until: '2024-01-20' }));
    // 16 Dec → 31 Dec = 16 days; 1 Jan → 20 Jan = 20 days.
    expect(r.pieces.map((p) => [p.from, p.to, p.days, p.rateBasisPoints])).toEqual([
      ['2023-12-16', '2023-12-31', 16, 1400],
      ['2024-01-01', '2024-01-20', 20, 1450],
    ]);
    const first = cents(1000 * 0.14 * 16 / 365); // 6,14 €
    const second = cents(1000 * 0.145 * 20 / 365); // 7,95 €
    expect([first, second]).toEqual([614, 795]);
    expect(r.pieces.map((p) => p.interestCents)).toEqual([614, 795]);
    expect(r.interestCents).toBe(1409);
    expect(r.totalCents).toBe(1409 + 4000);
  });

  it('splits a period spanning 1 July: 14,50 % in 2024 H1, 14,25 % in 2024 H2', () => {
    const r = ok(b2b({ amountCents: 300000, dueDate: '2024-06-10', until: '2024-07-25' }));
    // 11 June → 30 June = 20 days; 1 July → 25 July = 25 days.
    expect(r.pieces.map((p) => [p.from, p.to, p.days, p.rateBasisPoints])).toEqual([
      ['2024-06-11', '2024-06-30', 20, 1450],
      ['2024-07-01', '2024-07-25', 25, 1425],
    ]);
    expect(r.pieces.map((p) => p.interestCents)).toEqual([cents(3000 * 0.145 * 20 / 365), cents(3000 * 0.1425 * 25 / 365)]);
    expect(r.interestCents).toBe(2384 + 2928);
  });

  it('counts 29 February 2024 as a day and still divides by 365', () => {
    // 1 February → 1 March 2024 = 29 + 1 = 30 days at 14,50 %.
    const r = ok(b2b({ amountCents: 500000, dueDate: '2024-01-31', until: '2024-03-01' }));
    expect(r.pieces[0]!.days).toBe(30);
    expect(r.interestCents).toBe(cents(5000 * 0.145 * 30 / 365)); // 59,59 €
    expect(r.interestCents).toBe(5959);
    expect(r.interestCents).not.toBe(cents(5000 * 0.145 * 30 / 366)); // 59,43 € would be the /366 reading
  });

  it('charges 182/365 of the yearly rate for the 182 days of the first half of 2024', () => {
    const r = ok(b2b({ amountCents: 100000, dueDate: '2023-12-31', until: '2024-06-30' }));
    expect(r.pieces.map((p) => [p.from, p.to, p.days])).toEqual([['2024-01-01', '2024-06-30', 31 + 29 + 31 + 30 + 31 + 30]]);
    expect(r.interestCents).toBe(cents(1000 * 0.145 * 182 / 365)); // 72,30 €
  });
});

describe('payments', () => {
  it('a partial payment lowers the base from the day after it: the paid part bore interest on its payment day', () => {
    const r = ok(
      b2b({ amountCents: 200000, dueDate: '2025-02-28', until: '2025-04-19', payments: [{ cents: 50000, date: '2025-03-20' }] }),
    );
    // 2025 H1: 13,15 %. 1 → 20 March on 2 000 €: 20 days; 21 March → 19 April on 1 500 €: 11 + 19 = 30 days.
    expect(r.pieces.map((p) => [p.from, p.to, p.days, p.baseCents])).toEqual([
      ['2025-03-01', '2025-03-20', 20, 200000],
      ['2025-03-21', '2025-04-19', 30, 150000],
    ]);
    expect(r.pieces.map((p) => p.interestCents)).toEqual([cents(2000 * 0.1315 * 20 / 365), cents(1500 * 0.1315 * 30 / 365)]);
    expect(r.interestCents).toBe(1441 + 1621);
    expect(r.indemnityCents).toBe(4000);
  });

  it('takes payments in any order and splits at each', () => {
    const r = ok(
      b2b({
        amountCents: 100000,
        dueDate: '2022-03-01',
        until: '2022-03-31',
        payments: [
          { cents: 30000, date: '2022-03-21' },
          { cents: 20000, date: '2022-03-11' },
        ],
      }),
    );
    expect(r.pieces.map((p) => [p.from, p.to, p.days, p.baseCents])).toEqual([
      ['2022-03-02', '2022-03-11', 10, 100000],
      ['2022-03-12', '2022-03-21', 10, 80000],
      ['2022-03-22', '2022-03-31', 10, 50000],
    ]);
    expect(r.interestCents).toBe(cents(1000 * 0.1 * 10 / 365) + cents(800 * 0.1 * 10 / 365) + cents(500 * 0.1 * 10 / 365));
  });

  it('a payment made on or before the due date lowers the base before interest starts', () => {
    const r = ok(b2b({ amountCents: 100000, dueDate: '2022-03-01', until: '2022-03-31', payments: [{ cents: 40000, date: '2022-02-20' }] }));
    expect(r.pieces.map((p) => p.baseCents)).toEqual([60000]);
    expect(r.interestCents).toBe(cents(600 * 0.1 * 30 / 365)); // 4,93 €
  });

  it('stops the interest on the day of the final payment', () => {
    const r = ok(b2b({ amountCents: 100000, dueDate: '2022-03-01', until: '2022-04-30', payments: [{ cents: 100000, date: '2022-03-11' }] }));
    expect(r.pieces.map((p) => [p.from, p.to, p.days])).toEqual([['2022-03-02', '2022-03-11', 10]]);
    expect(r.interestCents).toBe(cents(1000 * 0.1 * 10 / 365)); // 0,27 €
    expect(r.indemnityCents).toBe(4000);
  });

  it('leaves out payments dated after the computation date, and says so', () => {
    const r = ok(b2b({ amountCents: 500000, dueDate: '2022-03-01', until: '2022-03-31', payments: [{ cents: 500000, date: '2022-04-15' }] }));
    expect(r.interestCents).toBe(4110);
    expect(r.warnings).toEqual([{ code: 'payment-after-until', params: { count: 1, until: '2022-03-31' } }]);
  });
});

describe('the 40 EUR indemnity', () => {
  it('is not owed when the invoice was paid on its due date', () => {
    const r = ok(b2b({ amountCents: 100000, dueDate: '2022-03-01', until: '2022-04-30', payments: [{ cents: 100000, date: '2022-03-01' }] }));
    expect([r.interestCents, r.indemnityCents, r.totalCents, r.pieces.length]).toEqual([0, 0, 0, 0]);
  });

  it('is owed once for an invoice paid late, and for one still partly unpaid', () => {
    const partly = ok(b2b({ amountCents: 100000, dueDate: '2022-03-01', until: '2022-03-31', payments: [{ cents: 99000, date: '2022-03-01' }] }));
    expect(partly.indemnityCents).toBe(4000);
    expect(partly.interestCents).toBe(cents(10 * 0.1 * 30 / 365)); // 10 € left: 0,08 €
  });

  it('is not owed before the due date has passed', () => {
    for (const until of ['2022-02-15', '2022-03-01']) {
      const r = ok(b2b({ amountCents: 100000, dueDate: '2022-03-01', until }));
      expect([r.interestCents, r.indemnityCents, r.pieces.length]).toEqual([0, 0, 0]);
    }
  });

  it('is never owed by a consumer', () => {
    const r = ok(computePenalties({ amountCents: 100000, dueDate: '2024-02-15', until: '2024-06-30', payments: [], debtor: 'consumer', noticeDate: '2024-03-10', rates: DEFAULT_RATES }));
    expect(r.indemnityCents).toBe(0);
    expect(r.totalCents).toBe(r.interestCents);
  });
});

describe('contractual rate', () => {
  it('is raised to 3 × the legal rate of a half-year where it falls below, with a warning', () => {
    // Contract 10 %; legal rate (other cases) 2024 H1 = 5,07 %, floor 15,21 %.
    const r = ok(b2b({ amountCents: 100000, dueDate: '2024-03-31', until: '2024-04-30', contractualRateBasisPoints: 1000 }));
    expect(r.pieces.map((p) => [p.rateBasisPoints, p.rateKind])).toEqual([[1521, 'contractual-floor']]);
    expect(r.interestCents).toBe(cents(1000 * 0.1521 * 30 / 365)); // 12,50 €
    expect(r.warnings).toEqual([
      { code: 'contractual-below-floor', params: { halfYear: '2024-01-01', contractualBasisPoints: 1000, floorBasisPoints: 1521 } },
    ]);
    expect(renderPenaltyIssue(r.warnings[0]!)).toBe(
      'Le taux contractuel (10,00\u00a0%) est inférieur au minimum légal, trois fois le taux d’intérêt légal, pour le 1er semestre 2024 : ce minimum de 15,21\u00a0% est appliqué.',
    );
  });

  it('applies per half-year: kept in 2023 H1, floored in 2023 H2', () => {
    // Contract 8 %: 2023 H1 floor 3 × 2,06 = 6,18 % (kept); 2023 H2 floor 3 × 4,22 = 12,66 %.
    const r = ok(b2b({ amountCents: 100000, dueDate: '2023-06-20', until: '2023-07-10', contractualRateBasisPoints: 800 }));
    expect(r.pieces.map((p) => [p.from, p.days, p.rateBasisPoints, p.rateKind])).toEqual([
      ['2023-06-21', 10, 800, 'contractual'],
      ['2023-07-01', 10, 1266, 'contractual-floor'],
    ]);
    expect(r.interestCents).toBe(cents(1000 * 0.08 * 10 / 365) + cents(1000 * 0.1266 * 10 / 365));
    expect(r.warnings.map((w) => w.params.halfYear)).toEqual(['2023-07-01']);
  });

  it('replaces the default rate when above the floor', () => {
    const r = ok(b2b({ amountCents: 500000, dueDate: '2022-03-01', until: '2022-03-31', contractualRateBasisPoints: 1500 }));
    expect(r.pieces.map((p) => [p.rateBasisPoints, p.rateKind])).toEqual([[1500, 'contractual']]);
    expect(r.interestCents).toBe(cents(5000 * 0.15 * 30 / 365)); // 61,64 €
  });
});

describe('consumers', () => {
  const consumer = (input: Partial<PenaltyInput>) =>
    computePenalties({ amountCents: 200000, dueDate: '2024-02-15', until: '2024-04-09', payments: [], debtor: 'consumer', rates: DEFAULT_RATES, ...input });

  it('owe legal interest (other cases) from the day after the formal notice, no indemnity', () => {
    const r = ok(consumer({ noticeDate: '2024-03-10' }));
    // 11 March → 9 April = 21 + 9 = 30 days at 5,07 % (2024 H1).
    expect(r.pieces.map((p) => [p.from, p.to, p.days, p.rateBasisPoints, p.rateKind])).toEqual([['2024-03-11', '2024-04-09', 30, 507, 'legal-other']]);
    expect(r.interestCents).toBe(cents(2000 * 0.0507 * 30 / 365)); // 8,33 €
    expect(r.indemnityCents).toBe(0);
  });

  it('owe nothing without a formal notice, with a warning', () => {
    const r = ok(consumer({}));
    expect([r.interestCents, r.indemnityCents, r.totalCents]).toEqual([0, 0, 0]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-notice']);
  });

  it('a notice sent before the due date makes interest start after the due date', () => {
    const r = ok(consumer({ noticeDate: '2024-01-10', until: '2024-03-16' }));
    expect(r.pieces.map((p) => [p.from, p.days])).toEqual([['2024-02-16', 14 + 16]]);
  });

  it('a contractual rate is not applied to a consumer', () => {
    const r = ok(consumer({ noticeDate: '2024-03-10', contractualRateBasisPoints: 2000 }));
    expect(r.pieces[0]!.rateBasisPoints).toBe(507);
    expect(r.warnings.map((w) => w.code)).toEqual(['contractual-rate-consumer']);
  });
});

describe('missing and unconfirmed rates', () => {
  it('carries 2026 H1 forward into 2026 H2, flagged as missing and unconfirmed', () => {
    const r = ok(b2b({ amountCents: 100000, dueDate: '2026-06-15', until: '2026-08-20' }));
    // 16 → 30 June = 15 days; 1 July → 20 August = 31 + 20 = 51 days; 12,15 % both (2026 H1, carried).
    expect(r.pieces.map((p) => [p.from, p.to, p.days, p.rateBasisPoints])).toEqual([
      ['2026-06-16', '2026-06-30', 15, 1215],
      ['2026-07-01', '2026-08-20', 51, 1215],
    ]);
    expect(r.interestCents).toBe(cents(1000 * 0.1215 * 15 / 365) + cents(1000 * 0.1215 * 51 / 365));
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        { code: 'rate-missing', params: { kind: 'b2b-default', halfYear: '2026-07-01', usedHalfYear: '2026-01-01' } },
        { code: 'rate-unconfirmed', params: { kind: 'b2b-default', halfYear: '2026-01-01', rateBasisPoints: 1215 } },
      ]),
    );
    expect(r.warnings).toHaveLength(2);
    const missing = r.warnings.find((w) => w.code === 'rate-missing')!;
    expect(renderPenaltyIssue(missing)).toBe(
      'Taux de pénalité B2B du 2e semestre 2026 non renseigné : celui du 1er semestre 2026 est utilisé, à vérifier dans Paramètres → Taux.',
    );
    expect(renderPenaltyIssue(missing, 'en')).toContain('second half of 2026');
  });

  it('warns about the unconfirmed 2025 H2 rate (derived from the ECB rate reported by the press)', () => {
    const r = ok(b2b({ amountCents: 100000, dueDate: '2025-08-01', until: '2025-08-31' }));
    expect(r.pieces[0]!.rateBasisPoints).toBe(1215);
    expect(r.warnings).toEqual([{ code: 'rate-unconfirmed', params: { kind: 'b2b-default', halfYear: '2025-07-01', rateBasisPoints: 1215 } }]);
  });

  it('refuses to compute when no rate exists before the period, rather than guess', () => {
    // The B2B table starts in July 2016; the legal rates in January 2019.
    expect(b2b({ amountCents: 100000, dueDate: '2016-03-01', until: '2016-03-31' })).toEqual({
      ok: false,
      error: { code: 'no-rate', params: { kind: 'b2b-default', halfYear: '2016-01-01' } },
    });
    const consumer = computePenalties({ amountCents: 100000, dueDate: '2018-03-01', until: '2018-03-31', payments: [], debtor: 'consumer', noticeDate: '2018-03-05', rates: DEFAULT_RATES });
    expect(consumer).toEqual({ ok: false, error: { code: 'no-rate', params: { kind: 'legal-other', halfYear: '2018-01-01' } } });
    if (consumer.ok) throw new Error('expected an error');
    expect(renderPenaltyIssue(consumer.error)).toBe(
      'Aucun taux d’intérêt légal n’est renseigné pour le 1er semestre 2018 ni avant : ajoutez-le dans Paramètres → Taux pour calculer les pénalités.',
    );
  });

  it('uses the rate table it is given, not the shipped one', () => {
    const rates = [{ id: 'x', kind: 'b2b-default' as const, from: '2030-01-01', basisPoints: 2000, source: 'test', confirmed: true }];
    const r = ok(computePenalties({ amountCents: 365000, dueDate: '2030-01-10', until: '2030-01-20', payments: [], debtor: 'business', rates }));
    expect(r.interestCents).toBe(cents(3650 * 0.2 * 10 / 365)); // exactly 20,00 €
  });
});

describe('rounding', () => {
  it('rounds each piece to the cent, half up, and the total is the sum of the lines', () => {
    const rates = [{ id: 'x', kind: 'b2b-default' as const, from: '2030-01-01', basisPoints: 5000, source: 'test', confirmed: true }];
    const run = (amountCents: number) => ok(computePenalties({ amountCents, dueDate: '2030-01-01', until: '2030-01-02', payments: [], debtor: 'business', rates }));
    // 3,65 € × 50 % × 1 / 365 = exactly half a cent → 1 cent; 3,64 € → 0,4986 cent → 0.
    expect(run(365).interestCents).toBe(1);
    expect(run(364).interestCents).toBe(0);
    const r = ok(b2b({ amountCents: 100000, dueDate: '2023-12-15', until: '2024-01-20' }));
    expect(r.interestCents).toBe(r.pieces.reduce((s, p) => s + p.interestCents, 0));
  });

  it('computes huge amounts exactly (no float overflow)', () => {
    // 90 000 000 000,00 € × 10 % × 365 / 365 = 9 000 000 000,00 € of interest over the year 2022.
    const r = ok(b2b({ amountCents: 9_000_000_000_000, dueDate: '2021-12-31', until: '2022-12-31' }));
    expect(r.pieces.map((p) => p.days)).toEqual([181, 184]);
    expect(r.interestCents).toBe(900_000_000_000);
  });
});
