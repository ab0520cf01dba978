import { describe, expect, it } from 'vitest';
import { fecMessages } from '../../renderer/src/domain/import/fec-messages';
import { buildFecPreview, FEC_ISSUE_CODES } from '../../renderer/src/domain/import/fec-preset';
import type { ImportIssue, ImportPreview, Table, TermsPolicy } from '../../renderer/src/domain/import/types';
import { fecDetection, fecTable } from '../support/fec-builder';
import type { FecLayout, FecLine } from '../support/fec-builder';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** What i18next does with `t(code, { line, ...params })`: `<code>_<context>` first, then `<code>`. */
function render(issue: ImportIssue, lang: 'fr' | 'en'): string {
  const context = issue.params?.context;
  const entry = (context !== undefined ? fecMessages[`${issue.code}_${context}`] : undefined) ?? fecMessages[issue.code];
  if (entry === undefined) throw new Error(`no message for ${issue.code}`);
  const values: Record<string, unknown> = { line: issue.line ?? undefined, ...issue.params };
  return entry[lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

function previews(): ImportPreview[] {
  const terms: TermsPolicy = { days: 30, rule: 'net' };
  const run = (lines: FecLine[], layout: FecLayout = {}) => {
    const table = fecTable(lines, layout);
    return buildFecPreview(table, fecDetection(table), { terms });
  };
  const c1 = { aux: 'C1', auxLib: 'Dupont SARL' };
  const everything: FecLine[] = [
    { journal: 'ANO', journalLib: 'A nouveaux', date: '20240101', ...c1, piece: 'RAN', debit: 1_000 },
    { journal: 'BQ', date: '20240105', ...c1, piece: 'V0', credit: 600, letter: 'OLD' },
    { journal: 'VE', date: '20240110', ...c1, piece: 'FA1', debit: 5_000, letter: 'A' },
    { journal: 'BQ', date: '20240120', ...c1, piece: 'V1', credit: 2_000, letter: 'A' },
    { journal: 'VE', date: '20240111', ...c1, piece: 'FA2', debit: 5_000, letter: 'B' },
    { journal: 'BQ', date: '20240121', ...c1, piece: 'V2', credit: 7_000, letter: 'B' },
    { journal: 'BQ', date: '20240122', ...c1, piece: 'V3', credit: 300 },
    { journal: 'VE', date: '20240112', ...c1, piece: '', debit: 100 },
    { journal: 'VE', date: '20240113', ...c1, piece: 'FA1', debit: 100 },
    { journal: 'VE', date: '20240114', pieceDate: '', ...c1, piece: 'FA4', debit: 100 },
    { journal: 'VE', date: '20240115', ...c1, piece: 'FA5', debit: '12,3,4' },
    { journal: 'VE', date: '20241315', ...c1, piece: 'FA6', debit: 100 },
  ];
  const missing: Table = { header: ['JournalCode'], rows: [] };
  return [
    run(everything),
    run([{ journal: 'VE', date: '20240110', ...c1, piece: 'FA1', debit: 100 }], { amounts: 'montant-sens' }),
    (() => {
      const t = fecTable([{ journal: 'VE', date: '20240110', ...c1, piece: 'FA1', debit: 100 }], { amounts: 'montant-sens' });
      const sens = t.header.indexOf('Sens');
      t.rows[0]!.cells[sens] = '?';
      return buildFecPreview(t, fecDetection(t), { terms });
    })(),
    run([{ journal: 'BQ', date: '20240110', account: '512000', debit: 100 }]),
    buildFecPreview(missing, fecDetection(missing), { terms }),
    ...(['end-of-month-then-days', 'days-then-end-of-month'] as const).map((rule) => {
      const t = fecTable([{ journal: 'VE', date: '20240110', ...c1, piece: 'FA1', debit: 100 }]);
      return buildFecPreview(t, fecDetection(t), { terms: { days: 45, rule } });
    }),
  ];
}

describe('FEC issue messages', () => {
  const all = previews().flatMap((p) => p.issues);

  it('the scenarios above emit every code the preset declares', () => {
    expect([...new Set(all.map((i) => i.code))].sort()).toEqual([...FEC_ISSUE_CODES].sort());
    const contexts = new Set(all.map((i) => `${i.code}_${i.params?.context ?? ''}`));
    for (const key of Object.keys(fecMessages).filter((k) => k.includes('_'))) expect(contexts.has(key)).toBe(true);
  });

  it('every code has a message, and every context variant exists', () => {
    for (const code of FEC_ISSUE_CODES) expect(fecMessages[code], code).toBeDefined();
    for (const key of Object.keys(fecMessages)) expect(FEC_ISSUE_CODES).toContain(key.split('_')[0]);
  });

  it('French and English use the same placeholders; no empty text; French apostrophes are typographic', () => {
    for (const [key, { fr, en }] of Object.entries(fecMessages)) {
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(fr) });
      expect(fr.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect({ key, straight: fr.includes("'") }).toEqual({ key, straight: false });
    }
  });

  it('every emitted issue renders completely in both languages', () => {
    for (const issue of all) {
      for (const lang of ['fr', 'en'] as const) {
        const text = render(issue, lang);
        expect(text, `${issue.code} (${lang})`).not.toMatch(/undefined|\{\{|\}\}/);
      }
    }
  });

  it('reads well (samples)', () => {
    const partial = all.find((i) => i.code === 'partial-lettering' && i.params?.context === 'debit')!;
    expect(render(partial, 'fr')).toBe(
      'Le lettrage A de Dupont SARL (C1) est partiel : les factures lettrées dépassent les règlements de 30,00 € (lignes 4, 5). Ce reste est considéré comme dû. Si le client a tout payé (par exemple après la clôture de l’exercice), vous pourrez marquer ces factures comme payées dans Relance.',
    );
    const bad = all.find((i) => i.code === 'bad-amount')!;
    expect(render(bad, 'en')).toBe(
      'Line 12: "12,3,4" in column "Debit" is not a readable amount. This customer entry was not imported: correct it in your accounting software and export the FEC again.',
    );
  });
});
