import { app, dialog, Notification, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { AppPaths, DialogPort, NotificationPort, PrintPort, ShellPort } from './ports';
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

/**
 * Desktop notifications through Electron's main process (the web Notification API is refused in
 * the renderer). A click brings the main window forward. Shown notifications are kept referenced
 * until closed: one collected by the garbage collector loses its click handler.
 */
export function electronNotifier(window: () => BrowserWindow | null): NotificationPort {
  const live = new Set<Notification>();
  return {
    async show(title, body) {
      if (!Notification.isSupported()) return false;
      const notification = new Notification({ title, body });
      live.add(notification);
      const forget = () => live.delete(notification);
      notification.on('click', () => {
        forget();
        const win = window();
        if (!win || win.isDestroyed()) return;
        if (win.isMinimized()) win.restore();
        win.show();
        win.focus();
      });
      notification.on('close', forget);
      notification.on('failed', forget);
      notification.show();
      return true;
    },
  };
}
