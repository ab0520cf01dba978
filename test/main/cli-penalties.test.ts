import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';


describe('cli penalties', () => {
  it('prints the worked example of LEGAL-FR: 5 000 EUR × 10 % × 30 / 365 = 41,10 EUR, plus 40 EUR', async () => {
    const { code, stdout } = await cli('penalties', '--amount', '500000', '--due', '2022-03-01', '--until', '2022-03-31');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      pieces: [
        { from: '2022-03-02', to: '2022-03-31', days: 30, rate: 10, rateBasisPoints: 1000, rateKind: 'b2b-default', baseCents: 500000, interestCents: 4110 },
      ],
      interestCents: 4110,
      indemnityCents: 4000,
      totalCents: 8110,
      warnings: [],
    });
  }, 30_000);

  it('takes payments, a consumer with a formal notice, and explains its warnings in French', async () => {
    const { code, stdout } = await cli(
      'penalties', '--amount', '200000', '--due', '2026-05-15', '--until', '2026-07-30',
      '--paid', '50000@2026-06-20', '--consumer', '--notice', '2026-06-10',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { pieces: { from: string; to: string; days: number; rate: number; baseCents: number; interestCents: number }[]; indemnityCents: number; interestCents: number; warnings: { code: string; message: string }[] };
    // Legal rate (other cases) 2026 H1 = 2,62 %, carried into 2026 H2 (not published).
    // 11 → 20 June on 2 000 €: 10 days; 21 → 30 June on 1 500 €: 10 days; 1 → 30 July on 1 500 €: 30 days.
    expect(report.pieces.map((p) => [p.from, p.to, p.days, p.rate, p.baseCents])).toEqual([
      ['2026-06-11', '2026-06-20', 10, 2.62, 200000],
      ['2026-06-21', '2026-06-30', 10, 2.62, 150000],
      ['2026-07-01', '2026-07-30', 30, 2.62, 150000],
    ]);
    const cents = (euros: number) => Math.round(euros * 100 + 1e-9);
    expect(report.interestCents).toBe(cents(2000 * 0.0262 * 10 / 365) + cents(1500 * 0.0262 * 10 / 365) + cents(1500 * 0.0262 * 30 / 365));
    expect(report.indemnityCents).toBe(0);
    expect(report.warnings.map((w) => w.code)).toEqual(['rate-missing']);
    expect(report.warnings[0]!.message).toContain('2e semestre 2026 non renseigné');
  }, 30_000);

  it('applies a contractual rate given in percent, the French way', async () => {
    const { code, stdout } = await cli('penalties', '--amount', '500000', '--due', '2022-03-01', '--until', '2022-03-31', '--rate', '15,5');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { pieces: { rateBasisPoints: number; rateKind: string }[]; interestCents: number };
    expect(report.pieces.map((p) => [p.rateBasisPoints, p.rateKind])).toEqual([[1550, 'contractual']]);
    expect(report.interestCents).toBe(Math.round(5000 * 0.155 * 30 / 365 * 100)); // 63,70 €
  }, 30_000);

  it('exits 1 with a message and the usage on a wrong argument', async () => {
    const bad = await cli('penalties', '--amount', '5000,00', '--due', '2022-03-01', '--until', '2022-03-31');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--amount attend le montant TTC en centimes');
    expect(bad.stderr).toContain('penalties --amount <cents>');
    const missing = await cli('penalties', '--amount', '500000', '--due', '2022-02-30', '--until', '2022-03-31');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--due attend une date');
    const paid = await cli('penalties', '--amount', '500000', '--due', '2022-03-01', '--until', '2022-03-31', '--paid', '100');
    expect(paid.code).toBe(1);
    expect(paid.stderr).toContain('<centimes>@<AAAA-MM-JJ>');
  }, 30_000);

  it('exits 2 with a French message when no rate covers the period', async () => {
    const { code, stdout, stderr } = await cli('penalties', '--amount', '500000', '--due', '2015-03-01', '--until', '2015-03-31');
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ error: { code: 'no-rate' } });
    expect(stderr).toContain('Aucun taux de pénalité B2B');
  }, 30_000);

  it('keeps import-preview in the usage of an unknown command', async () => {
    const { code, stderr } = await cli('frobnicate');
    expect(code).toBe(1);
    expect(stderr).toContain('import-preview');
    expect(stderr).toContain('penalties');
  }, 30_000);
});
