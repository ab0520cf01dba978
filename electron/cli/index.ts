/**
 * Relance on the command line, on the same domain code as the app:
 *   npm run --silent cli -- import-preview <file> [--terms-days 30] [--terms-rule net]
 *   npm run --silent cli -- penalties --amount <cents> --due <date> --until <date> [...]
 *   npm run --silent cli -- holidays <year> [--zone alsace-moselle]
 *   npm run --silent cli -- schedule <file> --today <date>
 * Each command prints JSON on stdout; messages for people go to stderr. Exit codes: 0 done,
 * 1 usage error, 2 unreadable file (import-preview, schedule) or no rate to compute with (penalties).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HOLIDAYS_USAGE, holidaysCommand } from './holidays';
import { importPreviewReport } from './import-preview';
import { PENALTIES_USAGE, penaltiesCommand } from './penalties';
import { SCHEDULE_USAGE, scheduleCommand } from './schedule';

const USAGE = `Usage:
  npm run --silent cli -- import-preview <file> [--terms-days <days>] [--terms-rule net|end-of-month-then-days|days-then-end-of-month] [--lang fr|en]
${PENALTIES_USAGE}
${HOLIDAYS_USAGE}
${SCHEDULE_USAGE}`;

const MAX_BYTES = 150 * 1024 * 1024;

type Command = (args: string[]) => Promise<number>;

const usageError = (message?: string): number => {
  process.stderr.write(`${message ? `${message}\n` : ''}${USAGE}\n`);
  return 1;
};

async function importPreview(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'terms-days': { type: 'string', default: '30' },
        'terms-rule': { type: 'string', default: 'net' },
        lang: { type: 'string', default: 'fr' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  const days = Number(values['terms-days']);
  const rule = values['terms-rule'];
  if (!file || !Number.isInteger(days) || days < 0 || !['net', 'end-of-month-then-days', 'days-then-end-of-month'].includes(rule!)) {
    return usageError();
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    if (info.size > MAX_BYTES) {
      process.stderr.write(`Fichier trop volumineux : ${file} (${info.size} octets, ${MAX_BYTES} au plus)\n`);
      return 2;
    }
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    process.stderr.write(`Fichier illisible : ${file} (${(error as Error).message})\n`);
    return 2;
  }
  const report = importPreviewReport(bytes, {
    fileName: path.basename(file),
    terms: { days, rule: rule as 'net' },
    language: values.lang === 'en' ? 'en' : 'fr',
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (!report.readable) {
    process.stderr.write(`${report.errors[0]?.message ?? 'Fichier illisible'}\n`);
    return 2;
  }
  return 0;
}

async function penalties(args: string[]): Promise<number> {
  const outcome = penaltiesCommand(args);
  switch (outcome.kind) {
    case 'usage':
      return usageError(outcome.message);
    case 'error':
      process.stdout.write(`${JSON.stringify({ error: outcome.error }, null, 2)}\n`);
      process.stderr.write(`${outcome.error.message}\n`);
      return 2;
    case 'report':
      process.stdout.write(`${JSON.stringify(outcome.report, null, 2)}\n`);
      return 0;
  }
}

async function holidaysList(args: string[]): Promise<number> {
  const outcome = holidaysCommand(args);
  if (outcome.kind === 'usage') return usageError(outcome.message);
  process.stdout.write(`${JSON.stringify(outcome.report, null, 2)}\n`);
  return 0;
}

async function schedule(args: string[]): Promise<number> {
  const outcome = await scheduleCommand(args);
  if (outcome.kind === 'usage') return usageError(outcome.message);
  if (outcome.kind === 'unreadable') {
    process.stderr.write(`${outcome.message}\n`);
    return 2;
  }
  for (const warning of outcome.warnings) process.stderr.write(`${warning}\n`);
  process.stdout.write(`${JSON.stringify(outcome.report, null, 2)}\n`);
  return 0;
}

const COMMANDS: Record<string, Command> = {
  'import-preview': importPreview,
  penalties,
  holidays: holidaysList,
  schedule,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) return usageError(name ? `Unknown command: ${name}` : undefined);
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(3);
  },
);
