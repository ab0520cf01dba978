/**
 * Relance on the command line, on the same domain code as the app:
 *   npm run --silent cli -- import-preview <file> [--terms-days 30] [--terms-rule net]
 * prints JSON on stdout; messages for people go to stderr. Exit codes: 0 done, 1 usage error,
 * 2 unreadable file.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importPreviewReport } from './import-preview';

const USAGE = `Usage:
  npm run --silent cli -- import-preview <file> [--terms-days <days>] [--terms-rule net|end-of-month-then-days|days-then-end-of-month] [--lang fr|en]`;

const MAX_BYTES = 150 * 1024 * 1024;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'import-preview') {
    process.stderr.write(`${command ? `Unknown command: ${command}\n` : ''}${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'terms-days': { type: 'string', default: '30' },
      'terms-rule': { type: 'string', default: 'net' },
      lang: { type: 'string', default: 'fr' },
    },
  });
  const file = positionals[0];
  const days = Number(values['terms-days']);
  const rule = values['terms-rule'];
  if (!file || !Number.isInteger(days) || days < 0 || !['net', 'end-of-month-then-days', 'days-then-end-of-month'].includes(rule!)) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(3);
  },
);
