/**
 * Company and bank identifiers entered in the company profile (SIREN, SIRET, IBAN, BIC, VAT).
 *
 * Validators normalise their input (spaces removed, upper case) and return the normalised value
 * on success, or an error code the UI translates. They check structure and check digits only:
 * a valid SIREN is not proof that the company exists.
 */
import type { Result } from './result';
import { err, ok } from './result';

export type SirenError = 'empty' | 'format' | 'checksum';
export type SiretError = 'empty' | 'format' | 'checksum';
export type IbanError = 'empty' | 'format' | 'country' | 'length' | 'checksum';
export type BicError = 'empty' | 'format';
export type VatError = 'empty' | 'format' | 'checksum';

/** \s covers U+00A0 and U+202F, which arrive when numbers are copied from PDFs or web pages. */
function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Luhn (mod 10) check used by SIREN and SIRET: from the right, every second digit is doubled
 * (minus 9 if above 9) and the total must be a multiple of 10.
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// ---------------------------------------------------------------------------------------------
// SIREN / SIRET

/** Removes spaces and dots, the separators found in the wild ("732 829 320", "329.338.883"). */
export function normalizeSiren(text: string): string {
  return removeSpaces(text).replace(/\./g, '');
}

/** Same separators as SIREN ("732 829 320 00074"). */
export const normalizeSiret = normalizeSiren;

/** SIREN: 9 digits, Luhn. (La Poste's SIREN 356000000 passes Luhn; its exception is on SIRETs.) */
export function validateSiren(text: string): Result<string, SirenError> {
  const siren = normalizeSiren(text);
  if (siren === '') return err('empty');
  if (!/^\d{9}$/.test(siren)) return err('format');
  return isLuhnValid(siren) ? ok(siren) : err('checksum');
}

const LA_POSTE_SIREN = '356000000';

/**
 * SIRET: SIREN + 5-digit establishment number (NIC), 14 digits. The whole number passes Luhn,
 * except for La Poste: its thousands of establishments (SIREN 356000000) are numbered so that
 * the sum of the 14 digits is a multiple of 5 instead (the head office 35600000000048 passes
 * Luhn). The SIREN part must itself be a valid SIREN.
 */
export function validateSiret(text: string): Result<string, SiretError> {
  const siret = normalizeSiret(text);
  if (siret === '') return err('empty');
  if (!/^\d{14}$/.test(siret)) return err('format');
  const laPosteRule = siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0;
  if (!isLuhnValid(siret) && !laPosteRule) return err('checksum');
  if (!isLuhnValid(siret.slice(0, 9))) return err('checksum');
  return ok(siret);
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum;
}

/** "732 829 320" (input as returned by validateSiren). */
export function formatSiren(siren: string): string {
  return `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6, 9)}`;
}

/** "732 829 320 00074" (input as returned by validateSiret). */
export function formatSiret(siret: string): string {
  return `${formatSiren(siret.slice(0, 9))} ${siret.slice(9)}`;
}

// ---------------------------------------------------------------------------------------------
// IBAN (ISO 13616)

/**
 * Total IBAN length per country, from the SWIFT IBAN registry: every SEPA country plus the other
 * registered ones. French overseas departments and Monaco banks use the FR/MC formats.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** Removes all whitespace and upper-cases: "fr76 3000 6000 ..." => "FR7630006000...". */
export function normalizeIban(text: string): string {
  return removeSpaces(text).toUpperCase();
}

/**
 * ISO 7064 MOD 97-10 over the IBAN rearranged as BBAN + country + check digits, letters replaced
 * by 10..35. Computed digit by digit so the 30+ digit number never needs BigInt.
 */
function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const c of rearranged) {
    const code = c.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48; // 'A' => 10, '0' => 0
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder;
}

export function validateIban(text: string): Result<string, IbanError> {
  const iban = normalizeIban(text);
  if (iban === '') return err('empty');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return err('format');
  const expectedLength = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expectedLength === undefined) return err('country');
  if (iban.length !== expectedLength) return err('length');
  // Check digits are always 02..98; "00", "01" and "99" cannot be produced by the algorithm
  // ("01" would otherwise pass wherever "98" is the real key, as 98 ≡ 1 mod 97).
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return err('checksum');
  return ibanMod97(iban) === 1 ? ok(iban) : err('checksum');
}

/** "FR76 3000 6000 0112 3456 7890 189": groups of 4, the way IBANs are printed on invoices. */
export function formatIban(text: string): string {
  return normalizeIban(text).replace(/(.{4})(?=.)/g, '$1 ');
}

// ---------------------------------------------------------------------------------------------
// BIC (ISO 9362)

/** ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which SWIFT and the IBAN registry use. */
const COUNTRY_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
    'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
    'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
    'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
    'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
    'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
    'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
    'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ' +
    'ZW XK'
  ).split(' '),
);

export function isKnownCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

const BIC_RE = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

/**
 * BIC: 4-letter bank code, 2-letter country, 2-character location, optional 3-character branch
 * ("BNPAFRPP", "BNPAFRPPXXX"). An unknown country code is reported as 'format'.
 */
export function validateBic(text: string): Result<string, BicError> {
  const bic = removeSpaces(text).toUpperCase();
  if (bic === '') return err('empty');
  const m = BIC_RE.exec(bic);
  if (m === null || !isKnownCountryCode(m[1] ?? '')) return err('format');
  return ok(bic);
}

// ---------------------------------------------------------------------------------------------
// VAT number (numéro de TVA intracommunautaire)

/** Letters allowed in the two-character key of new-style French VAT numbers (no I, no O). */
const FR_KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Numeric key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, on two digits. */
function frenchVatKey(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return String(key).padStart(2, '0');
}

/**
 * Key check for the rare new-style keys containing a letter, as implemented by python-stdnum
 * (stdnum.fr.tva): a base-34/base-24 value of the key mod 11 tied to the SIREN.
 */
function alphanumericKeyMatches(key: string, siren: string): boolean {
  const first = FR_KEY_ALPHABET.indexOf(key.charAt(0));
  const second = FR_KEY_ALPHABET.indexOf(key.charAt(1));
  const check = first < 10 ? first * 24 + second - 10 : first * 34 + second - 100;
  return (Number(siren) + 1 + Math.floor(check / 11)) % 11 === check % 11;
}

/**
 * Validates a VAT number. French ones ("FR" + key + SIREN) are fully checked: the SIREN passes
 * Luhn and the key matches. Monaco companies also have FR numbers, built on a 9-digit number
 * starting with 000 that is not a SIREN: Luhn is skipped for them, the key is still checked.
 * Other countries only get a loose format check (2-letter prefix + 2-13 letters/digits) because
 * each has its own algorithm. Spaces, dots and hyphens are ignored; returns "FR40303265045".
 */
export function validateVatNumber(text: string): Result<string, VatError> {
  const vat = removeSpaces(text).replace(/[.-]/g, '').toUpperCase();
  if (vat === '') return err('empty');
  if (!/^[A-Z]{2}[A-Z0-9]{2,13}$/.test(vat)) return err('format');
  if (!vat.startsWith('FR')) return ok(vat);

  const m = /^FR([0-9A-HJ-NP-Z]{2})(\d{9})$/.exec(vat);
  if (m === null) return err('format');
  const key = m[1] ?? '';
  const siren = m[2] ?? '';
  const isMonaco = siren.startsWith('000');
  if (!isMonaco && !isLuhnValid(siren)) return err('checksum');
  const keyOk = /^\d{2}$/.test(key) ? key === frenchVatKey(siren) : alphanumericKeyMatches(key, siren);
  return keyOk ? ok(vat) : err('checksum');
}

/** French VAT number of a company from its SIREN: "303 265 045" => "FR40303265045". */
export function vatFromSiren(text: string): Result<string, SirenError> {
  const siren = validateSiren(text);
  if (!siren.ok) return siren;
  return ok(`FR${frenchVatKey(siren.value)}${siren.value}`);
}
