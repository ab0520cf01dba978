import { app, dialog, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { AppPaths, DialogPort, PrintPort, ShellPort } from './ports';
import { viewerPrinter } from './print/viewer-printer';

/** The real dialogs, attached to the main window so they are modal to it. */
export function electronDialogs(window: () => BrowserWindow | null): DialogPort {
  return {
    async chooseFileToOpen({ title, filters }) {
      const parent = window();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave({ title, suggestedName, filters }) {
      const parent = window();
      const options = {
        title,
        filters,
        defaultPath: path.join(app.getPath('documents'), suggestedName),
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

export const electronShell: ShellPort = {
  openPath: (file) => shell.openPath(file),
  showItemInFolder: (file) => shell.showItemInFolder(file),
  openExternal: (url) => shell.openExternal(url),
};

/** Data in the user data folder; documents where users look for them (Documents/Relance). */
export function electronPaths(): AppPaths {
  const userData = app.getPath('userData');
  return {
    userData,
    documents: path.join(app.getPath('documents'), 'Relance'),
    logs: path.join(userData, 'logs'),
    // Packaged: electron-builder's extraResources copies resources/ next to app.asar.
    resources: app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources'),
  };
}

/**
 * Printing a PDF: opened in the system PDF viewer, whose Print command the user then uses (why not
 * Electron's own printing: electron/main/print/viewer-printer.ts).
 */
export function electronPrint(shellPort: ShellPort = electronShell): PrintPort {
  return viewerPrinter(shellPort);
}
