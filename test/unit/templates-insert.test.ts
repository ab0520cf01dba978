import { describe, expect, it } from 'vitest';
import { insertVariable, offsetOf } from '../../renderer/src/features/templates/insert';

describe('inserting a variable at the cursor', () => {
  it('puts a text variable at the cursor, replacing the selection, and moves the cursor after it', () => {
    expect(insertVariable('Bonjour ,', 8, 8, 'contact.name', 'text')).toEqual({ text: 'Bonjour {{contact.name}},', caret: 24 });
    expect(insertVariable('Bonjour XXX,', 8, 11, 'contact.name', 'text')).toEqual({ text: 'Bonjour {{contact.name}},', caret: 24 });
  });

  it('wraps the selected text in a condition and leaves the cursor inside', () => {
    const result = insertVariable('Pénalités dues.', 0, 15, 'penalties.any', 'flag');
    expect(result.text).toBe('{{#if penalties.any}}Pénalités dues.{{/if}}');
    expect(result.text.slice(0, result.caret)).toBe('{{#if penalties.any}}Pénalités dues.');
  });

  it('puts a table on a line of its own (an empty line is used as it is)', () => {
    expect(insertVariable('Factures : suite', 11, 11, 'invoices.table', 'table').text).toBe('Factures : \n{{invoices.table}}\nsuite');
    expect(insertVariable('A\n\nB', 2, 2, 'invoices.table', 'table').text).toBe('A\n{{invoices.table}}\nB');
  });

  it('keeps an out-of-range cursor inside the text', () => {
    expect(insertVariable('abc', 10, 12, 'today', 'text').text).toBe('abc{{today}}');
  });

  it('finds the offset of a line and column, for jumping to an error', () => {
    const text = 'ligne 1\nligne 2\n  {{x}}';
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 3, 3)).toBe(text.indexOf('{{x}}'));
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });
});
