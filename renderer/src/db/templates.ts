/**
 * Templates as the user sees them: the built-in defaults, each replaced by the user's edited
 * version when there is one (stored under the same id), then the user's own copies. Resetting a
 * built-in template deletes the edited version; nothing with a template error is ever stored.
 */
import { chooseTemplate } from '../domain/templates/choose';
import { DEFAULT_TEMPLATES, defaultTemplate } from '../domain/templates/defaults/index';
import { parseTemplate, type TemplateError } from '../domain/templates/engine';
import { isTemplateKind, TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_TONES } from '../domain/templates/kinds';
import type { RelanceDatabase } from './database';
import { newId } from './database';
import type { Template } from './schema';

export { chooseTemplate };

export async function loadTemplates(db: RelanceDatabase): Promise<Template[]> {
  const stored = await db.templates.toArray();
  const byId = new Map(stored.map((template) => [template.id, template]));
  const builtIns = DEFAULT_TEMPLATES.map((template) => {
    const edited = byId.get(template.id);
    return edited ? { ...edited, kind: template.kind, language: template.language, tone: template.tone, builtIn: true } : template;
  });
  const kindOrder = (kind: string) => {
    const index = (TEMPLATE_KINDS as readonly string[]).indexOf(kind);
    return index < 0 ? TEMPLATE_KINDS.length : index;
  };
  const own = stored
    .filter((template) => defaultTemplate(template.id) === undefined)
    .map((template) => ({ ...template, builtIn: false }))
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.language.localeCompare(b.language) || a.tone.localeCompare(b.tone));
  return [...builtIns, ...own];
}

export type SaveTemplateResult = { ok: true; template: Template } | { ok: false; errors: TemplateError[] };

/** Every error of the subject and the body, the subject's first (line numbers are per part). */
export function templateErrors(template: Pick<Template, 'kind' | 'subject' | 'body'>): { subject: TemplateError[]; body: TemplateError[] } {
  const kind = isTemplateKind(template.kind) ? template.kind : undefined;
  return {
    subject: parseTemplate(template.subject, kind ? { kind } : {}).errors,
    body: parseTemplate(template.body, kind ? { kind } : {}).errors,
  };
}

/** Stores the template unless it has an error; a built-in template keeps its kind, language and tone. */
export async function saveTemplate(db: RelanceDatabase, template: Template): Promise<SaveTemplateResult> {
  const shipped = defaultTemplate(template.id);
  const toStore: Template = shipped
    ? { ...template, kind: shipped.kind, language: shipped.language, tone: shipped.tone, builtIn: true }
    : { ...template, builtIn: false };
  if (!isTemplateKind(toStore.kind)) throw new Error(`Unknown template kind: ${toStore.kind}`);
  if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(toStore.language)) throw new Error(`Unknown language: ${toStore.language}`);
  if (!(TEMPLATE_TONES as readonly string[]).includes(toStore.tone)) throw new Error(`Unknown tone: ${toStore.tone}`);
  const { subject, body } = templateErrors(toStore);
  if (subject.length > 0 || body.length > 0) return { ok: false, errors: [...subject, ...body] };
  await db.templates.put(toStore);
  return { ok: true, template: toStore };
}

/** A built-in template back to what Relance ships; returns that version (null for a user's own template). */
export async function resetTemplate(db: RelanceDatabase, id: string): Promise<Template | null> {
  const shipped = defaultTemplate(id);
  if (!shipped) return null;
  await db.templates.delete(id);
  return shipped;
}

/** A copy the user owns, possibly in another language or tone; stored at once. */
export async function duplicateTemplate(
  db: RelanceDatabase,
  template: Template,
  changes: Partial<Pick<Template, 'language' | 'tone'>> = {},
): Promise<Template> {
  const copy: Template = { ...template, ...changes, id: newId(), builtIn: false };
  await db.templates.put(copy);
  return copy;
}

/** Deletes a user's own template (built-in templates are reset, never deleted). */
export async function deleteTemplate(db: RelanceDatabase, id: string): Promise<void> {
  if (defaultTemplate(id)) throw new Error('A built-in template cannot be deleted; reset it instead');
  await db.templates.delete(id);
}
