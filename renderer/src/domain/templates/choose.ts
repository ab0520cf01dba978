/**
 * Which template a letter uses: the kind and language asked for, in the customer's tone when there
 * is one, else the nearest tone (a cordial letter rather falls back to a firm one than a formal
 * one). A user's own template wins over a built-in one of the same kind, language and tone.
 */
import type { Template } from '../model';
import type { TemplateTone } from './kinds';
import { defaultTemplate } from './defaults/index';

const TONE_PREFERENCE: Record<TemplateTone, readonly TemplateTone[]> = {
  cordial: ['cordial', 'ferme', 'formel'],
  ferme: ['ferme', 'formel', 'cordial'],
  formel: ['formel', 'ferme', 'cordial'],
};

export function chooseTemplate(
  templates: readonly Template[],
  kind: string,
  language: 'fr' | 'en',
  tone: TemplateTone,
): Template | null {
  const candidates = templates.filter((template) => template.kind === kind && template.language === language);
  for (const wanted of TONE_PREFERENCE[tone]) {
    const ofTone = candidates.filter((template) => template.tone === wanted);
    const own = ofTone.find((template) => !template.builtIn);
    if (own) return own;
    if (ofTone[0]) return ofTone[0];
  }
  return null;
}

/** A built-in template whose text differs from what Relance ships. */
export function isModified(template: Template): boolean {
  const shipped = defaultTemplate(template.id);
  return shipped !== undefined && (shipped.subject !== template.subject || shipped.body !== template.body);
}
