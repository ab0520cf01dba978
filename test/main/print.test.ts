import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordingShell } from '../../electron/browser-host/doubles';
import { dispatch } from '../../electron/main/dispatch';
import { createHandlers } from '../../electron/main/handlers';
import { viewerPrinter } from '../../electron/main/print/viewer-printer';
import { testMain } from '../support/ports';

async function withSavedPdf() {
  const main = await testMain();
  const file = path.join(main.ports.paths.documents, '2025', 'Dupont SARL', 'Mise en demeure – Dupont.pdf');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '%PDF-1.7\n%%EOF\n');
  return { ...main, file };
}

describe('printPdf: a saved letter reaches a printer through the PDF viewer', () => {
  it('hands a saved PDF to the printer and tells the screen how it was opened', async () => {
    const { handlers, log, printer, file } = await withSavedPdf();
    const result = await dispatch(handlers, 'printPdf', { path: file }, log);
    expect(result).toEqual({ ok: true, data: { mode: 'viewer' } });
    expect(printer.printed).toEqual([file]);
  });

  it('refuses a file outside the app folders without printing anything', async () => {
    const { handlers, log, printer, root } = await withSavedPdf();
    const outside = path.join(root, 'elsewhere', 'other.pdf');
    await mkdir(path.dirname(outside), { recursive: true });
    await writeFile(outside, '%PDF-1.7\n');
    for (const file of [outside, path.join(root, 'Documents', 'Relance', '..', '..', 'elsewhere', 'other.pdf'), 'other.pdf']) {
      const result = await dispatch(handlers, 'printPdf', { path: file }, log);
      expect(result).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED', details: { path: file } } });
    }
    expect(printer.printed).toEqual([]);
  });

  it('reports a PDF deleted since it was saved as FILE_NOT_FOUND with its path', async () => {
    const { handlers, log, printer, ports } = await withSavedPdf();
    const gone = path.join(ports.paths.documents, '2025', 'Dupont SARL', 'Supprimé.pdf');
    const result = await dispatch(handlers, 'printPdf', { path: gone }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND', details: { path: gone } } });
    expect(printer.printed).toEqual([]);
  });

  it('refuses a folder', async () => {
    const { handlers, log, printer, file } = await withSavedPdf();
    const result = await dispatch(handlers, 'printPdf', { path: path.dirname(file) }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    expect(printer.printed).toEqual([]);
  });

  it('the real printer opens the PDF in the system viewer and says so', async () => {
    const { ports, log, file } = await withSavedPdf();
    const shell = new RecordingShell();
    const handlers = createHandlers({ ...ports, print: viewerPrinter(shell) });
    const result = await dispatch(handlers, 'printPdf', { path: file }, log);
    expect(result).toEqual({ ok: true, data: { mode: 'viewer' } });
    expect(shell.opened).toEqual([file]);
  });

  it('turns a viewer that cannot be launched into IO_ERROR with the reason', async () => {
    const { ports, log, file } = await withSavedPdf();
    const noViewer = { openPath: async () => 'No application is associated with the specified file' };
    const handlers = createHandlers({ ...ports, print: viewerPrinter(noViewer) });
    const result = await dispatch(handlers, 'printPdf', { path: file }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR', details: { path: file } } });
    expect(result.ok === false && result.error.message).toMatch(/No application is associated/);
  });
});
