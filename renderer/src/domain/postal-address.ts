/**
 * The address block of a letter for a window envelope, set out by La Poste's rules (LEGAL-FR,
 * "Letters for window envelopes"; norm NF Z10-011):
 *
 * - at most 6 lines of at most 38 characters, aligned left (the layout aligns);
 * - line 1 the recipient, then "À l'attention de …" and the complements (building, floor) as typed;
 * - from the street down (street, lieu-dit or BP, postcode + city, country) in capitals, without
 *   accents or punctuation, as is every line from the 4th down;
 * - the country last, only for a letter abroad: "France" is left out of a letter posted in France.
 *
 * A line too long is shortened with the abbreviations La Poste accepts (AVENUE → AV, BOULEVARD →
 * BD…); what cannot be set out comes back as problems (translation keys), never silently cut.
 * Setting out an address already set out gives it back unchanged.
 */
import { POSTAL_MAX_CHARS, POSTAL_MAX_LINES } from './letters/letter-content';

export type PostalProblemCode = 'missingName' | 'missingAddress' | 'missingStreet' | 'missingCityLine' | 'tooManyLines' | 'lineTooLong';

export interface PostalProblem {
  code: PostalProblemCode;
  /** Translation key (catalogue of features/templates). */
  key: string;
  params: Record<string, string | number>;
}

export interface PostalAddressInput {
  /** The recipient: a company name or a person's name. */
  name: string;
  /** "À l'attention de Mme Durand": kept as typed, on the line after the name. */
  attention?: string | undefined;
  /** From the complements down to postcode + city (and the country abroad): text, one line per row, or lines. */
  address: string | readonly string[] | undefined;
  /** Where the letter is posted from; a recipient in that country needs no country line. France when absent. */
  senderCountry?: string | undefined;
}

export type PostalAddressResult = { ok: true; lines: string[] } | { ok: false; problems: PostalProblem[] };

const problem = (code: PostalProblemCode, params: Record<string, string | number> = {}): PostalProblem => ({
  code,
  key: `templates.postal.${code}`,
  params,
});

/** Abbreviations from La Poste's list, tried in this order until a line fits. */
const ABBREVIATIONS: readonly [string, string][] = [
  ['BOULEVARD', 'BD'],
  ['AVENUE', 'AV'],
  ['ROUTE', 'RTE'],
  ['CHEMIN', 'CHE'],
  ['IMPASSE', 'IMP'],
  ['ALLEE', 'ALL'],
  ['ALLEES', 'ALL'],
  ['PLACE', 'PL'],
  ['FAUBOURG', 'FG'],
  ['CHAUSSEE', 'CHS'],
  ['PROMENADE', 'PROM'],
  ['SQUARE', 'SQ'],
  ['QUARTIER', 'QUA'],
  ['RESIDENCE', 'RES'],
  ['BATIMENT', 'BAT'],
  ['IMMEUBLE', 'IMM'],
  ['ESCALIER', 'ESC'],
  ['APPARTEMENT', 'APP'],
  ['LOTISSEMENT', 'LOT'],
  ['HAMEAU', 'HAM'],
  ['LIEU DIT', 'LD'],
  ['ZONE INDUSTRIELLE', 'ZI'],
  ['ZONE ARTISANALE', 'ZA'],
  ['ZONE D ACTIVITES', 'ZA'],
  ['ROND POINT', 'RPT'],
  ['CARREFOUR', 'CAR'],
  ['SAINTE', 'STE'],
  ['SAINT', 'ST'],
  ['GENERAL', 'GAL'],
  ['MARECHAL', 'MAL'],
  ['PRESIDENT', 'PDT'],
  ['PROFESSEUR', 'PR'],
  ['DOCTEUR', 'DR'],
  ['COMMANDANT', 'CDT'],
  ['CAPITAINE', 'CPT'],
  ['LIEUTENANT', 'LT'],
  ['MONSEIGNEUR', 'MGR'],
  ['NOTRE DAME', 'N D'],
];

/** Words that start a street line (or what stands for it: lieu-dit, BP), accents removed. */
const STREET_START =
  /^(?:\d|(?:rue|avenue|av|boulevard|bd|chemin|che|route|rte|impasse|imp|allee|allees|place|pl|quai|cours|square|passage|chaussee|faubourg|fg|lieu dit|lieudit|ld|bp|cs|tsa|hameau|voie|sentier|montee|esplanade|promenade|rond point|parvis|traverse|ruelle)(?:\s|$))/;

const DOMESTIC_CITY_LINE = /^(?:F\s*-?\s*)?(\d{2})\s?(\d{3})\s+(\S.*)$/i;

const FRANCE_NAMES = new Set(['', 'france', 'fr', 'fra', 'france metropolitaine', 'republique francaise']);

/**
 * Countries a last line may name, in French and English, accents removed. A last line without
 * digits that is not a country is a city without its postcode, reported rather than guessed.
 */
const COUNTRY_NAMES = new Set([
  'allemagne', 'germany', 'deutschland', 'autriche', 'austria', 'osterreich', 'belgique', 'belgium',
  'belgie', 'bulgarie', 'bulgaria', 'chypre', 'cyprus', 'croatie', 'croatia', 'danemark', 'denmark',
  'espagne', 'spain', 'espana', 'estonie', 'estonia', 'finlande', 'finland', 'grece', 'greece', 'hongrie',
  'hungary', 'irlande', 'ireland', 'italie', 'italy', 'italia', 'lettonie', 'latvia', 'lituanie',
  'lithuania', 'luxembourg', 'malte', 'malta', 'pays bas', 'netherlands', 'the netherlands', 'nederland',
  'hollande', 'pologne', 'poland', 'polska', 'portugal', 'republique tcheque', 'tchequie', 'czech republic',
  'czechia', 'roumanie', 'romania', 'slovaquie', 'slovakia', 'slovenie', 'slovenia', 'suede', 'sweden',
  'sverige', 'royaume uni', 'united kingdom', 'uk', 'grande bretagne', 'great britain', 'angleterre',
  'england', 'ecosse', 'scotland', 'pays de galles', 'wales', 'irlande du nord', 'northern ireland',
  'suisse', 'switzerland', 'schweiz', 'svizzera', 'norvege', 'norway', 'islande', 'iceland', 'liechtenstein',
  'monaco', 'principaute de monaco', 'andorre', 'andorra', 'saint marin', 'san marino', 'etats unis',
  'united states', 'usa', 'etats unis d amerique', 'united states of america', 'canada', 'mexique', 'mexico',
  'bresil', 'brazil', 'argentine', 'argentina', 'chili', 'chile', 'maroc', 'morocco', 'algerie', 'algeria',
  'tunisie', 'tunisia', 'senegal', 'cote d ivoire', 'ivory coast', 'cameroun', 'cameroon', 'madagascar',
  'maurice', 'mauritius', 'liban', 'lebanon', 'israel', 'turquie', 'turkey', 'turkiye',
  'emirats arabes unis', 'united arab emirates', 'chine', 'china', 'japon', 'japan', 'coree du sud',
  'south korea', 'inde', 'india', 'singapour', 'singapore', 'australie', 'australia', 'nouvelle zelande',
  'new zealand', 'ukraine', 'serbie', 'serbia',
]);

/** Lower case, no accents, punctuation as spaces: for comparing what people typed. */
function fold(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[Œœ]/g, (c) => (c === 'Œ' ? 'OE' : 'oe'))
    .replace(/[Ææ]/g, (c) => (c === 'Æ' ? 'AE' : 'ae'))
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, (c) => (c === 'Ø' ? 'O' : 'o'))
    .replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l'))
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'));
}

/** "12, rue de l'Église" → "12 RUE DE L EGLISE": capitals, no accents, no punctuation. */
export function toPostalCapitals(text: string): string {
  return stripAccents(text)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export function isFrance(country: string | undefined): boolean {
  return FRANCE_NAMES.has(fold(country ?? ''));
}

/** The lines of a free-text address (Customer.address), blank rows dropped. */
export function addressLinesFromText(text: string | readonly string[] | undefined): string[] {
  const rows = typeof text === 'string' ? text.split(/\r\n|\r|\n/) : [...(text ?? [])];
  return rows.map(tidy).filter((line) => line !== '');
}

/** The address often repeats the name on its first rows (accounting exports do): drop them. */
export function withoutName(lines: readonly string[], name: string): string[] {
  let start = 0;
  while (start < lines.length && fold(name) !== '' && fold(lines[start]!) === fold(name)) start += 1;
  return lines.slice(start);
}

/** The company profile's address as envelope lines: street, complement, postcode + city, country abroad. */
export function companyAddressLines(profile: {
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  country: string;
}): string[] {
  const cityLine = tidy(`${profile.postalCode} ${profile.city}`);
  return [profile.addressLine1, profile.addressLine2, cityLine, isFrance(profile.country) ? '' : profile.country]
    .map(tidy)
    .filter((line) => line !== '');
}

/** Shortens a capitals line with La Poste's abbreviations, one word at a time, until it fits. */
export function abbreviate(line: string, max = POSTAL_MAX_CHARS): string {
  let out = line;
  for (const [long, short] of ABBREVIATIONS) {
    if (out.length <= max) break;
    out = out.replace(new RegExp(`(^| )${long}(?= |$)`, 'g'), `$1${short}`);
  }
  return out;
}

/** Splits a name too long for one line at spaces into lines of at most `max` characters. */
function wrap(text: string, max: number): string[] | null {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (word.length > max) return null;
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= max) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

export function formatPostalAddress(input: PostalAddressInput): PostalAddressResult {
  const problems: PostalProblem[] = [];
  const name = tidy(input.name);
  const attention = tidy(input.attention ?? '');
  if (name === '') problems.push(problem('missingName'));

  let lines = withoutName(addressLinesFromText(input.address).filter((line) => fold(line) !== ''), name);
  if (lines.length === 0) {
    problems.push(problem('missingAddress'));
    return { ok: false, problems };
  }

  // The country: France (or the sender's own country) is left out; another country stays last.
  let country = '';
  const last = lines[lines.length - 1]!;
  const senderFrance = isFrance(input.senderCountry);
  if (lines.length >= 2 && isFrance(last)) {
    lines = lines.slice(0, -1);
    if (!senderFrance) country = 'FRANCE';
  } else if (lines.length >= 2 && COUNTRY_NAMES.has(fold(last))) {
    lines = lines.slice(0, -1);
    if (fold(last) !== fold(input.senderCountry ?? 'France')) country = last;
  } else if (!senderFrance) {
    // Posted from abroad to an address without a country: a French address.
    country = 'FRANCE';
  }
  const domestic = country === '' ? senderFrance : fold(country) === 'france';

  let cityLine = lines[lines.length - 1]!;
  if (domestic) {
    const match = DOMESTIC_CITY_LINE.exec(cityLine);
    if (match === null) {
      problems.push(problem('missingCityLine', { line: cityLine }));
    } else {
      cityLine = `${match[1]}${match[2]} ${match[3]}`;
    }
  }
  const before = lines.slice(0, -1);
  if (before.length === 0) problems.push(problem('missingStreet'));

  // The street is the first line that looks like one, else the line just above the city.
  let streetIndex = before.findIndex((line) => STREET_START.test(fold(line)));
  if (streetIndex < 0) streetIndex = Math.max(0, before.length - 1);
  const complements = before.slice(0, streetIndex);
  const distribution = [...before.slice(streetIndex), cityLine, ...(country ? [country] : [])];

  let nameLines = [name];
  if (name.length > POSTAL_MAX_CHARS) {
    const wrapped = wrap(name, POSTAL_MAX_CHARS);
    if (wrapped === null || wrapped.length > 2) problems.push(problem('lineTooLong', { line: name, length: name.length }));
    else nameLines = wrapped;
  }
  if (attention.length > POSTAL_MAX_CHARS) problems.push(problem('lineTooLong', { line: attention, length: attention.length }));

  const identification = [...nameLines, ...(attention ? [attention] : [])];
  const total = identification.length + complements.length + distribution.length;
  if (total > POSTAL_MAX_LINES) problems.push(problem('tooManyLines', { count: total, max: POSTAL_MAX_LINES }));

  const out: string[] = [...identification];
  for (const line of complements) {
    // From the 4th line down, or when it must be shortened, a complement is written like the street.
    out.push(out.length >= 3 || line.length > POSTAL_MAX_CHARS ? abbreviate(toPostalCapitals(line)) : line);
  }
  for (const line of distribution) out.push(abbreviate(toPostalCapitals(line)));
  for (const line of out.slice(identification.length)) {
    if (line.length > POSTAL_MAX_CHARS) problems.push(problem('lineTooLong', { line, length: line.length }));
    if (line === '') problems.push(problem('missingAddress'));
  }

  return problems.length > 0 ? { ok: false, problems: dedupe(problems) } : { ok: true, lines: out };
}

function dedupe(problems: PostalProblem[]): PostalProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}:${JSON.stringify(p.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
