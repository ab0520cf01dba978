/**
 * Inserting a variable where the cursor is: plain text as `{{name}}`; a yes/no condition as a
 * block around the selected text (`{{#if name}}…{{/if}}`); a table on a line of its own, which is
 * what makes it a table in the letter.
 */
import type { VariableType } from '../../domain/templates/variables';

export interface Insertion {
  text: string;
  /** Where the cursor goes afterwards. */
  caret: number;
}

export function insertVariable(text: string, start: number, end: number, name: string, type: VariableType): Insertion {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const selected = text.slice(from, to);
  const after = text.slice(to);
  if (type === 'flag') {
    const open = `{{#if ${name}}}`;
    const inserted = `${open}${selected}{{/if}}`;
    return { text: before + inserted + after, caret: from + open.length + selected.length };
  }
  if (type === 'table') {
    const lead = before === '' || before.endsWith('\n') ? '' : '\n';
    const trail = after === '' || after.startsWith('\n') ? '' : '\n';
    const inserted = `${lead}{{${name}}}${trail}`;
    return { text: before + inserted + after, caret: from + inserted.length };
  }
  const inserted = `{{${name}}}`;
  return { text: before + inserted + after, caret: from + inserted.length };
}

/** The offset in `text` of a 1-based line and column, for jumping to an error. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}
