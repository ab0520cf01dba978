/**
 * One PDF of several, pages in the order given (a batch of letters to print at once). Pages are
 * copied with their fonts and images; the sources are not modified.
 */
import { PDFDocument } from 'pdf-lib';
import { ContractError } from '../../contract';
import type { RenderedPdf } from './letter-pdf';
import { setDocumentInfo } from './metadata';

/**
 * `read` loads one source at a time, so a batch of thousands of letters never sits in memory
 * all at once (only the merged document does).
 */
export async function mergePdfs(
  sources: readonly string[],
  read: (source: string) => Promise<Uint8Array>,
  info: { title: string; language: 'fr' | 'en'; createdAt: Date },
): Promise<RenderedPdf> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  for (const source of sources) {
    const bytes = await read(source);
    let doc: PDFDocument;
    try {
      doc = await PDFDocument.load(bytes, { updateMetadata: false });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ContractError('IO_ERROR', `Not a readable PDF: ${source}: ${reason}`, {
        path: source,
        reason: 'not a readable PDF',
      });
    }
    const pages = await merged.copyPages(doc, doc.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  setDocumentInfo(merged, info);
  return { bytes: (await merged.save()) as Uint8Array<ArrayBuffer>, pages: merged.getPageCount() };
}
