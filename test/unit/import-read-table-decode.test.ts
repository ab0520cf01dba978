import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-ignore TS7016: the package's types are hidden by its "exports" map
import { decode as untypedLatin9 } from 'iso-8859-15';
// @ts-ignore TS7016: the package's types are hidden by its "exports" map
import { decode as untypedWindows1252 } from 'windows-1252';
import {
  decodeBytes,
  detectEncoding,
  detectUtf16,
  latin9Evidence,
  looksBinary,
  sniffForeignFormat,
} from '../../renderer/src/domain/import/decode';
import { makePng } from '../support/images';
import { concatBytes, encodeText, makeDocx, makeOds, makeOle2, makePdf, makeXlsx, makeZip } from '../support/import-files';

const packageDecode: Record<'windows-1252' | 'iso-8859-15', (b: Uint8Array) => string> = {
  'windows-1252': untypedWindows1252,
  'iso-8859-15': untypedLatin9,
};

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);

describe('detectEncoding', () => {
  it('a UTF-8 BOM means UTF-8, certain', () => {
    expect(detectEncoding(encodeText('a;b\n1;2\n', 'utf-8', true))).toEqual({ encoding: 'utf-8', hasBom: true, confidence: 'certain' });
  });

  it('a BOM wins even when the rest is not valid UTF-8', () => {
    const file = concatBytes(bytes(0xef, 0xbb, 0xbf), encodeText('Société;12\n', 'windows-1252'));
    expect(detectEncoding(file)).toEqual({ encoding: 'utf-8', hasBom: true, confidence: 'certain' });
  });

  it('valid UTF-8 with accents is UTF-8, certain', () => {
    expect(detectEncoding(encodeText('Société;Montant €\nÉlise’s;12\n'))).toEqual({ encoding: 'utf-8', hasBom: false, confidence: 'certain' });
  });

  it('pure ASCII is UTF-8, likely', () => {
    expect(detectEncoding(ascii('Num,Customer\n1,ACME\n'))).toEqual({ encoding: 'utf-8', hasBom: false, confidence: 'likely' });
  });

  it('Latin-1 letters without any special sign: Windows-1252, likely', () => {
    expect(detectEncoding(encodeText('Société Générale;Créances à recouvrer\n', 'windows-1252'))).toEqual({
      encoding: 'windows-1252',
      hasBom: false,
      confidence: 'likely',
    });
  });

  it.each([
    ['€ (0x80)', '12,50 €'],
    ['’ (0x92)', 'l’entreprise'],
    ['œ (0x9C)', 'cœur'],
    ['… (0x85)', 'etc…'],
    ['« » and – (0x96)', '« A – B »'],
  ])('Windows-1252 when a byte 0x80-0x9F appears: %s', (_, text) => {
    expect(detectEncoding(encodeText(`Libellé;${text}\n`, 'windows-1252')).encoding).toBe('windows-1252');
  });

  it.each([
    ['€ after an amount', 'Total;12,50 €\n'],
    ['€ before an amount', 'Total;€ 12\n'],
    ['€ glued to digits', 'Total;12€\n'],
    ['œ inside a word', 'Libellé;cœur de métier\n'],
    ['Œ starting a word', 'Libellé;Œuvre complète\n'],
    ['Ÿ in a place name', "Ville;L'HAŸ-LES-ROSES\n"],
    ['Š between letters', 'Nom;AŠA\n'],
  ])('ISO-8859-15 on positive evidence: %s', (_, text) => {
    const file = encodeText(text, 'iso-8859-15');
    expect(detectEncoding(file)).toEqual({ encoding: 'iso-8859-15', hasBom: false, confidence: 'likely' });
  });

  it('Latin-1 fractions next to digits are not taken for œ/Œ/Ÿ', () => {
    expect(detectEncoding(encodeText('Quantité;1½ kg; 3¼;2¾\n', 'windows-1252')).encoding).toBe('windows-1252');
  });

  it('the acute accent used as an apostrophe (0xB4) says nothing', () => {
    expect(detectEncoding(encodeText('Libellé;l´entreprise\n', 'windows-1252')).encoding).toBe('windows-1252');
  });

  it('a byte 0x80-0x9F overrides ISO-8859-15 evidence', () => {
    const file = concatBytes(encodeText('Total;12 ', 'iso-8859-15'), bytes(0xa4), encodeText(';l', 'windows-1252'), bytes(0x92), ascii('x\n'));
    expect(detectEncoding(file).encoding).toBe('windows-1252');
    expect(latin9Evidence(file).hasC1).toBe(true);
  });
});

describe('decodeBytes', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);

  it.each(['windows-1252', 'iso-8859-15'] as const)('%s: every byte decodes as the reference codec does', (encoding) => {
    expect(decodeBytes(all, encoding)).toBe(packageDecode[encoding](all));
  });

  it('Windows-1252 0x80-0x9F are the typographic characters, not C1 controls', () => {
    expect(decodeBytes(bytes(0x80, 0x8c, 0x9c, 0x92, 0x85, 0x96, 0x8a, 0x9f), 'windows-1252')).toBe('€Œœ’…–ŠŸ');
    // The five unassigned bytes map to the C1 code points, as WHATWG specifies.
    expect(decodeBytes(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d), 'windows-1252')).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('ISO-8859-15 has € œ Œ Š š Ž ž Ÿ where Latin-1 has ¤ ½ ¼ ¦ ¨ ´ ¸ ¾', () => {
    expect(decodeBytes(bytes(0xa4, 0xbd, 0xbc, 0xa6, 0xa8, 0xb4, 0xb8, 0xbe), 'iso-8859-15')).toBe('€œŒŠšŽžŸ');
    expect(decodeBytes(bytes(0xa4, 0xbd, 0xbc, 0xa6, 0xa8, 0xb4, 0xb8, 0xbe), 'windows-1252')).toBe('¤½¼¦¨´¸¾');
  });

  it('drops a UTF-8 BOM whatever the encoding', () => {
    const file = encodeText('abc', 'utf-8', true);
    expect(decodeBytes(file, 'utf-8')).toBe('abc');
    expect(decodeBytes(file, 'windows-1252')).toBe('abc');
    expect(decodeBytes(file, 'iso-8859-15')).toBe('abc');
  });

  it('invalid UTF-8 becomes U+FFFD instead of failing', () => {
    expect(decodeBytes(encodeText('é;x', 'windows-1252'), 'utf-8')).toBe('\uFFFD;x');
  });

  it('property: single-byte decoding equals the reference codec on random bytes (spanning chunk boundaries)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('windows-1252' as const, 'iso-8859-15' as const), (b, encoding) => {
        expect(decodeBytes(b, encoding)).toBe(packageDecode[encoding](b));
      }),
      { numRuns: 200 },
    );
    const big = Uint8Array.from({ length: (1 << 20) * 2 + 77 }, (_, i) => (i * 7919) % 256);
    expect(decodeBytes(big, 'windows-1252')).toBe(packageDecode['windows-1252'](big));
  });

  it('property: encode then decode gives the text back', () => {
    const latin = fc.string({ unit: fc.constantFrom(...'aZ09 ;,\t|"\néèàçœŒ€ŠšŽžŸ\u00a0«»°'.split('')) });
    fc.assert(
      fc.property(latin, fc.constantFrom('utf-8' as const, 'windows-1252' as const, 'iso-8859-15' as const), (text, encoding) => {
        expect(decodeBytes(encodeText(text, encoding), encoding)).toBe(text);
      }),
    );
  });
});

describe('binary and foreign files', () => {
  it('looksBinary: NUL bytes, or many control characters', () => {
    expect(looksBinary(concatBytes(ascii('a;b\n'), bytes(0), ascii('c\n')))).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))).toBe(true);
    expect(looksBinary(ascii('a;b\n1;2\n'))).toBe(false);
    expect(looksBinary(concatBytes(ascii('a\tb\r\n1\t2\f\r\n'), bytes(0x1a)))).toBe(false);
    expect(looksBinary(encodeText('Société;€\n', 'windows-1252'))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });

  it.each([
    ['PDF', makePdf()],
    ['Excel', makeXlsx()],
    ['Word', makeDocx()],
    ['OpenDocument', makeOds()],
    ['ZIP', makeZip([{ name: 'export.csv', content: 'a;b\n' }])],
    ['Excel', makeOle2('Workbook')],
    ['Word', makeOle2('WordDocument')],
    ['PNG', makePng(2, 2)],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46)],
    ['GIF', ascii('GIF89a\x01\x00\x01\x00')],
    ['HTML', ascii('\n<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>')],
    ['HTML', ascii('<table border=1><tr><td>Client</td></tr></table>')],
    ['RTF', ascii('{\\rtf1\\ansi Facture}')],
    ['Excel', ascii('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>')],
  ])('sniffForeignFormat recognises %s', (format, file) => {
    expect(sniffForeignFormat(file)).toBe(format);
  });

  it('an Excel entry found only in the central directory of a large archive', () => {
    const filler = 'x'.repeat(100_000);
    const zip = makeZip([
      { name: '[Content_Types].xml', content: filler },
      { name: 'docProps/app.xml', content: filler },
      { name: 'xl/workbook.xml', content: '<workbook/>' },
    ]);
    expect(sniffForeignFormat(zip)).toBe('Excel');
  });

  it('text exports are not foreign', () => {
    expect(sniffForeignFormat(ascii('JournalCode\tJournalLib\n'))).toBeNull();
    expect(sniffForeignFormat(encodeText('<Client>;Montant\n', 'utf-8', true))).toBeNull();
    expect(sniffForeignFormat(new Uint8Array())).toBeNull();
    expect(sniffForeignFormat(ascii('PK'))).toBeNull();
  });

  it('detectUtf16: by BOM, or by NULs every other byte', () => {
    const le = (s: string) => Uint8Array.from(Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]));
    const be = (s: string) => Uint8Array.from(Array.from(s).flatMap((c) => [0, c.charCodeAt(0)]));
    expect(detectUtf16(concatBytes(bytes(0xff, 0xfe), le('a\tb\r\n')))).toBe('UTF-16LE');
    expect(detectUtf16(concatBytes(bytes(0xfe, 0xff), be('a\tb\r\n')))).toBe('UTF-16BE');
    expect(detectUtf16(le('Client\tMontant\r\nDupont\t12\r\n'))).toBe('UTF-16LE');
    expect(detectUtf16(be('Client\tMontant\r\nDupont\t12\r\n'))).toBe('UTF-16BE');
    expect(detectUtf16(ascii('Client;Montant\nDupont;12\n'))).toBeNull();
  });
});
