import type { TFunction } from 'i18next';
import type { ImportIssue } from '../../domain/import/types';

/** The sentence shown for an import issue, in the interface language, with its line. */
export function issueText(t: TFunction, issue: ImportIssue): string {
  return t(`import.issues.${issue.code}`, { line: issue.line ?? '', ...issue.params, defaultValue: issue.code });
}
