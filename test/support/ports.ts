import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RecordingLanguage, RecordingNotifier, RecordingPrinter, RecordingShell, ScriptedDialogs } from '../../electron/browser-host/doubles';
import { createHandlers } from '../../electron/main/handlers';
import type { Logger, Ports } from '../../electron/main/ports';

export interface TestLogger extends Logger {
  lines: { level: string; args: unknown[] }[];
}

export function testLogger(): TestLogger {
  const lines: { level: string; args: unknown[] }[] = [];
  return {
    lines,
    info: (...args) => lines.push({ level: 'info', args }),
    warn: (...args) => lines.push({ level: 'warn', args }),
    error: (...args) => lines.push({ level: 'error', args }),
  };
}

/** Real handlers over a fresh temporary data folder, with scripted dialogs and a recording shell. */
export async function testMain() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'relance-main-'));
  const dialogs = new ScriptedDialogs();
  const shell = new RecordingShell();
  const language = new RecordingLanguage();
  const printer = new RecordingPrinter();
  const notifier = new RecordingNotifier();
  const log = testLogger();
  const ports: Ports = {
    dialogs,
    shell,
    language,
    print: printer,
    notifications: notifier,
    log,
    identity: { name: 'Relance', version: '1.2.3', platform: 'linux' },
    paths: {
      userData: path.join(root, 'userData'),
      documents: path.join(root, 'Documents', 'Relance'),
      logs: path.join(root, 'userData', 'logs'),
      resources: path.resolve('resources'),
    },
  };
  return { root, dialogs, shell, language, printer, notifier, log, ports, handlers: createHandlers(ports) };
}
