import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../renderer/src/domain/calendar/calendar-rules';
import { dayOfWeek } from '../../renderer/src/domain/dates';
import type { PaymentPlan } from '../../renderer/src/domain/model';
import {
  PLAN_MESSAGES,
  allocatePlanPayment,
  buildPlan,
  describeAmounts,
  instalmentDates,
  missedInstalments,
  nominalInstalmentDates,
  planErrorMessage,
  planStatus,
  renegotiate,
  splitInstalments,
  validateCustomAmounts,
} from '../../renderer/src/domain/payment-plan';
import type { PlanError, PlanInput } from '../../renderer/src/domain/payment-plan';

const calendar = createBusinessCalendar({ zone: 'metropole', closings: [] });
/** formatEuros writes U+202F between thousands and U+00A0 before "€": compare with plain spaces. */
const plain = (s: string): string => s.replace(/[\u202F\u00A0]/g, ' ');
const messages = (errors: readonly PlanError[]): string[] => errors.map((e) => plain(planErrorMessage(e)));

function ids(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('splitInstalments', () => {
  it('5 207,08 € in 3, remainder last: 1 735,69 × 2 + 1 735,70', () => {
    const r = splitInstalments(520708, 3, 'last');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.amounts).toEqual([173569, 173569, 173570]);
    expect(plain(r.description)).toBe('Les 2 premières échéances de 1 735,69 €, la dernière de 1 735,70 €');
  });

  it('100,00 € in 3, remainder first: 33,34 + 33,33 + 33,33', () => {
    const r = splitInstalments(10000, 3, 'first');
    expect(r.ok && r.amounts).toEqual([3334, 3333, 3333]);
    expect(r.ok && plain(r.description)).toBe('La première échéance de 33,34 €, les 2 dernières de 33,33 €');
  });

  it('spreads a remainder of several cents one cent each: 1 000,03 € in 4', () => {
    // 100003 = 4 × 25000 + 3.
    const last = splitInstalments(100003, 4, 'last');
    expect(last.ok && last.amounts).toEqual([25000, 25001, 25001, 25001]);
    expect(last.ok && plain(last.description)).toBe('La première échéance de 250,00 €, les 3 dernières de 250,01 €');
    const first = splitInstalments(100003, 4, 'first');
    expect(first.ok && first.amounts).toEqual([25001, 25001, 25001, 25000]);
    expect(first.ok && plain(first.description)).toBe('Les 3 premières échéances de 250,01 €, la dernière de 250,00 €');
  });

  it('states an even split and a single instalment', () => {
    const even = splitInstalments(30000, 3, 'last');
    expect(even.ok && plain(even.description)).toBe('3 échéances de 100,00 €');
    const one = splitInstalments(123456, 1, 'first');
    expect(one.ok && one.amounts).toEqual([123456]);
    expect(one.ok && plain(one.description)).toBe('Une échéance unique de 1 234,56 €');
    expect(plain(describeAmounts([10000, 25000, 10000]))).toBe('Échéances de 100,00 €, 250,00 € et 100,00 €');
  });

  it('refuses a count outside 1-60, a total ≤ 0, an instalment under 1 €, with French messages', () => {
    for (const count of [0, 61, 2.5, -1]) {
      const r = splitInstalments(10000, count, 'last');
      expect(r.ok ? null : r.error.code).toBe('countRange');
      if (!r.ok) expect(planErrorMessage(r.error)).toBe('Le nombre d’échéances doit être un nombre entier entre 1 et 60.');
    }
    expect(splitInstalments(10000, 60, 'last').ok).toBe(true);
    for (const total of [0, -500]) {
      const r = splitInstalments(total, 2, 'last');
      expect(r.ok ? null : planErrorMessage(r.error)).toBe('Le montant à échelonner doit être supérieur à zéro.');
    }
    // 2,99 € in 3 → 0,99 € each; 3,00 € in 3 → 1,00 € each is accepted.
    const small = splitInstalments(299, 3, 'last');
    expect(small.ok ? null : plain(planErrorMessage(small.error))).toBe(
      'En 3 échéances, une échéance ferait 0,99 € : chaque échéance doit être d’au moins 1,00 €.',
    );
    expect(splitInstalments(300, 3, 'last')).toMatchObject({ ok: true, amounts: [100, 100, 100] });
  });

  it('throws on a total that is not whole cents (programming error)', () => {
    expect(() => splitInstalments(10.5, 2, 'last')).toThrow(RangeError);
  });

  it('has a French and an English text for every error code', () => {
    for (const { fr, en } of Object.values(PLAN_MESSAGES)) {
      expect(fr.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
    }
  });
});

describe('validateCustomAmounts', () => {
  it('names the difference: "Il manque 7,08 €" / "2,92 € de trop"', () => {
    const short = validateCustomAmounts([200000, 200000, 120000], 520708);
    expect(short.ok ? [] : messages(short.errors)).toEqual([
      'Il manque 7,08 € : les échéances font 5 200,00 € pour un total de 5 207,08 €.',
    ]);
    const over = validateCustomAmounts([200000, 200000, 121000], 520708);
    expect(over.ok ? [] : messages(over.errors)).toEqual([
      '2,92 € de trop : les échéances font 5 210,00 € pour un total de 5 207,08 €.',
    ]);
    expect(validateCustomAmounts([200000, 200000, 120708], 520708)).toEqual({ ok: true, amounts: [200000, 200000, 120708] });
  });

  it('refuses an instalment under 1 €, naming its position, and an empty list', () => {
    const r = validateCustomAmounts([50, 9950], 10000);
    expect(r.ok ? [] : messages(r.errors)).toEqual(['L’échéance n° 1 (0,50 €) doit être d’au moins 1,00 €.']);
    const none = validateCustomAmounts([], 10000);
    expect(none.ok ? [] : none.errors.map((e) => e.code)).toEqual(['countRange', 'amountsShort']);
  });
});

describe('instalmentDates', () => {
  it('monthly from Saturday 31 January 2026: 28 Feb, 31 Mar, 30 Apr, each on a business day', () => {
    expect(nominalInstalmentDates('2026-01-31', 4, 'monthly')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    const r = instalmentDates('2026-01-31', 4, 'monthly', calendar, '2026-01-15');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 31 Jan and 28 Feb 2026 are Saturdays → Monday 2 Feb, Monday 2 Mar; 31 Mar is a Tuesday, 30 Apr a Thursday.
    expect(dayOfWeek('2026-01-31')).toBe(6);
    expect(dayOfWeek('2026-02-28')).toBe(6);
    expect(dayOfWeek('2026-03-31')).toBe(2);
    expect(dayOfWeek('2026-04-30')).toBe(4);
    expect(r.dates.map((d) => d.dueDate)).toEqual(['2026-02-02', '2026-03-02', '2026-03-31', '2026-04-30']);
  });

  it('keeps the 31st: back to 31 in months that have it, 29 February in a leap year', () => {
    expect(nominalInstalmentDates('2027-12-31', 4, 'monthly')).toEqual(['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('moves a Saturday to Monday (weekly from Saturday 3 January 2026)', () => {
    const r = instalmentDates('2026-01-03', 3, 'weekly', calendar, '2026-01-02');
    expect(r.ok && r.dates.map((d) => d.dueDate)).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
  });

  it('skips 1 May (Friday 2026) to Monday 4 May, and Ascension (Thursday 14 May) to Friday 15', () => {
    const monthly = instalmentDates('2026-04-01', 2, 'monthly', calendar, '2026-03-20');
    expect(monthly.ok && monthly.dates.map((d) => d.dueDate)).toEqual(['2026-04-01', '2026-05-04']);
    const fortnightly = instalmentDates('2026-04-30', 3, 'fortnightly', calendar, '2026-04-30');
    expect(fortnightly.ok && fortnightly.dates.map((d) => d.dueDate)).toEqual(['2026-04-30', '2026-05-15', '2026-05-28']);
  });

  it('keeps dates strictly increasing through a long company closing', () => {
    // Closed Monday 27 July to Friday 21 August 2026: three weekly dates fall in it.
    const closed = createBusinessCalendar({ zone: 'metropole', closings: [{ from: '2026-07-27', to: '2026-08-21' }] });
    const r = instalmentDates('2026-07-20', 4, 'weekly', closed, '2026-07-01');
    expect(r.ok && r.dates.map((d) => d.dueDate)).toEqual(['2026-07-20', '2026-08-24', '2026-08-25', '2026-08-26']);
  });

  it('refuses a first date in the past (today is fine) and a date that does not exist', () => {
    const past = instalmentDates('2026-01-14', 3, 'monthly', calendar, '2026-01-15');
    expect(past.ok ? null : planErrorMessage(past.error)).toBe(
      'La première échéance (14/01/2026) ne peut pas être dans le passé : nous sommes le 15/01/2026.',
    );
    expect(instalmentDates('2026-01-15', 3, 'monthly', calendar, '2026-01-15').ok).toBe(true);
    const bad = instalmentDates('2026-02-30', 3, 'monthly', calendar, '2026-01-15');
    expect(bad.ok ? null : planErrorMessage(bad.error)).toBe('La date de la première échéance n’existe pas.');
  });
});

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    customerId: 'c1',
    invoices: [
      { id: 'inv-1', openCents: 300000, number: 'F-2025-101' },
      { id: 'inv-2', openCents: 200708, number: 'F-2025-117' },
    ],
    count: 3,
    first: '2026-01-31',
    frequency: 'monthly',
    remainderOn: 'last',
    penalties: { mode: 'included', cents: 20000 },
    today: '2026-01-20',
    calendar,
    newId: ids(),
    createdAt: '2026-01-20T10:15:00.000Z',
    ...overrides,
  };
}

describe('buildPlan', () => {
  it('3 000,00 + 2 007,08 € with 200,00 € of penalties included: 5 207,08 € in 3 monthly instalments', () => {
    const r = buildPlan(input());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan).toEqual({
      id: 'id-1',
      customerId: 'c1',
      invoiceIds: ['inv-1', 'inv-2'],
      instalments: [
        { id: 'id-2', dueDate: '2026-02-02', amountCents: 173569, paidCents: 0 },
        { id: 'id-3', dueDate: '2026-03-02', amountCents: 173569, paidCents: 0 },
        { id: 'id-4', dueDate: '2026-03-31', amountCents: 173570, paidCents: 0 },
      ],
      status: 'active',
      createdAt: '2026-01-20T10:15:00.000Z',
      frequency: 'monthly',
      firstDate: '2026-01-31',
      remainderOn: 'last',
      penalties: { mode: 'included', cents: 20000 },
    });
    expect(r.summary).toMatchObject({ openCents: 500708, includedPenaltiesCents: 20000, waivedPenaltiesCents: 0, totalCents: 520708 });
    expect(plain(r.summary.text)).toBe(
      '5 207,08 € en 3 échéances mensuelles, du 02/02/2026 au 31/03/2026. ' +
        'Les 2 premières échéances de 1 735,69 €, la dernière de 1 735,70 €. Pénalités de retard incluses : 200,00 €.',
    );
  });

  it('waived penalties stay out of the total: 5 007,08 € in 3 = 1 669,02 + 1 669,03 × 2', () => {
    const r = buildPlan(input({ penalties: { mode: 'waived', cents: 20000 } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 500708 = 3 × 166902 + 2: one cent each on the last two.
    expect(r.plan.instalments.map((i) => i.amountCents)).toEqual([166902, 166903, 166903]);
    expect(r.summary).toMatchObject({ totalCents: 500708, includedPenaltiesCents: 0, waivedPenaltiesCents: 20000 });
    expect(plain(r.summary.text)).toContain('Pénalités de retard abandonnées : 200,00 €.');
  });

  it('takes amounts edited by hand when they cover the total exactly, and refuses them otherwise', () => {
    const good = buildPlan(input({ amounts: [200000, 200000, 120708] }));
    expect(good.ok && good.plan.instalments.map((i) => i.amountCents)).toEqual([200000, 200000, 120708]);
    const short = buildPlan(input({ amounts: [200000, 200000, 120000] }));
    expect(short.ok ? [] : messages(short.errors)).toEqual([
      'Il manque 7,08 € : les échéances font 5 200,00 € pour un total de 5 207,08 €.',
    ]);
    const wrongCount = buildPlan(input({ amounts: [300000, 220708] }));
    expect(wrongCount.ok ? [] : messages(wrongCount.errors)).toEqual([
      '2 montants saisis pour 3 échéances : il en faut un par échéance.',
    ]);
  });

  it('reports every problem at once, and builds nothing', () => {
    const r = buildPlan(input({ invoices: [], first: '2026-01-10', penalties: { mode: 'waived', cents: -1 } }));
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['noInvoices', 'penaltiesNegative', 'firstDateInPast']);
    const dup = buildPlan(
      input({ invoices: [{ id: 'a', openCents: 10000, number: 'F-1' }, { id: 'a', openCents: 10000, number: 'F-1' }, { id: 'b', openCents: 0, number: 'F-2' }] }),
    );
    expect(dup.ok ? [] : messages(dup.errors)).toEqual(['La facture F-1 est choisie deux fois.', 'La facture F-2 n’a plus rien à payer.']);
  });
});

/** 100,00 € in 3 (33,34 + 33,33 + 33,33) due 2 Feb, 2 Mar, 31 Mar 2026. */
function smallPlan(): PaymentPlan {
  const r = buildPlan(
    input({ invoices: [{ id: 'inv-9', openCents: 10000 }], penalties: { mode: 'waived', cents: 0 }, remainderOn: 'first' }),
  );
  if (!r.ok) throw new Error('plan expected');
  return r.plan;
}

describe('allocatePlanPayment, planStatus, missedInstalments', () => {
  it('fills instalments oldest first, partially, then returns the surplus', () => {
    const plan = smallPlan();
    const a = allocatePlanPayment(plan, 5000, '2026-02-01');
    expect(a.plan.instalments.map((i) => i.paidCents)).toEqual([3334, 1666, 0]);
    expect(a.plan.instalments.map((i) => i.paidOn)).toEqual(['2026-02-01', undefined, undefined]);
    expect(a.allocations).toEqual([{ instalmentId: 'id-2', cents: 3334 }, { instalmentId: 'id-3', cents: 1666 }]);
    expect(a.surplusCents).toBe(0);
    expect(a.plan.status).toBe('active');
    expect(plan.instalments[0]?.paidCents).toBe(0); // the input is not changed

    const b = allocatePlanPayment(a.plan, 6000, '2026-03-20');
    expect(b.plan.instalments.map((i) => i.paidCents)).toEqual([3334, 3333, 3333]);
    expect(b.allocations.map((x) => x.cents)).toEqual([1667, 3333]);
    expect(b.surplusCents).toBe(1000);
    expect(b.plan.status).toBe('completed');
    expect(planStatus(b.plan, '2026-12-31')).toBe('completed');
  });

  it('breaks the day after a missed due date, or after the grace days', () => {
    const plan = allocatePlanPayment(smallPlan(), 5000, '2026-02-01').plan; // 2nd instalment: 16,66 € of 33,33 €
    expect(planStatus(plan, '2026-03-02')).toBe('active'); // due today
    expect(planStatus(plan, '2026-03-03')).toBe('broken');
    expect(missedInstalments(plan, '2026-03-03')).toEqual([
      { instalmentId: 'id-3', position: 2, dueDate: '2026-03-02', amountCents: 3333, missingCents: 1667, daysLate: 1 },
    ]);
    expect(planStatus(plan, '2026-03-07', 5)).toBe('active');
    expect(planStatus(plan, '2026-03-08', 5)).toBe('broken');
    expect(missedInstalments(plan, '2026-04-01').map((m) => m.position)).toEqual([2, 3]);
    // Catching up makes it active again.
    expect(planStatus(allocatePlanPayment(plan, 1667, '2026-03-05').plan, '2026-03-05')).toBe('active');
  });

  it('a renegotiated plan takes no payment', () => {
    const plan = { ...smallPlan(), status: 'renegotiated' as const };
    expect(allocatePlanPayment(plan, 500, '2026-02-01')).toEqual({ plan, allocations: [], surplusCents: 500 });
    expect(planStatus(plan, '2026-12-31')).toBe('renegotiated');
  });

  it('throws on a payment that is not a positive whole number of cents', () => {
    expect(() => allocatePlanPayment(smallPlan(), 0, '2026-02-01')).toThrow(RangeError);
    expect(() => allocatePlanPayment(smallPlan(), 1.5, '2026-02-01')).toThrow(RangeError);
  });
});

describe('renegotiate', () => {
  it('replaces a half-paid plan by a new one for the 50,00 € left, keeping the history', () => {
    const old = allocatePlanPayment(smallPlan(), 5000, '2026-02-01').plan;
    const newId = ids();
    const terms = { count: 2, first: '2026-04-15', frequency: 'monthly' as const, remainderOn: 'first' as const, today: '2026-03-10', calendar, newId: () => `n-${newId()}` };
    const r = renegotiate(old, terms);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.previous).toEqual({ ...old, status: 'renegotiated', replacedByPlanId: 'n-id-1' });
    expect(r.plan).toEqual({
      id: 'n-id-1',
      customerId: 'c1',
      invoiceIds: ['inv-9'],
      instalments: [
        { id: 'n-id-2', dueDate: '2026-04-15', amountCents: 2500, paidCents: 0 },
        { id: 'n-id-3', dueDate: '2026-05-15', amountCents: 2500, paidCents: 0 },
      ],
      status: 'active',
      createdAt: '2026-03-10',
      frequency: 'monthly',
      firstDate: '2026-04-15',
      remainderOn: 'first',
      previousPlanId: 'id-1',
      history: [{ planId: 'id-1', createdAt: '2026-01-20T10:15:00.000Z', renegotiatedOn: '2026-03-10', totalCents: 10000, paidCents: 5000 }],
    });
    expect(plain(r.summary.text)).toBe('50,00 € en 2 échéances mensuelles, du 15/04/2026 au 15/05/2026. 2 échéances de 25,00 €.');

    // Again: the chain grows; the old plan cannot be renegotiated twice.
    const again = renegotiate(allocatePlanPayment(r.plan, 2500, '2026-04-15').plan, { ...terms, count: 1, first: '2026-06-01', today: '2026-05-20' });
    expect(again.ok && again.plan.history?.map((h) => [h.planId, h.paidCents])).toEqual([['id-1', 5000], ['n-id-1', 2500]]);
    expect(again.ok && again.plan.instalments.map((i) => i.amountCents)).toEqual([2500]);
    const twice = renegotiate(r.previous, terms);
    expect(twice.ok ? [] : messages(twice.errors)).toEqual(['Ce plan a déjà été renégocié : modifiez le plan qui l’a remplacé.']);
  });

  it('refuses a fully paid plan and bad new terms', () => {
    const paid = allocatePlanPayment(smallPlan(), 10000, '2026-02-01').plan;
    const terms = { count: 2, first: '2026-04-15', frequency: 'monthly' as const, remainderOn: 'first' as const, today: '2026-03-10', calendar, newId: ids() };
    const done = renegotiate(paid, terms);
    expect(done.ok ? [] : messages(done.errors)).toEqual(['Ce plan est entièrement payé : il n’y a rien à renégocier.']);
    const bad = renegotiate(smallPlan(), { ...terms, first: '2026-03-01' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.code)).toEqual(['firstDateInPast']);
  });
});
