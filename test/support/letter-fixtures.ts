/**
 * Realistic letter specs as the renderer composes them (templates filled, amounts formatted with
 * Intl, so with the U+202F and U+00A0 of French amounts), and a PDF reader built on pdfjs-dist
 * that returns every text item with its position, for assertions a user would make by looking.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LetterSpec, LetterTable } from '../../electron/letter-spec';
import { letterSpecSchema } from '../../electron/letter-spec';
import { makePng } from './images';

// ---------------------------------------------------------------------------------------------
// Amounts and dates, formatted the way the renderer does

const frEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const enEuros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

/** "1 234,56 €" with U+202F between thousands and U+00A0 before the euro sign. */
export const euros = (cents: number): string => frEuros.format(cents / 100);
export const eurosEn = (cents: number): string => enEuros.format(cents / 100);

/** Spaces of every kind as one plain space: compare French amounts whatever space they carry. */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f\u2009\u2007 ]+/g, ' ');

// ---------------------------------------------------------------------------------------------
// The formal notice: every mention of docs/LEGAL-FR.md, a 3-invoice table and its totals

export const LOGO_PNG = makePng(240, 120, [30, 90, 160]);

/** Three invoices, 12,15 % penalties to 30 November 2026 (amount x rate x days / 365), 40 € each. */
export const formalNoticeInvoices = [
  { number: 'F-2026-0101', date: '02/09/2026', due: '02/10/2026', cents: 123456, daysLate: 59, interest: 2425 },
  { number: 'F-2026-0117', date: '16/09/2026', due: '16/10/2026', cents: 250000, daysLate: 45, interest: 3745 },
  { number: 'F-2026-0132', date: '30/09/2026', due: '30/10/2026', cents: 60000, daysLate: 31, interest: 619 },
] as const;
export const FORMAL_NOTICE_TOTALS = {
  principal: 433456,
  penalties: 6789,
  indemnity: 12000,
  claimed: 452245,
} as const;
export const TRACKING_NUMBER = '1A 234 567 8901 2';
export const REGISTERED_LABEL = 'Lettre recommandée avec accusé de réception';
export const IBAN = 'FR76 3000 4000 0312 3456 7890 143';

/** The mentions a formal notice must carry (docs/LEGAL-FR.md), as they read in the letter. */
export const FORMAL_NOTICE_MENTIONS = [
  'mettons en demeure',
  'Atelier Martin SARL',
  'SIREN 812 345 678',
  'SAS DUPONT BÂTIMENT',
  'F-2026-0101',
  'F-2026-0117',
  'F-2026-0132',
  'Pénalités de retard',
  'Indemnité forfaitaire pour frais de recouvrement',
  'sous huit jours',
  IBAN,
  'injonction de payer',
  'Lyon, le 30 novembre 2026',
  'Claire Martin',
] as const;

/** A totals row as the renderer builds it: the label first, amounts in the given columns. */
const totalsRow = (label: string, cells: Record<number, string>): string[] =>
  Array.from({ length: 8 }, (_, i) => (i === 0 ? label : (cells[i] ?? '')));

/** The table of a formal notice as the renderer lays it out: 8 columns, penalties per invoice. */
const invoiceTable = (): LetterTable => ({
  columns: [
    { label: 'Facture', align: 'left', width: 0.14 },
    { label: 'Date', align: 'left', width: 0.11 },
    { label: 'Échéance', align: 'left', width: 0.11 },
    { label: 'Montant TTC', align: 'right', width: 0.14 },
    { label: 'Reste dû', align: 'right', width: 0.14 },
    { label: 'Retard', align: 'right', width: 0.08 },
    { label: 'Pénalités', align: 'right', width: 0.14 },
    { label: 'Indemnité', align: 'right', width: 0.14 },
  ],
  rows: formalNoticeInvoices.map((invoice) => [
    invoice.number,
    invoice.date,
    invoice.due,
    euros(invoice.cents),
    euros(invoice.cents),
    `${invoice.daysLate}\u00a0j`,
    euros(invoice.interest),
    euros(4000),
  ]),
  totals: [
    totalsRow('Total', { 4: euros(FORMAL_NOTICE_TOTALS.principal), 6: euros(FORMAL_NOTICE_TOTALS.penalties), 7: euros(FORMAL_NOTICE_TOTALS.indemnity) }),
    totalsRow('Principal restant dû', { 7: euros(FORMAL_NOTICE_TOTALS.principal) }),
    totalsRow('Pénalités de retard (taux BCE + 10 points, soit 12,15 %)', { 7: euros(FORMAL_NOTICE_TOTALS.penalties) }),
    totalsRow('Indemnité forfaitaire pour frais de recouvrement (40\u00a0€ par facture)', { 7: euros(FORMAL_NOTICE_TOTALS.indemnity) }),
    totalsRow('Total réclamé', { 7: euros(FORMAL_NOTICE_TOTALS.claimed) }),
  ],
});

const atelierMartin = (withLogo: boolean): LetterSpec['sender'] => ({
  name: 'Atelier Martin SARL',
  lines: ['12 rue de la République', '69002 Lyon', 'Tél. 04 78 12 34 56', 'compta@atelier-martin.fr'],
  ...(withLogo ? { logo: { type: 'png' as const, bytes: LOGO_PNG } } : {}),
});

const atelierFooter = [
  'Atelier Martin SARL au capital de 10\u00a0000\u00a0€ — SIREN 812 345 678 — RCS Lyon — 12 rue de la République, 69002 Lyon',
  'TVA intracommunautaire FR12 812345678 — IBAN FR76 3000 4000 0312 3456 7890 143 — BIC BNPAFRPPXXX',
];

export function formalNotice(overrides: Partial<LetterSpec> = {}): LetterSpec {
  const spec: LetterSpec = {
    kind: 'formal-notice',
    language: 'fr',
    sender: atelierMartin(true),
    returnAddress: 'Atelier Martin SARL · 12 rue de la République · 69002 LYON',
    recipient: ['SAS DUPONT BÂTIMENT', 'Monsieur Jérôme DUPONT', 'Service comptabilité', '45 AVENUE JEAN JAURES', '33000 BORDEAUX'],
    placeAndDate: 'Lyon, le 30 novembre 2026',
    registered: { label: REGISTERED_LABEL, trackingNumber: TRACKING_NUMBER },
    references: ['Nos références\u00a0: client C0042 — dossier 2026-117', 'Vos références\u00a0: commande 4512'],
    subject: 'Mise en demeure de payer — factures F-2026-0101, F-2026-0117 et F-2026-0132',
    blocks: [
      { type: 'paragraph', text: 'Madame, Monsieur,' },
      {
        type: 'paragraph',
        text:
          'Malgré nos relances des 15 et 30 octobre 2026, restées sans effet, les factures suivantes, émises par ' +
          'Atelier Martin SARL (SIREN 812 345 678, 12 rue de la République, 69002 Lyon) à l’ordre de SAS DUPONT BÂTIMENT ' +
          '(SIREN 498 765 432, 45 avenue Jean Jaurès, 33000 Bordeaux), demeurent impayées à ce jour\u00a0:',
      },
      { type: 'table', table: invoiceTable() },
      {
        type: 'paragraph',
        text:
          `Par la présente, nous vous mettons en demeure de nous régler la somme totale de ${euros(FORMAL_NOTICE_TOTALS.claimed)} ` +
          'sous huit jours à compter de la réception de ce courrier.',
        bold: true,
      },
      {
        type: 'paragraph',
        text:
          'Ce montant comprend le principal restant dû, les pénalités de retard calculées au taux de la Banque centrale ' +
          'européenne majoré de 10 points (article L441-10 du Code de commerce), du lendemain de chaque échéance au ' +
          `30 novembre 2026, soit ${euros(FORMAL_NOTICE_TOTALS.penalties)}, et l’indemnité forfaitaire pour frais de ` +
          `recouvrement de 40\u00a0€ par facture (article D441-5), soit ${euros(FORMAL_NOTICE_TOTALS.indemnity)}.`,
      },
      {
        type: 'paragraph',
        text: `Règlement par virement\u00a0:\nIBAN ${IBAN}\nBIC BNPAFRPPXXX — titulaire\u00a0: Atelier Martin SARL`,
      },
      {
        type: 'paragraph',
        text:
          'À défaut de paiement dans ce délai, nous saisirons sans autre avis le tribunal de commerce de Bordeaux d’une ' +
          'requête en injonction de payer, les frais de procédure restant à votre charge.',
      },
      {
        type: 'paragraph',
        text: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
      },
    ],
    signature: ['Claire Martin', 'Gérante'],
    footer: atelierFooter,
    pageLabel: 'Page {page} / {pages}',
    metadata: {
      title: 'Mise en demeure — SAS DUPONT BÂTIMENT',
      author: 'Atelier Martin SARL',
      subject: 'Mise en demeure de payer les factures F-2026-0101, F-2026-0117 et F-2026-0132',
      keywords: ['mise en demeure', 'C0042', 'F-2026-0101'],
      createdAt: '2026-11-30T09:15:00.000Z',
    },
    envelopeOffsetMm: { x: 0, y: 0 },
    ...overrides,
  };
  return letterSpecSchema.parse(spec);
}

// ---------------------------------------------------------------------------------------------
// A long statement: 120 lines, three pages

/** The piece number of statement row `i` (0-based): unique, so rows can be counted on the pages. */
export const statementPiece = (i: number) => `P-${String(i + 1).padStart(4, '0')}`;

export function longStatement(rowCount = 120, overrides: Partial<LetterSpec> = {}): LetterSpec {
  const rows: string[][] = [];
  let balance = 0;
  for (let i = 0; i < rowCount; i++) {
    const day = 1 + (i % 28);
    const month = 1 + Math.floor(i / 12) % 12;
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2026`;
    const isPayment = i % 4 === 3;
    const cents = isPayment ? 50000 + i * 700 : 120000 + i * 1337;
    balance += isPayment ? -cents : cents;
    rows.push([
      date,
      statementPiece(i),
      isPayment ? `Règlement, virement n° ${9000 + i}` : `Facture F-2026-${String(i + 1).padStart(4, '0')}`,
      isPayment ? '' : euros(cents),
      isPayment ? euros(cents) : '',
      euros(balance),
    ]);
  }
  const spec: LetterSpec = {
    kind: 'statement',
    language: 'fr',
    sender: atelierMartin(true),
    returnAddress: 'Atelier Martin SARL · 12 rue de la République · 69002 LYON',
    recipient: ['SAS DUPONT BÂTIMENT', 'Service comptabilité', '45 AVENUE JEAN JAURES', '33000 BORDEAUX'],
    placeAndDate: 'Lyon, le 30 novembre 2026',
    references: ['Nos références\u00a0: client C0042'],
    subject: 'Relevé de compte au 30 novembre 2026',
    blocks: [
      { type: 'paragraph', text: 'Madame, Monsieur,' },
      {
        type: 'paragraph',
        text: 'Veuillez trouver ci-dessous le relevé de votre compte client, arrêté au 30 novembre 2026.',
      },
      {
        type: 'table',
        table: {
          columns: [
            { label: 'Date', align: 'left', width: 0.13 },
            { label: 'Pièce', align: 'left', width: 0.1 },
            { label: 'Libellé', align: 'left', width: 0.35 },
            { label: 'Débit', align: 'right', width: 0.14 },
            { label: 'Crédit', align: 'right', width: 0.14 },
            { label: 'Solde', align: 'right', width: 0.14 },
          ],
          rows,
          totals: [['Solde dû au 30 novembre 2026', '', '', '', '', euros(balance)]],
        },
      },
      {
        type: 'paragraph',
        text: 'Nous vous remercions de bien vouloir régulariser ce solde dans les meilleurs délais.',
      },
      { type: 'paragraph', text: 'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.' },
    ],
    signature: ['Claire Martin', 'Gérante'],
    footer: atelierFooter,
    pageLabel: 'Page {page} / {pages}',
    metadata: {
      title: 'Relevé de compte — SAS DUPONT BÂTIMENT',
      author: 'Atelier Martin SARL',
      subject: 'Relevé de compte au 30 novembre 2026',
      keywords: ['relevé', 'C0042'],
      createdAt: '2026-11-30T09:15:00.000Z',
    },
    envelopeOffsetMm: { x: 0, y: 0 },
    ...overrides,
  };
  return letterSpecSchema.parse(spec);
}

/** The balance printed at the bottom of the long statement. */
export function longStatementBalance(rowCount = 120): string {
  let balance = 0;
  for (let i = 0; i < rowCount; i++) {
    const isPayment = i % 4 === 3;
    const cents = isPayment ? 50000 + i * 700 : 120000 + i * 1337;
    balance += isPayment ? -cents : cents;
  }
  return euros(balance);
}

// ---------------------------------------------------------------------------------------------
// An English first reminder, no logo, no registered mail

export function englishReminder(overrides: Partial<LetterSpec> = {}): LetterSpec {
  const spec: LetterSpec = {
    kind: 'reminder-1',
    language: 'en',
    sender: {
      name: 'Harbour Lights Ltd',
      lines: ['Unit 4, Quai des Chartrons', '33000 Bordeaux, France', 'accounts@harbourlights.example'],
    },
    returnAddress: 'Harbour Lights Ltd · 4 quai des Chartrons · 33000 BORDEAUX',
    recipient: ['NORTHWIND TRADING SARL', 'Accounts payable', '3 RUE DU PORT', '13002 MARSEILLE'],
    placeAndDate: 'Bordeaux, 30 November 2026',
    references: ['Our reference: customer C0107'],
    subject: 'Reminder — invoice INV-2026-044 overdue',
    blocks: [
      { type: 'paragraph', text: 'Dear Sir or Madam,' },
      {
        type: 'paragraph',
        text:
          `Our records show that invoice INV-2026-044 of 1 October 2026, for ${eurosEn(123456)}, was due on ` +
          '31 October 2026 and remains unpaid. This may well be an oversight.',
      },
      {
        type: 'table',
        table: {
          columns: [
            { label: 'Invoice', align: 'left', width: 0.3 },
            { label: 'Due date', align: 'left', width: 0.3 },
            { label: 'Amount due', align: 'right', width: 0.4 },
          ],
          rows: [['INV-2026-044', '31/10/2026', eurosEn(123456)]],
          totals: [['Total due', '', eurosEn(123456)]],
        },
      },
      {
        type: 'paragraph',
        text: 'Please arrange payment at your earliest convenience. If you have already paid, please disregard this letter.',
      },
      { type: 'paragraph', text: 'Yours faithfully,' },
    ],
    signature: ['Oliver Grant', 'Finance Director'],
    footer: ['Harbour Lights Ltd — SIREN 901 234 567 — VAT FR45 901234567'],
    pageLabel: 'Page {page} of {pages}',
    metadata: {
      title: 'Reminder — Northwind Trading',
      author: 'Harbour Lights Ltd',
      subject: 'Invoice INV-2026-044 overdue',
      keywords: ['reminder'],
      createdAt: '2026-11-30T09:15:00.000Z',
    },
    envelopeOffsetMm: { x: 0, y: 0 },
    ...overrides,
  };
  return letterSpecSchema.parse(spec);
}

// ---------------------------------------------------------------------------------------------
// Reading a PDF back: text items with their positions, and the document information

export const MM = 72 / 25.4;

export interface TextItem {
  str: string;
  /** Baseline start and advance, PDF points (origin bottom-left). */
  x: number;
  y: number;
  width: number;
  /** Font size in points (the scale of the text matrix). */
  size: number;
}

export interface ExtractedPdf {
  pages: TextItem[][];
  /** Each page's text, items joined in reading order (top to bottom, left to right). */
  texts: string[];
  info: Record<string, unknown>;
  pageSizes: { width: number; height: number }[];
}

/** Items on one baseline joined by a space, lines top to bottom. */
function pageText(items: TextItem[]): string {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs((line[0] as TextItem).y - item.y) < 1) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => line.map((item) => item.str).join(' ')).join('\n');
}

export async function readPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: TextItem[][] = [];
    const pageSizes: { width: number; height: number }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      pageSizes.push({ width: x1 - x0, height: y1 - y0 });
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , e, f] = item.transform as number[];
        items.push({ str: item.str, x: e as number, y: f as number, width: item.width, size: Math.hypot(a as number, b as number) });
      }
      pages.push(items);
    }
    const { info } = await doc.getMetadata();
    return { pages, texts: pages.map(pageText), info: info as Record<string, unknown>, pageSizes };
  } finally {
    await task.destroy();
  }
}

/** The rectangle of a text item in millimetres from the top-left corner (ascent 0.93, descent 0.24 em). */
export function itemBoxMm(item: TextItem, pageHeightPt = 297 * MM) {
  const top = (pageHeightPt - item.y - 0.93 * item.size) / MM;
  const bottom = (pageHeightPt - item.y + 0.24 * item.size) / MM;
  return { left: item.x / MM, right: (item.x + item.width) / MM, top, bottom };
}

/** The whole text of a PDF file in reading order, French spaces made plain, white space folded. */
export async function pdfFileText(file: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pdf = await readPdf(new Uint8Array(await readFile(file)));
  return plainSpaces(pdf.texts.join('\n')).replace(/\s+/g, ' ');
}
