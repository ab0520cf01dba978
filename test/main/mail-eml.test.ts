import { createHash } from 'node:crypto';
import { promises as fsPromises } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '../../electron/contract';
import { dispatch } from '../../electron/main/dispatch';
import { defaultGuard } from '../../electron/main/handlers';
import { composeEmailDraft } from '../../electron/main/mail/compose-draft';
import { testMain } from '../support/ports';

const SUBJECT = 'Relance – facture n° FA-001 : 1 234,56 €';
const BODY = [
  'Madame, Monsieur,',
  '',
  'Sauf erreur de notre part, la facture n° FA-001 du 15/01/2025, d’un montant de 1 234,56 €, reste impayée à ce jour.',
  'Nous vous remercions de bien vouloir procéder à son règlement sous huit jours.',
  '',
  '« Cordialement »',
  'Société Éléphant & Fils — service comptabilité',
].join('\n');

async function pdfBytes(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(title, { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => ({ name: v.name, address: v.address })));

/** A test main with two real PDFs saved where the app saves letters. */
async function withTwoLetters() {
  const main = await testMain();
  const folder = path.join(main.ports.paths.documents, '2025', 'Dupont SARL');
  await mkdir(folder, { recursive: true });
  const notice = path.join(folder, 'Mise en demeure – Dupont.pdf');
  const invoice = path.join(folder, 'Facture FA-001.pdf');
  const noticeBytes = await pdfBytes('Mise en demeure');
  const invoiceBytes = await pdfBytes('Facture FA-001');
  await writeFile(notice, noticeBytes);
  await writeFile(invoice, invoiceBytes);
  const request: RequestOf<'composeEmail'> = {
    from: 'Éléphant & Fils <compta@elephant-fils.fr>',
    to: ['Jean Dupont <jean.dupont@dupont-sarl.fr>'],
    cc: ['comptabilite@dupont-sarl.fr', 'Léger, Cabinet <contact@cabinet-leger.fr>'],
    subject: SUBJECT,
    text: BODY,
    attachments: [notice, invoice],
    folder: ['2025', 'Dupont SARL'],
    fileName: 'Relance FA-001.eml',
  };
  return { ...main, folder, notice, invoice, noticeBytes, invoiceBytes, request };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('composeEmail: a draft the user opens in their mail program', () => {
  it('writes a complete message that a MIME parser reads back exactly', async () => {
    const { handlers, log, folder, request, noticeBytes, invoiceBytes } = await withTwoLetters();
    const result = await dispatch(handlers, 'composeEmail', request, log);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const saved = result.data as { path: string; sha256: string; size: number; pages: number };

    expect(saved.path).toBe(path.join(folder, 'Relance FA-001.eml'));
    const raw = await readFile(saved.path);
    expect(saved.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(saved.size).toBe(raw.byteLength);
    expect(saved.pages).toBe(0);

    // What a mail program needs in the raw file: CRLF lines, 7-bit headers, the draft marker.
    const text = raw.toString('latin1');
    const headers = text.slice(0, text.indexOf('\r\n\r\n'));
    expect(text).not.toMatch(/[^\r]\n/);
    expect(headers).toMatch(/^X-Unsent: 1$/m);
    expect(headers).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(headers).not.toMatch(/[^\x20-\x7e\r\n\t]/);
    expect(text).toMatch(/^Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable$/m);

    const mail = await simpleParser(raw);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(addresses(mail.from)).toEqual([{ name: 'Éléphant & Fils', address: 'compta@elephant-fils.fr' }]);
    expect(addresses(mail.to)).toEqual([{ name: 'Jean Dupont', address: 'jean.dupont@dupont-sarl.fr' }]);
    expect(addresses(mail.cc)).toEqual([
      { name: '', address: 'comptabilite@dupont-sarl.fr' },
      { name: 'Léger, Cabinet', address: 'contact@cabinet-leger.fr' },
    ]);
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.text).toBe(BODY);
    expect(mail.date).toBeInstanceOf(Date);
    expect(Math.abs(mail.date!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@elephant-fils\.fr>$/);

    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.contentDisposition])).toEqual([
      ['Mise en demeure – Dupont.pdf', 'application/pdf', 'attachment'],
      ['Facture FA-001.pdf', 'application/pdf', 'attachment'],
    ]);
    expect(mail.attachments[0]!.content.equals(Buffer.from(noticeBytes))).toBe(true);
    expect(mail.attachments[1]!.content.equals(Buffer.from(invoiceBytes))).toBe(true);
  });

  it('leaves From out when the company has no e-mail address, and works without attachments', async () => {
    const { handlers, log, request } = await withTwoLetters();
    const result = await dispatch(handlers, 'composeEmail', { ...request, from: '', cc: [], attachments: [] }, log);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const mail = await simpleParser(await readFile((result.data as { path: string }).path));
    expect(mail.from).toBeUndefined();
    expect(mail.cc).toBeUndefined();
    expect(mail.attachments).toEqual([]);
    // A single-part message ends with the line break that closes its last line.
    expect(mail.text).toBe(`${BODY}\n`);
    expect(mail.messageId).toMatch(/@relance\.invalid>$/);
  });

  it('never overwrites a file: the second draft of the same name gets " (2)", the third " (3)"', async () => {
    const { handlers, log, folder, request } = await withTwoLetters();
    const existing = path.join(folder, 'Relance FA-001.eml');
    await writeFile(existing, 'a draft the user already edited');
    const second = await dispatch(handlers, 'composeEmail', request, log);
    const third = await dispatch(handlers, 'composeEmail', request, log);
    expect(second).toMatchObject({ ok: true, data: { path: path.join(folder, 'Relance FA-001 (2).eml') } });
    expect(third).toMatchObject({ ok: true, data: { path: path.join(folder, 'Relance FA-001 (3).eml') } });
    expect(await readFile(existing, 'utf8')).toBe('a draft the user already edited');
  });

  it('gives two drafts saved at the same moment two different names', async () => {
    const { handlers, log, folder, request } = await withTwoLetters();
    const results = await Promise.all([1, 2, 3].map(() => dispatch(handlers, 'composeEmail', request, log)));
    const paths = results.map((r) => (r.ok ? (r.data as { path: string }).path : r.error.code));
    expect(new Set(paths).size).toBe(3);
    expect((await readdir(folder)).filter((f) => f.endsWith('.eml')).sort()).toEqual([
      'Relance FA-001 (2).eml',
      'Relance FA-001 (3).eml',
      'Relance FA-001.eml',
    ]);
  });

  it('refuses an attachment outside the allowed folders, naming it, and writes nothing', async () => {
    const { handlers, log, root, folder, request } = await withTwoLetters();
    const outside = path.join(root, 'elsewhere', 'secret.pdf');
    await mkdir(path.dirname(outside), { recursive: true });
    await writeFile(outside, '%PDF-1.4 not yours');
    const result = await dispatch(handlers, 'composeEmail', { ...request, attachments: [request.attachments[0]!, outside] }, log);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'PATH_NOT_ALLOWED', details: { path: outside, field: 'attachments.1' } },
    });
    expect((await readdir(folder)).filter((f) => f.endsWith('.eml'))).toEqual([]);
  });

  it('refuses a relative or traversing attachment path', async () => {
    const { handlers, log, ports, request } = await withTwoLetters();
    const traversing = path.join(ports.paths.documents, '..', '..', 'elsewhere.pdf');
    for (const attachment of ['Facture FA-001.pdf', traversing]) {
      const result = await dispatch(handlers, 'composeEmail', { ...request, attachments: [attachment] }, log);
      expect(result).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    }
  });

  it('reports a missing attachment with its path', async () => {
    const { handlers, log, folder, request } = await withTwoLetters();
    const gone = path.join(folder, 'Supprimé entre-temps.pdf');
    const result = await dispatch(handlers, 'composeEmail', { ...request, attachments: [gone] }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND', details: { path: gone } } });
    expect((await readdir(folder)).filter((f) => f.endsWith('.eml'))).toEqual([]);
  });

  it.each([
    ['to', { to: ['jean.dupont@dupont-sarl.fr', 'jean.dupont@dupont'] }, 'to.1', 'jean.dupont@dupont'],
    ['to', { to: ['Jean Dupont'] }, 'to.0', 'Jean Dupont'],
    ['cc', { cc: ['compta@@dupont.fr'] }, 'cc.0', 'compta@@dupont.fr'],
    ['cc', { cc: ['a@dupont.fr, b@dupont.fr'] }, 'cc.0', 'a@dupont.fr, b@dupont.fr'],
    ['cc', { cc: ['jean dupont@dupont.fr'] }, 'cc.0', 'jean dupont@dupont.fr'],
    ['cc', { cc: ['Jean <jean@dupont.fr> et Paul'] }, 'cc.0', 'Jean <jean@dupont.fr> et Paul'],
    ['cc', { cc: ['Jean <jean@dupont.fr>, Paul <paul@dupont.fr>'] }, 'cc.0', 'Jean <jean@dupont.fr>, Paul <paul@dupont.fr>'],
    ['from', { from: 'compta.elephant.fr' }, 'from', 'compta.elephant.fr'],
  ])('refuses an invalid %s address, naming it (%j)', async (_field, change, field, address) => {
    const { handlers, log, folder, request } = await withTwoLetters();
    const result = await dispatch(handlers, 'composeEmail', { ...request, ...change }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', details: { field, address } } });
    expect((await readdir(folder)).filter((f) => f.endsWith('.eml'))).toEqual([]);
  });

  it('accepts an address with an accented domain and a plus sign', async () => {
    const { handlers, log, request } = await withTwoLetters();
    const result = await dispatch(handlers, 'composeEmail', { ...request, to: ['factures+fa001@société.fr'] }, log);
    expect(result.ok).toBe(true);
  });

  it('refuses attachments too big to be sent by any mail provider', async () => {
    const { ports, log, request } = await withTwoLetters();
    await expect(
      composeEmailDraft(
        { documents: ports.paths.documents, guard: defaultGuard(ports), log, maxAttachmentBytes: 1000 },
        request,
      ),
    ).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('keeps a pasted line break out of the headers (no hidden Bcc)', async () => {
    const { handlers, log, request } = await withTwoLetters();
    const result = await dispatch(
      handlers,
      'composeEmail',
      { ...request, subject: 'Relance\r\nBcc: pirate@example.com', to: ['Jean\r\nBcc: pirate@example.com <jean@dupont.fr>'] },
      log,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const mail = await simpleParser(await readFile((result.data as { path: string }).path));
    expect(mail.subject).toBe('Relance Bcc: pirate@example.com');
    expect(addresses(mail.to)).toEqual([{ name: 'Jean Bcc: pirate@example.com', address: 'jean@dupont.fr' }]);
    expect(mail.bcc).toBeUndefined();
  });

  it('a failed write (disk full) leaves neither a draft nor a temporary file behind', async () => {
    const { handlers, log, folder, request } = await withTwoLetters();
    const realOpen = fsPromises.open.bind(fsPromises);
    vi.spyOn(fsPromises, 'open').mockImplementation(async (file, flags, mode) => {
      const handle = await realOpen(file, flags, mode);
      if (!String(file).includes('.eml')) return handle;
      // Half the message reaches the disk, then the disk is full.
      handle.writeFile = async (data: unknown) => {
        await handle.write(Buffer.from(data as Uint8Array).subarray(0, 100));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      };
      return handle;
    });
    const before = await readdir(folder);
    const result = await dispatch(handlers, 'composeEmail', request, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(await readdir(folder)).toEqual(before);
  });
});
