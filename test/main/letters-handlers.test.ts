/**
 * The letter channels end to end through dispatch (validation, handler, typed errors): saving under
 * the documents folder, merging, the calibration page, checking saved files.
 */
import { createHash } from 'node:crypto';
import { promises as fsPromises } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeResult, RequestOf, ResponseOf } from '../../electron/contract';
import { dispatch } from '../../electron/main/dispatch';
import { calibrationOps } from '../../electron/main/pdf/calibration';
import { loadLetterFonts } from '../../electron/main/pdf/fonts';
import { Typesetter } from '../../electron/main/pdf/typeset';
import { englishReminder, formalNotice, itemBoxMm, plainSpaces, readPdf, type TextItem } from '../support/letter-fixtures';
import { testMain } from '../support/ports';

afterEach(() => {
  vi.restoreAllMocks();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Saved = ResponseOf<'saveLetter'>;

async function call<K extends 'saveLetter' | 'mergePdfs' | 'calibrationPage' | 'checkFiles' | 'previewLetter'>(
  main: Awaited<ReturnType<typeof testMain>>,
  channel: K,
  request: RequestOf<K>,
): Promise<BridgeResult<ResponseOf<K>>> {
  return (await dispatch(main.handlers, channel, request, main.log)) as BridgeResult<ResponseOf<K>>;
}

async function mustSave(main: Awaited<ReturnType<typeof testMain>>, request: RequestOf<'saveLetter'>): Promise<Saved> {
  const result = await call(main, 'saveLetter', request);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

const FOLDER = ['2026', 'C0042 SAS DUPONT BÂTIMENT'];

describe('saveLetter', () => {
  it('writes the PDF under documents/<folder>/<name> and returns its SHA-256, size and pages', async () => {
    const main = await testMain();
    const saved = await mustSave(main, { letter: formalNotice(), folder: FOLDER, fileName: 'Mise en demeure.pdf' });
    expect(saved.path).toBe(path.join(main.ports.paths.documents, ...FOLDER, 'Mise en demeure.pdf'));
    const bytes = await readFile(saved.path);
    expect(saved.sha256).toBe(sha256(bytes));
    expect(saved.size).toBe(bytes.byteLength);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(saved.pages).toBe(pdf.pages.length);
    expect(plainSpaces(pdf.texts.join('\n'))).toContain('mettons en demeure');
    // Nothing but the document in the folder: no temporary file left.
    expect(await readdir(path.dirname(saved.path))).toEqual(['Mise en demeure.pdf']);
  });

  it('never overwrites a file: the same name becomes "(2)", "(3)", and the first file is untouched', async () => {
    const main = await testMain();
    const request = { letter: formalNotice(), folder: FOLDER, fileName: 'Relance.pdf' };
    const first = await mustSave(main, request);
    const second = await mustSave(main, { ...request, letter: englishReminder() });
    const third = await mustSave(main, request);
    expect(path.basename(first.path)).toBe('Relance.pdf');
    expect(path.basename(second.path)).toBe('Relance (2).pdf');
    expect(path.basename(third.path)).toBe('Relance (3).pdf');
    expect(sha256(await readFile(first.path))).toBe(first.sha256);
    expect(sha256(await readFile(second.path))).toBe(second.sha256);
    expect(first.sha256).not.toBe(second.sha256);
  });

  it('gives each letter of a batch saved at once its own name', async () => {
    const main = await testMain();
    const request = { letter: formalNotice(), folder: FOLDER, fileName: 'Relance.pdf' };
    const saved = await Promise.all(Array.from({ length: 5 }, () => mustSave(main, request)));
    expect(new Set(saved.map((s) => s.path)).size).toBe(5);
    expect((await readdir(path.join(main.ports.paths.documents, ...FOLDER))).sort()).toEqual(
      ['Relance (2).pdf', 'Relance (3).pdf', 'Relance (4).pdf', 'Relance (5).pdf', 'Relance.pdf'],
    );
  });

  it('leaves a file put there by someone else as it is and takes the next name', async () => {
    const main = await testMain();
    const dir = path.join(main.ports.paths.documents, ...FOLDER);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'Relance.pdf'), 'an earlier letter');
    const saved = await mustSave(main, { letter: formalNotice(), folder: FOLDER, fileName: 'Relance.pdf' });
    expect(path.basename(saved.path)).toBe('Relance (2).pdf');
    expect(await readFile(path.join(dir, 'Relance.pdf'), 'utf8')).toBe('an earlier letter');
  });

  it('a full disk: DISK_FULL naming the file, and neither the letter nor a partial file is left', async () => {
    const main = await testMain();
    const dir = path.join(main.ports.paths.documents, ...FOLDER);
    const realOpen = fsPromises.open.bind(fsPromises);
    vi.spyOn(fsPromises, 'open').mockImplementation(async (file, flags, mode) => {
      const handle = await realOpen(file, flags, mode);
      // Half the PDF reaches the disk, then the disk is full.
      handle.writeFile = async (data: unknown) => {
        await handle.write(Buffer.from(data as Uint8Array).subarray(0, 1000));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      };
      return handle;
    });
    const result = await call(main, 'saveLetter', { letter: formalNotice(), folder: FOLDER, fileName: 'Relance.pdf' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL', details: { path: path.join(dir, 'Relance.pdf') } },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('no permission to write: IO_ERROR, nothing left', async () => {
    const main = await testMain();
    const dir = path.join(main.ports.paths.documents, ...FOLDER);
    vi.spyOn(fsPromises, 'open').mockRejectedValue(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    const result = await call(main, 'saveLetter', { letter: formalNotice(), folder: FOLDER, fileName: 'Relance.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR', details: { errno: 'EACCES' } } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a file where the folder should be: IO_ERROR, the file left as it was', async () => {
    const main = await testMain();
    await mkdir(main.ports.paths.documents, { recursive: true });
    const blocker = path.join(main.ports.paths.documents, '2026');
    await writeFile(blocker, 'not a folder');
    const result = await call(main, 'saveLetter', { letter: formalNotice(), folder: FOLDER, fileName: 'Relance.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    expect(await readFile(blocker, 'utf8')).toBe('not a folder');
    expect(await readdir(main.ports.paths.documents)).toEqual(['2026']);
  });

  it('refuses folder and file names that could leave the documents folder', async () => {
    const main = await testMain();
    for (const request of [
      { folder: ['..'], fileName: 'x.pdf' },
      { folder: ['2026/../..'], fileName: 'x.pdf' },
      { folder: ['2026'], fileName: '../x.pdf' },
      { folder: ['2026'], fileName: 'x.exe' },
    ]) {
      const result = await call(main, 'saveLetter', { letter: formalNotice(), ...request });
      expect(result, JSON.stringify(request)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
  });
});

describe('previewLetter', () => {
  it('returns the bytes and the page count and writes nothing', async () => {
    const main = await testMain();
    const result = await call(main, 'previewLetter', { letter: formalNotice() });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.pages).toBe((await readPdf(result.data.bytes)).pages.length);
    await expect(readdir(main.ports.paths.documents)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('mergePdfs', () => {
  it('puts the saved letters in one PDF, in the order given, and saves it like a letter', async () => {
    const main = await testMain();
    const notice = await mustSave(main, { letter: formalNotice(), folder: FOLDER, fileName: 'Mise en demeure.pdf' });
    const reminder = await mustSave(main, { letter: englishReminder(), folder: ['2026', 'C0107'], fileName: 'Reminder.pdf' });
    const result = await call(main, 'mergePdfs', {
      paths: [reminder.path, notice.path, reminder.path],
      folder: ['2026', 'Lots'],
      fileName: 'Lot du 30-11-2026.pdf',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const merged = result.data;
    expect(merged.pages).toBe(reminder.pages * 2 + notice.pages);
    expect(merged.path).toBe(path.join(main.ports.paths.documents, '2026', 'Lots', 'Lot du 30-11-2026.pdf'));
    const bytes = await readFile(merged.path);
    expect(merged.sha256).toBe(sha256(bytes));
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(merged.pages);
    expect(pdf.texts[0]).toContain('NORTHWIND TRADING SARL');
    expect(pdf.texts[1]).toContain('SAS DUPONT BÂTIMENT');
    expect(pdf.texts[merged.pages - 1]).toContain('NORTHWIND TRADING SARL');
    expect(pdf.info.Title).toBe('Lot du 30-11-2026');
    // The sources are left as they were.
    expect(sha256(await readFile(notice.path))).toBe(notice.sha256);
  });

  it('refuses a path outside the app folders (PATH_NOT_ALLOWED) before reading anything', async () => {
    const main = await testMain();
    const notice = await mustSave(main, { letter: formalNotice(), folder: FOLDER, fileName: 'a.pdf' });
    const outside = path.join(os.tmpdir(), 'elsewhere.pdf');
    for (const bad of [outside, '/etc/passwd', path.join(main.ports.paths.documents, '..', '..', 'x.pdf'), 'relative.pdf']) {
      const result = await call(main, 'mergePdfs', { paths: [notice.path, bad], folder: ['Lots'], fileName: 'Lot.pdf' });
      expect(result, bad).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED', details: { path: bad } } });
    }
    await expect(readdir(path.join(main.ports.paths.documents, 'Lots'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a missing letter: FILE_NOT_FOUND naming it, and no merged file', async () => {
    const main = await testMain();
    const notice = await mustSave(main, { letter: formalNotice(), folder: FOLDER, fileName: 'a.pdf' });
    const gone = path.join(main.ports.paths.documents, '2026', 'deleted.pdf');
    const result = await call(main, 'mergePdfs', { paths: [notice.path, gone], folder: ['Lots'], fileName: 'Lot.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND', details: { path: gone } } });
    await expect(readdir(path.join(main.ports.paths.documents, 'Lots'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a file that is not a PDF: IO_ERROR naming it', async () => {
    const main = await testMain();
    const fake = path.join(main.ports.paths.documents, 'notes.pdf');
    await mkdir(path.dirname(fake), { recursive: true });
    await writeFile(fake, 'plain text, not a PDF');
    const result = await call(main, 'mergePdfs', { paths: [fake], folder: ['Lots'], fileName: 'Lot.pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR', details: { path: fake } } });
  });
});

describe('checkFiles', () => {
  it('tells which saved files are as written, missing or changed', async () => {
    const main = await testMain();
    const a = await mustSave(main, { letter: formalNotice(), folder: FOLDER, fileName: 'a.pdf' });
    const b = await mustSave(main, { letter: formalNotice(), folder: FOLDER, fileName: 'b.pdf' });
    const c = await mustSave(main, { letter: englishReminder(), folder: FOLDER, fileName: 'c.pdf' });
    await fsPromises.rm(b.path);
    const bytes = await readFile(c.path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 1, bytes.length - 10); // one bit flipped
    await writeFile(c.path, bytes);
    const result = await call(main, 'checkFiles', {
      files: [a, b, c, { path: path.join(main.ports.paths.documents, 'never', 'there.pdf'), sha256: a.sha256 }].map(
        ({ path: file, sha256: hash }) => ({ path: file, sha256: hash }),
      ),
    });
    expect(result).toEqual({ ok: true, data: { status: ['ok', 'missing', 'changed', 'missing'] } });
  });

  it('refuses a path outside the app folders', async () => {
    const main = await testMain();
    const result = await call(main, 'checkFiles', { files: [{ path: '/etc/hostname', sha256: '0'.repeat(64) }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED', details: { path: '/etc/hostname' } } });
  });

  it('answers for an empty list', async () => {
    const main = await testMain();
    expect(await call(main, 'checkFiles', { files: [] })).toEqual({ ok: true, data: { status: [] } });
  });
});

describe('calibrationPage', () => {
  const window = (offset: { x: number; y: number }) => ({ left: 100 + offset.x, top: 35 + offset.y, width: 100, height: 45 });

  it('saves Calibration/Page de calibration.pdf with the instructions in French, then "(2)"', async () => {
    const main = await testMain();
    const offset = { x: 3, y: -2 };
    const result = await call(main, 'calibrationPage', { envelopeOffsetMm: offset, language: 'fr' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data.path).toBe(path.join(main.ports.paths.documents, 'Calibration', 'Page de calibration.pdf'));
    expect(result.data.pages).toBe(1);
    const bytes = await readFile(result.data.path);
    expect(result.data.sha256).toBe(sha256(bytes));
    const pdf = await readPdf(bytes);
    const text = plainSpaces(pdf.texts[0] ?? '').replace(/\n/g, ' ');
    expect(text).toContain(
      plainSpaces(
        'Imprimez cette page à 100 %, sans ajustement, pliez-la en trois et glissez-la dans une enveloppe DL à fenêtre : ' +
          'le cadre doit apparaître entier dans la fenêtre. Sinon, corrigez le décalage dans Paramètres → Courriers.',
      ),
    );
    expect(text).toContain('Décalage appliqué : horizontal +3 mm, vertical −2 mm.');
    expect(text).toContain('Fenêtre 100 × 45 mm');

    // The sample address prints inside the window, where letters print theirs.
    const w = window(offset);
    const recipient = (pdf.pages[0] as TextItem[]).filter((item) => ['SARL EXEMPLE', '33000 BORDEAUX'].includes(item.str));
    expect(recipient).toHaveLength(2);
    for (const item of recipient) {
      const box = itemBoxMm(item);
      expect(box.left).toBeGreaterThanOrEqual(w.left);
      expect(box.right).toBeLessThanOrEqual(w.left + w.width);
      expect(box.top).toBeGreaterThanOrEqual(w.top);
      expect(box.bottom).toBeLessThanOrEqual(w.top + w.height);
    }

    const again = await call(main, 'calibrationPage', { envelopeOffsetMm: offset, language: 'fr' });
    expect(again.ok && path.basename(again.data.path)).toBe('Page de calibration (2).pdf');
  });

  it('prints the instructions in English when asked', async () => {
    const main = await testMain();
    const result = await call(main, 'calibrationPage', { envelopeOffsetMm: { x: 0, y: 0 }, language: 'en' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(path.basename(result.data.path)).toBe('Calibration page.pdf');
    const text = plainSpaces((await readPdf(await readFile(result.data.path))).texts[0] ?? '').replace(/\n/g, ' ');
    expect(text).toContain('Print this page at 100 %, with no scaling');
    expect(text).not.toContain('Imprimez');
  });

  it('outlines the 100 x 45 mm window moved by the correction, with the fold marks at 99 and 198 mm', async () => {
    const fonts = await loadLetterFonts('resources');
    for (const offset of [{ x: 0, y: 0 }, { x: 3, y: -2 }, { x: -20, y: 20 }]) {
      const ops = calibrationOps(offset, 'fr', new Typesetter(fonts));
      const frame = ops.find((op) => op.kind === 'rect' && op.stroke !== undefined);
      expect(frame).toMatchObject({ x: 100 + offset.x, y: 35 + offset.y, width: 100, height: 45 });
      const marks = ops.filter((op) => op.kind === 'line' && op.x1 < 20 && op.x2 <= 10 && op.y1 === op.y2).map((op) => op.kind === 'line' && op.y1);
      expect(marks).toEqual([99, 198]);
    }
  });
});

describe('the warm-up letter', () => {
  it('is a valid letter main lays out, so the start-up warm-up never logs a failure', async () => {
    const { letterSpecSchema } = await import('../../electron/letter-spec');
    const { WARM_UP_LETTER } = await import('../../electron/main/pdf/warm-up');
    expect(letterSpecSchema.safeParse(WARM_UP_LETTER).success).toBe(true);
    const { handlers } = await testMain();
    const preview = await handlers.previewLetter({ letter: WARM_UP_LETTER });
    expect(preview.pages).toBe(1);
  });
});
