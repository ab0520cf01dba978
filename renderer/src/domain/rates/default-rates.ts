/**
 * The rate tables shipped with the app (LEGAL-FR.md, "Rate tables"), as editable data: the user
 * keeps them up to date in Paramètres → Taux, and a later version of the app adds the rows
 * published since. Ids are stable (`<kind prefix>-<from>`) so that an update can tell which
 * shipped rows a user's table already holds.
 *
 * `confirmed: false` marks what LEGAL-FR only knows from the press: the ECB cut of 11 June 2025
 * and the B2B rates derived from it (2025 H2, 2026 H1). The app flags them "À vérifier".
 */
import type { IsoDate } from '../dates';
import type { RateRow } from '../model';

export type RateKind = RateRow['kind'];

const ECB_SOURCE = 'BCE, taux des opérations principales de refinancement';
const ECB_PRESS_SOURCE = `${ECB_SOURCE} (annoncé par la presse, publication officielle à vérifier)`;
const B2B_SOURCE = 'Code de commerce L441-10 : taux BCE au 1er janvier ou au 1er juillet + 10 points';
const B2B_UNCONFIRMED_SOURCE = `${B2B_SOURCE} (taux BCE de juin 2025 à vérifier)`;
const LEGAL_INDIVIDUAL_SOURCE =
  "Arrêté fixant le taux de l'intérêt légal : créancier personne physique n'agissant pas pour des besoins professionnels";
const LEGAL_OTHER_SOURCE = "Arrêté fixant le taux de l'intérêt légal : autres cas (créancier professionnel)";

/** Prefix of the stable ids of shipped rows, per kind. */
export const RATE_ID_PREFIX: Record<RateKind, string> = {
  ecb: 'ecb',
  'b2b-default': 'b2b',
  'legal-individual': 'legal-individual',
  'legal-other': 'legal-other',
};

const row = (kind: RateKind, from: IsoDate, basisPoints: number, source: string, confirmed = true): RateRow => ({
  id: `${RATE_ID_PREFIX[kind]}-${from}`,
  kind,
  from,
  basisPoints,
  source,
  confirmed,
});

/** ECB main refinancing rate, by the date each change took effect. */
const ECB: [IsoDate, number][] = [
  ['2014-09-10', 5],
  ['2016-03-16', 0],
  ['2022-07-27', 50],
  ['2022-09-14', 125],
  ['2022-11-02', 200],
  ['2022-12-21', 250],
  ['2023-02-08', 300],
  ['2023-03-22', 350],
  ['2023-05-10', 375],
  ['2023-06-21', 400],
  ['2023-08-02', 425],
  ['2023-09-20', 450],
  ['2024-06-12', 425],
  ['2024-09-18', 365],
  ['2024-10-23', 340],
  ['2024-12-18', 315],
  ['2025-02-05', 290],
  ['2025-03-12', 265],
  ['2025-04-23', 240],
];
/** Known from news sources only (LEGAL-FR): shipped unconfirmed. */
const ECB_UNCONFIRMED: [IsoDate, number][] = [['2025-06-11', 215]];

/**
 * Default B2B penalty rate per half-year, as LEGAL-FR lists it (a test checks each equals the ECB
 * rate in force on the half-year's first day + 1000 basis points).
 */
const B2B: [IsoDate, number][] = [
  ['2016-07-01', 1000],
  ['2017-01-01', 1000],
  ['2017-07-01', 1000],
  ['2018-01-01', 1000],
  ['2018-07-01', 1000],
  ['2019-01-01', 1000],
  ['2019-07-01', 1000],
  ['2020-01-01', 1000],
  ['2020-07-01', 1000],
  ['2021-01-01', 1000],
  ['2021-07-01', 1000],
  ['2022-01-01', 1000],
  ['2022-07-01', 1000],
  ['2023-01-01', 1250],
  ['2023-07-01', 1400],
  ['2024-01-01', 1450],
  ['2024-07-01', 1425],
  ['2025-01-01', 1315],
];
/** Derived from the unconfirmed ECB rate of 11 June 2025 (still 2.15 % on 1 January 2026?). */
const B2B_UNCONFIRMED: [IsoDate, number][] = [
  ['2025-07-01', 1215],
  ['2026-01-01', 1215],
];

/** Taux d'intérêt légal per half-year: [from, creditor is an individual, all other cases]. */
const LEGAL: [IsoDate, number, number][] = [
  ['2019-01-01', 340, 86],
  ['2019-07-01', 326, 87],
  ['2020-01-01', 315, 87],
  ['2020-07-01', 311, 84],
  ['2021-01-01', 314, 79],
  ['2021-07-01', 312, 76],
  ['2022-01-01', 313, 76],
  ['2022-07-01', 315, 77],
  ['2023-01-01', 447, 206],
  ['2023-07-01', 682, 422],
  ['2024-01-01', 801, 507],
  ['2024-07-01', 816, 492],
  ['2025-01-01', 721, 371],
  ['2025-07-01', 665, 276],
  ['2026-01-01', 667, 262],
  // 2026 H2: not yet published; the computation carries 2026 H1 forward with a warning.
];

export const DEFAULT_RATES: readonly RateRow[] = Object.freeze([
  ...ECB.map(([from, bp]) => row('ecb', from, bp, ECB_SOURCE)),
  ...ECB_UNCONFIRMED.map(([from, bp]) => row('ecb', from, bp, ECB_PRESS_SOURCE, false)),
  ...B2B.map(([from, bp]) => row('b2b-default', from, bp, B2B_SOURCE)),
  ...B2B_UNCONFIRMED.map(([from, bp]) => row('b2b-default', from, bp, B2B_UNCONFIRMED_SOURCE, false)),
  ...LEGAL.map(([from, individual]) => row('legal-individual', from, individual, LEGAL_INDIVIDUAL_SOURCE)),
  ...LEGAL.map(([from, , other]) => row('legal-other', from, other, LEGAL_OTHER_SOURCE)),
].map((r) => Object.freeze(r)));

const DEFAULT_IDS = new Set(DEFAULT_RATES.map((r) => r.id));

/** True for a row shipped with the app (it may be edited, not deleted). */
export function isDefaultRate(id: string): boolean {
  return DEFAULT_IDS.has(id);
}
