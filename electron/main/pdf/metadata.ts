/**
 * The document information of a PDF (what a viewer shows in its properties and window title, what
 * a search tool indexes): title, author, subject, keywords, dates, language.
 */
import type { PDFDocument } from 'pdf-lib';
import { ContractError } from '../../contract';

export const CREATOR = 'Relance';
export const PRODUCER = 'Relance (pdf-lib)';

export interface DocumentInfo {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** ISO timestamp for the creation and modification dates. */
  createdAt: string | Date;
  language: 'fr' | 'en';
}

/** BCP 47 tags for the /Lang entry, so screen readers read the letter in its language. */
const LANGUAGE_TAGS = { fr: 'fr-FR', en: 'en-GB' } as const;

/** An ISO 8601 date or date-time ("2026-11-30", "2026-11-30T09:15:00.000Z", "…+01:00"). */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseTimestamp(value: string | Date, field = 'metadata.createdAt'): Date {
  // Date's own parser accepts almost anything ("le 30 novembre" included): ISO only.
  const date = value instanceof Date ? value : ISO.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new ContractError('INVALID_REQUEST', `Not a timestamp: ${String(value).slice(0, 40)}`, { field });
  }
  return date;
}

export function setDocumentInfo(doc: PDFDocument, info: DocumentInfo): void {
  const date = parseTimestamp(info.createdAt);
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  // pdf-lib joins keywords with spaces: commas keep multi-word keywords apart.
  if (info.keywords && info.keywords.length > 0) doc.setKeywords([info.keywords.join(', ')]);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(LANGUAGE_TAGS[info.language]);
}
