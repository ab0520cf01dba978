/**
 * `cli holidays <year> [--zone metropole|alsace-moselle]`: the French public holidays of a year as
 * JSON `[{ date, name }]`, from the same domain code the reminder schedule uses, so a planned date
 * can be checked against the list.
 */
import { parseArgs } from 'node:util';
import type { HolidayZone } from '../../renderer/src/domain/calendar/business-calendar';
import { MAX_HOLIDAY_YEAR, MIN_HOLIDAY_YEAR, holidays } from '../../renderer/src/domain/calendar/holidays';

export const HOLIDAYS_USAGE = `  npm run --silent cli -- holidays <year> [--zone metropole|alsace-moselle]
      <year>      ${MIN_HOLIDAY_YEAR} to ${MAX_HOLIDAY_YEAR}
      --zone      metropole (default) or alsace-moselle (adds Good Friday and 26 December)`;

const ZONES: readonly HolidayZone[] = ['metropole', 'alsace-moselle'];

export type HolidaysOutcome = { kind: 'usage'; message: string } | { kind: 'report'; report: { date: string; name: string }[] };

/** Reads the arguments (after the word `holidays`) and lists the holidays; no output written here. */
export function holidaysCommand(args: string[]): HolidaysOutcome {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { zone: { type: 'string', default: 'metropole' } } });
  } catch (error) {
    return { kind: 'usage', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const yearText = positionals[0];
  const year = Number(yearText);
  if (positionals.length !== 1 || !/^\d{4}$/.test(yearText ?? '') || year < MIN_HOLIDAY_YEAR || year > MAX_HOLIDAY_YEAR) {
    return { kind: 'usage', message: `holidays attend une année de ${MIN_HOLIDAY_YEAR} à ${MAX_HOLIDAY_YEAR} (par exemple 2026).` };
  }
  const zone = values.zone as HolidayZone;
  if (!ZONES.includes(zone)) {
    return { kind: 'usage', message: `--zone attend ${ZONES.join(' ou ')}, pas ${JSON.stringify(values.zone)}.` };
  }
  return { kind: 'report', report: holidays(year, zone).map(({ date, name }) => ({ date, name })) };
}
