/**
 * An e-mail draft as an .eml file (RFC 5322 + MIME), built by nodemailer's MailComposer rather than
 * by hand: encoded words for a UTF-8 subject and names, quoted-printable for the French text,
 * base64 and RFC 2231 (plus the RFC 2047 `name=` Outlook reads) for attachment file names.
 *
 * How mail programs open the file:
 * - Outlook (classic, Windows) and Windows Mail open a message carrying `X-Unsent: 1` as an unsent
 *   draft: a compose window with the recipients, subject, text and attachments filled in and a
 *   Send button. Without that header they show it as a received message, read-only.
 * - Thunderbird ignores `X-Unsent` and opens any .eml as a received message; "Edit as New Message"
 *   (Message menu, Ctrl+E / Cmd+E) turns it into a draft with everything in it.
 * - Apple Mail shows it as a received message too; Message > "Send Again" (Shift+Cmd+D) should make a
 *   draft of it (not checked on a Mac here).
 *
 * This module does no I/O: the handler reads the attachments and writes the result.
 */
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Mailbox } from './addresses';

export interface EmlAttachment {
  /** The name the recipient sees, UTF-8 allowed ("Mise en demeure – Dupont.pdf"). */
  fileName: string;
  content: Uint8Array;
  contentType: string;
}

export interface EmlMessage {
  from?: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  /** Plain text; any line breaks (LF, CRLF, CR) are written as CRLF. */
  text: string;
  attachments: EmlAttachment[];
  date: Date;
  messageId: string;
}

/** Content types by extension for the documents the app attaches; anything else is left to nodemailer. */
const KNOWN_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
};

export function contentTypeFor(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : KNOWN_TYPES[fileName.slice(dot).toLowerCase()];
}

/**
 * A Message-ID in the sender's domain when it is plain ASCII (as a mail program would write it),
 * otherwise in a reserved domain that can never collide with a real one.
 */
export function newMessageId(from?: Mailbox): string {
  const domain = from?.address.slice(from.address.lastIndexOf('@') + 1) ?? '';
  const host = /^[A-Za-z0-9.-]+$/.test(domain) ? domain.toLowerCase() : 'relance.invalid';
  return `<${randomUUID()}@${host}>`;
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The complete message, CRLF line breaks throughout, ready to be written as an .eml file. */
export async function buildEml(message: EmlMessage): Promise<Buffer> {
  const composer = new MailComposer({
    ...(message.from ? { from: message.from } : {}),
    to: message.to,
    ...(message.cc.length > 0 ? { cc: message.cc } : {}),
    // A header cannot hold a line break; a pasted one becomes a space.
    subject: message.subject.replace(/\r\n|\r|\n/g, ' '),
    date: message.date,
    messageId: message.messageId,
    text: { content: message.text, contentType: 'text/plain; charset=utf-8' },
    // Forced for every text part: readable in a text editor, 7-bit safe, no line over 76 characters.
    encoding: 'quoted-printable',
    attachments: message.attachments.map((attachment) => ({
      filename: attachment.fileName,
      content: asBuffer(attachment.content),
      contentType: attachment.contentType,
      contentDisposition: 'attachment',
    })),
    // Outlook and Windows Mail open the file as an unsent draft (see the module comment).
    headers: { 'X-Unsent': '1' },
    newline: 'win',
    // Every content is given as bytes: nodemailer must never read a path or fetch a URL itself.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
