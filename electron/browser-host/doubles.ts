import type { DialogPort, LanguagePort, NotificationPort, PrintPort, ShellPort } from '../main/ports';

/**
 * Dialogs without a screen: the test (or the developer, through the host's control endpoint) queues
 * the paths the next dialogs answer with. An empty queue answers "canceled", like a user pressing
 * Escape.
 */
export class ScriptedDialogs implements DialogPort {
  private readonly opens: (string | null)[] = [];
  private readonly saves: (string | null)[] = [];
  readonly asked: { kind: 'open' | 'save'; title?: string; suggestedName?: string }[] = [];

  answerNextOpen(path: string | null): void {
    this.opens.push(path);
  }

  answerNextSave(path: string | null): void {
    this.saves.push(path);
  }

  async chooseFileToOpen(options: { title?: string }): Promise<string | null> {
    this.asked.push({ kind: 'open', title: options.title });
    return this.opens.shift() ?? null;
  }

  async chooseFileToSave(options: { title?: string; suggestedName: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', title: options.title, suggestedName: options.suggestedName });
    return this.saves.shift() ?? null;
  }
}

/** Records what would have been handed to the OS instead of launching programs. */
export class RecordingShell implements ShellPort {
  readonly opened: string[] = [];
  readonly revealed: string[] = [];
  readonly external: string[] = [];

  async openPath(path: string): Promise<string> {
    this.opened.push(path);
    return '';
  }

  showItemInFolder(path: string): void {
    this.revealed.push(path);
  }

  async openExternal(url: string): Promise<void> {
    this.external.push(url);
  }
}

export class RecordingLanguage implements LanguagePort {
  current: 'fr' | 'en' = 'fr';
  setLanguage(language: 'fr' | 'en'): void {
    this.current = language;
  }
}

/** Records the PDFs sent to print; answers like a machine that opens them in the PDF viewer. */
export class RecordingPrinter implements PrintPort {
  readonly printed: string[] = [];
  async printPdf(path: string): Promise<'dialog' | 'viewer'> {
    this.printed.push(path);
    return 'viewer';
  }
}

/** Records the desktop notifications instead of showing them; `supported: false` acts like a system without any. */
export class RecordingNotifier implements NotificationPort {
  readonly shown: { title: string; body: string; at: Date }[] = [];
  supported = true;
  async show(title: string, body: string): Promise<boolean> {
    if (!this.supported) return false;
    this.shown.push({ title, body, at: new Date() });
    return true;
  }
}
