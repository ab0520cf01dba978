import { mkdir, writeFile, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/dispatch';
import { testMain } from '../support/ports';

describe('dispatch: every request is checked against the contract before a handler runs', () => {
  it('answers a valid request', async () => {
    const { handlers, log } = await testMain();
    const result = await dispatch(handlers, 'appInfo', {}, log);
    expect(result).toMatchObject({ ok: true, data: { name: 'Relance', version: '1.2.3' } });
  });

  it('rejects an unknown channel', async () => {
    const { handlers, log } = await testMain();
    const result = await dispatch(handlers, 'deleteEverything', {}, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('rejects inherited object keys as channels', async () => {
    const { handlers, log } = await testMain();
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const result = await dispatch(handlers, name, {}, log);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it.each([
    ['a wrong type', 'openPath', { path: 42 }, 'path'],
    ['a missing field', 'openExternal', {}, 'url'],
    ['an extra field', 'appInfo', { admin: true }, '(request)'],
    ['an extra field beside valid ones', 'openPath', { path: '/tmp/x', shell: 'rm -rf' }, '(request)'],
    ['a non-object request', 'openFile', 'please', '(request)'],
    ['null', 'saveFile', null, '(request)'],
    ['bytes that are not bytes', 'saveFile', { suggestedName: 'a.pdf', bytes: [1, 2, 3] }, 'bytes'],
    ['a path as the suggested file name', 'saveFile', { suggestedName: '../../etc/passwd', bytes: new Uint8Array() }, 'suggestedName'],
    ['a size limit above the maximum', 'openFile', { maxBytes: 10 ** 12 }, 'maxBytes'],
    ['an unknown language', 'setLanguage', { language: 'de' }, 'language'],
  ])('rejects %s with INVALID_REQUEST naming the field', async (_label, channel, request, field) => {
    const { handlers, log, shell } = await testMain();
    const result = await dispatch(handlers, channel, request, log);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', details: { channel, field } },
    });
    expect(shell.opened).toEqual([]);
  });

  it('turns an unexpected exception into INTERNAL instead of crashing', async () => {
    const { handlers, log } = await testMain();
    const broken = {
      ...handlers,
      appInfo: async () => {
        throw new TypeError('boom');
      },
    };
    const result = await dispatch(broken, 'appInfo', {}, log);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'boom' } });
    expect(log.lines.some((l) => l.level === 'error')).toBe(true);
  });
});

describe('paths handed back by the renderer are confined', () => {
  it('refuses to open or reveal a path outside the app folders and the chosen files', async () => {
    const { handlers, log, shell } = await testMain();
    for (const channel of ['openPath', 'revealPath'] as const) {
      for (const p of ['/etc/passwd', '/bin/sh', 'relative/file.pdf']) {
        const result = await dispatch(handlers, channel, { path: p }, log);
        expect(result).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
      }
    }
    expect(shell.opened).toEqual([]);
    expect(shell.revealed).toEqual([]);
  });

  it('refuses a traversal out of the documents folder', async () => {
    const { handlers, log, ports } = await testMain();
    const sneaky = path.join(ports.paths.documents, '..', '..', '..', 'etc', 'passwd');
    const result = await dispatch(handlers, 'openPath', { path: sneaky }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
  });

  it('opens and reveals a document of the app', async () => {
    const { handlers, log, ports, shell } = await testMain();
    const doc = path.join(ports.paths.documents, '2026', 'Client', 'lettre.pdf');
    await mkdir(path.dirname(doc), { recursive: true });
    await writeFile(doc, '%PDF-1.7');
    expect(await dispatch(handlers, 'openPath', { path: doc }, log)).toEqual({ ok: true, data: {} });
    expect(await dispatch(handlers, 'revealPath', { path: doc }, log)).toEqual({ ok: true, data: {} });
    expect(shell.opened).toEqual([doc]);
    expect(shell.revealed).toEqual([doc]);
  });

  it('says FILE_NOT_FOUND for an allowed path that does not exist', async () => {
    const { handlers, log, ports } = await testMain();
    const missing = path.join(ports.paths.documents, 'absent.pdf');
    const result = await dispatch(handlers, 'openPath', { path: missing }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
  });

  it('allows a file the user chose in a dialog, and only that file', async () => {
    const { handlers, log, dialogs, root, shell } = await testMain();
    const chosen = path.join(root, 'elsewhere', 'export.csv');
    await mkdir(path.dirname(chosen), { recursive: true });
    await writeFile(chosen, 'a;b\n');
    const neighbour = path.join(root, 'elsewhere', 'secret.txt');
    await writeFile(neighbour, 'x');
    expect(await dispatch(handlers, 'openPath', { path: chosen }, log)).toMatchObject({ ok: false });
    dialogs.answerNextOpen(chosen);
    expect(await dispatch(handlers, 'openFile', {}, log)).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'revealPath', { path: chosen }, log)).toEqual({ ok: true, data: {} });
    expect(await dispatch(handlers, 'openPath', { path: neighbour }, log)).toMatchObject({
      ok: false,
      error: { code: 'PATH_NOT_ALLOWED' },
    });
    expect(shell.revealed).toEqual([chosen]);
  });
});

describe('openExternal only lets mailto: and https: out', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'http://example.com',
    'ftp://example.com/x',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pass@example.com/',
    'mailto:not an address',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '',
  ])('refuses %j', async (url) => {
    const { handlers, log, shell } = await testMain();
    const result = await dispatch(handlers, 'openExternal', { url }, log);
    expect(result.ok).toBe(false);
    expect(shell.external).toEqual([]);
  });

  it.each([
    'mailto:compta@client.fr',
    'mailto:compta@client.fr?subject=Relance%20facture%20F-2026-001',
    'mailto:a@b.fr,c@d.fr?cc=e@f.fr',
    'https://www.service-public.fr/professionnels-entreprises',
  ])('opens %j', async (url) => {
    const { handlers, log, shell } = await testMain();
    expect(await dispatch(handlers, 'openExternal', { url }, log)).toEqual({ ok: true, data: {} });
    expect(shell.external).toEqual([url]);
  });
});

describe('files', () => {
  it('reads the file the user chose with its name, size and bytes', async () => {
    const { handlers, log, dialogs, root } = await testMain();
    const file = path.join(root, 'FEC.txt');
    await writeFile(file, 'JournalCode\tJournalLib\n');
    dialogs.answerNextOpen(file);
    const result = await dispatch(handlers, 'openFile', { title: 'Import' }, log);
    expect(result).toMatchObject({ ok: true, data: { canceled: false, name: 'FEC.txt', size: 23 } });
    const data = (result as { data: { bytes: Uint8Array } }).data;
    expect(new TextDecoder().decode(data.bytes)).toBe('JournalCode\tJournalLib\n');
    expect(dialogs.asked).toEqual([{ kind: 'open', title: 'Import' }]);
  });

  it('answers canceled when the user closes the dialog', async () => {
    const { handlers, log } = await testMain();
    expect(await dispatch(handlers, 'openFile', {}, log)).toEqual({ ok: true, data: { canceled: true } });
    expect(
      await dispatch(handlers, 'saveFile', { suggestedName: 'a.pdf', bytes: new Uint8Array([1]) }, log),
    ).toEqual({ ok: true, data: { canceled: true } });
  });

  it('refuses a file above the stated size without reading it, and says how big it is', async () => {
    const { handlers, log, dialogs, root } = await testMain();
    const file = path.join(root, 'logo.png');
    await writeFile(file, new Uint8Array(600 * 1024));
    dialogs.answerNextOpen(file);
    const result = await dispatch(handlers, 'openFile', { maxBytes: 512 * 1024 }, log);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', details: { size: 600 * 1024, maxBytes: 512 * 1024 } },
    });
  });

  it('reports a chosen file that vanished as FILE_NOT_FOUND', async () => {
    const { handlers, log, dialogs, root } = await testMain();
    dialogs.answerNextOpen(path.join(root, 'gone.csv'));
    expect(await dispatch(handlers, 'openFile', {}, log)).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
  });

  it('saves bytes where the user chose, leaving no temporary file behind', async () => {
    const { handlers, log, dialogs, root } = await testMain();
    const target = path.join(root, 'out', 'relance.pdf');
    dialogs.answerNextSave(target);
    const bytes = new TextEncoder().encode('%PDF-1.7 lettre');
    const result = await dispatch(handlers, 'saveFile', { suggestedName: 'relance.pdf', bytes }, log);
    expect(result).toEqual({ ok: true, data: { canceled: false, path: target, size: bytes.length } });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 lettre');
    expect(await readdir(path.dirname(target))).toEqual(['relance.pdf']);
  });

  it('reports a save into an unwritable place as an error and keeps the old file', async () => {
    const { handlers, log, dialogs, root } = await testMain();
    const blocker = path.join(root, 'not-a-folder');
    await writeFile(blocker, 'I am a file');
    dialogs.answerNextSave(path.join(blocker, 'x.pdf'));
    const result = await dispatch(
      handlers,
      'saveFile',
      { suggestedName: 'x.pdf', bytes: new Uint8Array([1]) },
      log,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    expect(await readFile(blocker, 'utf8')).toBe('I am a file');
  });
});

describe('setLanguage', () => {
  it('passes the interface language to main so the menu follows', async () => {
    const { handlers, log, language } = await testMain();
    expect(await dispatch(handlers, 'setLanguage', { language: 'en' }, log)).toEqual({ ok: true, data: {} });
    expect(language.current).toBe('en');
  });
});
