/**
 * Saving and e-mailing a letter from the renderer's side: a document is recorded only once main
 * says the file was written, so a failed write never leaves a record of a file that does not
 * exist; what main answers (path, SHA-256) is what is recorded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LetterSpec } from '../../electron/letter-spec';
import { setBridgeForTests } from '../../renderer/src/bridge';
import { database } from '../../renderer/src/db/database';
import type { Customer } from '../../renderer/src/domain/model';
import { emailLetter, letterFileName, saveLetterDocument } from '../../renderer/src/features/letter-generation/letter-files';
import { bridgeDouble } from './bridge-double';

const stamp = '2026-01-01T00:00:00.000Z';
const customer: Customer = {
  id: 'dupont', reference: '411DUPONT', name: 'Menuiserie Dupont', kind: 'business', createdAt: stamp, updatedAt: stamp,
  contacts: [{ id: 'k1', name: 'Claire Durand', email: 'claire@dupont.fr' }, { id: 'k2', name: 'Compta', email: 'compta@dupont.fr' }],
};
const letter = {
  kind: 'formal-notice',
  language: 'fr',
  registered: { label: 'Lettre recommandée avec accusé de réception', trackingNumber: '1A23456789012' },
  metadata: { title: 'Mise en demeure – Menuiserie Dupont – 30/11/2026', author: 'Atelier', subject: '', keywords: [], createdAt: stamp },
} as unknown as LetterSpec;
const input = { customer, letter, invoiceIds: ['i1', 'i2'], today: '2026-11-30', summary: 'Mise en demeure établie : 2 factures.' };

const db = () => database();
beforeEach(async () => {
  await db().documents.clear();
  await db().interactions.clear();
});
afterEach(() => setBridgeForTests(null));

describe('saving a letter', () => {
  it('records nothing when main could not write the file (disk full)', async () => {
    const { api } = bridgeDouble({ saveLetter: async () => ({ ok: false, error: { code: 'DISK_FULL', message: 'ENOSPC' } }) });
    setBridgeForTests(api);
    const result = await saveLetterDocument(db(), input, 'FA-2026-101');
    expect(result).toEqual({ ok: false, error: { code: 'DISK_FULL', message: 'ENOSPC' } });
    expect(await db().documents.count()).toBe(0);
    expect(await db().interactions.count()).toBe(0);
  });

  it('records what main wrote, as a registered letter with its tracking number, and a line of history', async () => {
    const path = '/Documents/Relance/2026/411DUPONT Menuiserie Dupont/2026-11-30 Mise en demeure FA-2026-101.pdf';
    const { api, calls } = bridgeDouble({ saveLetter: async () => ({ ok: true, data: { path, sha256: 'b'.repeat(64), size: 28_000, pages: 2 } }) });
    setBridgeForTests(api);
    const result = await saveLetterDocument(db(), input, 'FA-2026-101');
    expect(result.ok).toBe(true);
    expect(calls[0]!.request).toMatchObject({ folder: ['2026', '411DUPONT Menuiserie Dupont'], fileName: '2026-11-30 Mise en demeure FA-2026-101.pdf' });
    const [document] = await db().documents.toArray();
    expect(document).toMatchObject({
      customerId: 'dupont', kind: 'formal-notice', channel: 'registered-letter', path, sha256: 'b'.repeat(64), pages: 2,
      invoiceIds: ['i1', 'i2'], registered: { trackingNumber: '1A23456789012' },
    });
    const [interaction] = await db().interactions.toArray();
    expect(interaction).toMatchObject({ customerId: 'dupont', channel: 'registered-letter', summary: input.summary, documentIds: [document!.id] });
  });

  it('names the file after the date, the kind and the first invoice, without characters a file system refuses', () => {
    expect(letterFileName({ kind: 'reminder-1', language: 'fr' }, '2026-11-30', 'FA/2026:101')).toBe('2026-11-30 Relance FA 2026 101.pdf');
    expect(letterFileName({ kind: 'statement', language: 'en' }, '2026-11-30', undefined)).toBe('2026-11-30 Statement of account.pdf');
  });
});

describe('e-mailing a saved letter', () => {
  const saved = async () => {
    const { api } = bridgeDouble({ saveLetter: async () => ({ ok: true, data: { path: '/docs/mise.pdf', sha256: 'c'.repeat(64), size: 1, pages: 1 } }) });
    setBridgeForTests(api);
    const result = await saveLetterDocument(db(), input);
    if (!result.ok) throw new Error('not saved');
    return result.value;
  };
  const email = (document: Awaited<ReturnType<typeof saved>>, mode: 'eml' | 'mailto') => ({
    customer, document, subject: 'Mise en demeure', text: 'Madame, Monsieur,', from: 'compta@atelier.fr', mode, today: '2026-11-30', title: 'E-mail',
    summary: { eml: (to: string) => `eml ${to}`, mailto: (to: string) => `mailto ${to}` },
  });

  it('writes a draft with the PDF attached to every contact, records it, then opens it', async () => {
    const document = await saved();
    const { api, calls } = bridgeDouble({ composeEmail: async () => ({ ok: true, data: { path: '/docs/mise.eml', sha256: 'd'.repeat(64), size: 9, pages: 0 } }) });
    setBridgeForTests(api);
    const result = await emailLetter(db(), email(document, 'eml'));
    expect(result.ok && result.mode).toBe('eml');
    expect(calls.map((c) => c.name)).toEqual(['composeEmail', 'openPath']);
    expect(calls[0]!.request).toMatchObject({ to: ['claire@dupont.fr'], cc: ['compta@dupont.fr'], attachments: ['/docs/mise.pdf'], from: 'compta@atelier.fr' });
    expect(await db().documents.where('customerId').equals('dupont').filter((d) => d.kind === 'email').count()).toBe(1);
  });

  it('records no e-mail when main could not write the draft', async () => {
    const document = await saved();
    const { api } = bridgeDouble({ composeEmail: async () => ({ ok: false, error: { code: 'DISK_FULL', message: 'ENOSPC' } }) });
    setBridgeForTests(api);
    expect((await emailLetter(db(), email(document, 'eml'))).ok).toBe(false);
    expect(await db().documents.filter((d) => d.kind === 'email').count()).toBe(0);
  });

  it('refuses a customer without any e-mail address', async () => {
    const document = await saved();
    expect(await emailLetter(db(), { ...email(document, 'eml'), customer: { ...customer, contacts: [] } })).toEqual({ ok: false, error: 'no-address' });
  });

  it('in mailto mode opens a mailto: link (no attachment possible) and shows the PDF in its folder', async () => {
    const document = await saved();
    const { api, calls } = bridgeDouble();
    setBridgeForTests(api);
    const result = await emailLetter(db(), email(document, 'mailto'));
    expect(result).toEqual({ ok: true, mode: 'mailto', truncated: false });
    expect(calls.map((c) => c.name)).toEqual(['openExternal', 'revealPath']);
    expect((calls[0]!.request as { url: string }).url.startsWith('mailto:claire@dupont.fr?')).toBe(true);
  });
});
