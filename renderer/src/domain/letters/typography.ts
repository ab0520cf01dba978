/**
 * The typography of what a letter prints, applied to the text once the template is filled (so a
 * user's own template gets it too):
 *
 * - in every language, the apostrophe between two letters is the typographic one (’);
 * - in French, the spaces the language puts inside its punctuation cannot break: a no-break space
 *   (U+00A0) before ":" and "»" and after "«", a narrow no-break space (U+202F) before ";", "!" and
 *   "?", a no-break space after "n°" ("n° FA-001"). A line of the PDF only breaks at ordinary
 *   spaces, so "ci-après « le créancier »" never leaves a "«" alone at the end of a line, and an
 *   amount never starts a line with "?".
 *
 * Only spaces already typed are made unbreakable: nothing is added where the text has no space
 * ("10:30", "https://…" are left as they are).
 */
import type { LetterLanguage } from './letter-data';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';
/** Spaces of a line (not the line break): ordinary, no-break, narrow no-break. */
const SPACES = '[ \\u00a0\\u202f\\t]+';

const RULES: readonly [RegExp, string][] = [
  [new RegExp(`${SPACES}([;!?])`, 'g'), `${NARROW_NBSP}$1`],
  [new RegExp(`${SPACES}([:»])`, 'g'), `${NBSP}$1`],
  [new RegExp(`«${SPACES}`, 'g'), `«${NBSP}`],
  [new RegExp(`(^|[^\\p{L}\\p{N}])([nN]°)${SPACES}(?=\\S)`, 'gu'), `$1$2${NBSP}`],
];

const APOSTROPHE = /(\p{L})'(?=\p{L})/gu;

export function typeset(text: string, language: LetterLanguage): string {
  const curly = text.replace(APOSTROPHE, '$1’');
  if (language !== 'fr') return curly;
  return RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), curly);
}
