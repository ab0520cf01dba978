/**
 * The shape of the letter the renderer composes and main lays out as a PDF: `LetterSpec` of
 * electron/letter-spec.ts. The domain may not import from electron/ (test/unit/domain-purity), so
 * the shape is written out again here; test/unit/compose.test.ts checks at compile time that each
 * is assignable to the other, and at run time that every composed letter passes
 * `letterSpecSchema.parse`.
 */
import type { TemplateKind } from '../templates/kinds';

export const POSTAL_MAX_LINES = 6;
export const POSTAL_MAX_CHARS = 38;

export interface LetterTableContent {
  /** `width` is the column's share of the text width; the shares add up to 1. */
  columns: { label: string; align: 'left' | 'right'; width: number }[];
  rows: string[][];
  /** Bold rows under the table: total due, penalties, indemnity, total claimed. */
  totals: string[][];
}

export type LetterBlockContent =
  | { type: 'paragraph'; text: string; bold?: boolean | undefined }
  | { type: 'table'; table: LetterTableContent };

export interface LetterContent {
  kind: TemplateKind;
  language: 'fr' | 'en';
  /** Logo bytes on their own ArrayBuffer (not a shared one), as the contract's schema types them. */
  sender: { name: string; lines: string[]; logo?: { type: 'png' | 'jpeg'; bytes: Uint8Array<ArrayBuffer> } | undefined };
  returnAddress: string;
  recipient: string[];
  placeAndDate: string;
  registered?: { label: string; trackingNumber?: string | undefined } | undefined;
  references: string[];
  subject: string;
  blocks: LetterBlockContent[];
  signature: string[];
  footer: string[];
  pageLabel: string;
  metadata: { title: string; author: string; subject: string; keywords: string[]; createdAt: string };
  envelopeOffsetMm: { x: number; y: number };
}
