/**
 * Printing a saved PDF by opening it in the system's PDF viewer (Edge, Acrobat, Aperçu/Preview,
 * Evince…), whose print command gives the user the real system print dialog with their printer,
 * paper tray and duplex settings.
 *
 * Why not `webContents.print()` in a hidden window: Electron shows PDFs through Chromium's PDF viewer
 * plugin, and printing from it has a long record of failures: blank pages
 * (electron/electron#30947, fixed by #43309 in 2024 for 30-32), then a print callback that never
 * fires and a dialog that sometimes does not show (#47272, only "partially" fixed by #47377 in 2025).
 * Several fixes were backported and partial, the hidden-window case is exactly the one those reports
 * describe, and there is no Electron binary on the build machines to prove it works on 45 on three
 * systems. A letter of formal notice that prints blank is worse than one more click, so the honest
 * answer on every platform is the viewer, and `printPdf` says so ('viewer') for the screen to tell
 * the user ("ouvert dans votre lecteur PDF : utilisez Imprimer").
 */
import type { PrintPort, ShellPort } from '../ports';

export function viewerPrinter(shell: Pick<ShellPort, 'openPath'>): PrintPort {
  return {
    async printPdf(file) {
      // Electron's shell.openPath resolves to an error message, or '' when the viewer was launched.
      const failure = await shell.openPath(file);
      if (failure) throw new Error(`The PDF viewer could not open ${file}: ${failure}`);
      return 'viewer';
    },
  };
}
