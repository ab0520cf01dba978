/**
 * What the handlers need from Electron, as plain interfaces. The Electron implementation lives in
 * `electron-ports.ts`; the browser host and the tests pass doubles, so every handler runs in plain
 * Node without the Electron binary.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogPort {
  /** Resolves to the chosen absolute path, or null when the user cancels. */
  chooseFileToOpen(options: { title?: string; filters?: FileFilter[] }): Promise<string | null>;
  chooseFileToSave(options: {
    title?: string;
    suggestedName: string;
    filters?: FileFilter[];
  }): Promise<string | null>;
}

export interface ShellPort {
  /** Opens with the default program; resolves to an error message or '' like Electron's. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
  openExternal(url: string): Promise<void>;
}

export interface AppPaths {
  userData: string;
  /** Where generated letters and e-mail drafts go (Documents/Relance), by year and customer. */
  documents: string;
  logs: string;
  /** Read-only assets shipped with the app (fonts for PDFs): `resources/` in the repo. */
  resources: string;
}

/**
 * Printing a saved PDF. Electron cannot always send a PDF to the system print dialog; the port
 * says what it did so the screen can tell the user ("ouvert dans votre lecteur PDF").
 */
export interface PrintPort {
  printPdf(path: string): Promise<'dialog' | 'viewer'>;
}

export interface AppIdentity {
  name: string;
  version: string;
  platform: string;
}

export interface LanguagePort {
  setLanguage(language: 'fr' | 'en'): void;
}

/** Desktop notifications; resolves to false where the system cannot show one. */
export interface NotificationPort {
  show(title: string, body: string): Promise<boolean>;
}

export interface Logger {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export interface Ports {
  dialogs: DialogPort;
  shell: ShellPort;
  paths: AppPaths;
  identity: AppIdentity;
  language: LanguagePort;
  print: PrintPort;
  notifications: NotificationPort;
  log: Logger;
}
