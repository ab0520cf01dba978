/**
 * What a template is for. The kinds are the letter kinds of the letters contract
 * (electron/letter-spec.ts `letterKinds`); the domain cannot import from electron/, so the list
 * is repeated here and test/unit/templates-kinds.test.ts checks both lists are the same.
 */
export const TEMPLATE_KINDS = [
  'courtesy',
  'reminder-1',
  'reminder-2',
  'formal-notice',
  'statement',
  'call-notes',
  'plan-agreement',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_TONES = ['cordial', 'ferme', 'formel'] as const;
export type TemplateTone = (typeof TEMPLATE_TONES)[number];

export const TEMPLATE_LANGUAGES = ['fr', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export function isTemplateKind(value: string): value is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(value);
}

/** The tone a kind uses when the customer has no preference: a formal notice is always formal. */
export const DEFAULT_TONE: Record<TemplateKind, TemplateTone> = {
  courtesy: 'cordial',
  'reminder-1': 'cordial',
  'reminder-2': 'ferme',
  'formal-notice': 'formel',
  statement: 'cordial',
  'call-notes': 'cordial',
  'plan-agreement': 'formel',
};

/** Kinds whose letter asks to be paid: they need the company's IBAN to say how. */
export const PAYMENT_KINDS: ReadonlySet<TemplateKind> = new Set<TemplateKind>([
  'courtesy',
  'reminder-1',
  'reminder-2',
  'formal-notice',
  'plan-agreement',
]);
