/**
 * A `mailto:` link (RFC 6068) for when the .eml draft is not an option: the user's mail program
 * opens a new message with the recipients, the subject and the text filled in.
 *
 * What it cannot do: attach anything. RFC 6068 has no attachment field and the mail programs that
 * once accepted an `attach=` extension dropped it for security, so the letter itself has to be
 * attached by hand or printed; the screen says so.
 *
 * Mail programs and the OS hand-off truncate long URLs (around 2 000 characters with Outlook and
 * Windows' URL handlers), sometimes in the middle of an escape, so the link keeps to a length budget:
 * a body that does not fit is cut after its last whole line that fits, followed by a line saying the
 * full text is in the document to print. The recipients and the subject are never cut.
 */

export type MailtoLanguage = 'fr' | 'en';

export interface MailtoInput {
  to: readonly string[];
  cc?: readonly string[];
  subject: string;
  body: string;
  language?: MailtoLanguage;
  /** Maximum length of the whole URL, in characters (all ASCII once encoded). */
  budget?: number;
}

export interface MailtoLink {
  url: string;
  /** The body was cut to fit the budget; the note below ends it. */
  truncated: boolean;
}

export const MAILTO_BUDGET = 2000;

export const TRUNCATION_NOTE: Record<MailtoLanguage, string> = {
  fr: '[…] (texte complet dans le document joint à imprimer)',
  en: '[…] (full text in the attached document to print)',
};

const CRLF = '\r\n';

/** Lone surrogates cannot be written in UTF-8 (encodeURIComponent throws): each becomes U+FFFD. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** UTF-8 percent-encoding; spaces as %20 (never "+", which mail programs keep as a plus sign). */
const encode = (text: string) => encodeURIComponent(wellFormed(text));

/** Addresses keep their "@" readable (RFC 6068 allows it); "," separates several. */
const encodeAddresses = (addresses: readonly string[]) =>
  addresses.map((address) => encode(address.trim()).replace(/%40/g, '@')).join(',');

/** RFC 6068: line breaks in a body are CRLF, whatever the text used. */
export const normalizeLineBreaks = (text: string) => text.replace(/\r\n|\r|\n/g, CRLF);

/** The longest start of `line`, ending before a space, whose encoding fits in `room` characters. */
function cutWithinLine(line: string, room: number): string {
  let used = 0;
  let end = 0;
  let lastSpace = -1;
  const chars = Array.from(line);
  for (let i = 0, offset = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const cost = encode(char).length;
    if (used + cost > room) break;
    used += cost;
    offset += char.length;
    end = offset;
    if (/\s/.test(char)) lastSpace = offset - char.length;
  }
  if (end === line.length) return line;
  return line.slice(0, lastSpace > 0 ? lastSpace : end).trimEnd();
}

/**
 * The body that fits in `room` encoded characters: the whole body if it fits, otherwise as many
 * whole lines as fit with the note on a line of its own after them (or, when not even the first
 * line fits, the first line cut at a space).
 */
function fitBody(body: string, note: string, room: number): { text: string; truncated: boolean } {
  if (encode(body).length <= room) return { text: body, truncated: false };
  const tail = CRLF + note;
  const roomForLines = room - encode(tail).length;
  const lines = body.split(CRLF);
  const separator = encode(CRLF).length;
  let used = 0;
  let kept = 0;
  for (const line of lines) {
    const cost = encode(line).length + (kept > 0 ? separator : 0);
    if (used + cost > roomForLines) break;
    used += cost;
    kept++;
  }
  if (kept === 0) {
    const start = cutWithinLine(lines[0] ?? '', roomForLines);
    return { text: start ? start + tail : note, truncated: true };
  }
  return { text: lines.slice(0, kept).join(CRLF) + tail, truncated: true };
}

export function buildMailto({
  to,
  cc = [],
  subject,
  body,
  language = 'fr',
  budget = MAILTO_BUDGET,
}: MailtoInput): MailtoLink {
  const fields: string[] = [];
  if (cc.length > 0) fields.push(`cc=${encodeAddresses(cc)}`);
  if (subject) fields.push(`subject=${encode(subject)}`);
  const head = `mailto:${encodeAddresses(to)}`;
  const withoutBody = fields.length > 0 ? `${head}?${fields.join('&')}` : head;
  const text = normalizeLineBreaks(body);
  if (!text) return { url: withoutBody, truncated: false };

  const bodyPrefix = `${fields.length > 0 ? '&' : '?'}body=`;
  const room = budget - withoutBody.length - bodyPrefix.length;
  const fitted = fitBody(text, TRUNCATION_NOTE[language], room);
  return { url: `${withoutBody}${bodyPrefix}${encode(fitted.text)}`, truncated: fitted.truncated };
}
