/**
 * FEC preset: turns the table of a Fichier des Écritures Comptables into the customers, invoices and
 * credits of an import preview. Pure and O(n): one pass over the rows (lines outside 411 are only
 * looked at for their account number), then work proportional to the 411 lines.
 *
 * Rules (see FORMATS.md; each decision below was checked against the two real FEC fixtures):
 *
 * Columns
 * - Found by header name, case-insensitively (Montantdevise / MontantDevise), whatever their order.
 *   Required: JournalCode, EcritureDate, CompteNum, PieceRef, PieceDate, EcritureLib, EcritureLet and
 *   either Debit + Credit or Montant + Sens (Sens: D/C, Débit/Crédit, +1/-1, 1/-1). The amount layout
 *   is read from the header; `detection.fecAmounts` only decides when both or neither are complete.
 *   Optional: JournalLib, CompteLib, CompAuxNum, CompAuxLib. A missing column is one error each and
 *   nothing else is produced.
 * - Amounts go through parseAmount (decimal comma, zero or space padding, an empty cell is 0);
 *   dates through parseDate (YYYYMMDD, also YYYY-MM-DD and DD/MM/YYYY). Only lines whose CompteNum
 *   starts with 411 are parsed; a bad value there is an error on that line, which is then skipped.
 *
 * Customers: key = CompAuxNum, or CompteNum when the line has no auxiliary (411 sub-accounts).
 *   Name = CompAuxLib for an auxiliary (CompteLib there is the collective "Clients" label shared by
 *   every customer, so it is not used), CompteLib for a 411 sub-account, else the key; taken from
 *   the lowest-numbered line that has one.
 *
 * Signs: each 411 line counts for Debit - Credit (or ±Montant). Positive: a debit (invoice or debit
 *   note, whatever the journal: fixture 1 has bank debits on 411 reversing a mistaken transfer),
 *   negative: a credit (payment or credit note), zero: ignored.
 *
 * Invoices: the 411 debits of one customer with the same PieceRef and the same date (PieceDate, or
 *   EcritureDate when PieceDate is empty) are one invoice: amount = sum, label = EcritureLib of the
 *   first line, number = PieceRef. The same PieceRef on another date is a separate invoice numbered
 *   "PieceRef (2)", "(3)"... in date order, with a 'duplicate-piece' warning. An empty PieceRef gives
 *   "L<line>" with a 'missing-piece-ref' warning. Due dates are never in a FEC: they are derived from
 *   the customer's terms (options.customerTerms[reference]) or the company's, with one
 *   'due-dates-derived' info for the file.
 *
 * Credits: one per 411 credit line. A credit note when its journal is a sales journal (JournalCode
 *   starting with V but not VIR, or a JournalLib containing "vente"), otherwise a payment (bank,
 *   cash, miscellaneous, opening journals). Date: EcritureDate for a payment (the day it was
 *   booked), PieceDate (else EcritureDate) for a credit note.
 *
 * Lettering: lines of the same CompteNum + CompAuxNum + EcritureLet form a group (letters are reused
 *   across customers). Letters are compared case-insensitively: some programs write a partial
 *   lettering in lowercase ("aa") and complete it in uppercase ("AA"); both belong to one match and
 *   the group's sum tells whether it is complete. In each group the credits pay the debits oldest
 *   first (date, then line). An empty EcritureLet leaves a line open: unlettered credits stay
 *   unallocated ('unallocated-credit', one warning per customer).
 *   A group whose debits and credits do not sum to zero gets a 'partial-lettering' warning
 *   (context 'debit': invoices left partly open; 'credit': credit left over).
 *
 * Opening entries ("à-nouveaux"): a journal coded AN, ANO or RAN, or whose JournalLib says
 *   "à nouveau(x)" (fixture 2: "AD" = "A Nouveaux Détaillés"), or a PieceRef RAN / AN / ANO.
 *   A 411 debit there is an invoice with `opening: true` (a balance brought forward is a real
 *   debt); with a generic PieceRef (empty, RAN, "A nouveau", "Report...", zeros) it is numbered
 *   "AN-<customer>-<line>". Its issue date is PieceDate, else EcritureDate, as for any invoice (the
 *   entry date for a lump "A nouveaux"; detailed openings keep the original invoice date). One
 *   'opening-balance' info per customer.
 *   In fixture 1 the opening entries are one unlettered lump per customer, while the payments of the
 *   old invoices they sum up carry letters whose debits are in the previous year's file: those
 *   lettered groups hold credits only (or more credit than debit). So the credit left over in a
 *   lettered group pays the same account's UNLETTERED opening entries, oldest first, and such a
 *   group gets a 'lettering-opening' info instead of a warning when fully used. (In fixture 1 this
 *   settles six of the seven opening entries to the cent, e.g. CLAURE: AN 6 135,88 = letters
 *   AAAT 2 780,98 + AAAX 3 354,90; the seventh, CPERR0, is cancelled by an unlettered OD credit.)
 *   Unlettered credits are never used that way: nothing links them to a given debt.
 *
 * Output is sorted: customers by reference, invoices by customer, issue date, number, line; credits
 * by customer, date, line; issues by line (file-level issues first), in emission order otherwise.
 * The result does not depend on the order of the rows (ties are broken by line number).
 *
 * Performance: 260 000 rows (100 000 on 411) take about 0.4 s; the per-line work is a few map
 * look-ups on the cell strings, a regex fast path for plain amounts and a cache of parsed dates.
 */
import type { Cents } from '../money';
import { formatAmountPlain, parseAmount } from '../money';
import type { IsoDate } from '../dates';
import { parseDate } from '../dates';
import { dueDateFromTerms, isValidTermsPolicy } from '../payment-terms';
import type {
  Detection,
  ImportedCredit,
  ImportedCustomer,
  ImportedInvoice,
  ImportIssue,
  ImportPreview,
  Table,
  TermsPolicy,
} from './types';

export interface FecPreviewOptions {
  /** The company's default payment terms. */
  terms: TermsPolicy;
  /** Per-customer terms, keyed by customer reference (CompAuxNum, or the 411 account). */
  customerTerms?: Record<string, TermsPolicy>;
}

/** Every issue code this preset emits (messages in fec-messages.ts). */
export const FEC_ISSUE_CODES = [
  'missing-column',
  'bad-amount',
  'bad-sens',
  'bad-date',
  'no-receivables',
  'missing-piece-ref',
  'duplicate-piece',
  'partial-lettering',
  'unallocated-credit',
  'opening-balance',
  'lettering-opening',
  'piece-date-missing',
  'due-dates-derived',
] as const;
export type FecIssueCode = (typeof FEC_ISSUE_CODES)[number];

// ---------------------------------------------------------------------------------------------
// Columns

const COLUMNS = {
  journalCode: 'JournalCode',
  journalLib: 'JournalLib',
  ecritureDate: 'EcritureDate',
  compteNum: 'CompteNum',
  compteLib: 'CompteLib',
  compAuxNum: 'CompAuxNum',
  compAuxLib: 'CompAuxLib',
  pieceRef: 'PieceRef',
  pieceDate: 'PieceDate',
  ecritureLib: 'EcritureLib',
  debit: 'Debit',
  credit: 'Credit',
  montant: 'Montant',
  sens: 'Sens',
  ecritureLet: 'EcritureLet',
} as const;
type ColumnKey = keyof typeof COLUMNS;

const ALWAYS_REQUIRED: readonly ColumnKey[] = [
  'journalCode',
  'ecritureDate',
  'compteNum',
  'pieceRef',
  'pieceDate',
  'ecritureLib',
  'ecritureLet',
];

function normaliseHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/** Index of each known column (-1 when absent) and the header names as written. */
function locateColumns(header: readonly string[]): { index: Record<ColumnKey, number>; written: Record<ColumnKey, string> } {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normaliseHeader(name);
    if (key !== '' && !positions.has(key)) positions.set(key, i);
  });
  const index = {} as Record<ColumnKey, number>;
  const written = {} as Record<ColumnKey, string>;
  for (const key of Object.keys(COLUMNS) as ColumnKey[]) {
    const i = positions.get(COLUMNS[key].toLowerCase()) ?? -1;
    index[key] = i;
    written[key] = i >= 0 ? (header[i] ?? '').replace(/^\uFEFF/, '').trim() : COLUMNS[key];
  }
  return { index, written };
}

// ---------------------------------------------------------------------------------------------
// Journals and piece references

const OPENING_JOURNAL_CODES = new Set(['AN', 'ANO', 'RAN']);
const OPENING_PIECE_REFS = new Set(['RAN', 'AN', 'ANO']);
/** "à nouveau", "A-Nouveaux", "report à nouveau" once accents are removed and case folded. */
const OPENING_LABEL = /(^|[^a-z])a[\s\-'’]*nouveaux?([^a-z]|$)/;
/** Piece references that name no invoice: opening entries get a number of their own. */
const GENERIC_PIECE_REF = /^(RAN|AN|ANO|A[\s\-'’]*NOUV.*|REPORT.*|0+|-+)?$/;

function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export interface JournalKind {
  opening: boolean;
  sales: boolean;
}

/** Classifies a journal from its code and label (see the module comment for the rules). */
export function classifyJournal(code: string, label: string): JournalKind {
  const upper = code.trim().toUpperCase();
  const folded = foldText(label);
  const opening = OPENING_JOURNAL_CODES.has(upper) || OPENING_LABEL.test(folded);
  const sales = !opening && ((upper.startsWith('V') && !upper.startsWith('VIR')) || folded.includes('vente'));
  return { opening, sales };
}

function isGenericPieceRef(pieceRef: string): boolean {
  return GENERIC_PIECE_REF.test(foldText(pieceRef).toUpperCase().trim());
}

// ---------------------------------------------------------------------------------------------
// Sens (Montant + Sens layout)

function parseSens(text: string): 1 | -1 | null {
  switch (foldText(text.trim())) {
    case 'd':
    case 'debit':
    case '+1':
    case '1':
    case '+':
      return 1;
    case 'c':
    case 'credit':
    case '-1':
    case '-':
      return -1;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Working records. Accounts and customers are interned once (nested maps keyed by the cell texts)
// so that the per-line work is a few map look-ups on existing strings, without building keys.

interface CustomerRec {
  imported: ImportedCustomer;
  /** Line the name was taken from: the first line (lowest number) that has one. */
  nameLine: number;
  /** Debit groups by PieceRef; several when the same PieceRef appears on different dates. */
  pieces: Map<string, InvoiceAcc[]>;
  invoices: ImportedInvoice[];
  credits: ImportedCredit[];
}

/** A 411 account + auxiliary: the scope of lettering. */
interface AccountRec {
  customer: CustomerRec;
  letters: Map<string, LetterGroup>;
  /** Unlettered opening debits, candidates for the credit left over in lettered groups. */
  openings: Entry[];
}

/** One parsed 411 line with a non-zero amount. */
interface Entry {
  line: number;
  account: AccountRec;
  pieceRef: string;
  /** Invoice / credit date (see the module comment). */
  date: IsoDate;
  label: string;
  /** Absolute amount. */
  cents: Cents;
  /** Not yet matched: open part of a debit, unallocated part of a credit. */
  open: Cents;
  opening: boolean;
  sales: boolean;
}

interface InvoiceAcc {
  customer: CustomerRec;
  number: string;
  pieceRef: string;
  date: IsoDate;
  /** EcritureLib of the first line. */
  label: string;
  opening: boolean;
  entries: Entry[];
  /** First (lowest) line of the invoice. */
  line: number;
}

interface LetterGroup {
  account: AccountRec;
  /** EcritureLet as written on the group's first line. */
  letter: string;
  debits: Entry[];
  credits: Entry[];
  firstLine: number;
}

const byDateThenLine = (a: Entry, b: Entry): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line);

/** Credits pay debits in order, both lists oldest first. Mutates `open`. */
function allocate(debits: readonly Entry[], credits: readonly Entry[]): void {
  let c = 0;
  for (const debit of debits) {
    while (debit.open > 0) {
      const credit = credits[c];
      if (credit === undefined) return;
      const take = Math.min(debit.open, credit.open);
      debit.open -= take;
      credit.open -= take;
      if (credit.open === 0) c += 1;
    }
  }
}

const MAX_PLAIN_DIGITS = 13;

/**
 * Fast path for the plain FEC amount: digits, a comma, exactly two digits ("74,70",
 * "0000000074,70"), at most 13 significant integer digits so the result stays a safe integer.
 * Returns null for anything else, which then goes through parseAmount (same value when both apply).
 */
function parsePlainAmount(text: string): Cents | null {
  const n = text.length;
  if (n < 4 || text.charCodeAt(n - 3) !== 44 /* , */) return null;
  let value = 0;
  let significant = 0;
  for (let i = 0; i < n; i += 1) {
    if (i === n - 3) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    if (significant > 0 || digit > 0) significant += 1;
    value = value * 10 + digit;
  }
  return significant - 2 > MAX_PLAIN_DIGITS ? null : value;
}

const MAX_LISTED_LINES = 10;

/** "12, 40, 41" (at most MAX_LISTED_LINES lines, then "…"). */
function listLines(lines: readonly number[]): string {
  const sorted = [...lines].sort((a, b) => a - b);
  const shown = sorted.slice(0, MAX_LISTED_LINES).join(', ');
  return sorted.length > MAX_LISTED_LINES ? `${shown}, …` : shown;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// The preset

/**
 * Builds the preview of a FEC table. Never throws for bad file content (that becomes issues);
 * throws RangeError for invalid payment terms in `options` (settings are validated when saved).
 */
export function buildFecPreview(table: Table, detection: Detection, options: FecPreviewOptions): ImportPreview {
  for (const terms of [options.terms, ...Object.values(options.customerTerms ?? {})]) {
    if (!isValidTermsPolicy(terms)) throw new RangeError(`Invalid payment terms: ${JSON.stringify(terms)}`);
  }
  const issues: ImportIssue[] = [];
  const { index, written } = locateColumns(table.header);

  // Amount layout: what the header holds wins; detection breaks ties.
  const hasDebitCredit = index.debit >= 0 && index.credit >= 0;
  const hasMontantSens = index.montant >= 0 && index.sens >= 0;
  let amounts: 'debit-credit' | 'montant-sens';
  if (hasDebitCredit !== hasMontantSens) amounts = hasDebitCredit ? 'debit-credit' : 'montant-sens';
  else if (detection.fecAmounts !== undefined) amounts = detection.fecAmounts;
  else amounts = index.debit < 0 && index.credit < 0 && (index.montant >= 0 || index.sens >= 0) ? 'montant-sens' : 'debit-credit';

  const required: ColumnKey[] = [
    ...ALWAYS_REQUIRED,
    ...(amounts === 'debit-credit' ? (['debit', 'credit'] as const) : (['montant', 'sens'] as const)),
  ];
  for (const key of required) {
    if (index[key] < 0) {
      issues.push({ severity: 'error', code: 'missing-column', line: detection.headerLine, params: { column: COLUMNS[key] } });
    }
  }
  if (issues.length > 0) return { detection, customers: [], invoices: [], credits: [], issues };

  const col = (cells: readonly string[], i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());

  const customers = new Map<string, CustomerRec>();
  const accounts = new Map<string, Map<string, AccountRec>>();
  const debits: Entry[] = [];
  const credits: Entry[] = [];
  const journalKinds = new Map<string, Map<string, JournalKind>>();
  const allGroups: LetterGroup[] = [];
  let receivableLines = 0;
  let pieceDateMissing = 0;
  let pieceDateMissingFirst: number | null = null;

  const readAmount = (cells: readonly string[], key: ColumnKey, line: number): Cents | null => {
    const text = col(cells, index[key]);
    if (text === '' || text === '0,00') return 0;
    const plain = parsePlainAmount(text);
    if (plain !== null) return plain;
    const parsed = parseAmount(text);
    if (parsed.ok) return parsed.value;
    issues.push({ severity: 'error', code: 'bad-amount', line, params: { column: written[key], value: text } });
    return null;
  };
  // A FEC holds a few hundred distinct dates for hundreds of thousands of lines.
  const dateCache = new Map<string, IsoDate>();
  const readDate = (text: string, key: ColumnKey, line: number): IsoDate | null => {
    const cached = dateCache.get(text);
    if (cached !== undefined) return cached;
    const parsed = parseDate(text);
    if (parsed.ok) {
      dateCache.set(text, parsed.value);
      return parsed.value;
    }
    issues.push({ severity: 'error', code: 'bad-date', line, params: { column: written[key], value: text } });
    return null;
  };

  for (const row of table.rows) {
    const cells = row.cells;
    const rawAccount = cells[index.compteNum] ?? '';
    // Hot path: most lines of a FEC are not receivables and are skipped here, unparsed.
    if (!rawAccount.startsWith('411') && !(rawAccount.charCodeAt(0) === 32 && rawAccount.trim().startsWith('411'))) continue;
    receivableLines += 1;
    const line = row.line;
    const accountNum = rawAccount.trim();
    const aux = col(cells, index.compAuxNum);

    const byAux = getOrCreate(accounts, accountNum, () => new Map<string, AccountRec>());
    let account = byAux.get(aux);
    if (account === undefined) {
      const reference = aux !== '' ? aux : accountNum;
      const customer = getOrCreate(customers, reference, () => ({
        imported: { reference, name: '' },
        nameLine: Infinity,
        pieces: new Map(),
        invoices: [],
        credits: [],
      }));
      account = { customer, letters: new Map(), openings: [] };
      byAux.set(aux, account);
    }
    if (line < account.customer.nameLine) {
      const name = aux !== '' ? col(cells, index.compAuxLib) : col(cells, index.compteLib);
      if (name !== '') {
        account.customer.imported.name = name;
        account.customer.nameLine = line;
      }
    }

    // Amount
    let signed: Cents;
    if (amounts === 'debit-credit') {
      const debit = readAmount(cells, 'debit', line);
      const credit = readAmount(cells, 'credit', line);
      if (debit === null || credit === null) continue;
      signed = debit - credit;
    } else {
      const montant = readAmount(cells, 'montant', line);
      const sensText = col(cells, index.sens);
      const sens = parseSens(sensText);
      if (sens === null) {
        issues.push({ severity: 'error', code: 'bad-sens', line, params: { column: written.sens, value: sensText } });
      }
      if (montant === null || sens === null) continue;
      signed = sens * montant;
    }

    // Dates
    const entryDate = readDate(col(cells, index.ecritureDate), 'ecritureDate', line);
    const pieceDateText = col(cells, index.pieceDate);
    const pieceDate = pieceDateText === '' ? null : readDate(pieceDateText, 'pieceDate', line);
    if (entryDate === null || (pieceDate === null && pieceDateText !== '')) continue;
    if (signed === 0) continue;
    if (pieceDateText === '') {
      pieceDateMissing += 1;
      if (pieceDateMissingFirst === null || line < pieceDateMissingFirst) pieceDateMissingFirst = line;
    }

    const journalCode = col(cells, index.journalCode);
    const journalLib = col(cells, index.journalLib);
    const byLib = getOrCreate(journalKinds, journalCode, () => new Map<string, JournalKind>());
    const kind = getOrCreate(byLib, journalLib, () => classifyJournal(journalCode, journalLib));
    const pieceRef = col(cells, index.pieceRef);
    const cents = signed < 0 ? -signed : signed;
    const isCredit = signed < 0;
    const entry: Entry = {
      line,
      account,
      pieceRef,
      date: isCredit && !kind.sales ? entryDate : (pieceDate ?? entryDate),
      label: col(cells, index.ecritureLib),
      cents,
      open: cents,
      opening: kind.opening || (pieceRef.length <= 3 && OPENING_PIECE_REFS.has(pieceRef.toUpperCase())),
      sales: kind.sales,
    };
    (isCredit ? credits : debits).push(entry);

    // Lettering group (letters compared case-insensitively, see the module comment).
    const letterText = col(cells, index.ecritureLet);
    if (letterText !== '') {
      const letterKey = letterText.toUpperCase();
      let group = account.letters.get(letterKey);
      if (group === undefined) {
        group = { account, letter: letterText, debits: [], credits: [], firstLine: line };
        account.letters.set(letterKey, group);
        allGroups.push(group);
      }
      (isCredit ? group.credits : group.debits).push(entry);
      if (line < group.firstLine) {
        group.firstLine = line;
        group.letter = letterText;
      }
    } else if (!isCredit && entry.opening) {
      account.openings.push(entry);
    }
  }

  for (const { imported } of customers.values()) if (imported.name === '') imported.name = imported.reference;
  const customerLabel = (customer: CustomerRec): string => {
    const { name, reference } = customer.imported;
    return name === reference ? reference : `${name} (${reference})`;
  };

  if (receivableLines === 0) issues.push({ severity: 'warning', code: 'no-receivables', line: null });

  // --- Invoices: group debits by customer + PieceRef + date -----------------------------------
  const accs: InvoiceAcc[] = [];
  const alone = (entry: Entry, number: string): InvoiceAcc => ({
    customer: entry.account.customer,
    number,
    pieceRef: entry.pieceRef,
    date: entry.date,
    label: entry.label,
    opening: entry.opening,
    entries: [entry],
    line: entry.line,
  });
  const duplicated: InvoiceAcc[][] = [];
  for (const entry of debits) {
    if (entry.opening && isGenericPieceRef(entry.pieceRef)) {
      accs.push(alone(entry, `AN-${entry.account.customer.imported.reference}-${entry.line}`));
      continue;
    }
    if (entry.pieceRef === '') {
      const number = `L${entry.line}`;
      accs.push(alone(entry, number));
      issues.push({
        severity: 'warning',
        code: 'missing-piece-ref',
        line: entry.line,
        params: { customer: customerLabel(entry.account.customer), number },
      });
      continue;
    }
    const pieces = entry.account.customer.pieces;
    const group = pieces.get(entry.pieceRef);
    if (group === undefined) {
      const acc = alone(entry, entry.pieceRef);
      pieces.set(entry.pieceRef, [acc]);
      accs.push(acc);
      continue;
    }
    const sameDate = group.find((acc) => acc.date === entry.date);
    if (sameDate !== undefined) {
      sameDate.entries.push(entry);
      sameDate.opening ||= entry.opening;
      if (entry.line < sameDate.line) {
        sameDate.line = entry.line;
        sameDate.label = entry.label;
      }
      continue;
    }
    if (group.length === 1) duplicated.push(group);
    const acc = alone(entry, entry.pieceRef);
    group.push(acc);
    accs.push(acc);
  }
  for (const group of duplicated) {
    group.sort((a, b) => cmp(a.date, b.date) || a.line - b.line);
    const [first, ...others] = group;
    if (first === undefined) continue;
    others.forEach((acc, i) => {
      acc.number = `${acc.pieceRef} (${i + 2})`;
      issues.push({
        severity: 'warning',
        code: 'duplicate-piece',
        line: acc.line,
        params: { customer: customerLabel(acc.customer), number: acc.pieceRef, renamed: acc.number, lines: `${first.line}, ${acc.line}` },
      });
    });
  }

  // --- Lettering: each group's credits pay its debits, oldest first ----------------------------
  const difference = new Map<LetterGroup, Cents>();
  const surplusByAccount = new Map<AccountRec, { group: LetterGroup; entry: Entry }[]>();
  for (const group of allGroups) {
    if (group.debits.length > 1) group.debits.sort(byDateThenLine);
    if (group.credits.length > 1) group.credits.sort(byDateThenLine);
    let diff = 0;
    for (const d of group.debits) diff += d.cents;
    for (const c of group.credits) diff -= c.cents;
    difference.set(group, diff);
    if (diff === 0 && group.debits.length === 1 && group.credits.length === 1) {
      // The common case (one invoice, one payment): nothing left on either side.
      for (const e of group.debits) e.open = 0;
      for (const e of group.credits) e.open = 0;
      continue;
    }
    allocate(group.debits, group.credits);
    for (const entry of group.credits) {
      if (entry.open > 0 && group.account.openings.length > 0) {
        getOrCreate(surplusByAccount, group.account, () => []).push({ group, entry });
      }
    }
  }

  // Credit left over in lettered groups pays the account's unlettered opening entries.
  const openingSettled = new Map<CustomerRec, { amount: Cents; letters: Set<string>; line: number }>();
  for (const [account, surplus] of surplusByAccount) {
    const openings = account.openings.sort(byDateThenLine);
    const firstOpening = openings[0];
    if (firstOpening === undefined) continue;
    surplus.sort((a, b) => byDateThenLine(a.entry, b.entry));
    const before = surplus.map((s) => s.entry.open);
    allocate(
      openings,
      surplus.map((s) => s.entry),
    );
    surplus.forEach((s, i) => {
      const used = (before[i] ?? 0) - s.entry.open;
      if (used === 0) return;
      const settled = getOrCreate(openingSettled, account.customer, () => ({ amount: 0, letters: new Set<string>(), line: firstOpening.line }));
      settled.amount += used;
      settled.letters.add(s.group.letter);
      settled.line = Math.min(settled.line, firstOpening.line);
    });
  }

  for (const group of allGroups) {
    const diff = difference.get(group) ?? 0;
    if (diff === 0) continue;
    const leftOver = group.credits.reduce((sum, c) => sum + c.open, 0);
    if (diff < 0 && leftOver === 0) continue; // used up by opening entries: 'lettering-opening' below
    issues.push({
      severity: 'warning',
      code: 'partial-lettering',
      line: group.firstLine,
      params: {
        customer: customerLabel(group.account.customer),
        letter: group.letter,
        difference: formatAmountPlain(Math.abs(diff)),
        lines: listLines([...group.debits, ...group.credits].map((e) => e.line)),
        context: diff > 0 ? 'debit' : 'credit',
      },
    });
  }
  for (const [customer, settled] of openingSettled) {
    issues.push({
      severity: 'info',
      code: 'lettering-opening',
      line: settled.line,
      params: { customer: customerLabel(customer), amount: formatAmountPlain(settled.amount), letters: [...settled.letters].sort().join(', ') },
    });
  }

  // --- Build invoices -------------------------------------------------------------------------
  const openingByCustomer = new Map<CustomerRec, { count: number; amount: Cents; line: number }>();
  const overridden = new Set<string>();
  const customerTerms = options.customerTerms ?? {};
  // A few hundred distinct issue dates for tens of thousands of invoices.
  const dueDates = new Map<TermsPolicy, Map<IsoDate, IsoDate>>();
  let invoiceCount = 0;
  for (const acc of accs) {
    let amountCents = 0;
    let openCents = 0;
    const line = acc.line;
    for (const e of acc.entries) {
      amountCents += e.cents;
      openCents += e.open;
    }
    const reference = acc.customer.imported.reference;
    const custom = Object.hasOwn(customerTerms, reference) ? customerTerms[reference] : undefined;
    if (custom !== undefined) overridden.add(reference);
    let dueDate: IsoDate;
    try {
      const terms = custom ?? options.terms;
      const cache = getOrCreate(dueDates, terms, () => new Map<IsoDate, IsoDate>());
      dueDate = getOrCreate(cache, acc.date, () => dueDateFromTerms(acc.date, terms));
    } catch (error) {
      // Terms were checked above: only a date at the very end of the calendar (9999) overflows.
      if (!(error instanceof RangeError)) throw error;
      issues.push({ severity: 'error', code: 'bad-date', line, params: { column: written.pieceDate, value: acc.date } });
      continue;
    }
    const invoice: ImportedInvoice = {
      customerReference: reference,
      number: acc.number,
      issueDate: acc.date,
      dueDate,
      dueDateDerived: true,
      amountCents,
      openCents,
      line,
    };
    if (acc.label !== '') invoice.label = acc.label;
    if (acc.opening) {
      invoice.opening = true;
      const o = getOrCreate(openingByCustomer, acc.customer, () => ({ count: 0, amount: 0, line }));
      o.count += 1;
      o.amount += amountCents;
      o.line = Math.min(o.line, line);
    }
    acc.customer.invoices.push(invoice);
    invoiceCount += 1;
  }
  for (const [customer, o] of openingByCustomer) {
    issues.push({
      severity: 'info',
      code: 'opening-balance',
      line: o.line,
      params: { customer: customerLabel(customer), count: o.count, amount: formatAmountPlain(o.amount) },
    });
  }

  // --- Build credits --------------------------------------------------------------------------
  const unallocatedByCustomer = new Map<CustomerRec, { count: number; amount: Cents; lines: number[] }>();
  for (const e of credits) {
    const customer = e.account.customer;
    const credit: ImportedCredit = {
      customerReference: customer.imported.reference,
      kind: e.sales ? 'credit-note' : 'payment',
      date: e.date,
      amountCents: e.cents,
      reference: e.pieceRef !== '' ? e.pieceRef : `L${e.line}`,
      unallocatedCents: e.open,
      line: e.line,
    };
    if (e.label !== '') credit.label = e.label;
    customer.credits.push(credit);
    if (e.open > 0) {
      const u = getOrCreate(unallocatedByCustomer, customer, () => ({ count: 0, amount: 0, lines: [] }));
      u.count += 1;
      u.amount += e.open;
      u.lines.push(e.line);
    }
  }
  for (const [customer, u] of unallocatedByCustomer) {
    issues.push({
      severity: 'warning',
      code: 'unallocated-credit',
      line: u.lines.reduce((min, l) => Math.min(min, l)),
      params: { customer: customerLabel(customer), count: u.count, amount: formatAmountPlain(u.amount), lines: listLines(u.lines) },
    });
  }

  // --- File-level remarks ---------------------------------------------------------------------
  if (pieceDateMissing > 0) {
    issues.push({ severity: 'info', code: 'piece-date-missing', line: pieceDateMissingFirst, params: { count: pieceDateMissing } });
  }
  if (invoiceCount > 0) {
    issues.push({
      severity: 'info',
      code: 'due-dates-derived',
      line: null,
      params: { days: options.terms.days, rule: options.terms.rule, context: options.terms.rule, overrides: overridden.size },
    });
  }

  // --- Deterministic order --------------------------------------------------------------------
  const sortedCustomers = [...customers.values()].sort((a, b) => cmp(a.imported.reference, b.imported.reference));
  const invoices: ImportedInvoice[] = [];
  const importedCredits: ImportedCredit[] = [];
  for (const customer of sortedCustomers) {
    customer.invoices.sort((a, b) => cmp(a.issueDate, b.issueDate) || cmp(a.number, b.number) || a.line - b.line);
    customer.credits.sort((a, b) => cmp(a.date, b.date) || a.line - b.line);
    for (const invoice of customer.invoices) invoices.push(invoice);
    for (const credit of customer.credits) importedCredits.push(credit);
  }
  const customerList = sortedCustomers.map((c) => c.imported);
  const ordered = issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i)
    .map(({ issue }) => issue);

  return { detection, customers: customerList, invoices, credits: importedCredits, issues: ordered };
}
