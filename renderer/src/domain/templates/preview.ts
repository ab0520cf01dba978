/**
 * The template editor's preview: the template filled with the sample data, as a letter body
 * (paragraphs and tables) and as an e-mail. Unlike composition it renders even a template with
 * errors, so the preview keeps following the user's typing while the errors are listed.
 */
import { emailText } from '../letters/compose';
import { buildTemplateValues } from '../letters/values';
import type { IsoDate } from '../dates';
import type { Template } from '../model';
import { parseTemplate, renderBlocks, renderLine, type BodyBlock, type TemplateError } from './engine';
import { isTemplateKind, type TemplateKind } from './kinds';
import { sampleLetterData } from './sample';

export interface TemplatePreview {
  subject: string;
  blocks: BodyBlock[];
  emailText: string;
  /** The signature the letter layout prints under the body (none for a payment plan agreement). */
  signature: string[];
  errors: { subject: TemplateError[]; body: TemplateError[] };
}

export function previewTemplate(template: Pick<Template, 'kind' | 'language' | 'subject' | 'body'>, today: IsoDate): TemplatePreview {
  const kind: TemplateKind = isTemplateKind(template.kind) ? template.kind : 'courtesy';
  const data = sampleLetterData(kind, template.language, today);
  const values = buildTemplateValues(data);
  const subject = parseTemplate(template.subject, { kind });
  const body = parseTemplate(template.body, { kind });
  const blocks = renderBlocks(body, values);
  return {
    subject: renderLine(subject, values),
    blocks,
    emailText: emailText(blocks, data),
    signature: kind === 'plan-agreement' ? [] : [data.signature.name, data.signature.role],
    errors: { subject: subject.errors, body: body.errors },
  };
}
