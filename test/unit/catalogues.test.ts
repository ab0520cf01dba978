import { describe, expect, it } from 'vitest';
import fr from '../../renderer/src/app/locales/fr.json';
import en from '../../renderer/src/app/locales/en.json';

type Tree = { [key: string]: string | Tree };

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
  const frLeaves = leaves(fr as Tree);
  const enLeaves = leaves(en as Tree);

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
