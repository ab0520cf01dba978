import { describe, expect, it } from 'vitest';
import { letterKinds } from '../../electron/letter-spec';
import { buildTemplateValues } from '../../renderer/src/domain/letters/values';
import type { Template } from '../../renderer/src/domain/model';
import { chooseTemplate, isModified } from '../../renderer/src/domain/templates/choose';
import { builtInTemplateId, DEFAULT_TEMPLATES, defaultTemplate } from '../../renderer/src/domain/templates/defaults/index';
import { parseTemplate, renderBlocks, renderText } from '../../renderer/src/domain/templates/engine';
import { DEFAULT_TONE, TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_TONES, type TemplateKind } from '../../renderer/src/domain/templates/kinds';
import { previewTemplate } from '../../renderer/src/domain/templates/preview';
import { sampleLetterData } from '../../renderer/src/domain/templates/sample';
import { variablesFor } from '../../renderer/src/domain/templates/variables';

const TODAY = '2026-11-30';
/** French amounts carry narrow and no-break spaces: compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function rendered(template: Template, data = sampleLetterData(template.kind as TemplateKind, template.language, TODAY)): string {
  const values = buildTemplateValues(data);
  return plain(`${renderText(parseTemplate(template.subject), values)}\n${renderText(parseTemplate(template.body), values)}`);
}

describe('the templates Relance ships', () => {
  it('cover the letter kinds of the letters contract, no more, no fewer', () => {
    expect([...TEMPLATE_KINDS]).toEqual([...letterKinds]);
  });

  it('have every kind in French and in English, in its usual tone', () => {
    for (const kind of TEMPLATE_KINDS) {
      for (const language of TEMPLATE_LANGUAGES) {
        expect(defaultTemplate(builtInTemplateId(kind, language, DEFAULT_TONE[kind])), `${kind} ${language}`).toBeDefined();
      }
    }
  });

  it('have the three tones for the reminders whose tone is chosen per customer', () => {
    for (const kind of ['courtesy', 'reminder-1', 'reminder-2'] as const) {
      for (const language of TEMPLATE_LANGUAGES) {
        for (const tone of TEMPLATE_TONES) expect(defaultTemplate(builtInTemplateId(kind, language, tone)), `${kind} ${language} ${tone}`).toBeDefined();
      }
    }
  });

  it('have unique ids and are all marked built in', () => {
    expect(new Set(DEFAULT_TEMPLATES.map((template) => template.id)).size).toBe(DEFAULT_TEMPLATES.length);
    expect(DEFAULT_TEMPLATES.every((template) => template.builtIn)).toBe(true);
  });

  it.each(DEFAULT_TEMPLATES.map((template) => [template.id, template] as const))('%s parses without error for its kind', (_id, template) => {
    const kind = template.kind as TemplateKind;
    expect(parseTemplate(template.subject, { kind }).errors).toEqual([]);
    expect(parseTemplate(template.body, { kind }).errors).toEqual([]);
  });

  it.each(DEFAULT_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s renders with sample data into clean text, every printed variable filled',
    (_id, template) => {
      const text = rendered(template);
      expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object/);
      const values = buildTemplateValues(sampleLetterData(template.kind as TemplateKind, template.language, TODAY));
      const empty: string[] = [];
      renderBlocks(parseTemplate(template.body), values, (name) => empty.push(name));
      expect(empty).toEqual([]);
      // Blank lines never pile up and no line ends with spaces.
      expect(renderBlocks(parseTemplate(template.body), values).every((block) => block.type !== 'paragraph' || block.text.trim() !== '')).toBe(true);
    },
  );

  it('French letters address the customer with "vous", never "tu"', () => {
    // The payment plan is a contract between "le créancier" and "le débiteur", in the third person.
    for (const template of DEFAULT_TEMPLATES.filter((t) => t.language === 'fr' && t.kind !== 'plan-agreement')) {
      const text = rendered(template);
      expect(text, template.id).toMatch(/\bvous\b|\bvotre\b/i);
      expect(text, template.id).not.toMatch(/\b(tu|toi|ton|ta|tes)\b/i);
    }
  });

  it('the French reminders give the facts: invoice numbers, due dates, amount, "règlement", IBAN and how to reach us', () => {
    const data = sampleLetterData('courtesy', 'fr', TODAY);
    for (const template of DEFAULT_TEMPLATES.filter((t) => ['courtesy', 'reminder-1', 'reminder-2'].includes(t.kind) && t.language === 'fr')) {
      const text = rendered(template);
      for (const invoice of data.invoices) {
        expect(text, template.id).toContain(invoice.number);
        expect(text, template.id).toContain(invoice.dueDate.split('-').reverse().join('/'));
      }
      expect(text, template.id).toContain('règlement');
      expect(text, template.id).toContain('FR76 3000 6000 0112 3456 7890 189');
      expect(text, template.id).toContain('04 72 00 12 34');
    }
    expect(rendered(defaultTemplate('builtin:courtesy:fr:cordial')!)).toContain('nous n’avons pas encore reçu le règlement');
  });

  it('the second reminder states the penalties and the 40 € indemnity to a business, and no indemnity to a consumer', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const tone of TEMPLATE_TONES) {
        const template = defaultTemplate(builtInTemplateId('reminder-2', language, tone))!;
        const business = rendered(template);
        expect(business).toContain(language === 'fr' ? '40,00 €' : '€40.00');
        expect(business).toContain('L441-10');
        const data = sampleLetterData('reminder-2', language, TODAY);
        const consumer = rendered(template, {
          ...data,
          customer: { ...data.customer, kind: 'consumer' },
          invoices: data.invoices.map((invoice) => ({ ...invoice, interestCents: 0, indemnityCents: 0 })),
        });
        expect(consumer).not.toMatch(/indemnit/i);
        expect(consumer).not.toContain('40,00 €');
      }
    }
  });

  it('the call follow-up gives the five points and asks the customer to confirm', () => {
    const text = rendered(defaultTemplate('builtin:call-notes:fr:cordial')!);
    const notes = sampleLetterData('call-notes', 'fr', TODAY).callNotes!;
    for (const point of [notes.theirStep, notes.ourStep, notes.dates, notes.ifBroken]) expect(text).toContain(point);
    expect(text).toContain('10 décembre 2026');
    expect(text).toMatch(/confirmer/);
  });

  it('the payment plan agreement lists the instalments, the total, what happens if one is missed, and both signatures', () => {
    const text = rendered(defaultTemplate('builtin:plan-agreement:fr:formel')!);
    expect(text).toContain('Échéance 1 : 1 364,85 € le 10/12/2026');
    expect(text).toContain('Échéance 3 : 1 364,86 € le 10/02/2027');
    expect(text).toContain('4 094,56 €');
    expect(text).toContain('mensuelles');
    expect(text).toMatch(/n’est pas réglée à sa date/);
    expect(text).toContain('Pour le créancier');
    expect(text).toContain('Pour le débiteur');
    expect(text).toContain('Bon pour accord');
  });

  it('the statement shows the running balance', () => {
    const text = rendered(defaultTemplate('builtin:statement:fr:cordial')!);
    expect(text).toContain('Facture FA-2026-0117 : 2 400,00 € (solde 2 400,00 €)');
    expect(text).toContain('Règlement VIR 0412 : −500,00 € (solde 4 094,56 €)');
    expect(text).toContain('Solde dû : 4 094,56 €');
  });

  it('every variable a kind offers has a sample value, so the preview shows each one', () => {
    for (const kind of TEMPLATE_KINDS) {
      const values = buildTemplateValues(sampleLetterData(kind, 'fr', TODAY));
      for (const variable of variablesFor(kind)) expect(values[variable.name], `${kind} ${variable.name}`).toBeDefined();
    }
  });

  it('the preview renders even a template with errors and reports them', () => {
    const preview = previewTemplate({ kind: 'courtesy', language: 'fr', subject: 'Relance {{custmer.name}}', body: '{{#if penalties.any}}\nTexte' }, TODAY);
    expect(preview.subject).toBe('Relance');
    expect(preview.blocks).toEqual([{ type: 'paragraph', text: 'Texte' }]);
    expect(preview.errors.subject.map((e) => e.code)).toEqual(['unknownVariable']);
    expect(preview.errors.body.map((e) => e.code)).toEqual(['unclosedBlock']);
  });
});

describe('choosing the template of a letter', () => {
  const own = (template: Template, changes: Partial<Template>): Template => ({ ...template, ...changes, id: `own-${Math.random()}`, builtIn: false });

  it('takes the kind, language and tone asked for', () => {
    expect(chooseTemplate(DEFAULT_TEMPLATES, 'reminder-1', 'en', 'ferme')?.id).toBe('builtin:reminder-1:en:ferme');
  });

  it('falls back to the nearest tone the kind has', () => {
    expect(chooseTemplate(DEFAULT_TEMPLATES, 'formal-notice', 'fr', 'cordial')?.id).toBe('builtin:formal-notice:fr:formel');
    expect(chooseTemplate(DEFAULT_TEMPLATES, 'statement', 'en', 'formel')?.id).toBe('builtin:statement:en:cordial');
  });

  it('prefers the user’s own template to the built-in one', () => {
    const mine = own(defaultTemplate('builtin:statement:fr:cordial')!, { tone: 'formel', body: 'Mon relevé' });
    const templates = [...DEFAULT_TEMPLATES, mine];
    expect(chooseTemplate(templates, 'statement', 'fr', 'formel')).toBe(mine);
    expect(chooseTemplate(templates, 'statement', 'fr', 'cordial')?.id).toBe('builtin:statement:fr:cordial');
  });

  it('finds nothing for an unknown kind', () => {
    expect(chooseTemplate(DEFAULT_TEMPLATES, 'litigation', 'fr', 'cordial')).toBeNull();
  });

  it('tells an edited built-in template from the shipped one', () => {
    const shipped = defaultTemplate('builtin:courtesy:fr:cordial')!;
    expect(isModified(shipped)).toBe(false);
    expect(isModified({ ...shipped, body: `${shipped.body}\nPS` })).toBe(true);
  });
});
