/**
 * Column mapping for the "CSV open items" preset: which column of an aged balance / échéancier
 * clients / A/R aging export holds the invoice number, the customer, the dates and the amounts.
 *
 * `proposeMapping` guesses from the header names (French and English, case-, accent- and
 * punctuation-insensitive) and from a few sample rows (date order); the user confirms or corrects
 * the proposal, `validateMapping` checks it, and the confirmed mapping is saved under
 * `mappingSignature(header)` so the same export is mapped the same way next time.
 *
 * Pure: no I/O, no Node or DOM API.
 */
import type { DateOrder } from '../dates';
import type { ImportIssue } from './types';

/** Every field a column can be mapped to, in display order. */
export const CSV_FIELDS = [
  'invoiceNumber',
  'customerReference',
  'customerName',
  'issueDate',
  'dueDate',
  'amount',
  'openAmount',
  'paidAmount',
  'label',
  'email',
  'phone',
  'address',
  'siren',
] as const;

export type CsvField = (typeof CSV_FIELDS)[number];

/** Field → 0-based column index in `Table.header` / `Row.cells`. Unmapped fields are absent. */
export type CsvMapping = Partial<Record<CsvField, number>>;

/** What the user confirms and what is saved per export signature. */
export interface CsvMappingConfig {
  columns: CsvMapping;
  /** How to read "a/b/c" dates (ISO and YYYYMMDD dates are read whatever the order). */
  dateOrder: DateOrder;
}

/**
 * How the proposed date order was chosen:
 * - `sample`: a sample date proves it (a first part above 12 proves DMY, a second part above 12
 *   proves MDY, a two-digit first part above 31 proves YY/MM/DD);
 * - `conflict`: samples prove two different orders (the file mixes formats): DMY is proposed and
 *   the rows that do not fit will be reported;
 * - `quickbooks`: no proof in the samples, but the header is QuickBooks' A/R aging (US dates);
 * - `default`: no proof: DMY, the French convention.
 */
export type DateOrderSource = 'sample' | 'conflict' | 'quickbooks' | 'default';

export interface CsvMappingProposal extends CsvMappingConfig {
  dateOrderSource: DateOrderSource;
}

/** Fields that must be mapped. `customerReference` may be replaced by `customerName`. */
export const REQUIRED_CSV_FIELDS: readonly CsvField[] = ['invoiceNumber', 'customerReference', 'issueDate', 'amount'];

// ---------------------------------------------------------------------------------------------
// Header normalisation

/** Words that carry no meaning in a column name ("Date d'échéance" = "Date échéance"). */
const STOPWORDS = new Set(['de', 'des', 'd', 'la', 'le', 'les', 'l', 'a', 'au', 'aux', 'en', 'of', 'the', 'in', 'eur', 'euro', 'euros']);

/**
 * A column name reduced to lowercase ASCII words: accents removed, punctuation and currency
 * symbols dropped, "N°" / "Nº" / "#" read as "no", meaningless words ("de", "la", "d'", "the",
 * "EUR") removed. "N° de facture" → "no facture", "Date d'échéance (€)" → "date echeance",
 * "Invoice #" → "invoice no", "E-mail" → "e mail". Note "du" is kept: "Montant dû" ≠ "Montant".
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bn\s*[°º]\.?/g, ' no ')
    .replace(/#/g, ' no ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !STOPWORDS.has(word))
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Synonyms

/**
 * Column names seen in Sage, EBP, Cegid, Pennylane, QuickBooks, Axonaut, Tiime, Odoo and Dolibarr
 * exports, most canonical first. Matched after `normaliseHeader`, so case, accents, punctuation
 * and "de/d'/la" do not matter. The lists are disjoint (a test checks it).
 */
const SYNONYMS: Record<CsvField, readonly string[]> = {
  invoiceNumber: [
    'N° facture', 'Numéro de facture', 'Num facture', 'N facture', 'N° fact', 'Réf. facture', 'Référence facture',
    'Numéro de pièce', 'N° pièce', 'Num pièce', 'Réf. pièce', 'Référence pièce', 'Pièce', 'Pièce comptable', 'PieceRef',
    'N° document', 'Numéro de document', 'Document', 'Facture', 'Fact', 'Num', 'Numéro', 'N°', 'Référence', 'Réf.',
    'Invoice', 'Invoice No', 'Invoice Number', 'Invoice Num', 'Invoice Ref', 'Invoice reference', 'Invoice ID',
    'Document number', 'Document No', 'Document ref', 'Doc No', 'Doc number', 'Transaction number', 'Number',
  ],
  customerReference: [
    'Code client', 'Client code', 'Code tiers', 'Compte tiers', 'Compte client', 'Compte auxiliaire', 'Compte aux.',
    'CompAuxNum', 'Code auxiliaire', 'Auxiliaire', 'Compte', 'N° compte', 'Numéro de compte', 'N° client',
    'Numéro client', 'Num client', 'Réf. client', 'Référence client', 'ID client', 'Identifiant client', 'Code',
    'Customer ID', 'Customer code', 'Customer ref', 'Customer reference', 'Customer No', 'Customer number',
    'Customer account', 'Client ID', 'Client No', 'Client number', 'Client ref', 'Account', 'Account No',
    'Account number', 'Account code', 'Account ID',
  ],
  customerName: [
    'Client', 'Nom client', 'Nom du client', 'Client nom', 'Raison sociale', 'Tiers', 'Nom tiers', 'Nom du tiers',
    'Intitulé', 'Intitulé tiers', 'Intitulé compte', 'Intitulé client', 'Libellé client', 'Libellé tiers',
    'Libellé compte', 'CompAuxLib', 'Nom', 'Société', 'Nom société', 'Entreprise', 'Dénomination',
    'Dénomination sociale', 'Nom commercial', 'Nom complet', 'Customer', 'Customer name', 'Customer full name',
    'Client name', 'Name', 'Company', 'Company name', 'Display name', 'Full name',
  ],
  issueDate: [
    'Date facture', 'Date de la facture', 'Date pièce', "Date d'émission", 'Date document', 'Date du document',
    'Date de facturation', 'Date fact.', 'Date doc', 'Date écriture', 'Date comptable', 'Date opération', 'PieceDate',
    'EcritureDate', 'Date', 'Invoice date', 'Issue date', 'Date issued', 'Issued', 'Document date',
    'Transaction date', 'Txn date',
  ],
  dueDate: [
    "Date d'échéance", 'Échéance', 'Date éch.', 'Éch.', 'DateEch', 'Échéance facture', 'Date limite',
    'Date limite de paiement', 'Date limite de règlement', "Date d'exigibilité", 'Exigibilité', 'Due date', 'Due',
    'Due on', 'Date due', 'Payment due', 'Payment due date', 'Due by', 'Maturity date', 'Maturity',
  ],
  amount: [
    'Montant TTC', 'Total TTC', 'Montant total TTC', 'Montant TTC facture', 'Mt TTC', 'Mnt TTC', 'TTC',
    'Montant facture', 'Montant de la facture', 'Total facture', 'Montant total', 'Montant initial',
    "Montant d'origine", 'Montant origine', 'Montant pièce', 'Montant', 'Débit', 'Total', 'Amount', 'Amount TTC',
    'Total amount', 'Invoice amount', 'Invoice total', 'Amount incl. tax', 'Total incl. tax', 'Gross amount',
    'Original amount', 'Orig. amount',
  ],
  openAmount: [
    'Reste à payer', 'Reste à payer TTC', 'Restant dû', 'Reste dû', 'Montant restant', 'Montant restant dû',
    'Montant dû', 'Solde', 'Solde dû', 'Solde restant', 'Solde TTC', 'Solde facture', 'Restant', 'Reste',
    'Montant impayé', 'Impayé', 'Encours', 'Net restant', 'Open balance', 'Balance', 'Balance due', 'Amount due',
    'Due amount', 'Outstanding', 'Outstanding amount', 'Amount outstanding', 'Outstanding balance', 'Open amount',
    'Remaining', 'Remaining amount', 'Amount remaining', 'Unpaid', 'Unpaid amount', 'Open',
  ],
  paidAmount: [
    'Montant réglé', 'Réglé', 'Déjà réglé', 'Total réglé', 'Règlement', 'Règlements', 'Montant des règlements',
    'Montant payé', 'Payé', 'Déjà payé', 'Encaissé', 'Montant encaissé', 'Paiements', 'Amount paid', 'Paid',
    'Paid amount', 'Total paid', 'Payments', 'Amount received', 'Received',
  ],
  label: ['Libellé', 'Libellé facture', 'Libellé pièce', 'Libellé écriture', 'EcritureLib', 'Désignation', 'Objet', 'Description', 'Memo', 'Memo/Description'],
  email: [
    'E-mail', 'Email', 'Courriel', 'Mail', 'Adresse e-mail', 'Adresse email', 'Adresse mail', 'E-mail client',
    'Email client', 'Mail client', 'Email facturation', 'Email address', 'E-mail address', 'Contact email',
    'Billing email',
  ],
  phone: [
    'Téléphone', 'Tél', 'Tel', 'Téléphone client', 'Tél client', 'Numéro de téléphone', 'Téléphone fixe',
    'Téléphone portable', 'Portable', 'Mobile', 'GSM', 'Phone', 'Phone number', 'Telephone', 'Mobile phone',
  ],
  address: [
    'Adresse', 'Adresse client', 'Adresse de facturation', 'Adresse postale', 'Adresse 1', 'Adresse ligne 1', 'Rue',
    'Address', 'Billing address', 'Street', 'Street address', 'Address line 1', 'Mailing address',
  ],
  siren: ['SIREN', 'SIRET', 'N° SIREN', 'N° SIRET', 'Numéro SIREN', 'Numéro SIRET', 'SIREN/SIRET', 'SIREN client', 'SIRET client'],
};

/**
 * Words that forbid a *partial* match (the header contains a synonym among other words): "Code
 * postal" is not a customer code, "Montant HT" not the amount incl. tax, "Date de règlement" not
 * the issue date, "Solde progressif" not an open amount. Exact matches are never excluded.
 */
const AMOUNT_WORDS = ['montant', 'amount', 'total', 'solde', 'balance', 'mt', 'mnt'];
const EXCLUDE: Record<CsvField, readonly string[]> = {
  invoiceNumber: [
    'client', 'customer', 'compte', 'account', 'tiers', 'date', ...AMOUNT_WORDS, 'siren', 'siret', 'tva', 'vat',
    'telephone', 'tel', 'phone', 'commande', 'order', 'bon', 'livraison', 'devis', 'quote', 'jours', 'days',
    'postal', 'rue', 'ligne', 'line', 'lettrage', 'journal', 'mail', 'email', 'type', 'statut', 'status', 'etat',
    'mode', 'nature',
  ],
  customerReference: [
    'postal', 'tva', 'vat', 'naf', 'ape', 'pays', 'country', 'journal', 'analytique', 'siren', 'siret', 'iban', 'bic',
    'devise', 'currency', 'date', ...AMOUNT_WORDS, 'facture', 'invoice', 'piece', 'document', 'banque', 'bank',
    'ville', 'city', 'zip', 'comptable', 'general', 'collectif', 'lettrage', 'vendeur', 'commercial', 'representant',
    'rep', 'salesperson', 'mode', 'reglement', 'paiement', 'payment', 'type',
  ],
  customerName: [
    'code', 'id', 'ref', 'reference', 'no', 'numero', 'num', 'number', 'adresse', 'address', 'email', 'e', 'mail',
    'courriel', 'tel', 'telephone', 'phone', 'siren', 'siret', 'tva', 'vat', 'ville', 'city', 'cp', 'postal', 'pays',
    'country', 'type', 'categorie', 'category', 'groupe', 'group', 'date', ...AMOUNT_WORDS, 'vendeur',
    'representant', 'rep', 'salesperson', 'fichier', 'file', 'commentaire', 'comment', 'note', 'notes', 'statut',
    'status', 'contact', 'first', 'last', 'prenom',
  ],
  issueDate: [
    'echeance', 'ech', 'due', 'reglement', 'paiement', 'payment', 'paid', 'lettrage', 'let', 'validation', 'valid',
    'edition', 'impression', 'arrete', 'export', 'livraison', 'delivery', 'limite', 'exigibilite', 'maturity',
    ...AMOUNT_WORDS, 'naissance', 'creation', 'modification', 'update', 'last', 'dernier', 'derniere', 'relance',
    'valeur', 'value',
  ],
  dueDate: [
    ...AMOUNT_WORDS, 'jours', 'days', 'nb', 'nombre', 'retard', 'mode', 'type', 'conditions', 'terms', 'delai',
  ],
  amount: [
    'ht', 'hors', 'tva', 'vat', 'tax', 'excl', 'net', 'date', 'regle', 'paye', 'paid', 'restant', 'reste', 'solde',
    'open', 'due', 'du', 'devise', 'currency', 'escompte', 'remise', 'discount', 'credit', 'avoir', 'impaye',
    'outstanding', 'balance', 'remaining', 'unpaid', 'received', 'encaisse', 'reglement', 'paiement', 'payment',
    'jours', 'days', 'retard', 'echu', 'non', 'progressif', 'cumul', 'running',
  ],
  openAmount: [
    'progressif', 'cumul', 'cumule', 'running', 'date', 'ht', 'tva', 'vat', 'jours', 'days', 'initial', 'origine',
    'original', 'previous', 'precedent', 'debut', 'opening', 'ouverture',
  ],
  paidAmount: [
    'date', 'mode', 'methode', 'method', 'type', 'moyen', 'conditions', 'terms', 'ref', 'reference', 'no', 'numero',
    'num', 'delai', 'echeance', 'ech', 'due', 'limite',
  ],
  label: ['client', 'customer', 'compte', 'account', 'tiers', 'date', 'journal', ...AMOUNT_WORDS],
  email: ['date'],
  phone: [],
  address: ['mail', 'email', 'courriel', 'e', 'ip', 'web', 'site', 'url'],
  siren: [],
};

interface Synonym {
  text: string;
  rank: number;
}

const NORMALISED_SYNONYMS: Record<CsvField, Synonym[]> = Object.fromEntries(
  CSV_FIELDS.map((field) => {
    const seen = new Set<string>();
    const list: Synonym[] = [];
    for (const raw of SYNONYMS[field]) {
      const text = normaliseHeader(raw);
      if (text === '' || seen.has(text)) continue;
      seen.add(text);
      list.push({ text, rank: list.length });
    }
    return [field, list];
  }),
) as Record<CsvField, Synonym[]>;

/** The normalised synonyms of a field (for tests and for the mapping screen's hints). */
export function csvFieldSynonyms(field: CsvField): string[] {
  return NORMALISED_SYNONYMS[field].map((s) => s.text);
}

/** Partial matches need a synonym of at least this many characters ("no", "num", "nom" are too vague). */
const MIN_PARTIAL_LENGTH = 4;

/**
 * How well a normalised header matches a field, 0 for no match. Exact matches (2000+) always
 * beat partial ones (1000+); among them a longer synonym wins ("Montant TTC" over "Montant",
 * "Date facture" over "Date"), then the more canonical one (earlier in the list); a partial
 * match loses a point per extra word.
 */
function matchScore(header: string, field: CsvField): number {
  if (header === '') return 0;
  const words = header.split(' ');
  let best = 0;
  for (const { text, rank } of NORMALISED_SYNONYMS[field]) {
    let score = 0;
    if (header === text) {
      score = 2000 + text.length * 4 - rank / 100;
    } else if (text.length >= MIN_PARTIAL_LENGTH && ` ${header} `.includes(` ${text} `)) {
      const ownWords = new Set(text.split(' '));
      const extra = words.filter((w) => !ownWords.has(w));
      const excluded = extra.some((w) => EXCLUDE[field].includes(w) || /^\d+$/.test(w));
      if (!excluded) score = 1000 + text.length * 4 - extra.length - rank / 100;
    }
    if (score > best) best = score;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Date order

const SHORT_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/;

/**
 * The date order proved by sample values. ISO (YYYY-MM-DD) and compact YYYYMMDD dates prove
 * nothing (they are read the same way whatever the order); "03/04/2024" proves nothing either.
 */
export function detectDateOrder(values: readonly string[]): { order: DateOrder | null; conflict: boolean } {
  const proved = new Set<DateOrder>();
  for (const value of values) {
    const m = SHORT_DATE.exec(value.trim());
    if (m === null) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const yearDigits = (m[3] ?? '').length;
    if (a > 31 && yearDigits === 2 && b <= 12) proved.add('YMD');
    else if (a > 12 && a <= 31 && b <= 12) proved.add('DMY');
    else if (b > 12 && b <= 31 && a <= 12) proved.add('MDY');
  }
  if (proved.size === 1) return { order: [...proved][0] ?? null, conflict: false };
  return { order: null, conflict: proved.size > 1 };
}

/** Column names only QuickBooks' A/R aging reports use; its US edition writes MM/DD/YYYY. */
const QUICKBOOKS_HEADERS = new Set(['open balance', 'transaction type', 'aging', 'past due']);

// ---------------------------------------------------------------------------------------------
// Proposal

/**
 * Proposes a mapping for a header (and up to a few hundred sample rows, used for the date order).
 *
 * Every (column, field) pair is scored (see matchScore) and pairs are taken best first, so the
 * most specific match wins and a column is never mapped to two fields nor a field to two columns.
 * When no column looks like the amount incl. tax but one looks like an open amount (a balance
 * that lists only "Solde"), that column is proposed as the amount (open = amount): the user sees
 * it on the mapping screen.
 */
export function proposeMapping(header: string[], sampleRows: string[][] = []): CsvMappingProposal {
  const normalised = header.map(normaliseHeader);
  const candidates: { field: CsvField; column: number; score: number; fieldIndex: number }[] = [];
  normalised.forEach((name, column) => {
    CSV_FIELDS.forEach((field, fieldIndex) => {
      const score = matchScore(name, field);
      if (score > 0) candidates.push({ field, column, score, fieldIndex });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.column - y.column || x.fieldIndex - y.fieldIndex);

  const columns: CsvMapping = {};
  const usedColumns = new Set<number>();
  for (const { field, column } of candidates) {
    if (columns[field] !== undefined || usedColumns.has(column)) continue;
    columns[field] = column;
    usedColumns.add(column);
  }
  if (columns.amount === undefined && columns.openAmount !== undefined) {
    columns.amount = columns.openAmount;
    delete columns.openAmount;
  }

  const dateColumns = [columns.issueDate, columns.dueDate].filter((c): c is number => c !== undefined);
  const values = sampleRows.flatMap((cells) =>
    dateColumns.length > 0 ? dateColumns.map((c) => cells[c] ?? '') : cells,
  );
  const detected = detectDateOrder(values);
  if (detected.order !== null) return { columns, dateOrder: detected.order, dateOrderSource: 'sample' };
  if (detected.conflict) return { columns, dateOrder: 'DMY', dateOrderSource: 'conflict' };
  if (normalised.some((name) => QUICKBOOKS_HEADERS.has(name))) {
    return { columns, dateOrder: 'MDY', dateOrderSource: 'quickbooks' };
  }
  return { columns, dateOrder: 'DMY', dateOrderSource: 'default' };
}

// ---------------------------------------------------------------------------------------------
// Signature

/**
 * A stable key for "this export layout", under which the confirmed mapping is saved: the
 * normalised column names, in order, trailing empty columns dropped (Dolibarr's trailing
 * separator). It is ORDER-SENSITIVE on purpose: a mapping holds column indexes, so a file with
 * the same names in another order must not reuse it. It ignores case, accents, punctuation,
 * spacing and "de/la/d'" ("Date d'échéance" = "DATE ECHEANCE"), so cosmetic differences between
 * versions of a program, or between its Windows-1252 and UTF-8 exports, keep the same key.
 */
export function mappingSignature(header: readonly string[]): string {
  const names = header.map(normaliseHeader);
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  return `csv1:${names.length}:${names.join('|')}`;
}

// ---------------------------------------------------------------------------------------------
// Validation

/** Name of a column for messages: as written in the file, or "#3" when the header cell is empty. */
export function columnLabel(header: readonly string[], index: number): string {
  const name = (header[index] ?? '').trim();
  return name !== '' ? name : `#${index + 1}`;
}

/**
 * Checks a mapping against a header. Errors (line null):
 * - `mapping-missing` {field}: a required field has no column (`customerReference` is reported
 *   only when neither it nor `customerName` is mapped);
 * - `mapping-bad-column` {field, column: "#n"}: an index outside the header (n is 1-based);
 * - `mapping-duplicate-column` {field, otherField, column}: one column chosen for two fields.
 */
export function validateMapping(config: CsvMappingConfig, header: readonly string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const owner = new Map<number, CsvField>();
  for (const field of CSV_FIELDS) {
    const index = config.columns[field];
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= header.length) {
      issues.push({ severity: 'error', code: 'mapping-bad-column', line: null, params: { field, column: `#${index + 1}` } });
      continue;
    }
    const other = owner.get(index);
    if (other !== undefined) {
      issues.push({
        severity: 'error',
        code: 'mapping-duplicate-column',
        line: null,
        params: { field, otherField: other, column: columnLabel(header, index) },
      });
    } else {
      owner.set(index, field);
    }
  }
  for (const field of REQUIRED_CSV_FIELDS) {
    if (config.columns[field] !== undefined) continue;
    if (field === 'customerReference' && config.columns.customerName !== undefined) continue;
    issues.push({ severity: 'error', code: 'mapping-missing', line: null, params: { field } });
  }
  return issues;
}
