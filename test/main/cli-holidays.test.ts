import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';


type Listed = { date: string; name: string }[];

describe('cli holidays', () => {
  it('lists the 11 public holidays of metropolitan France in 2026 (Easter: 5 April)', async () => {
    const { code, stdout, stderr } = await cli('holidays', '2026');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const list = JSON.parse(stdout) as Listed;
    expect(list).toHaveLength(11);
    expect(list.map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
    expect(list).toContainEqual({ date: '2026-04-06', name: 'Lundi de Pâques' });
    expect(list).toContainEqual({ date: '2026-05-14', name: 'Ascension' });
    expect(list).toContainEqual({ date: '2026-05-25', name: 'Lundi de Pentecôte' });
    expect(list).toContainEqual({ date: '2026-07-14', name: 'Fête nationale' });
    expect(Object.keys(list[0]!)).toEqual(['date', 'name']);
  }, 30_000);

  it('adds Good Friday and 26 December for Alsace-Moselle', async () => {
    const { code, stdout } = await cli('holidays', '2026', '--zone', 'alsace-moselle');
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as Listed;
    expect(list).toHaveLength(13);
    expect(list[1]).toEqual({ date: '2026-04-03', name: 'Vendredi saint' });
    expect(list[12]).toEqual({ date: '2026-12-26', name: 'Saint-Étienne' });
  }, 30_000);

  it('exits 1 with a message and the usage on a wrong year or zone', async () => {
    for (const args of [['holidays', '1582'], ['holidays', '10000'], ['holidays'], ['holidays', '2026x']]) {
      const bad = await cli(...args);
      expect(bad.code, args.join(' ')).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain('holidays attend une année de 1583 à 9999');
      expect(bad.stderr).toContain('holidays <year> [--zone metropole|alsace-moselle]');
    }
    const zone = await cli('holidays', '2026', '--zone', 'guyane');
    expect(zone.code).toBe(1);
    expect(zone.stderr).toContain('--zone attend metropole ou alsace-moselle');
  }, 60_000);
});
