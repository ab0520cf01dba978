import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMailto, MAILTO_BUDGET, normalizeLineBreaks, TRUNCATION_NOTE } from '../../renderer/src/domain/mailto';

/** What a mail program reads from the link: recipients and each field, percent-decoded (RFC 6068). */
function readMailto(url: string): { to: string; cc?: string; subject?: string; body?: string } {
  const parsed = new URL(url);
  expect(parsed.protocol).toBe('mailto:');
  const [path = '', query = ''] = url.slice('mailto:'.length).split('?');
  const fields: Record<string, string> = {};
  for (const pair of query ? query.split('&') : []) {
    const [key = '', value = ''] = pair.split('=');
    expect(fields).not.toHaveProperty(key);
    fields[key] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(path), ...fields };
}

const SUBJECT = 'Relance – facture n° FA-001 : 1 234,56 €';
const BODY = 'Madame, Monsieur,\n\nLa facture n° FA-001 d’un montant de 1 234,56 € reste impayée.\n\n« Cordialement »';

describe('buildMailto: a link that opens a filled-in message in the mail program', () => {
  it('encodes recipients, subject and body per RFC 6068', () => {
    const { url, truncated } = buildMailto({
      to: ['jean.dupont@dupont-sarl.fr'],
      cc: ['compta@dupont-sarl.fr', 'a+b@cabinet.fr'],
      subject: SUBJECT,
      body: BODY,
    });
    expect(truncated).toBe(false);
    expect(url).toBe(
      'mailto:jean.dupont@dupont-sarl.fr' +
        '?cc=compta@dupont-sarl.fr,a%2Bb@cabinet.fr' +
        '&subject=Relance%20%E2%80%93%20facture%20n%C2%B0%20FA-001%20%3A%201%20234%2C56%20%E2%82%AC' +
        '&body=Madame%2C%20Monsieur%2C%0D%0A%0D%0ALa%20facture%20n%C2%B0%20FA-001%20d%E2%80%99un%20montant' +
        '%20de%201%20234%2C56%20%E2%82%AC%20reste%20impay%C3%A9e.%0D%0A%0D%0A%C2%AB%20Cordialement%20%C2%BB',
    );
    expect(url).not.toContain('+');
    expect(readMailto(url)).toEqual({
      to: 'jean.dupont@dupont-sarl.fr',
      cc: 'compta@dupont-sarl.fr,a+b@cabinet.fr',
      subject: SUBJECT,
      body: BODY.replace(/\n/g, '\r\n'),
    });
  });

  it('writes every kind of line break as CRLF', () => {
    const { url } = buildMailto({ to: ['a@b.fr'], subject: 's', body: 'un\ndeux\r\ntrois\rquatre' });
    expect(url.endsWith('body=un%0D%0Adeux%0D%0Atrois%0D%0Aquatre')).toBe(true);
  });

  it('escapes characters that would end a field or the address list', () => {
    const { url } = buildMailto({ to: ['a@b.fr'], subject: 'A & B ? = # %', body: 'x&cc=pirate@example.com' });
    expect(readMailto(url)).toEqual({ to: 'a@b.fr', subject: 'A & B ? = # %', body: 'x&cc=pirate@example.com' });
  });

  it('leaves out empty fields', () => {
    expect(buildMailto({ to: ['a@b.fr', 'c@d.fr'], subject: '', body: '' })).toEqual({
      url: 'mailto:a@b.fr,c@d.fr',
      truncated: false,
    });
    expect(buildMailto({ to: ['a@b.fr'], subject: '', body: 'x' }).url).toBe('mailto:a@b.fr?body=x');
  });

  it('cuts a long body after its last whole line that fits, and says where the full text is', () => {
    const lines = Array.from({ length: 80 }, (_, i) => `Ligne ${i + 1} : échéance du ${i + 1}/03, montant dû 1 234,56 €.`);
    const { url, truncated } = buildMailto({ to: ['a@b.fr'], subject: SUBJECT, body: lines.join('\n') });
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_BUDGET);
    const body = readMailto(url).body!;
    const kept = body.split('\r\n');
    expect(kept.at(-1)).toBe(TRUNCATION_NOTE.fr);
    expect(kept.slice(0, -1)).toEqual(lines.slice(0, kept.length - 1));
    expect(kept.length - 1).toBeGreaterThan(5);
    // One more line would not have fitted.
    const withOneMore = buildMailto({ to: ['a@b.fr'], subject: SUBJECT, body: lines.slice(0, kept.length).join('\n') });
    expect(withOneMore.url.length + '%0D%0A'.length + encodeURIComponent(TRUNCATION_NOTE.fr).length).toBeGreaterThan(MAILTO_BUDGET);
  });

  it('fills the budget as closely as whole lines allow, never over it', () => {
    const body = Array.from({ length: 200 }, (_, i) => `l${i % 10}é`).join('\n'); // each line: 8 chars, and 6 for its CRLF
    for (let budget = 150; budget <= 400; budget++) {
      const { url, truncated } = buildMailto({ to: ['a@b.fr'], subject: 's', body, budget });
      expect(truncated).toBe(true);
      expect(url.length).toBeLessThanOrEqual(budget);
      expect(url.length).toBeGreaterThan(budget - 14); // one more line would have fitted
    }
  });

  it('writes the note in English for an English interface', () => {
    const { url } = buildMailto({ to: ['a@b.fr'], subject: 'Reminder', body: 'x\n'.repeat(1000), language: 'en' });
    expect(readMailto(url).body!.endsWith(`\r\n${TRUNCATION_NOTE.en}`)).toBe(true);
  });

  it('cuts a single very long line at a space rather than keep nothing', () => {
    const words = Array.from({ length: 600 }, (_, i) => `mot${i}`);
    const { url, truncated } = buildMailto({ to: ['a@b.fr'], subject: 's', body: words.join(' ') });
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_BUDGET);
    const [start, note] = readMailto(url).body!.split('\r\n');
    expect(note).toBe(TRUNCATION_NOTE.fr);
    expect(words.join(' ').startsWith(`${start} `)).toBe(true);
    expect(start!.length).toBeGreaterThan(1000);
  });

  it('never cuts inside a character encoded on several bytes', () => {
    const { url } = buildMailto({ to: ['a@b.fr'], subject: 's', body: '€'.repeat(2000) });
    expect(() => readMailto(url)).not.toThrow();
    expect(url.length).toBeLessThanOrEqual(MAILTO_BUDGET);
  });

  it('never cuts the recipients or the subject, even past the budget', () => {
    const subject = 'é'.repeat(300);
    const { url, truncated } = buildMailto({ to: ['a@b.fr'], subject, body: 'Bonjour', budget: 500 });
    expect(truncated).toBe(true);
    expect(readMailto(url)).toEqual({ to: 'a@b.fr', subject, body: TRUNCATION_NOTE.fr });
  });

  it('replaces a lone surrogate (broken text) instead of throwing', () => {
    const { url } = buildMailto({ to: ['a@b.fr'], subject: 'a\uD800b', body: '\uDC00' });
    expect(readMailto(url)).toMatchObject({ subject: 'a\uFFFDb', body: '\uFFFD' });
  });

  it('property: parses, gives back the subject exactly and a start of the body, within the budget', () => {
    // size 'max': lengths spread over the whole range, so long bodies are as common as short ones.
    const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength, size: 'max' });
    const address = fc.emailAddress();
    const seen = { cut: 0, whole: 0 };
    fc.assert(
      fc.property(
        fc.array(address, { minLength: 1, maxLength: 3 }),
        fc.array(address, { maxLength: 3 }),
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        fc.array(fc.oneof(text(200), fc.constantFrom('', 'Madame, Monsieur,', '« 1 234,56 € »')), {
          maxLength: 40,
          size: 'max',
        }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom<'fr' | 'en'>('fr', 'en'),
        (to, cc, subject, lines, newline, language) => {
          const body = lines.join(newline);
          const { url, truncated } = buildMailto({ to, cc, subject, body, language });
          expect(url.length).toBeLessThanOrEqual(MAILTO_BUDGET);
          const read = readMailto(url);
          expect(read.to).toBe(to.join(','));
          expect(read.cc ?? '').toBe(cc.join(','));
          expect(read.subject ?? '').toBe(subject);
          const full = normalizeLineBreaks(body);
          const got = read.body ?? '';
          seen[truncated ? 'cut' : 'whole']++;
          if (!truncated) {
            expect(got).toBe(full);
          } else {
            const note = TRUNCATION_NOTE[language];
            expect(got.endsWith(note)).toBe(true);
            const start = got.slice(0, -note.length).replace(/\r\n$/, '');
            expect(full.startsWith(start)).toBe(true);
            expect(start.length).toBeLessThan(full.length);
          }
        },
      ),
      { numRuns: 300 },
    );
    // Both outcomes were exercised, not only short bodies.
    expect(seen.cut).toBeGreaterThan(20);
    expect(seen.whole).toBeGreaterThan(20);
  });
});
