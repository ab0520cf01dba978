/**
 * The documents Relance wrote (letters, formal notices, statements, e-mail drafts, batches to
 * print): the list's filters and order, the registered-letter (LRAR) tracking rules, and the
 * folder a customer's documents go in. Pure: the screen and the database code call these.
 */
import { compareDates, formatDate, isValidIsoDate, todayIso, type IsoDate } from './dates';
import type { Customer, DocumentRecord, Id } from './model';

/** The letter kinds of electron/letter-spec.ts (db/documents.ts checks the two lists agree). */
export const LETTER_DOCUMENT_KINDS = [
  'courtesy',
  'reminder-1',
  'reminder-2',
  'formal-notice',
  'statement',
  'call-notes',
  'plan-agreement',
] as const;

/** Every kind of document, in the order the filter offers them. */
export const DOCUMENT_KINDS = [...LETTER_DOCUMENT_KINDS, 'email', 'batch'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const isKnownDocumentKind = (kind: string): kind is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(kind);

/** A PDF Relance laid out (not an .eml draft): it can be printed. */
export const isPdfDocument = (doc: Pick<DocumentRecord, 'kind' | 'path'>): boolean =>
  doc.kind !== 'email' && !doc.path.toLowerCase().endsWith('.eml');

/** A letter that can be sent by registered post (not an e-mail draft, not a merged batch). */
export const canBeRegistered = (doc: Pick<DocumentRecord, 'kind' | 'path'>): boolean =>
  isPdfDocument(doc) && doc.kind !== 'batch';

/** The user's calendar day a document was written (local date of its timestamp). */
export function documentDay(doc: Pick<DocumentRecord, 'createdAt'>): IsoDate {
  const instant = new Date(doc.createdAt);
  return Number.isNaN(instant.getTime()) ? doc.createdAt.slice(0, 10) : todayIso(instant);
}

/** The last segment of a path, with either separator (Windows or POSIX). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

// ---------------------------------------------------------------------------------------------
// List: filters and order

export interface DocumentFilters {
  customerId: Id | null;
  /** Empty: every kind. */
  kinds: string[];
  /** Inclusive calendar days; '' for no bound. */
  from: IsoDate | '';
  to: IsoDate | '';
  /** Words searched in the title, the file name and the tracking number. */
  query: string;
}

export const EMPTY_DOCUMENT_FILTERS: DocumentFilters = { customerId: null, kinds: [], from: '', to: '', query: '' };

export const hasActiveFilters = (f: DocumentFilters): boolean =>
  f.customerId !== null || f.kinds.length > 0 || f.from !== '' || f.to !== '' || f.query.trim() !== '';

/** Lower case, accents removed, spaces collapsed: "Relevé" matches "releve". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The documents that pass every filter; a date bound that is not a valid day is ignored. */
export function filterDocuments<T extends DocumentRecord>(docs: readonly T[], filters: DocumentFilters): T[] {
  const kinds = filters.kinds.length > 0 ? new Set(filters.kinds) : null;
  const from = filters.from && isValidIsoDate(filters.from) ? filters.from : null;
  const to = filters.to && isValidIsoDate(filters.to) ? filters.to : null;
  const words = searchKey(filters.query).split(' ').filter(Boolean);
  return docs.filter((doc) => {
    if (filters.customerId !== null && doc.customerId !== filters.customerId) return false;
    if (kinds && !kinds.has(doc.kind)) return false;
    if (from || to) {
      const day = documentDay(doc);
      if (!isValidIsoDate(day)) return false;
      if (from && compareDates(day, from) < 0) return false;
      if (to && compareDates(day, to) > 0) return false;
    }
    if (words.length > 0) {
      const haystack = searchKey(
        [doc.title ?? '', doc.fileName ?? baseName(doc.path), doc.registered?.trackingNumber ?? ''].join(' '),
      );
      const compact = haystack.replace(/ /g, '');
      if (!words.every((word) => haystack.includes(word) || compact.includes(word))) return false;
    }
    return true;
  });
}

/** Newest first; documents written at the same instant keep a stable order (by id). */
export function sortDocuments<T extends DocumentRecord>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? 1 : -1));
}

// ---------------------------------------------------------------------------------------------
// Registered letters (LRAR)

export type Registered = NonNullable<DocumentRecord['registered']>;

/**
 * Where a registered letter stands:
 * - `none`: not a registered letter;
 * - `to-send`: meant to go by registered post, not recorded as sent yet;
 * - `sent`: posted (date and tracking number when known), no acknowledgement yet;
 * - `received`: the acknowledgement of receipt (AR) came back signed;
 * - `unclaimed`: "pli avisé et non réclamé", the letter came back.
 */
export type RegisteredStatus =
  | { state: 'none' }
  | { state: 'to-send'; trackingNumber?: string }
  | { state: 'sent'; sentOn: IsoDate; trackingNumber?: string }
  | { state: 'received'; receivedOn: IsoDate; sentOn?: IsoDate; trackingNumber?: string }
  | { state: 'unclaimed'; sentOn?: IsoDate; trackingNumber?: string };

/**
 * A document is a registered letter when it was made for that channel, when tracking data was
 * recorded for it, or when it is a formal notice whose channel was not said (LEGAL-FR: a formal
 * notice goes by registered letter with acknowledgement of receipt).
 */
export function isRegisteredLetter(doc: Pick<DocumentRecord, 'kind' | 'channel' | 'registered'>): boolean {
  return doc.channel === 'registered-letter' || doc.registered !== undefined || (doc.channel === undefined && doc.kind === 'formal-notice');
}

export function registeredStatus(doc: Pick<DocumentRecord, 'kind' | 'channel' | 'registered'>): RegisteredStatus {
  if (!isRegisteredLetter(doc)) return { state: 'none' };
  const r = doc.registered ?? {};
  const tracking = r.trackingNumber ? { trackingNumber: r.trackingNumber } : {};
  const sent = r.sentOn ? { sentOn: r.sentOn } : {};
  if (r.receivedOn) return { state: 'received', receivedOn: r.receivedOn, ...sent, ...tracking };
  if (r.unclaimed) return { state: 'unclaimed', ...sent, ...tracking };
  if (r.sentOn) return { state: 'sent', sentOn: r.sentOn, ...tracking };
  return { state: 'to-send', ...tracking };
}

/** "1A 123 456 7890 1" or "rr123456789fr" as stored: upper case, no spaces, dots or dashes. */
export function normaliseTrackingNumber(text: string): string {
  return text.replace(/[\s.\-\u00a0\u202f]/g, '').toUpperCase();
}

/** An international-style number (UPU S10): 2 letters, 9 digits, 2 letters ("RR123456789FR"). */
const S10 = /^[A-Z]{2}\d{9}[A-Z]{2}$/;
/** La Poste's domestic LRAR numbers: 13 characters, "1A" + 11 digits ("1A12345678901"). */
const DOMESTIC = /^[0-9A-Z]{13}$/;

export type TrackingNumberError = 'format';

/**
 * Checks a tracking number typed by the user, permissively: La Poste's 13-character numbers
 * (letters allowed, but at least 11 digits) and S10 numbers (RR 123 456 789 FR) pass, spaces and
 * lower case accepted; anything else (too short, a date, a name) is refused.
 */
export function validateTrackingNumber(text: string): { ok: true; value: string } | { ok: false; error: TrackingNumberError } {
  const value = normaliseTrackingNumber(text);
  if (S10.test(value)) return { ok: true, value };
  if (DOMESTIC.test(value) && (value.match(/\d/g)?.length ?? 0) >= 11) return { ok: true, value };
  return { ok: false, error: 'format' };
}

/** "1A 123 456 7890 1", "RR 123 456 789 FR": easier to read back against the receipt. */
export function formatTrackingNumber(value: string): string {
  if (S10.test(value)) return `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8, 11)} ${value.slice(11)}`;
  if (value.length === 13) return `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8, 12)} ${value.slice(12)}`;
  return value;
}

/** What the tracking form holds: text as typed, dates '' when empty. */
export interface RegisteredDraft {
  trackingNumber: string;
  sentOn: string;
  receivedOn: string;
  unclaimed: boolean;
}

export type RegisteredErrorCode =
  | 'tracking-format'
  | 'date-invalid'
  | 'date-future'
  | 'sent-required'
  | 'received-before-sent'
  | 'received-and-unclaimed';

export type RegisteredErrors = Partial<Record<keyof RegisteredDraft, RegisteredErrorCode>>;

export function registeredDraft(registered: Registered | undefined): RegisteredDraft {
  return {
    trackingNumber: registered?.trackingNumber ? formatTrackingNumber(registered.trackingNumber) : '',
    sentOn: registered?.sentOn ?? '',
    receivedOn: registered?.receivedOn ?? '',
    unclaimed: registered?.unclaimed ?? false,
  };
}

/**
 * Validates the tracking data against `today`: a readable tracking number, real dates not in the
 * future, the sending date known before a receipt or a return is recorded, received on or after
 * sent, and a letter either received or unclaimed, never both.
 */
export function validateRegistered(
  draft: RegisteredDraft,
  today: IsoDate,
): { ok: true; value: Registered } | { ok: false; errors: RegisteredErrors } {
  const errors: RegisteredErrors = {};
  const value: Registered = {};

  if (draft.trackingNumber.trim() !== '') {
    const tracking = validateTrackingNumber(draft.trackingNumber);
    if (tracking.ok) value.trackingNumber = tracking.value;
    else errors.trackingNumber = 'tracking-format';
  }

  const checkDay = (field: 'sentOn' | 'receivedOn'): IsoDate | null => {
    const text = draft[field].trim();
    if (text === '') return null;
    if (!isValidIsoDate(text)) {
      errors[field] = 'date-invalid';
      return null;
    }
    if (compareDates(text, today) > 0) {
      errors[field] = 'date-future';
      return null;
    }
    return text;
  };
  const sentOn = checkDay('sentOn');
  const receivedOn = checkDay('receivedOn');
  if (sentOn) value.sentOn = sentOn;
  if (receivedOn) value.receivedOn = receivedOn;
  if (draft.unclaimed) value.unclaimed = true;

  if (draft.unclaimed && draft.receivedOn.trim() !== '') errors.unclaimed = 'received-and-unclaimed';
  if ((draft.receivedOn.trim() !== '' || draft.unclaimed) && draft.sentOn.trim() === '') errors.sentOn = 'sent-required';
  if (sentOn && receivedOn && compareDates(receivedOn, sentOn) < 0) errors.receivedOn = 'received-before-sent';

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** One fact of a registered letter worth a line in the customer's history. */
export type RegisteredFact =
  | { kind: 'sent'; sentOn: IsoDate; trackingNumber?: string }
  | { kind: 'tracking'; trackingNumber: string }
  | { kind: 'received'; receivedOn: IsoDate }
  | { kind: 'unclaimed' }
  | { kind: 'withdrawn'; what: 'sent' | 'received' | 'unclaimed' };

/** The same tracking data (an absent field and an empty one are the same). */
export const sameRegistered = (a: Registered | undefined, b: Registered | undefined): boolean =>
  (a?.trackingNumber ?? '') === (b?.trackingNumber ?? '') &&
  (a?.sentOn ?? '') === (b?.sentOn ?? '') &&
  (a?.receivedOn ?? '') === (b?.receivedOn ?? '') &&
  !!a?.unclaimed === !!b?.unclaimed;

/**
 * What is new between two states of the tracking data, for the customer's history (and, later,
 * the litigation file): sent (with the tracking number), received on a date, unclaimed, and
 * any fact withdrawn by a correction.
 */
export function registeredFacts(before: Registered | undefined, after: Registered): RegisteredFact[] {
  const facts: RegisteredFact[] = [];
  if (after.sentOn && after.sentOn !== before?.sentOn) {
    facts.push({ kind: 'sent', sentOn: after.sentOn, ...(after.trackingNumber ? { trackingNumber: after.trackingNumber } : {}) });
  } else if (after.trackingNumber && after.trackingNumber !== before?.trackingNumber) {
    facts.push({ kind: 'tracking', trackingNumber: after.trackingNumber });
  }
  if (before?.sentOn && !after.sentOn) facts.push({ kind: 'withdrawn', what: 'sent' });
  if (after.receivedOn && after.receivedOn !== before?.receivedOn) facts.push({ kind: 'received', receivedOn: after.receivedOn });
  if (before?.receivedOn && !after.receivedOn) facts.push({ kind: 'withdrawn', what: 'received' });
  if (after.unclaimed && !before?.unclaimed) facts.push({ kind: 'unclaimed' });
  if (before?.unclaimed && !after.unclaimed) facts.push({ kind: 'withdrawn', what: 'unclaimed' });
  return facts;
}

/**
 * The history line of a fact, in the language of the document: it is stored as written, like the
 * letter itself, so it stays readable in a litigation file whatever the interface language later.
 */
export function registeredFactSummary(fact: RegisteredFact, title: string, language: 'fr' | 'en' = 'fr'): string {
  const fr = language === 'fr';
  const name = fr ? `« ${title} »` : `"${title}"`;
  switch (fact.kind) {
    case 'sent': {
      const tracking = fact.trackingNumber ? formatTrackingNumber(fact.trackingNumber) : null;
      if (fr) return `Lettre recommandée ${name} envoyée le ${formatDate(fact.sentOn)}${tracking ? ` (n° ${tracking})` : ''}.`;
      return `Registered letter ${name} sent on ${formatDate(fact.sentOn, 'en-GB')}${tracking ? ` (no. ${tracking})` : ''}.`;
    }
    case 'tracking': {
      const tracking = formatTrackingNumber(fact.trackingNumber);
      return fr ? `Lettre recommandée ${name} : n° de suivi ${tracking}.` : `Registered letter ${name}: tracking number ${tracking}.`;
    }
    case 'received':
      return fr
        ? `Lettre recommandée ${name} reçue le ${formatDate(fact.receivedOn)} (accusé de réception).`
        : `Registered letter ${name} received on ${formatDate(fact.receivedOn, 'en-GB')} (acknowledgement of receipt).`;
    case 'unclaimed':
      return fr
        ? `Lettre recommandée ${name} : pli avisé et non réclamé, revenu à l'expéditeur.`
        : `Registered letter ${name}: not claimed, returned to sender.`;
    case 'withdrawn': {
      const what = fr
        ? { sent: "date d'envoi", received: 'date de réception', unclaimed: 'mention « non réclamé »' }[fact.what]
        : { sent: 'sending date', received: 'receipt date', unclaimed: '"not claimed" mention' }[fact.what];
      return fr ? `Suivi de la lettre recommandée ${name} corrigé : ${what} retirée.` : `Tracking of registered letter ${name} corrected: ${what} removed.`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Folders and file names

/** Characters Windows refuses in a file name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * A name main accepts as a folder or file segment (electron/letter-spec.ts `safeSegment`): no
 * separators or characters Windows refuses, no leading or trailing space or trailing dot, at most
 * `max` characters; `fallback` when nothing is left.
 */
export function safeName(text: string, fallback: string, max = 80): string {
  let name = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
  name = name.replace(/[.\s]+$/, '');
  return name === '' || name === '.' || name === '..' ? fallback : name;
}

/** The customer's folder under a year: "411DUPONT Menuiserie Dupont". */
export function customerFolderName(customer: Pick<Customer, 'reference' | 'name'>): string {
  return safeName(`${customer.reference} ${customer.name}`, 'Client');
}

/** Where a customer's documents of `year` go: ["2026", "411DUPONT Menuiserie Dupont"]. */
export function documentFolder(customer: Pick<Customer, 'reference' | 'name'>, year: string): string[] {
  return [year, customerFolderName(customer)];
}

/** The .eml draft's name for a document: "Relance 1 FA-2026-101.pdf" gives "Relance 1 FA-2026-101.eml". */
export function emailFileName(doc: Pick<DocumentRecord, 'fileName' | 'path'>): string {
  const base = (doc.fileName ?? baseName(doc.path)).replace(/\.[a-z0-9]{1,5}$/i, '');
  return `${safeName(base, 'E-mail', 76)}.eml`;
}
