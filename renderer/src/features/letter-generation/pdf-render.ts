/**
 * Renders PDF pages to canvases with pdf.js, so the preview shows the very file main wrote (its
 * fonts, its line breaks, its address block) rather than an HTML imitation of it. pdf.js parses
 * in its own worker, bundled with the app (CSP: worker-src 'self').
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** pdf.js is loaded on the first preview only: most sessions never show one. */
let pdfjs: Promise<typeof import('pdfjs-dist')> | null = null;
function loadPdfjs() {
  pdfjs ??= import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerSrc = workerUrl;
    return module;
  });
  return pdfjs;
}

export interface RenderedPdf {
  pages: number;
  destroy(): void;
}

/**
 * Draws every page of `bytes` into a fresh canvas appended to `container` (emptied first), at
 * `width` CSS pixels wide. The bytes are copied: pdf.js transfers the buffer it is given.
 */
export async function renderPdfInto(container: HTMLElement, bytes: Uint8Array, width: number): Promise<RenderedPdf> {
  const { getDocument } = await loadPdfjs();
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableAutoFetch: true });
  const doc = await task.promise;
  const canvases: HTMLCanvasElement[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const base = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (width / base.width) * ratio });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
    canvas.dataset.page = String(number);
    canvas.setAttribute('role', 'img');
    await page.render({ canvas, viewport }).promise;
    canvases.push(canvas);
    page.cleanup();
  }
  container.replaceChildren(...canvases);
  const pages = doc.numPages;
  return {
    pages,
    destroy: () => void doc.destroy(),
  };
}
