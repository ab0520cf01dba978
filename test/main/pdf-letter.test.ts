/**
 * The letter PDF as a user reads it: the text extracted with pdfjs-dist (what a PDF viewer shows
 * and a search finds), positions measured on the page, the document properties.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/main/handlers';
import type { LetterSpec } from '../../electron/letter-spec';
import {
  englishReminder,
  euros,
  eurosEn,
  FORMAL_NOTICE_MENTIONS,
  FORMAL_NOTICE_TOTALS,
  formalNotice,
  formalNoticeInvoices,
  itemBoxMm,
  MM,
  plainSpaces,
  readPdf,
  REGISTERED_LABEL,
  TRACKING_NUMBER,
  type TextItem,
} from '../support/letter-fixtures';
import { makeJpegSkeleton } from '../support/images';
import { testMain, type TestLogger } from '../support/ports';

let handlers: Handlers;
let log: TestLogger;

beforeAll(async () => {
  ({ handlers, log } = await testMain());
});

async function preview(letter: LetterSpec) {
  const { bytes, pages } = await handlers.previewLetter({ letter });
  return { bytes, pages, pdf: await readPdf(bytes) };
}

const allText = (texts: string[]) => plainSpaces(texts.join('\n'));

describe('the formal notice', () => {
  let result: Awaited<ReturnType<typeof preview>>;
  beforeAll(async () => {
    result = await preview(formalNotice());
  });

  it('is an A4 PDF whose page count the handler reports', () => {
    expect(result.pdf.pages).toHaveLength(result.pages);
    for (const size of result.pdf.pageSizes) {
      expect(size.width / MM).toBeCloseTo(210, 0);
      expect(size.height / MM).toBeCloseTo(297, 0);
    }
  });

  it('carries every mandatory mention of a formal notice', () => {
    const text = allText(result.pdf.texts);
    for (const mention of FORMAL_NOTICE_MENTIONS) expect(text).toContain(plainSpaces(mention));
  });

  it('prints every amount as the renderer formatted it (1 234,56 € with its narrow spaces)', () => {
    const text = allText(result.pdf.texts);
    const amounts = [
      ...formalNoticeInvoices.map((invoice) => invoice.cents),
      ...Object.values(FORMAL_NOTICE_TOTALS),
    ].map(euros);
    expect(amounts).toContain('1\u202f234,56\u00a0€');
    for (const amount of amounts) expect(text).toContain(plainSpaces(amount));
    // No character fell back to "?" (U+202F and U+00A0 are in the font).
    expect(text).not.toContain('?');
  });

  it('sets amounts right-aligned in their columns, each whole on one line', () => {
    const page1 = result.pdf.pages[0] as TextItem[];
    const amounts = page1.filter((item) => /^\d{1,3}( \d{3})*,\d{2} €$/.test(plainSpaces(item.str)));
    // 3 rows x 4 amounts (amount, open, penalties, indemnity), 3 in the "Total" row, 4 more totals.
    expect(amounts).toHaveLength(19);
    const rightEdges = new Set(amounts.map((item) => (itemBoxMm(item).right).toFixed(1)));
    // Four amount columns, each with one right edge; the last ends 1.6 mm inside the margin.
    expect(rightEdges.size).toBe(4);
    expect(rightEdges).toContain('188.4');
    const claimed = amounts.find((item) => plainSpaces(item.str) === plainSpaces(euros(FORMAL_NOTICE_TOTALS.claimed)));
    expect(itemBoxMm(claimed as TextItem).right).toBeCloseTo(188.4, 1);
  });

  it('names the registered letter and its tracking number on page 1', () => {
    const page1 = plainSpaces(result.pdf.texts[0] ?? '');
    expect(page1).toContain(REGISTERED_LABEL);
    expect(page1).toContain(`N° ${TRACKING_NUMBER}`);
  });

  it('sets the document properties from the metadata', () => {
    const info = result.pdf.info;
    expect(info.Title).toBe('Mise en demeure — SAS DUPONT BÂTIMENT');
    expect(info.Author).toBe('Atelier Martin SARL');
    expect(info.Subject).toBe('Mise en demeure de payer les factures F-2026-0101, F-2026-0117 et F-2026-0132');
    expect(info.Keywords).toBe('mise en demeure, C0042, F-2026-0101');
    expect(info.Creator).toBe('Relance');
    expect(info.CreationDate).toBe('D:20261130091500Z');
    expect(info.ModDate).toBe('D:20261130091500Z');
    expect(info.Language).toBe('fr-FR');
  });

  it('numbers every page "Page n / N" at the bottom right, with the footer on every page', () => {
    const count = result.pages;
    result.pdf.pages.forEach((items, index) => {
      const label = items.find((item) => item.str === `Page ${index + 1} / ${count}`);
      expect(label, `label of page ${index + 1}`).toBeDefined();
      expect(itemBoxMm(label as TextItem).right).toBeCloseTo(190, 0);
      expect(itemBoxMm(label as TextItem).top).toBeGreaterThan(270);
      const footer = items.find((item) => plainSpaces(item.str).includes('SIREN 812 345 678 — RCS Lyon'));
      expect(footer, `footer of page ${index + 1}`).toBeDefined();
      expect((footer as TextItem).size).toBeLessThanOrEqual(8);
      // Centred on the page.
      const box = itemBoxMm(footer as TextItem);
      expect((box.left + box.right) / 2).toBeCloseTo(105, 0);
    });
  });

  it('keeps the letterhead on page 1 only and a running header on the next pages', () => {
    expect(result.pages).toBeGreaterThan(1);
    const page2 = result.pdf.pages[1] as TextItem[];
    expect(page2.some((item) => item.str === 'Atelier Martin SARL')).toBe(false);
    expect(page2.some((item) => item.str.startsWith('Atelier Martin SARL — Mise en demeure'))).toBe(true);
    expect(page2.some((item) => item.str === 'SAS DUPONT BÂTIMENT')).toBe(false);
  });

  it('prints the same bytes for the same spec (a saved letter can be checked against its hash)', async () => {
    const again = await handlers.previewLetter({ letter: formalNotice() });
    expect(Buffer.from(again.bytes).equals(Buffer.from(result.bytes))).toBe(true);
  });
});

describe('the address block and the envelope window', () => {
  /** The window where a letter prints it, mm from the top-left corner, with the printer correction. */
  const windowOf = (offset: { x: number; y: number }) => ({
    left: 100 + offset.x,
    right: 200 + offset.x,
    top: 35 + offset.y,
    bottom: 80 + offset.y,
  });
  const inside = (box: ReturnType<typeof itemBoxMm>, w: ReturnType<typeof windowOf>) =>
    box.left >= w.left && box.right <= w.right && box.top >= w.top && box.bottom <= w.bottom;
  const overlaps = (box: ReturnType<typeof itemBoxMm>, w: ReturnType<typeof windowOf>) =>
    box.left < w.right && box.right > w.left && box.top < w.bottom && box.bottom > w.top;

  for (const offset of [
    { x: 0, y: 0 },
    { x: 3, y: -2 },
    { x: -20, y: 20 },
    { x: 20, y: -20 },
  ]) {
    it(`prints the return address and the recipient inside the window, nothing else (offset ${offset.x}, ${offset.y} mm)`, async () => {
      const spec = formalNotice({ envelopeOffsetMm: offset });
      const { pdf } = await preview(spec);
      const page1 = pdf.pages[0] as TextItem[];
      const window = windowOf(offset);
      const addressLines = [spec.returnAddress, ...spec.recipient];
      const address = addressLines.map((line) => {
        const item = page1.find((candidate) => candidate.str === line);
        expect(item, line).toBeDefined();
        return item as TextItem;
      });
      for (const item of address) {
        expect(inside(itemBoxMm(item), window), `${item.str} ${JSON.stringify(itemBoxMm(item))}`).toBe(true);
      }
      // The return address is the small first line, the recipient lines follow in 10 pt.
      expect((address[0] as TextItem).size).toBe(7);
      expect(address.slice(1).every((item) => item.size === 10)).toBe(true);
      const tops = address.map((item) => itemBoxMm(item).top);
      expect([...tops].sort((a, b) => a - b)).toEqual(tops);
      // Left-aligned on one edge.
      expect(new Set(address.map((item) => item.x.toFixed(2))).size).toBe(1);

      const body = page1.filter((item) => !address.includes(item));
      expect(body.length).toBeGreaterThan(10);
      for (const item of body) {
        expect(overlaps(itemBoxMm(item), window), `${item.str} in the window`).toBe(false);
        // Nor in the window as the envelope has it when the correction is not needed.
        expect(overlaps(itemBoxMm(item), windowOf({ x: 0, y: 0 })), `${item.str} in the nominal window`).toBe(false);
      }
    });
  }

  it('moves the address block by exactly the printer correction', async () => {
    const find = async (offset: { x: number; y: number }) => {
      const { pdf } = await preview(formalNotice({ envelopeOffsetMm: offset }));
      return (pdf.pages[0] as TextItem[]).find((item) => item.str === 'SAS DUPONT BÂTIMENT') as TextItem;
    };
    const [base, moved] = await Promise.all([find({ x: 0, y: 0 }), find({ x: 3, y: -2 })]);
    expect((moved.x - base.x) / MM).toBeCloseTo(3, 3);
    // Positive y moves down the page, i.e. towards smaller PDF y.
    expect((base.y - moved.y) / MM).toBeCloseTo(-2, 3);
  });

  it('fits six lines of 38 wide capitals in the window (La Poste’s maximum) rather than let them run out', async () => {
    const spec = formalNotice({
      recipient: [
        'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
        'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM',
        'SERVICE CONTENTIEUX ET RECOUVREMENT',
        'BATIMENT B ESCALIER 4 ETAGE 3 PORTE 12',
        '145 BOULEVARD DU GENERAL DE GAULLE',
        '33000 BORDEAUX',
      ],
    });
    const { pdf } = await preview(spec);
    const window = windowOf({ x: 0, y: 0 });
    for (const line of spec.recipient) {
      const item = (pdf.pages[0] as TextItem[]).find((candidate) => candidate.str.startsWith(line.slice(0, 10)));
      expect(item, line).toBeDefined();
      expect(inside(itemBoxMm(item as TextItem), window), line).toBe(true);
    }
  });
});

describe('characters', () => {
  it('prints French punctuation, ligature letters, the euro sign and narrow spaces intact', async () => {
    const sentence = 'Œuvre, élève, «\u00a0guillemets\u00a0», l’apostrophe, 1\u202f234,56\u00a0€';
    const { pdf } = await preview(formalNotice({ blocks: [{ type: 'paragraph', text: sentence }] }));
    const line = (pdf.pages[0] as TextItem[]).find((item) => item.str.startsWith('Œuvre'));
    expect(line).toBeDefined();
    expect(plainSpaces((line as TextItem).str)).toBe(plainSpaces(sentence));
    for (const char of ['Œ', 'é', 'è', '«', '»', '’', '€']) expect((line as TextItem).str).toContain(char);
  });

  it('keeps "fi" and "ff" as letters (no ligature glyphs in the copied text)', async () => {
    const { pdf } = await preview(formalNotice({ blocks: [{ type: 'paragraph', text: 'Bénéficiaire : office effectif' }] }));
    expect(pdf.texts[0]).toContain('Bénéficiaire : office effectif');
  });

  it('prints "?" for a character the font lacks and logs it, instead of failing', async () => {
    const before = log.lines.length;
    const { pdf } = await preview(formalNotice({ blocks: [{ type: 'paragraph', text: 'Société 中 Lyon' }] }));
    expect(pdf.texts[0]).toContain('Société ? Lyon');
    const warning = log.lines.slice(before).find((line) => line.level === 'warn');
    expect(JSON.stringify(warning?.args)).toContain('U+4E2D');
  });

  it('composes a decomposed accent (e + U+0301) into "é"', async () => {
    const { pdf } = await preview(formalNotice({ blocks: [{ type: 'paragraph', text: 'Cafe\u0301 de la gare' }] }));
    expect(pdf.texts[0]).toContain('Café de la gare');
  });
});

describe('the English reminder', () => {
  it('prints in English with English labels, amounts and page label', async () => {
    const { pdf, pages } = await preview(englishReminder());
    expect(pages).toBe(1);
    const text = allText(pdf.texts);
    expect(text).toContain('Subject: Reminder — invoice INV-2026-044 overdue');
    expect(text).toContain(eurosEn(123456));
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toContain('Objet');
    expect(text).not.toContain('recommandée');
    expect(pdf.info.Language).toBe('en-GB');
  });
});

describe('the logo', () => {
  it('embeds a PNG or a JPEG logo as an image of the letter', async () => {
    const png = await handlers.previewLetter({ letter: formalNotice() });
    expect(Buffer.from(png.bytes).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const jpeg = formalNotice({
      sender: { name: 'Atelier Martin SARL', lines: [], logo: { type: 'jpeg', bytes: makeJpegSkeleton(300, 100) } },
    });
    const pdf = Buffer.from((await handlers.previewLetter({ letter: jpeg })).bytes).toString('latin1');
    expect(pdf).toMatch(/\/Filter\s*\/DCTDecode/);
    const none = Buffer.from((await handlers.previewLetter({ letter: englishReminder() })).bytes).toString('latin1');
    expect(none).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('fits the logo in 40 x 20 mm and still prints the letter when the logo is damaged', async () => {
    const broken = formalNotice({
      sender: { name: 'Atelier Martin SARL', lines: [], logo: { type: 'png', bytes: new Uint8Array([1, 2, 3, 4]) } },
    });
    const before = log.lines.length;
    const { pdf } = await preview(broken);
    expect(pdf.texts[0]).toContain('Atelier Martin SARL');
    expect(log.lines.slice(before).some((line) => line.level === 'warn' && String(line.args[0]).includes('logo'))).toBe(true);
  });
});

describe('invalid content', () => {
  it('refuses a creation date that is not a timestamp with INVALID_REQUEST', async () => {
    const spec = formalNotice();
    spec.metadata.createdAt = 'le 30 novembre';
    await expect(handlers.previewLetter({ letter: spec })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});
