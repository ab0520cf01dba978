import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import frBase from '../../renderer/src/app/locales/fr.json';
import enBase from '../../renderer/src/app/locales/en.json';

type Tree = { [key: string]: string | Tree };

/** The shared catalogue plus every feature's own (features/<name>/i18n/<lang>.json), as the app merges them. */
function withFeatures(base: Tree, language: string): Tree {
  const features = path.resolve(__dirname, '../../renderer/src/features');
  let merged = base;
  for (const feature of readdirSync(features)) {
    const file = path.join(features, feature, 'i18n', `${language}.json`);
    if (existsSync(file)) merged = merge(merged, JSON.parse(readFileSync(file, 'utf8')) as Tree);
  }
  return merged;
}

function merge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const existing = out[k];
    out[k] = typeof v === 'object' && typeof existing === 'object' ? merge(existing, v) : v;
  }
  return out;
}

const fr = withFeatures(frBase as Tree, 'fr');
const en = withFeatures(enBase as Tree, 'en');

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const frLeaves = leaves(fr);
  const enLeaves = leaves(en);

  it('have exactly the same keys in French and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...frLeaves.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of frLeaves) {
      expect({ key, placeholders: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('have no empty text', () => {
    for (const [key, text] of [...frLeaves, ...enLeaves]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('use the French typographic apostrophe consistently (no mixed straight quotes in one text)', () => {
    for (const [key, text] of frLeaves) {
      expect({ key, mixed: text.includes("'") && text.includes('’') }).toEqual({ key, mixed: false });
    }
  });
});

describe('labels the screens build from domain lists', () => {
  it('names every CSV field of the column mapping', async () => {
    const { CSV_FIELDS } = await import('../../renderer/src/domain/import/csv-mapping');
    const fields = (fr as { import: { mapping: { fields: Record<string, string> } } }).import.mapping.fields;
    for (const field of CSV_FIELDS) expect({ field, label: typeof fields[field] }).toEqual({ field, label: 'string' });
  });
});
