/**
 * Renders the sample letters and the calibration page to PNG for a look by eye:
 *   npx tsx test/support/render-previews.ts
 * writes test-results/pdf-previews/<name>.pdf and <name>-<page>.png (pdftoppm -r 60; poppler-utils).
 * PREVIEW_DPI=100 for a closer look.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { testMain } from './ports';
import { englishReminder, formalNotice, longStatement } from './letter-fixtures';
import type { LetterSpec } from '../../electron/letter-spec';

const out = path.resolve('test-results/pdf-previews');
const dpi = process.env.PREVIEW_DPI ?? '60';

async function main() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const { handlers, ports } = await testMain();

  const letters: [string, LetterSpec, number[]?][] = [
    ['formal-notice', formalNotice()],
    ['formal-notice-offset', formalNotice({ envelopeOffsetMm: { x: 3, y: -2 } })],
    ['long-statement', longStatement(), [1, 2]],
    ['english-reminder', englishReminder()],
  ];
  for (const [name, letter, pages] of letters) {
    const { bytes, pages: count } = await handlers.previewLetter({ letter });
    const pdf = path.join(out, `${name}.pdf`);
    await writeFile(pdf, bytes);
    const [first, last] = pages ? [Math.min(...pages), Math.max(...pages)] : [1, count];
    execFileSync('pdftoppm', ['-r', dpi, '-png', '-f', String(first), '-l', String(last), pdf, path.join(out, name)]);
    console.log(`${name}: ${count} page(s), ${bytes.byteLength} bytes`);
  }

  const calibration = await handlers.calibrationPage({ envelopeOffsetMm: { x: 3, y: -2 }, language: 'fr' });
  execFileSync('pdftoppm', ['-r', dpi, '-png', calibration.path, path.join(out, 'calibration')]);
  console.log(`calibration: ${calibration.path}`);

  const files = (await readdir(out)).filter((file) => file.endsWith('.png')).sort();
  console.log(files.map((file) => path.join(out, file)).join('\n'));
  void ports;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
