import { describe, expect, it } from 'vitest';
import {
  customerFolderName,
  documentFolder,
  EMPTY_DOCUMENT_FILTERS,
  emailFileName,
  filterDocuments,
  formatTrackingNumber,
  registeredFacts,
  registeredFactSummary,
  registeredStatus,
  safeName,
  sortDocuments,
  validateRegistered,
  validateTrackingNumber,
  type DocumentFilters,
  type RegisteredDraft,
} from '../../renderer/src/domain/documents';
import type { DocumentRecord } from '../../renderer/src/domain/model';
import { safeSegment } from '../../electron/letter-spec';

/** A local-time timestamp, so the calendar day is the same whatever the machine's time zone. */
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00`).toISOString();

const doc = (id: string, extra: Partial<DocumentRecord> = {}): DocumentRecord => ({
  id,
  customerId: 'dupont',
  kind: 'reminder-1',
  title: `Relance 1 · ${id}`,
  path: `/docs/2026/411DUPONT Menuiserie Dupont/${id}.pdf`,
  fileName: `${id}.pdf`,
  sha256: 'a'.repeat(64),
  createdAt: at('2026-03-10'),
  ...extra,
});

const filters = (patch: Partial<DocumentFilters>): DocumentFilters => ({ ...EMPTY_DOCUMENT_FILTERS, ...patch });
const ids = (docs: DocumentRecord[]) => docs.map((d) => d.id);

describe('document list', () => {
  const docs = [
    doc('r1', { createdAt: at('2026-01-15'), title: 'Relance 1 · FA-2026-101' }),
    doc('mise', { kind: 'formal-notice', createdAt: at('2026-03-02'), title: 'Mise en demeure · FA-2026-101', registered: { trackingNumber: '1A12345678901' } }),
    doc('rel', { kind: 'statement', customerId: 'martin', createdAt: at('2026-03-31', '23:30'), title: 'Relevé de compte au 31/03/2026' }),
    doc('mail', { kind: 'email', path: '/docs/2026/x/Relance.eml', fileName: 'Relance.eml', createdAt: at('2026-04-01', '00:15'), title: undefined }),
  ];

  it('shows everything, newest first, when no filter is set', () => {
    expect(ids(sortDocuments(filterDocuments(docs, EMPTY_DOCUMENT_FILTERS)))).toEqual(['mail', 'rel', 'mise', 'r1']);
  });

  it('keeps documents written at the same instant in a stable order', () => {
    const same = [doc('b', { createdAt: at('2026-02-01') }), doc('a', { createdAt: at('2026-02-01') })];
    expect(ids(sortDocuments(same))).toEqual(['a', 'b']);
    expect(ids(sortDocuments([...same].reverse()))).toEqual(['a', 'b']);
  });

  it('filters by customer and by several kinds', () => {
    expect(ids(filterDocuments(docs, filters({ customerId: 'martin' })))).toEqual(['rel']);
    expect(ids(filterDocuments(docs, filters({ kinds: ['formal-notice', 'email'] })))).toEqual(['mise', 'mail']);
    expect(ids(filterDocuments(docs, filters({ customerId: 'martin', kinds: ['formal-notice'] })))).toEqual([]);
  });

  it('filters by a date range with both bounds included, on the local calendar day', () => {
    // 31/03 at 23:30 local is still the 31st for the user, whatever UTC says.
    expect(ids(filterDocuments(docs, filters({ from: '2026-03-02', to: '2026-03-31' })))).toEqual(['mise', 'rel']);
    expect(ids(filterDocuments(docs, filters({ from: '2026-04-01' })))).toEqual(['mail']);
    expect(ids(filterDocuments(docs, filters({ to: '2026-01-15' })))).toEqual(['r1']);
    // A bound being typed (not a valid day yet) does not empty the list.
    expect(filterDocuments(docs, filters({ from: '2026-02-3' }))).toHaveLength(4);
  });

  it('searches the title, the file name and the tracking number, without accents or case', () => {
    expect(ids(filterDocuments(docs, filters({ query: 'releve' })))).toEqual(['rel']);
    expect(ids(filterDocuments(docs, filters({ query: 'FA-2026-101 mise' })))).toEqual(['mise']);
    expect(ids(filterDocuments(docs, filters({ query: 'relance.eml' })))).toEqual(['mail']);
    expect(ids(filterDocuments(docs, filters({ query: '1a 1234' })))).toEqual(['mise']);
    expect(filterDocuments(docs, filters({ query: 'dupont sarl' }))).toEqual([]);
  });
});

describe('registered status', () => {
  it('says nothing for an ordinary letter, "to send" for a formal notice or a registered letter', () => {
    expect(registeredStatus(doc('a')).state).toBe('none');
    expect(registeredStatus(doc('a', { channel: 'letter', kind: 'formal-notice' })).state).toBe('none');
    expect(registeredStatus(doc('a', { kind: 'formal-notice' })).state).toBe('to-send');
    expect(registeredStatus(doc('a', { channel: 'registered-letter' })).state).toBe('to-send');
    expect(registeredStatus(doc('a', { registered: { trackingNumber: '1A12345678901' } }))).toEqual({ state: 'to-send', trackingNumber: '1A12345678901' });
  });

  it('follows the letter: sent, then received or unclaimed', () => {
    const base = { channel: 'registered-letter' as const };
    expect(registeredStatus(doc('a', { ...base, registered: { sentOn: '2026-03-02' } }))).toEqual({ state: 'sent', sentOn: '2026-03-02' });
    expect(registeredStatus(doc('a', { ...base, registered: { sentOn: '2026-03-02', receivedOn: '2026-03-04' } }))).toMatchObject({
      state: 'received',
      receivedOn: '2026-03-04',
    });
    expect(registeredStatus(doc('a', { ...base, registered: { sentOn: '2026-03-02', unclaimed: true } })).state).toBe('unclaimed');
  });
});

describe('tracking numbers', () => {
  it.each([
    ['1A12345678901', '1A12345678901'],
    ['1a 123 456 7890 1', '1A12345678901'],
    ['1K 00123456789', '1K00123456789'],
    ['RR123456789FR', 'RR123456789FR'],
    ['rr 123 456 789 fr', 'RR123456789FR'],
    ['RR-123.456.789-FR', 'RR123456789FR'],
  ])('accepts %s as %s', (typed, stored) => {
    expect(validateTrackingNumber(typed)).toEqual({ ok: true, value: stored });
  });

  it.each(['', '12345', 'ABCDEFGHIJKLM', '1A1234567890', '1A123456789012', '2026-03-12', 'Dupont SARL', 'RR12345678FR', '1A1234567890€'])(
    'refuses %j',
    (typed) => {
      expect(validateTrackingNumber(typed)).toEqual({ ok: false, error: 'format' });
    },
  );

  it('is shown in groups, as on the receipt', () => {
    expect(formatTrackingNumber('1A12345678901')).toBe('1A 123 456 7890 1');
    expect(formatTrackingNumber('RR123456789FR')).toBe('RR 123 456 789 FR');
  });
});

describe('registered letter tracking', () => {
  const today = '2026-03-20';
  const draft = (patch: Partial<RegisteredDraft>): RegisteredDraft => ({ trackingNumber: '', sentOn: '', receivedOn: '', unclaimed: false, ...patch });

  it('accepts a letter to send with nothing yet, then sent, then received', () => {
    expect(validateRegistered(draft({}), today)).toEqual({ ok: true, value: {} });
    expect(validateRegistered(draft({ trackingNumber: '1A 123 456 7890 1', sentOn: '2026-03-12' }), today)).toEqual({
      ok: true,
      value: { trackingNumber: '1A12345678901', sentOn: '2026-03-12' },
    });
    expect(validateRegistered(draft({ sentOn: '2026-03-12', receivedOn: '2026-03-12' }), today).ok).toBe(true);
    expect(validateRegistered(draft({ sentOn: '2026-03-12', unclaimed: true }), today)).toEqual({ ok: true, value: { sentOn: '2026-03-12', unclaimed: true } });
  });

  it('refuses a bad tracking number, a date in the future, an impossible day', () => {
    expect(validateRegistered(draft({ trackingNumber: 'n° 12', sentOn: '2026-03-21' }), today)).toEqual({
      ok: false,
      errors: { trackingNumber: 'tracking-format', sentOn: 'date-future' },
    });
    expect(validateRegistered(draft({ sentOn: '2026-02-30' }), today)).toEqual({ ok: false, errors: { sentOn: 'date-invalid' } });
    expect(validateRegistered(draft({ sentOn: '2026-03-12', receivedOn: '2026-03-25' }), today)).toEqual({
      ok: false,
      errors: { receivedOn: 'date-future' },
    });
  });

  it('refuses a receipt before the sending, or without it, and received with unclaimed', () => {
    expect(validateRegistered(draft({ sentOn: '2026-03-12', receivedOn: '2026-03-11' }), today)).toEqual({
      ok: false,
      errors: { receivedOn: 'received-before-sent' },
    });
    expect(validateRegistered(draft({ receivedOn: '2026-03-14' }), today)).toEqual({ ok: false, errors: { sentOn: 'sent-required' } });
    expect(validateRegistered(draft({ unclaimed: true }), today)).toEqual({ ok: false, errors: { sentOn: 'sent-required' } });
    expect(validateRegistered(draft({ sentOn: '2026-03-12', receivedOn: '2026-03-14', unclaimed: true }), today)).toEqual({
      ok: false,
      errors: { unclaimed: 'received-and-unclaimed' },
    });
  });

  it('lists the new facts for the history, and the ones a correction withdrew', () => {
    expect(registeredFacts(undefined, { trackingNumber: '1A12345678901', sentOn: '2026-03-12' })).toEqual([
      { kind: 'sent', sentOn: '2026-03-12', trackingNumber: '1A12345678901' },
    ]);
    const sent = { trackingNumber: '1A12345678901', sentOn: '2026-03-12' };
    expect(registeredFacts(sent, { ...sent, receivedOn: '2026-03-14' })).toEqual([{ kind: 'received', receivedOn: '2026-03-14' }]);
    expect(registeredFacts(sent, { ...sent, unclaimed: true })).toEqual([{ kind: 'unclaimed' }]);
    expect(registeredFacts({ sentOn: '2026-03-12' }, { sentOn: '2026-03-12', trackingNumber: 'RR123456789FR' })).toEqual([
      { kind: 'tracking', trackingNumber: 'RR123456789FR' },
    ]);
    expect(registeredFacts({ ...sent, receivedOn: '2026-03-14' }, { ...sent, unclaimed: true })).toEqual([
      { kind: 'withdrawn', what: 'received' },
      { kind: 'unclaimed' },
    ]);
    expect(registeredFacts(sent, sent)).toEqual([]);
  });

  it('writes history lines a user and a judge can read', () => {
    expect(registeredFactSummary({ kind: 'sent', sentOn: '2026-03-12', trackingNumber: '1A12345678901' }, 'Mise en demeure · FA-2026-101')).toBe(
      'Lettre recommandée « Mise en demeure · FA-2026-101 » envoyée le 12/03/2026 (n° 1A 123 456 7890 1).',
    );
    expect(registeredFactSummary({ kind: 'received', receivedOn: '2026-03-14' }, 'Mise en demeure')).toBe(
      'Lettre recommandée « Mise en demeure » reçue le 14/03/2026 (accusé de réception).',
    );
    expect(registeredFactSummary({ kind: 'unclaimed' }, 'Mise en demeure')).toContain('non réclamé');
    expect(registeredFactSummary({ kind: 'received', receivedOn: '2026-03-14' }, 'Formal notice', 'en')).toBe(
      'Registered letter "Formal notice" received on 14/03/2026 (acknowledgement of receipt).',
    );
  });
});

describe('folders and file names', () => {
  it('gives each customer a folder under the year that main accepts', () => {
    expect(documentFolder({ reference: '411DUPONT', name: 'Menuiserie Dupont' }, '2026')).toEqual(['2026', '411DUPONT Menuiserie Dupont']);
    for (const name of ['Dupont / Fils : "SARL"', 'A.B.C.', ' <?> ', 'x'.repeat(200), 'Café  des  Arts\tLyon']) {
      const folder = customerFolderName({ reference: 'C1', name });
      expect(safeSegment.safeParse(folder).success, folder).toBe(true);
    }
    expect(safeName(' .. ', 'Client')).toBe('Client');
  });

  it('names the e-mail draft after its document', () => {
    expect(emailFileName({ fileName: 'Relance 1 FA-2026-101.pdf', path: '/x/y.pdf' })).toBe('Relance 1 FA-2026-101.eml');
    expect(emailFileName({ path: 'C:\\Docs\\2026\\Mise en demeure.pdf' })).toBe('Mise en demeure.eml');
    expect(safeSegment.safeParse(emailFileName({ fileName: `${'é'.repeat(120)}.pdf`, path: '' })).success).toBe(true);
  });
});
