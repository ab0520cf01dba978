/**
 * What a letter says, as the renderer composes it (templates filled, amounts formatted, the
 * recipient already set out by La Poste's rules) and main lays out as a PDF. Content only: sizes,
 * positions, fonts, page breaks and the window-envelope geometry belong to main's layout, so the
 * same spec prints the same letter whoever sends it.
 *
 * Strict and bounded like every request of the contract: main refuses anything else before it
 * writes a single byte.
 */
import { z } from 'zod';

export const letterKinds = [
  'courtesy',
  'reminder-1',
  'reminder-2',
  'formal-notice',
  'statement',
  'call-notes',
  'plan-agreement',
] as const;
export type LetterKind = (typeof letterKinds)[number];

const line = z.string().max(500);
// Any Uint8Array (the renderer's come from IndexedDB, typed ArrayBufferLike).
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes');

/** La Poste: at most 6 lines of at most 38 characters in the window (LEGAL-FR). */
export const POSTAL_MAX_LINES = 6;
export const POSTAL_MAX_CHARS = 38;

const cell = z.string().max(300);

export const letterTableSchema = z.strictObject({
  /** `width` is the column's share of the text width; the shares add up to 1 (within 1 %). */
  columns: z
    .array(z.strictObject({ label: cell, align: z.enum(['left', 'right']), width: z.number().positive().max(1) }))
    .min(1)
    .max(8),
  rows: z.array(z.array(cell)).max(5000),
  /** Printed in bold under the rows (total due, penalties, indemnity, total claimed). */
  totals: z.array(z.array(cell)).max(12),
});
export type LetterTable = z.infer<typeof letterTableSchema>;

export const letterBlockSchema = z.discriminatedUnion('type', [
  /** One paragraph; single line breaks inside are kept. */
  z.strictObject({ type: z.literal('paragraph'), text: z.string().max(20_000), bold: z.boolean().optional() }),
  z.strictObject({ type: z.literal('table'), table: letterTableSchema }),
]);
export type LetterBlock = z.infer<typeof letterBlockSchema>;

export const letterSpecSchema = z.strictObject({
  kind: z.enum(letterKinds),
  language: z.enum(['fr', 'en']),
  /** Letterhead, top left: the logo, the company name and a few lines (address, phone, e-mail). */
  sender: z.strictObject({
    name: line,
    lines: z.array(line).max(8),
    logo: z.strictObject({ type: z.enum(['png', 'jpeg']), bytes }).optional(),
  }),
  /** One small line just above the recipient, inside the window: "Name · address · postcode city". */
  returnAddress: line,
  /** The address block, already set out by La Poste's rules (see domain/postal-address.ts). */
  recipient: z.array(z.string().min(1).max(POSTAL_MAX_CHARS)).min(2).max(POSTAL_MAX_LINES),
  /** "Lyon, le 30 novembre 2026". */
  placeAndDate: line,
  /** A formal notice: prints "Lettre recommandée avec accusé de réception" and the tracking number. */
  registered: z.strictObject({ label: line, trackingNumber: z.string().max(40).optional() }).optional(),
  /** Small lines under the date: "Nos références : client C0042". */
  references: z.array(line).max(4),
  subject: line,
  blocks: z.array(letterBlockSchema).max(300),
  /** Under the body, right half of the page: place for the signature, then name and role. */
  signature: z.array(line).max(4),
  /** Bottom of every page: legal identity of the sender (form, SIREN, VAT). */
  footer: z.array(line).max(3),
  /** "Page {page} / {pages}" with the two placeholders, in the letter's language. */
  pageLabel: z.string().max(60),
  metadata: z.strictObject({
    title: line,
    author: line,
    subject: line,
    keywords: z.array(z.string().max(60)).max(20),
    /** ISO timestamp written as the PDF's creation and modification dates. */
    createdAt: z.string().max(40),
  }),
  /** The user's printer correction (Paramètres), applied to the address block only. */
  envelopeOffsetMm: z.strictObject({ x: z.number().min(-20).max(20), y: z.number().min(-20).max(20) }),
});
export type LetterSpec = z.infer<typeof letterSpecSchema>;

/**
 * A folder under the app's documents folder, as path segments ("2026", "C0042 Dupont SARL"):
 * names only, never `..`, separators or characters Windows refuses, so main can join them safely.
 */
export const safeSegment = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'a folder or file name without separators')
  .refine((s) => s !== '.' && s !== '..' && s.trim() === s && !s.endsWith('.'), 'a plain name');
