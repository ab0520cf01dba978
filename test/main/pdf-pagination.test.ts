/**
 * Letters longer than a page: tables continue with their header repeated, no row or word is lost
 * or split, the signature never stands alone at the top of a page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/main/handlers';
import type { LetterSpec } from '../../electron/letter-spec';
import {
  formalNotice,
  itemBoxMm,
  longStatement,
  longStatementBalance,
  plainSpaces,
  readPdf,
  statementPiece,
  type ExtractedPdf,
  type TextItem,
} from '../support/letter-fixtures';
import { testMain } from '../support/ports';

let handlers: Handlers;

beforeAll(async () => {
  ({ handlers } = await testMain());
});

async function preview(letter: LetterSpec) {
  const { bytes, pages } = await handlers.previewLetter({ letter });
  return { pages, pdf: await readPdf(bytes) };
}

const HEADER = ['Date', 'Pièce', 'Libellé', 'Débit', 'Crédit', 'Solde'];

/** The header rows of the statement table on a page: the six labels on one baseline. */
function headerRows(items: TextItem[]): number[] {
  const baselines = items.filter((item) => item.str === 'Pièce').map((item) => item.y);
  return baselines.filter((y) => HEADER.every((label) => items.some((item) => item.str === label && Math.abs(item.y - y) < 0.5)));
}

describe('a statement of 120 lines', () => {
  let pdf: ExtractedPdf;
  let pages: number;
  beforeAll(async () => {
    ({ pdf, pages } = await preview(longStatement(120)));
  });

  it('runs over several pages, each numbered "Page n / N"', () => {
    expect(pages).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((items, index) => {
      expect(items.some((item) => item.str === `Page ${index + 1} / ${pages}`)).toBe(true);
    });
  });

  it('prints every row once, in order, none lost or split between two pages', () => {
    const seen: string[] = [];
    pdf.pages.forEach((items) => {
      const rows = items.filter((item) => /^P-\d{4}$/.test(item.str)).sort((a, b) => b.y - a.y);
      for (const piece of rows) {
        seen.push(piece.str);
        // The whole row is on this page, on the piece's baseline: its date and its balance.
        const sameLine = items.filter((item) => Math.abs(item.y - piece.y) < 0.5).map((item) => item.str);
        expect(sameLine.some((s) => /^\d{2}\/\d{2}\/2026$/.test(s)), `${piece.str} date`).toBe(true);
        expect(sameLine.some((s) => plainSpaces(s).endsWith(' €')), `${piece.str} amount`).toBe(true);
      }
    });
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => statementPiece(i)));
  });

  it('repeats the table header at the top of every page the table continues on', () => {
    const pagesWithRows = pdf.pages.filter((items) => items.some((item) => /^P-\d{4}$/.test(item.str)));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(3);
    for (const items of pagesWithRows) {
      const headers = headerRows(items);
      expect(headers).toHaveLength(1);
      const topRow = Math.max(...items.filter((item) => /^P-\d{4}$/.test(item.str)).map((item) => item.y));
      expect(headers[0] as number).toBeGreaterThan(topRow);
    }
  });

  it('ends with the balance, the closing lines and the signature on the last page', () => {
    const last = pdf.pages[pdf.pages.length - 1] as TextItem[];
    const text = plainSpaces(pdf.texts[pdf.texts.length - 1] ?? '');
    expect(text).toContain('Solde dû au 30 novembre 2026');
    expect(text).toContain(plainSpaces(longStatementBalance(120)));
    const signature = last.find((item) => item.str === 'Claire Martin') as TextItem;
    expect(signature).toBeDefined();
    const closing = last.find((item) => item.str.startsWith('Veuillez agréer')) as TextItem;
    expect(closing).toBeDefined();
    expect(closing.y).toBeGreaterThan(signature.y);
    // The signature sits on the right half of the page.
    expect(itemBoxMm(signature).left).toBeGreaterThanOrEqual(105);
    for (const other of pdf.pages.slice(0, -1)) expect(other.some((item) => item.str === 'Claire Martin')).toBe(false);
  });

  it('keeps the body clear of the footer and the running header on the next pages', () => {
    pdf.pages.forEach((items, index) => {
      const label = items.find((item) => item.str.startsWith('Page ')) as TextItem;
      const body = items.filter((item) => item.size >= 8.5 && item !== label);
      const lowest = Math.max(...body.map((item) => itemBoxMm(item).bottom));
      expect(lowest, `page ${index + 1}`).toBeLessThan(itemBoxMm(label).top - 1);
      if (index > 0) {
        const running = items.find((item) => item.str.startsWith('Atelier Martin SARL — Relevé')) as TextItem;
        expect(running).toBeDefined();
        const highest = Math.min(...body.map((item) => itemBoxMm(item).top));
        expect(highest).toBeGreaterThan(itemBoxMm(running).bottom + 2);
      }
    });
  });
});

describe('the signature', () => {
  /** A letter whose filler paragraph has `lines` short lines, then the closing paragraph. */
  const letter = (lines: number): LetterSpec =>
    formalNotice({
      blocks: [
        { type: 'paragraph', text: Array.from({ length: lines }, (_, i) => `Ligne de remplissage ${i + 1}.`).join('\n') },
        { type: 'paragraph', text: 'Nous vous prions d’agréer, Madame, Monsieur,\nl’expression de nos salutations distinguées.' },
      ],
    });

  it('is never alone at the top of a page: the last lines of the letter come with it', async () => {
    // From a letter that ends mid-page 1 to one that ends mid-page 2: every page-break position.
    let breaks = 0;
    for (let lines = 20; lines <= 42; lines++) {
      const { pdf, pages } = await preview(letter(lines));
      const page = pdf.pages.findIndex((items) => items.some((item) => item.str === 'Claire Martin'));
      expect(page, `${lines} lines`).toBe(pages - 1);
      const items = pdf.pages[page] as TextItem[];
      expect(items.some((item) => item.str === 'l’expression de nos salutations distinguées.'), `${lines} lines`).toBe(true);
      expect(items.some((item) => item.str === 'Nous vous prions d’agréer, Madame, Monsieur,'), `${lines} lines`).toBe(true);
      if (pages > 1) breaks++;
    }
    expect(breaks).toBeGreaterThan(0);
  });
});

describe('the end of a letter', () => {
  /** Filler lines, a last paragraph of two lines, then a one-line closing formula. */
  const letter = (lines: number): LetterSpec =>
    formalNotice({
      blocks: [
        { type: 'paragraph', text: Array.from({ length: lines }, (_, i) => `Ligne de remplissage ${i + 1}.`).join('\n') },
        { type: 'paragraph', text: 'Si votre règlement nous est parvenu entre-temps,\nmerci de ne pas tenir compte de ce courrier.' },
        { type: 'paragraph', text: 'Bien cordialement,' },
      ],
    });

  it('never leaves the closing formula and the signature alone on a page: the last lines of the text come along', async () => {
    let breaks = 0;
    for (let lines = 20; lines <= 42; lines++) {
      const { pdf, pages } = await preview(letter(lines));
      const page = pdf.pages.findIndex((items) => items.some((item) => item.str === 'Claire Martin'));
      expect(page, `${lines} lines`).toBe(pages - 1);
      const items = pdf.pages[page] as TextItem[];
      expect(items.some((item) => item.str === 'Bien cordialement,'), `${lines} lines`).toBe(true);
      expect(items.some((item) => item.str === 'merci de ne pas tenir compte de ce courrier.'), `${lines} lines`).toBe(true);
      if (pages > 1) breaks++;
    }
    expect(breaks).toBeGreaterThan(0);
  });
});

describe('lines to sign on and list items', () => {
  it('leaves the room of a handwritten signature above a line of underscores, and keeps what to sign with it', async () => {
    const line = '______________________________';
    const { pdf } = await preview(
      formalNotice({ blocks: [{ type: 'paragraph', text: `Pour le débiteur, SAS Dupont Bâtiment\nDate et signature :\n${line}\nFin du paragraphe.` }] }),
    );
    const items = pdf.pages[0] as TextItem[];
    const label = items.find((item) => item.str === 'Date et signature :') as TextItem;
    const underline = items.find((item) => item.str === line) as TextItem;
    const after = items.find((item) => item.str === 'Fin du paragraphe.') as TextItem;
    expect(itemBoxMm(underline).top - itemBoxMm(label).bottom).toBeGreaterThanOrEqual(12);
    // The line after it is at the usual distance.
    expect(itemBoxMm(after).top - itemBoxMm(underline).bottom).toBeLessThan(3);
  });

  it('wraps a list item under its text, not under its dash or number', async () => {
    const long = 'pénalités de retard calculées au taux directeur de la Banque centrale européenne majoré de 10 points, soit 13,15 % l’an au 1er semestre 2025 et 12,15 % l’an au 2e semestre 2025 : 182,35 € ;';
    const { pdf } = await preview(formalNotice({ blocks: [{ type: 'paragraph', text: `La somme réclamée se décompose ainsi :\n– ${long}\n1. ${long}` }] }));
    const items = (pdf.pages[0] as TextItem[]).filter((item) => item.size === 10);
    const dash = items.find((item) => item.str.startsWith('– pénalités')) as TextItem;
    const number = items.find((item) => item.str.startsWith('1. pénalités')) as TextItem;
    const below = (first: TextItem) => items.filter((item) => item.y < first.y && first.y - item.y < 20).sort((a, b) => b.y - a.y)[0] as TextItem;
    for (const first of [dash, number]) {
      expect(itemBoxMm(first).left).toBeCloseTo(20, 1);
      const next = below(first);
      expect(itemBoxMm(next).left).toBeGreaterThan(21.5);
      expect(itemBoxMm(next).left).toBeLessThan(26);
    }
  });
});

describe('a paragraph longer than a page', () => {
  it('continues on the next page without losing a word', async () => {
    const words = Array.from({ length: 1400 }, (_, i) => `mot${i}`);
    const { pdf, pages } = await preview(formalNotice({ blocks: [{ type: 'paragraph', text: words.join(' ') }] }));
    expect(pages).toBeGreaterThanOrEqual(2);
    const printed = pdf.texts.join('\n').match(/mot\d+/g);
    expect(printed).toEqual(words);
  });

  it('cuts a word wider than the line (an IBAN without spaces) rather than let it run off the page', async () => {
    const long = 'X'.repeat(300);
    const { pdf } = await preview(formalNotice({ blocks: [{ type: 'paragraph', text: long }] }));
    const pieces = (pdf.pages[0] as TextItem[]).filter((item) => /^X+$/.test(item.str));
    expect(pieces.map((item) => item.str).join('')).toBe(long);
    for (const piece of pieces) expect(itemBoxMm(piece).right).toBeLessThanOrEqual(190.01);
  });
});
