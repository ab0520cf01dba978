/**
 * The templates Relance ships: every kind in French and English, in its usual tone, and the three
 * tones (cordial, ferme, formel) for the kinds whose tone is chosen per customer.
 */
import type { Template } from '../../model';
import type { TemplateKind, TemplateLanguage, TemplateTone } from '../kinds';
import { callNotesTemplates } from './call-notes';
import { courtesyTemplates } from './courtesy';
import { formalNoticeTemplates } from './formal-notice';
import { planAgreementTemplates } from './plan-agreement';
import { reminder1Templates } from './reminder-1';
import { reminder2Templates } from './reminder-2';
import type { DefaultTemplateText } from './shared';
import { statementTemplates } from './statement';

/** The id of a built-in template; a user's edited version is stored under the same id. */
export function builtInTemplateId(kind: TemplateKind, language: TemplateLanguage, tone: TemplateTone): string {
  return `builtin:${kind}:${language}:${tone}`;
}

const TEXTS: readonly DefaultTemplateText[] = [
  ...courtesyTemplates,
  ...reminder1Templates,
  ...reminder2Templates,
  ...formalNoticeTemplates,
  ...statementTemplates,
  ...callNotesTemplates,
  ...planAgreementTemplates,
];

export const DEFAULT_TEMPLATES: readonly Template[] = TEXTS.map((text) => ({
  id: builtInTemplateId(text.kind, text.language, text.tone),
  kind: text.kind,
  language: text.language,
  tone: text.tone,
  subject: text.subject,
  body: text.body,
  builtIn: true,
}));

const BY_ID = new Map(DEFAULT_TEMPLATES.map((template) => [template.id, template]));

/** The shipped version of a built-in template, or undefined for a user's own template. */
export function defaultTemplate(id: string): Template | undefined {
  return BY_ID.get(id);
}
