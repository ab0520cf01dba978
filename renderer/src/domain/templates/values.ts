/**
 * What the variables of a template hold once filled in: text, a yes/no condition, or a table that
 * prints as a table in a letter and as plain lines elsewhere.
 */
import type { LetterTableContent } from '../letters/letter-content';

export interface TableValue {
  type: 'table';
  table: LetterTableContent;
  /** The same content as plain text, one line per row then one per total ("Total dû : 1 234,56 €"). */
  lines: string[];
}

export type TemplateValue = string | boolean | TableValue;
export type TemplateValues = Readonly<Record<string, TemplateValue | undefined>>;

/** A condition holds for `true`, non-blank text and a table with rows. */
export function isTruthy(value: TemplateValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() !== '';
  return value.table.rows.length > 0;
}

export function valueAsText(value: TemplateValue | undefined): string {
  if (value === undefined || typeof value === 'boolean') return '';
  if (typeof value === 'string') return value;
  return value.lines.join('\n');
}
