/**
 * The fonts and the text machinery under the letters: what is shared between documents must not
 * change what a document says, and line breaking must respect French no-break spaces.
 */
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { FONT_FILES, loadLetterFonts, needsShaping, TextCleaner } from '../../electron/main/pdf/fonts';
import { wrapLine, wrapText } from '../../electron/main/pdf/text';
import { englishReminder, euros, formalNotice, longStatement, readPdf } from '../support/letter-fixtures';
import { testMain } from '../support/ports';

const FEATURES = { liga: false, clig: false, dlig: false };

describe('glyphs', () => {
  it('maps simple text to the very glyphs fontkit’s full layout gives (letters, accents, punctuation, €)', async () => {
    const fonts = await loadLetterFonts('resources');
    for (const [file, face] of [
      [FONT_FILES.regular, fonts.regular],
      [FONT_FILES.bold, fonts.bold],
    ] as const) {
      const reference = fontkit.create(readFileSync(path.join('resources', 'fonts', file)));
      // Every character the app passes on unshaped (invisible format characters are dropped before).
      const cleaner = new TextCleaner(fonts);
      const simple = reference.characterSet.filter((cp) => {
        const char = String.fromCodePoint(cp);
        return !needsShaping(char) && cleaner.clean(char) === char;
      });
      expect(simple.length).toBeGreaterThan(2000);
      const samples = [
        String.fromCodePoint(...simple),
        ...[formalNotice(), longStatement(30), englishReminder()].flatMap((spec) =>
          spec.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.table.rows.flat())),
        ),
        'Œuvre, élève, «\u00a0guillemets\u00a0», l’apostrophe, 1\u202f234,56\u00a0€ — office, ﬁ, “quotes”',
      ];
      for (const text of samples) {
        const expected = reference.layout(text, FEATURES).glyphs.map((glyph) => glyph.id);
        const actual = face.parsed.layout(text, FEATURES).glyphs.map((glyph) => glyph.id);
        expect(actual, text.slice(0, 40)).toEqual(expected);
      }
    }
  });

  it('keeps the characters of accent glyphs when the font is shared between documents', async () => {
    // Fresh fonts (a copy of the resources folder), so no earlier test warmed them.
    const resources = await mkdtemp(path.join(os.tmpdir(), 'relance-fonts-'));
    await mkdir(path.join(resources, 'fonts'));
    for (const file of Object.values(FONT_FILES)) {
      await copyFile(path.join('resources', 'fonts', file), path.join(resources, 'fonts', file));
    }
    const { ports } = await testMain();
    const handlers = createHandlers({ ...ports, paths: { ...ports.paths, resources } });
    // "é" is drawn from "e" and "´", "î" from "ı" and "ˆ": the first letter only uses them as parts.
    const first = formalNotice({ blocks: [{ type: 'paragraph', text: 'Le maître a visé juste.' }] });
    await handlers.previewLetter({ letter: first });
    const second = formalNotice({ blocks: [{ type: 'paragraph', text: 'Accent aigu ´ et i sans point ı.' }] });
    const pdf = await readPdf((await handlers.previewLetter({ letter: second })).bytes);
    expect(pdf.texts[0]).toContain('Accent aigu ´ et i sans point ı.');
  });
});

describe('line breaking', () => {
  const measure = (text: string) => text.length; // one unit per character

  it('never breaks at a no-break space (amounts, « guillemets », "Objet :")', () => {
    const amount = euros(123456789); // "1 234 567,89 €" with U+202F and U+00A0
    const lines = wrapLine(`Total ${amount} dû`, amount.length + 1, measure);
    expect(lines).toContain(amount);
  });

  it('keeps the text’s own line breaks and blank lines', () => {
    expect(wrapText('IBAN FR76\nBIC AGRI\n\nMerci', 40, measure)).toEqual(['IBAN FR76', 'BIC AGRI', '', 'Merci']);
  });

  it('fills lines up to the width and cuts only a word longer than a line', () => {
    expect(wrapLine('aa bb cc dd', 5, measure)).toEqual(['aa bb', 'cc dd']);
    expect(wrapLine('abcdefghij kl', 4, measure)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });
});
