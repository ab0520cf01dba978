import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseTemplate,
  renderBlocks,
  renderLine,
  renderText,
  suggestVariable,
  type TemplateError,
} from '../../renderer/src/domain/templates/engine';
import type { TableValue, TemplateValues } from '../../renderer/src/domain/templates/values';
import { TEMPLATE_VARIABLES, variablesFor } from '../../renderer/src/domain/templates/variables';
import { TEMPLATE_KINDS } from '../../renderer/src/domain/templates/kinds';

const table: TableValue = {
  type: 'table',
  table: {
    columns: [
      { label: 'Facture', align: 'left', width: 0.5 },
      { label: 'Reste dû', align: 'right', width: 0.5 },
    ],
    rows: [['FA-001', '100,00 €']],
    totals: [['Total', '100,00 €']],
  },
  lines: ['N° FA-001 du 12/03/2026, échue le 11/04/2026 : 100,00 €', 'Total : 100,00 €'],
};

const values: TemplateValues = {
  'company.name': 'Menuiserie Lambert',
  'customer.name': 'Boulangerie Durand',
  'customer.isBusiness': true,
  'customer.isConsumer': false,
  'penalties.any': false,
  'company.phone': '',
  'invoices.table': table,
  'invoices.several': false,
};

const render = (source: string, v: TemplateValues = values) => renderText(parseTemplate(source), v);
const errorsOf = (source: string, kind?: (typeof TEMPLATE_KINDS)[number]) =>
  parseTemplate(source, kind ? { kind } : {}).errors.map((e: TemplateError) => ({ code: e.code, line: e.line, column: e.column, params: e.params }));

describe('template language: variables and conditions', () => {
  it('replaces dotted variables and keeps the rest of the text as typed', () => {
    expect(render('Bonjour {{customer.name}}, de la part de {{ company.name }}.')).toBe(
      'Bonjour Boulangerie Durand, de la part de Menuiserie Lambert.',
    );
  });

  it('keeps single braces and other punctuation untouched', () => {
    expect(render('Total {x} : 10 € {y')).toBe('Total {x} : 10 € {y');
  });

  it('chooses the branch of #if and #else by the value, nested at any depth', () => {
    const source = '{{#if customer.isBusiness}}pro{{#if penalties.any}} avec pénalités{{else}} sans pénalités{{/if}}{{else}}particulier{{/if}}';
    expect(render(source)).toBe('pro sans pénalités');
    expect(render(source, { ...values, 'penalties.any': true })).toBe('pro avec pénalités');
    expect(render(source, { ...values, 'customer.isBusiness': false })).toBe('particulier');
  });

  it('#unless is the negation of #if', () => {
    expect(render('{{#unless customer.isBusiness}}particulier{{else}}pro{{/unless}}')).toBe('pro');
    expect(render('{{#unless penalties.any}}rien à réclamer{{/unless}}')).toBe('rien à réclamer');
  });

  it('treats non-blank text as true and blank text or a missing value as false', () => {
    expect(render('{{#if company.name}}a{{/if}}{{#if company.phone}}b{{/if}}{{#if company.email}}c{{/if}}')).toBe('a');
  });

  it('prints nothing for a known variable without a value', () => {
    expect(render('[{{company.email}}]')).toBe('[]');
  });

  it('removes lines that hold only a block tag, with their line break', () => {
    const source = 'Madame,\n{{#if customer.isBusiness}}\nLigne pro\n{{else}}\nLigne particulier\n{{/if}}\nFin';
    expect(render(source)).toBe('Madame,\nLigne pro\nFin');
    expect(render('A\n  {{#if penalties.any}}  \nB\n{{/if}}\nC')).toBe('A\nC');
  });

  it('keeps a line where a block tag sits among other text', () => {
    expect(render('Client {{#if customer.isBusiness}}pro{{/if}}\nFin')).toBe('Client pro\nFin');
  });

  it('accepts Windows line breaks as typed in a Windows editor', () => {
    expect(render('A\r\n{{#if customer.isBusiness}}\r\nB\r\n{{/if}}\r\nC')).toBe('A\nB\nC');
  });
});

describe('template language: tables', () => {
  it('a table alone on its line becomes a table block between paragraphs', () => {
    const blocks = renderBlocks(parseTemplate('Madame,\n\nFactures :\n{{invoices.table}}\nMerci.'), values);
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Madame,' },
      { type: 'paragraph', text: 'Factures :' },
      { type: 'table', value: table },
      { type: 'paragraph', text: 'Merci.' },
    ]);
  });

  it('prints the table as one line per invoice in text (e-mails)', () => {
    expect(render('Factures :\n{{invoices.table}}\nMerci.')).toBe(
      'Factures :\nN° FA-001 du 12/03/2026, échue le 11/04/2026 : 100,00 €\nTotal : 100,00 €\nMerci.',
    );
  });

  it('a table inside a sentence is printed as its lines, even in a letter', () => {
    const blocks = renderBlocks(parseTemplate('Voici : {{invoices.table}}'), values);
    expect(blocks).toEqual([{ type: 'paragraph', text: `Voici : ${table.lines.join('\n')}` }]);
  });

  it('an empty table leaves nothing behind', () => {
    const empty: TableValue = { ...table, table: { ...table.table, rows: [], totals: [] }, lines: [] };
    expect(renderBlocks(parseTemplate('A\n\n{{invoices.table}}\n\nB'), { ...values, 'invoices.table': empty })).toEqual([
      { type: 'paragraph', text: 'A' },
      { type: 'paragraph', text: 'B' },
    ]);
  });
});

describe('template language: paragraphs', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(renderBlocks(parseTemplate('Ligne 1\nLigne 2\n\n\n  \nParagraphe 2   '), values)).toEqual([
      { type: 'paragraph', text: 'Ligne 1\nLigne 2' },
      { type: 'paragraph', text: 'Paragraphe 2' },
    ]);
  });

  it('prints a paragraph between double asterisks in bold', () => {
    expect(renderBlocks(parseTemplate('**MISE EN DEMEURE**\n\nTexte **pas** gras'), values)).toEqual([
      { type: 'paragraph', text: 'MISE EN DEMEURE', bold: true },
      { type: 'paragraph', text: 'Texte **pas** gras' },
    ]);
  });

  it('folds a subject onto one line', () => {
    expect(renderLine(parseTemplate('Relance\n{{#if customer.isBusiness}}\n  pro  {{/if}}'), values)).toBe('Relance pro');
  });
});

describe('template language: errors with line, column and a French message key', () => {
  it('reports an unknown variable with the closest known name', () => {
    expect(errorsOf('Bonjour,\n  {{compagny.name}}')).toEqual([
      { code: 'unknownVariable', line: 2, column: 3, params: { name: 'compagny.name', suggestion: 'company.name' } },
    ]);
    const [error] = parseTemplate('{{compagny.name}}').errors;
    expect(error?.key).toBe('templates.errors.unknownVariableSuggestion');
  });

  it('reports an unknown variable without a suggestion when nothing is close', () => {
    const [error] = parseTemplate('{{zzzzzz.qqqqqq}}').errors;
    expect(error).toMatchObject({ code: 'unknownVariable', key: 'templates.errors.unknownVariable', params: { name: 'zzzzzz.qqqqqq' } });
  });

  it('suggests the full name for a bare last part and fixes the case', () => {
    expect(suggestVariable('iban')).toBe('company.iban');
    expect(suggestVariable('Customer.Name')).toBe('customer.name');
    expect(suggestVariable('invoices.tabel')).toBe('invoices.table');
  });

  it('reports an unclosed block where it was opened', () => {
    expect(errorsOf('A\n{{#if customer.isBusiness}}\nB')).toEqual([
      { code: 'unclosedBlock', line: 2, column: 1, params: { keyword: 'if' } },
    ]);
  });

  it('reports a closing tag without a block, a mismatched one and a stray else', () => {
    expect(errorsOf('{{/if}}')).toEqual([{ code: 'unexpectedClose', line: 1, column: 1, params: { keyword: 'if' } }]);
    expect(errorsOf('{{#if penalties.any}}x{{/unless}}')).toEqual([
      { code: 'mismatchedClose', line: 1, column: 23, params: { expected: 'if', found: 'unless' } },
    ]);
    expect(errorsOf('x {{else}}')).toEqual([{ code: 'unexpectedElse', line: 1, column: 3, params: {} }]);
    expect(errorsOf('{{#if penalties.any}}a{{else}}b{{else}}c{{/if}}')).toEqual([
      { code: 'unexpectedElse', line: 1, column: 32, params: {} },
    ]);
  });

  it('reports an unknown block keyword and a block without its condition', () => {
    expect(errorsOf('{{#each invoices}}x{{/each}}').map((e) => e.code)).toEqual(['unknownBlock', 'unknownBlock']);
    expect(errorsOf('{{#if}}x{{/if}}')).toEqual([{ code: 'missingCondition', line: 1, column: 1, params: { keyword: 'if' } }]);
  });

  it('reports braces left open, closed without opening, empty, or around something that is not a name', () => {
    expect(errorsOf('Bonjour {{customer.name')).toEqual([{ code: 'unclosedTag', line: 1, column: 9, params: {} }]);
    expect(errorsOf('Bonjour {customer.name}}')).toEqual([{ code: 'unopenedTag', line: 1, column: 23, params: {} }]);
    expect(errorsOf('{{ }}')).toEqual([{ code: 'emptyTag', line: 1, column: 1, params: {} }]);
    expect(errorsOf('{{customer name}}')).toEqual([{ code: 'badTag', line: 1, column: 1, params: { tag: 'customer name' } }]);
  });

  it('refuses a yes/no condition printed as text', () => {
    expect(errorsOf('{{customer.isBusiness}}')).toEqual([
      { code: 'flagAsText', line: 1, column: 1, params: { name: 'customer.isBusiness' } },
    ]);
  });

  it('refuses a variable of another kind of template', () => {
    expect(errorsOf('{{plan.table}}', 'courtesy')).toEqual([
      { code: 'unavailableVariable', line: 1, column: 1, params: { name: 'plan.table' } },
    ]);
    expect(errorsOf('{{plan.table}}', 'plan-agreement')).toEqual([]);
  });

  it('lists every error in reading order and counts columns from 1', () => {
    const errors = errorsOf('{{foo.bar}} {{#if x.y}}\n{{/unless}}');
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, 1, 'unknownVariable'],
      [1, 13, 'unknownVariable'],
      [2, 1, 'mismatchedClose'],
    ]);
  });

  it('lists the variables a template mentions, once each', () => {
    expect(parseTemplate('{{customer.name}} {{#if penalties.any}}{{customer.name}}{{/if}}').variables).toEqual([
      'customer.name',
      'penalties.any',
    ]);
  });
});

describe('template language: robustness', () => {
  const pieces = [
    'texte ',
    '\n',
    '\n\n',
    '{{customer.name}}',
    '{{company.phone}}',
    '{{invoices.table}}',
    '{{#if customer.isBusiness}}',
    '{{#unless penalties.any}}',
    '{{else}}',
    '{{/if}}',
    '{{/unless}}',
    '{{',
    '}}',
    '{{nope}}',
    '**',
    '{{#each x}}',
    ' ',
  ];
  const source = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws, whether the template is valid or not, and always gives an error position inside the text', () => {
    fc.assert(
      fc.property(source, (text) => {
        const parsed = parseTemplate(text);
        renderText(parsed, values);
        renderBlocks(parsed, values);
        const lines = text.split('\n');
        for (const error of parsed.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lines.length);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeLessThanOrEqual((lines[error.line - 1] ?? '').length);
        }
      }),
    );
  });

  it('never throws on any text at all', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const parsed = parseTemplate(text);
        renderBlocks(parsed, {});
      }),
    );
  });

  it('a template without tags prints exactly as written', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }).filter((s) => !s.includes('{{') && !s.includes('}}') && !s.includes('\r')),
        (text) => {
          expect(render(text)).toBe(text);
        },
      ),
    );
  });
});

describe('variable catalogue', () => {
  it('has unique names, each described in French and English', () => {
    const names = TEMPLATE_VARIABLES.map((variable) => variable.name);
    expect(new Set(names).size).toBe(names.length);
    for (const variable of TEMPLATE_VARIABLES) {
      expect(variable.description.fr.trim(), variable.name).not.toBe('');
      expect(variable.description.en.trim(), variable.name).not.toBe('');
    }
  });

  it('offers the plan, call and statement variables only in their own kind of template', () => {
    const names = (kind: (typeof TEMPLATE_KINDS)[number]) => variablesFor(kind).map((variable) => variable.name);
    expect(names('courtesy')).toContain('invoices.table');
    expect(names('courtesy')).not.toContain('plan.table');
    expect(names('plan-agreement')).toContain('plan.table');
    expect(names('call-notes')).toContain('call.ifBroken');
    expect(names('statement')).toContain('statement.table');
    expect(names('statement')).not.toContain('call.date');
  });
});
