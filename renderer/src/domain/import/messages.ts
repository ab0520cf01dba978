/**
 * Every import issue text, French and English, gathered from the stages that emit them (reading,
 * FEC preset, CSV preset). The app puts them in its catalogue at `import.issues.<code>` (field
 * names at `import.fields`); the CLI renders them directly.
 */
import { csvFieldLabels, csvMessages, type Bilingual } from './csv-messages';
import { engineMessages } from './engine-messages';
import { fecMessages } from './fec-messages';
import type { ImportIssue } from './types';

export const importIssueMessages: Record<string, Bilingual> = { ...engineMessages, ...fecMessages, ...csvMessages };

/** The catalogue fragment for one language: { import: { issues, fields } }. */
export function importCatalogue(language: 'fr' | 'en') {
  const pick = (messages: Record<string, Bilingual>) =>
    Object.fromEntries(Object.entries(messages).map(([code, text]) => [code, text[language]]));
  return { import: { issues: pick(importIssueMessages), fields: pick(csvFieldLabels) } };
}

/** Renders an issue without i18next (the CLI): placeholders and nested field names filled in. */
export function renderIssue(issue: ImportIssue, language: 'fr' | 'en' = 'fr'): string {
  // Like i18next's context: a variant `<code>_<context>` wins when the issue names one.
  const context = issue.params?.context;
  const template =
    (context !== undefined ? importIssueMessages[`${issue.code}_${context}`]?.[language] : undefined) ??
    importIssueMessages[issue.code]?.[language];
  if (!template) return `${issue.code}${issue.line ? ` (ligne ${issue.line})` : ''}`;
  const values: Record<string, string | number> = { line: issue.line ?? '', ...issue.params };
  return template
    .replace(/\$t\(import\.fields\.\{\{(\w+)\}\}\)/g, (_, name: string) => csvFieldLabels[String(values[name]) as keyof typeof csvFieldLabels]?.[language] ?? String(values[name] ?? ''))
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
