import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RateRow } from '../../renderer/src/domain/model';
import { DEFAULT_RATES, isDefaultRate } from '../../renderer/src/domain/rates/default-rates';
import { halfYearEnd, halfYearName, halfYearStart, isHalfYearStart, nextHalfYearStart } from '../../renderer/src/domain/rates/half-year';
import { checkRate, proposeRate, rateForHalfYear, rateInForce, readRateDraft, type RateDraft } from '../../renderer/src/domain/rates/rate-table';

const of = (kind: RateRow['kind']) => DEFAULT_RATES.filter((r) => r.kind === kind);
const byFrom = (kind: RateRow['kind']) => Object.fromEntries(of(kind).map((r) => [r.from, r.basisPoints]));

describe('shipped rate tables', () => {
  it('hold the ECB rates of LEGAL-FR', () => {
    expect(byFrom('ecb')).toEqual({
      '2014-09-10': 5, '2016-03-16': 0, '2022-07-27': 50, '2022-09-14': 125, '2022-11-02': 200, '2022-12-21': 250,
      '2023-02-08': 300, '2023-03-22': 350, '2023-05-10': 375, '2023-06-21': 400, '2023-08-02': 425, '2023-09-20': 450,
      '2024-06-12': 425, '2024-09-18': 365, '2024-10-23': 340, '2024-12-18': 315, '2025-02-05': 290, '2025-03-12': 265,
      '2025-04-23': 240, '2025-06-11': 215,
    });
  });

  it('hold one B2B rate per half-year from 2016 H2 to 2026 H1', () => {
    const expected: Record<string, number> = {};
    for (let year = 2016; year <= 2022; year++) {
      if (year > 2016) expected[`${year}-01-01`] = 1000;
      expected[`${year}-07-01`] = 1000;
    }
    Object.assign(expected, { '2023-01-01': 1250, '2023-07-01': 1400, '2024-01-01': 1450, '2024-07-01': 1425, '2025-01-01': 1315, '2025-07-01': 1215, '2026-01-01': 1215 });
    expect(byFrom('b2b-default')).toEqual(expected);
  });

  it('derive each B2B rate from the ECB rate in force on 1 January / 1 July + 10 points', () => {
    for (const row of of('b2b-default')) {
      expect({ from: row.from, bp: row.basisPoints }).toEqual({ from: row.from, bp: rateInForce(DEFAULT_RATES, 'ecb', row.from)!.basisPoints + 1000 });
    }
  });

  it('hold both legal rates for 2019 H1 to 2026 H1, and nothing for 2026 H2', () => {
    expect(byFrom('legal-individual')).toEqual({
      '2019-01-01': 340, '2019-07-01': 326, '2020-01-01': 315, '2020-07-01': 311, '2021-01-01': 314, '2021-07-01': 312,
      '2022-01-01': 313, '2022-07-01': 315, '2023-01-01': 447, '2023-07-01': 682, '2024-01-01': 801, '2024-07-01': 816,
      '2025-01-01': 721, '2025-07-01': 665, '2026-01-01': 667,
    });
    expect(byFrom('legal-other')).toEqual({
      '2019-01-01': 86, '2019-07-01': 87, '2020-01-01': 87, '2020-07-01': 84, '2021-01-01': 79, '2021-07-01': 76,
      '2022-01-01': 76, '2022-07-01': 77, '2023-01-01': 206, '2023-07-01': 422, '2024-01-01': 507, '2024-07-01': 492,
      '2025-01-01': 371, '2025-07-01': 276, '2026-01-01': 262,
    });
  });

  it('mark unconfirmed exactly the press-only ECB rate and the B2B rates derived from it', () => {
    expect(DEFAULT_RATES.filter((r) => !r.confirmed).map((r) => r.id).sort()).toEqual(['b2b-2025-07-01', 'b2b-2026-01-01', 'ecb-2025-06-11']);
  });

  it('have stable, unique ids, a French source and half-year dates where required', () => {
    const ids = DEFAULT_RATES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['ecb-2023-09-20', 'b2b-2024-07-01', 'legal-other-2025-01-01', 'legal-individual-2019-01-01']));
    for (const r of DEFAULT_RATES) {
      expect(r.source.length).toBeGreaterThan(10);
      if (r.kind !== 'ecb') expect(isHalfYearStart(r.from)).toBe(true);
      expect(checkRate(r, DEFAULT_RATES, r.id)).toEqual({});
      expect(isDefaultRate(r.id)).toBe(true);
    }
    expect(isDefaultRate('user-123')).toBe(false);
  });

  const legalFr = '/work/shared/docs/LEGAL-FR.md';
  it.skipIf(!existsSync(legalFr))('match the figures written in LEGAL-FR.md itself', () => {
    const doc = readFileSync(legalFr, 'utf8');
    const section = doc.slice(doc.indexOf('## Rate tables'), doc.indexOf('## Formal notice'));
    const ecbText = section.slice(0, section.indexOf('Default B2B'));
    const ecb = Object.fromEntries([...ecbText.matchAll(/(\d{4}-\d{2}-\d{2}): (\d+)\.(\d{2})/g)].map((m) => [m[1], Number(m[2]) * 100 + Number(m[3])]));
    expect(byFrom('ecb')).toEqual(ecb);
    const individual: Record<string, number> = {};
    const other: Record<string, number> = {};
    for (const m of section.matchAll(/^\| (\d{4}) \| (.+?) \| (.+?) \|$/gm)) {
      for (const [cell, from] of [[m[2]!, `${m[1]}-01-01`], [m[3]!, `${m[1]}-07-01`]] as const) {
        const rates = /^(\d+)\.(\d{2}) \/ (\d+)\.(\d{2})$/.exec(cell);
        if (!rates) continue; // "not yet published"
        individual[from] = Number(rates[1]) * 100 + Number(rates[2]);
        other[from] = Number(rates[3]) * 100 + Number(rates[4]);
      }
    }
    expect(byFrom('legal-individual')).toEqual(individual);
    expect(byFrom('legal-other')).toEqual(other);
  });
});

describe('half-years', () => {
  it('start on 1 January or 1 July', () => {
    expect(['2026-01-01', '2026-06-30', '2026-07-01', '2026-12-31', '2024-02-29'].map(halfYearStart)).toEqual([
      '2026-01-01', '2026-01-01', '2026-07-01', '2026-07-01', '2024-01-01',
    ]);
    expect(['2026-03-15', '2026-09-15'].map(nextHalfYearStart)).toEqual(['2026-07-01', '2027-01-01']);
    expect(['2026-03-15', '2026-09-15'].map(halfYearEnd)).toEqual(['2026-06-30', '2026-12-31']);
    expect([isHalfYearStart('2026-07-01'), isHalfYearStart('2026-07-02'), isHalfYearStart('2026-13-01')]).toEqual([true, false, false]);
  });

  it('have French and English names', () => {
    expect(halfYearName('2026-03-01')).toBe('1er semestre 2026');
    expect(halfYearName('2026-08-01')).toBe('2e semestre 2026');
    expect(halfYearName('2026-08-01', 'en')).toBe('second half of 2026');
  });
});

describe('look-ups', () => {
  it('find the row of a half-year, or carry the latest earlier one forward', () => {
    expect(rateForHalfYear(DEFAULT_RATES, 'b2b-default', '2024-09-30')).toMatchObject({ ok: true, halfYear: '2024-07-01', carried: false, row: { basisPoints: 1425 } });
    expect(rateForHalfYear(DEFAULT_RATES, 'legal-other', '2026-10-01')).toMatchObject({ ok: true, halfYear: '2026-07-01', carried: true, row: { from: '2026-01-01', basisPoints: 262 } });
    expect(rateForHalfYear(DEFAULT_RATES, 'legal-other', '2018-12-31')).toEqual({ ok: false, halfYear: '2018-07-01' });
  });

  it('find the ECB rate in force on any day', () => {
    expect(rateInForce(DEFAULT_RATES, 'ecb', '2024-06-11')!.basisPoints).toBe(450);
    expect(rateInForce(DEFAULT_RATES, 'ecb', '2024-06-12')!.basisPoints).toBe(425);
    expect(rateInForce(DEFAULT_RATES, 'ecb', '2014-01-01')).toBeNull();
  });
});

describe('proposing the next row', () => {
  it('proposes 2026 H2 for the B2B table at the ECB rate in force on 1 July 2026 + 10 points', () => {
    const proposal = proposeRate(DEFAULT_RATES, 'b2b-default', '2026-05-01');
    expect(proposal).toMatchObject({ from: '2026-07-01', basisPoints: 215 + 1000, ecb: { id: 'ecb-2025-06-11' } });
    expect(proposal.source).toContain('2,15');
  });

  it('proposes the next half-year without a rate for the legal tables, and no date for the ECB table', () => {
    expect(proposeRate(DEFAULT_RATES, 'legal-other', '2026-05-01')).toMatchObject({ from: '2026-07-01', basisPoints: null });
    expect(proposeRate(DEFAULT_RATES, 'ecb', '2026-05-01')).toMatchObject({ from: '', basisPoints: null });
  });

  it('proposes the current half-year for an empty table, and no rate without a known ECB rate', () => {
    expect(proposeRate([], 'b2b-default', '2026-09-15')).toMatchObject({ from: '2026-07-01', basisPoints: null, ecb: null });
  });
});

describe('validation of a row typed by the user', () => {
  const draft = (patch: Partial<RateDraft>): RateDraft => ({ kind: 'b2b-default', from: '01/07/2026', rate: '12,15', source: '', ...patch });

  it('accepts a new half-year typed the French way, with a default source', () => {
    expect(readRateDraft(draft({}), DEFAULT_RATES)).toEqual({
      ok: true,
      value: { kind: 'b2b-default', from: '2026-07-01', basisPoints: 1215, source: 'Saisie manuelle' },
    });
    expect(readRateDraft(draft({ from: '2026-07-01', rate: '12.15 %', source: '  Banque  de France ' }), DEFAULT_RATES)).toMatchObject({
      ok: true,
      value: { basisPoints: 1215, source: 'Banque de France' },
    });
  });

  it('refuses a half-year rate that does not start on 1 January or 1 July, and says which date to use', () => {
    expect(readRateDraft(draft({ from: '15/08/2026' }), DEFAULT_RATES)).toEqual({
      ok: false,
      errors: { from: { code: 'not-half-year-start', params: { start: '01/07/2026' } } },
    });
  });

  it('accepts an ECB change on any day', () => {
    expect(readRateDraft(draft({ kind: 'ecb', from: '17/09/2025', rate: '2' }), DEFAULT_RATES)).toMatchObject({ ok: true, value: { from: '2025-09-17', basisPoints: 200 } });
  });

  it('refuses a second row for the same date, except the row being edited', () => {
    expect(readRateDraft(draft({ from: '01/01/2026' }), DEFAULT_RATES)).toEqual({
      ok: false,
      errors: { from: { code: 'duplicate', params: { date: '01/01/2026' } } },
    });
    expect(readRateDraft(draft({ from: '01/01/2026' }), DEFAULT_RATES, 'b2b-2026-01-01').ok).toBe(true);
    // Another table may have a row on that date.
    expect(readRateDraft(draft({ kind: 'legal-other', from: '01/07/2026', rate: '2,50' }), DEFAULT_RATES).ok).toBe(true);
  });

  it('refuses rates outside 0-100 %, unreadable ones and missing fields', () => {
    const errors = (patch: Partial<RateDraft>) => {
      const r = readRateDraft(draft(patch), DEFAULT_RATES);
      return r.ok ? null : r.errors;
    };
    expect(errors({ rate: '100,01' })).toEqual({ rate: { code: 'rate-out-of-range' } });
    expect(errors({ rate: '-0,5' })).toEqual({ rate: { code: 'rate-out-of-range' } });
    expect(errors({ rate: '100' })).toBeNull();
    expect(errors({ rate: '0' })).toBeNull();
    expect(errors({ rate: 'douze' })).toEqual({ rate: { code: 'rate-format' } });
    expect(errors({ rate: '12,155' })).toEqual({ rate: { code: 'rate-too-many-decimals' } });
    expect(errors({ rate: '', from: '' })).toEqual({ rate: { code: 'rate-empty' }, from: { code: 'date-empty' } });
    expect(errors({ from: '31/06/2026' })).toEqual({ from: { code: 'date-invalid-date' } });
    expect(errors({ from: 'juillet' })).toEqual({ from: { code: 'date-format' } });
    expect(errors({ source: 'x'.repeat(201) })).toEqual({ source: { code: 'source-too-long', params: { max: 200 } } });
  });

  it('has a French and English message for every error code', async () => {
    const fr = (await import('../../renderer/src/features/rates/i18n/fr.json')).default.rates.errors as Record<string, string>;
    const en = (await import('../../renderer/src/features/rates/i18n/en.json')).default.rates.errors as Record<string, string>;
    const codes = ['date-empty', 'date-format', 'date-invalid-date', 'not-half-year-start', 'duplicate', 'rate-empty', 'rate-format', 'rate-too-many-decimals', 'rate-out-of-range', 'source-too-long'];
    for (const code of codes) expect({ code, fr: typeof fr[code], en: typeof en[code] }).toEqual({ code, fr: 'string', en: 'string' });
  });
});
