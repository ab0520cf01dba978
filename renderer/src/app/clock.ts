import { todayIso, type IsoDate } from '../domain/dates';

/** Today's calendar date on this computer. One place, so tests can set the clock in the browser. */
export const today = (): IsoDate => todayIso(new Date());
export const nowTimestamp = (): string => new Date().toISOString();
