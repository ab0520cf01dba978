/**
 * A letter spec to PDF bytes: lay out (pure, see letter-layout.ts), then draw with pdf-lib, with the
 * fonts embedded as subsets and the document information set.
 */
import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { LetterSpec } from '../../letter-spec';
import type { Logger } from '../ports';
import { drawOps } from './draw';
import { embedLetterFonts, type LetterFonts } from './fonts';
import { A4, mmToPt } from './geometry';
import { layoutLetter, type LayoutResult } from './letter-layout';
import { setDocumentInfo } from './metadata';
import { Typesetter } from './typeset';

export interface RenderedPdf {
  bytes: Uint8Array<ArrayBuffer>;
  pages: number;
}

export const A4_POINTS: [number, number] = [mmToPt(A4.width), mmToPt(A4.height)];

async function embedLogo(doc: PDFDocument, spec: LetterSpec, log: Logger): Promise<PDFImage | undefined> {
  const logo = spec.sender.logo;
  if (!logo || logo.bytes.byteLength === 0) return undefined;
  try {
    return logo.type === 'png' ? await doc.embedPng(logo.bytes) : await doc.embedJpg(logo.bytes);
  } catch (error) {
    // A damaged logo must not cost the user the letter: printed without it, and logged.
    log.warn('pdf: logo not embedded', { type: logo.type, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/** Draws a letter; `layout` is returned as well for callers that check the geometry. */
export async function renderLetter(
  spec: LetterSpec,
  fonts: LetterFonts,
  log: Logger,
): Promise<RenderedPdf & { layout: LayoutResult }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const [embedded, logo] = await Promise.all([embedLetterFonts(doc, fonts), embedLogo(doc, spec, log)]);

  const ts = new Typesetter(fonts);
  const layout = layoutLetter(spec, ts, logo ? { width: logo.width, height: logo.height } : undefined);
  const images = new Map<string, PDFImage>(logo ? [['logo', logo]] : []);
  for (const ops of layout.pages) drawOps(doc.addPage(A4_POINTS), ops, embedded, images);

  const missing = ts.cleaner.missing();
  if (Object.keys(missing).length > 0) {
    log.warn('pdf: characters missing from the font printed as "?"', { kind: spec.kind, missing });
  }
  setDocumentInfo(doc, { ...spec.metadata, language: spec.language });
  const bytes = (await doc.save()) as Uint8Array<ArrayBuffer>;
  return { bytes, pages: layout.pages.length, layout };
}
