import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../renderer/src/domain/calendar/calendar-rules';
import type { Payment, PaymentPromise } from '../../renderer/src/domain/model';
import {
  applyPromiseChanges,
  promiseCheckDate,
  promiseErrorMessage,
  promisePaidCents,
  reviewPromise,
  reviewPromises,
  validatePromise,
} from '../../renderer/src/domain/promises';

const metropole = createBusinessCalendar({ zone: 'metropole', closings: [] });
const alsace = createBusinessCalendar({ zone: 'alsace-moselle', closings: [] });
/** fr-FR amounts: U+00A0 before "€". */
const eur = (text: string): string => `${text}\u00a0€`;

function promise(overrides: Partial<PaymentPromise> = {}): PaymentPromise {
  return {
    id: 'p1',
    customerId: 'c1',
    invoiceIds: ['i1', 'i2'],
    promisedDate: '2026-05-01',
    amountCents: 50_000,
    status: 'open',
    ...overrides,
  };
}

function payment(date: string, allocations: [string, number][], overrides: Partial<Payment> = {}): Payment {
  const amountCents = allocations.reduce((sum, [, cents]) => sum + cents, 0);
  return {
    id: `pay-${date}-${amountCents}`,
    customerId: 'c1',
    kind: 'payment',
    source: 'manual',
    date,
    amountCents,
    allocations: allocations.map(([invoiceId, cents]) => ({ invoiceId, cents, pendingCents: 0 })),
    unallocatedCents: 0,
    createdAt: `${date}T10:00:00.000Z`,
    ...overrides,
  };
}

describe('validatePromise', () => {
  const base = { promisedDate: '2026-05-15', amountCents: 50_000, openCents: 120_000, today: '2026-05-04' };

  it('accepts a future date, today, a weekend day, and the whole open amount', () => {
    expect(validatePromise(base)).toEqual([]);
    expect(validatePromise({ ...base, promisedDate: '2026-05-04' })).toEqual([]);
    expect(validatePromise({ ...base, promisedDate: '2026-05-09' })).toEqual([]); // a Saturday
    expect(validatePromise({ ...base, amountCents: 120_000 })).toEqual([]);
  });

  it('refuses a date in the past with a clear French message', () => {
    const errors = validatePromise({ ...base, promisedDate: '2026-05-03' });
    expect(errors).toEqual([
      { code: 'dateInPast', field: 'promisedDate', params: { date: '03/05/2026', today: '04/05/2026' } },
    ]);
    expect(promiseErrorMessage(errors[0]!)).toBe(
      'La date promise est déjà passée (03/05/2026) : choisissez aujourd’hui (04/05/2026) ou une date à venir.',
    );
    expect(promiseErrorMessage(errors[0]!, 'en')).toBe(
      'The promised date has already passed (03/05/2026): choose today (04/05/2026) or a later date.',
    );
  });

  it('refuses an invalid date', () => {
    expect(validatePromise({ ...base, promisedDate: '2026-02-30' })).toEqual([{ code: 'invalidDate', field: 'promisedDate' }]);
    expect(validatePromise({ ...base, promisedDate: '' })[0]?.code).toBe('invalidDate');
  });

  it('refuses a zero, negative or excessive amount, and a promise on nothing', () => {
    expect(validatePromise({ ...base, amountCents: 0 })).toEqual([{ code: 'amountNotPositive', field: 'amount' }]);
    expect(validatePromise({ ...base, amountCents: -100 })[0]?.code).toBe('amountNotPositive');
    const over = validatePromise({ ...base, amountCents: 120_001 });
    expect(over).toEqual([{ code: 'amountOverOpen', field: 'amount', params: { amount: eur('1\u202f200,01'), open: eur('1\u202f200,00') } }]);
    expect(promiseErrorMessage(over[0]!)).toBe(
      `Le montant promis (${eur('1\u202f200,01')}) dépasse le reste dû sur les factures choisies (${eur('1\u202f200,00')}).`,
    );
    expect(validatePromise({ ...base, openCents: 0 })).toEqual([{ code: 'nothingOpen', field: 'amount' }]);
  });

  it('lists every error at once (nothing saved half-way)', () => {
    expect(validatePromise({ ...base, promisedDate: '2026-01-01', amountCents: 0 }).map((e) => e.code)).toEqual([
      'dateInPast',
      'amountNotPositive',
    ]);
  });

  it('throws on a non-integer amount of cents (a programming error)', () => {
    expect(() => validatePromise({ ...base, amountCents: 10.5 })).toThrow(RangeError);
  });
});

describe('promiseCheckDate: the first business day strictly after the promised date', () => {
  it.each([
    ['2026-05-01', '2026-05-04', 'Friday 1 May (itself a holiday) → Monday 4 May'],
    ['2026-05-02', '2026-05-04', 'Saturday → Monday'],
    ['2026-05-04', '2026-05-05', 'Monday → Tuesday'],
    ['2026-05-07', '2026-05-11', 'Thursday 7 May → Friday 8 May is a holiday → Monday 11 May'],
    ['2026-05-13', '2026-05-15', 'Wednesday 13 May → Thursday 14 is Ascension → Friday 15 May'],
    ['2026-05-22', '2026-05-26', 'Friday 22 May → weekend, Whit Monday 25 May → Tuesday 26 May'],
    ['2026-12-24', '2026-12-28', 'Thursday 24 Dec → Christmas, weekend → Monday 28 Dec'],
    ['2026-04-02', '2026-04-03', 'Thursday 2 April → Good Friday is worked in metropolitan France'],
  ])('%s → %s (%s)', (promised, check) => {
    expect(promiseCheckDate(promised, metropole)).toBe(check);
  });

  it('follows the zone: Good Friday is a holiday in Alsace-Moselle', () => {
    // Thu 2 Apr 2026 → Fri 3 (Good Friday), Sat, Sun, Mon 6 (Easter Monday) → Tue 7 April.
    expect(promiseCheckDate('2026-04-02', alsace)).toBe('2026-04-07');
  });

  it('skips the company closings', () => {
    const closed = createBusinessCalendar({ zone: 'metropole', closings: [{ from: '2026-08-03', to: '2026-08-21' }] });
    expect(promiseCheckDate('2026-07-31', closed)).toBe('2026-08-24');
  });
});

describe('reviewPromise', () => {
  // 500,00 € promised for Friday 1 May 2026 on invoices i1 and i2: checked Monday 4 May.
  it('stays open until the check date, even when already paid', () => {
    const review = reviewPromise(promise(), [payment('2026-04-30', [['i1', 50_000]])], '2026-05-03', metropole);
    expect(review).toEqual({ status: 'open', checkDate: '2026-05-04', paidCents: 50_000, shortCents: 0 });
    expect(reviewPromise(promise(), [], '2026-05-01', metropole).status).toBe('open');
  });

  it('a payment the day before the check keeps it', () => {
    expect(reviewPromise(promise(), [payment('2026-05-03', [['i1', 50_000]])], '2026-05-04', metropole)).toEqual({
      status: 'kept',
      checkDate: '2026-05-04',
      paidCents: 50_000,
      shortCents: 0,
      on: '2026-05-04',
      reason: 'kept',
    });
  });

  it('a payment on the check date itself keeps it; more than promised too', () => {
    expect(reviewPromise(promise(), [payment('2026-05-04', [['i2', 60_000]])], '2026-05-04', metropole).status).toBe('kept');
  });

  it('payments split over both invoices add up', () => {
    const payments = [payment('2026-04-29', [['i1', 30_000]]), payment('2026-05-02', [['i2', 15_000], ['i1', 5_000]])];
    expect(reviewPromise(promise(), payments, '2026-05-04', metropole).status).toBe('kept');
  });

  it('half paid → broken, saying so', () => {
    const [change] = reviewPromises([promise()], [payment('2026-05-01', [['i1', 25_000]])], '2026-05-04', metropole);
    expect(change).toEqual({
      promiseId: 'p1',
      customerId: 'c1',
      from: 'open',
      to: 'broken',
      on: '2026-05-04',
      paidCents: 25_000,
      shortCents: 25_000,
      reason: 'brokenPartial',
      message: `Promesse non tenue : ${eur('250,00')} reçus seulement au 04/05/2026 sur ${eur('500,00')} promis le 01/05/2026 (il manque ${eur('250,00')}). Le scénario de relance reprend.`,
    });
  });

  it('nothing paid by the check date → broken; a payment the day after comes too late', () => {
    const review = reviewPromise(promise(), [payment('2026-05-05', [['i1', 50_000]])], '2026-05-05', metropole);
    expect(review).toMatchObject({ status: 'broken', paidCents: 0, shortCents: 50_000, on: '2026-05-04', reason: 'brokenUnpaid' });
    const [change] = reviewPromises([promise()], [], '2026-05-04', metropole);
    expect(change?.message).toBe(
      `Promesse non tenue : aucun paiement reçu au 04/05/2026 pour ${eur('500,00')} promis le 01/05/2026. Le scénario de relance reprend.`,
    );
  });

  it('reviewed late (the app was not opened), it is decided as on the check date', () => {
    const payments = [payment('2026-05-03', [['i1', 50_000]])];
    expect(reviewPromise(promise(), payments, '2026-06-30', metropole)).toMatchObject({ status: 'kept', on: '2026-05-04' });
  });

  it('ignores other invoices, other customers, credit notes and payments before the promise was made', () => {
    const payments = [
      payment('2026-05-02', [['i9', 50_000]]),
      payment('2026-05-02', [['i1', 50_000]], { customerId: 'c2' }),
      payment('2026-05-02', [['i1', 50_000]], { kind: 'credit-note' }),
      payment('2026-04-27', [['i1', 50_000]]),
    ];
    expect(promisePaidCents(promise({ madeOn: '2026-04-28' }), payments, '2026-05-04')).toBe(0);
    expect(reviewPromise(promise({ madeOn: '2026-04-28' }), payments, '2026-05-04', metropole).status).toBe('broken');
    // Without madeOn, the 27 April payment counts.
    expect(promisePaidCents(promise(), payments, '2026-05-04')).toBe(50_000);
  });

  it('uses the stored check date when there is one', () => {
    expect(reviewPromise(promise({ checkDate: '2026-05-06' }), [], '2026-05-05', metropole).status).toBe('open');
  });

  it('never re-decides a promise already broken or kept', () => {
    const broken = promise({ status: 'broken', resolvedOn: '2026-05-04', paidCents: 0 });
    const late = [payment('2026-05-02', [['i1', 50_000]])]; // recorded after the promise was broken
    expect(reviewPromise(broken, late, '2026-05-10', metropole)).toMatchObject({ status: 'broken', on: '2026-05-04' });
    expect(reviewPromises([broken], late, '2026-05-10', metropole)).toEqual([]);
    const kept = promise({ status: 'kept', resolvedOn: '2026-05-04', paidCents: 50_000 });
    expect(reviewPromises([kept], [], '2026-05-10', metropole)).toEqual([]);
  });
});

describe('reviewPromises', () => {
  it('lists only the promises due for a decision, and is empty once the changes are applied', () => {
    const promises = [
      promise({ id: 'a' }), // checked 4 May, paid → kept
      promise({ id: 'b', invoiceIds: ['i3'] }), // checked 4 May, unpaid → broken
      promise({ id: 'c', promisedDate: '2026-05-13' }), // checked 15 May → still open
    ];
    const payments = [payment('2026-05-02', [['i1', 50_000]])];
    const changes = reviewPromises(promises, payments, '2026-05-05', metropole);
    expect(changes.map((c) => [c.promiseId, c.to, c.on])).toEqual([
      ['a', 'kept', '2026-05-04'],
      ['b', 'broken', '2026-05-04'],
    ]);
    expect(changes[0]?.message).toBe(`Promesse tenue : ${eur('500,00')} reçus au 04/05/2026 pour ${eur('500,00')} promis le 01/05/2026.`);
    const applied = applyPromiseChanges(promises, changes);
    expect(applied.map((p) => [p.id, p.status, p.resolvedOn, p.paidCents])).toEqual([
      ['a', 'kept', '2026-05-04', 50_000],
      ['b', 'broken', '2026-05-04', 0],
      ['c', 'open', undefined, undefined],
    ]);
    expect(reviewPromises(applied, payments, '2026-05-05', metropole)).toEqual([]);
    // Applying the same changes again changes nothing.
    expect(applyPromiseChanges(applied, changes)).toEqual(applied);
  });
});
