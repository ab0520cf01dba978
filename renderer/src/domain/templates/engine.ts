/**
 * The template language users edit in Paramètres → Modèles. Deliberately small:
 *
 *   {{company.name}}                       a variable (dotted name, see variables.ts)
 *   {{#if penalties.any}} … {{else}} … {{/if}}   a condition, nestable
 *   {{#unless customer.isBusiness}} … {{/unless}} its negation
 *   {{invoices.table}} alone on its line   a table in a letter, plain lines in an e-mail
 *
 * A line holding nothing but a block tag ({{#if …}}, {{else}}, {{/if}}) or a table disappears from
 * the output with its line break, so conditions can sit on their own lines without leaving blank
 * lines behind. Tags never span lines: a `{{` left open is reported on its own line, where the
 * user can see it.
 *
 * Parsing collects every error (line, column, translation key, parameters); rendering a template
 * that parsed without errors never throws, whatever the values (a missing value prints nothing).
 */
import type { TemplateKind } from './kinds';
import { findVariable, isAvailable, TEMPLATE_VARIABLES, type VariableType } from './variables';
import { isTruthy, valueAsText, type TableValue, type TemplateValues } from './values';

export type TemplateErrorCode =
  | 'unknownVariable'
  | 'unavailableVariable'
  | 'flagAsText'
  | 'unclosedBlock'
  | 'unexpectedClose'
  | 'mismatchedClose'
  | 'unexpectedElse'
  | 'unknownBlock'
  | 'missingCondition'
  | 'unclosedTag'
  | 'unopenedTag'
  | 'emptyTag'
  | 'badTag';

export interface TemplateError {
  code: TemplateErrorCode;
  /** Translation key (catalogue of features/templates). */
  key: string;
  params: Record<string, string | number>;
  /** 1-based, where the tag starts. */
  line: number;
  column: number;
}

type BlockKeyword = 'if' | 'unless';

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'variable'; name: string; standalone: boolean }
  | { type: 'block'; keyword: BlockKeyword; name: string; then: TemplateNode[]; otherwise: TemplateNode[] };

export interface ParsedTemplate {
  nodes: TemplateNode[];
  errors: TemplateError[];
  /** Every variable name the template mentions, once, in order of appearance. */
  variables: string[];
}

export interface ParseOptions {
  /** Checks variables against what this kind of template offers; every variable when absent. */
  kind?: TemplateKind;
}

type Token =
  | { type: 'text'; text: string }
  | { type: 'variable'; name: string; standalone: boolean; line: number; column: number }
  | { type: 'open'; keyword: BlockKeyword; name: string; line: number; column: number }
  | { type: 'else'; line: number; column: number }
  | { type: 'close'; keyword: BlockKeyword; line: number; column: number };

const NAME = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const BLOCK_KEYWORDS: readonly BlockKeyword[] = ['if', 'unless'];

export function parseTemplate(source: string, options: ParseOptions = {}): ParsedTemplate {
  const errors: TemplateError[] = [];
  const used: string[] = [];
  const report: Report = (code, line, column, params = {}) => {
    // An unknown name with a likely intended one gets the message that proposes it.
    const key = code === 'unknownVariable' && params.suggestion ? 'unknownVariableSuggestion' : code;
    errors.push({ code, key: `templates.errors.${key}`, params, line, column });
  };
  const tokens = tokenize(source.replace(/\r\n?/g, '\n'), options.kind, report, used);
  const nodes = buildTree(tokens, report);
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { nodes, errors, variables: used };
}

type Report = (code: TemplateErrorCode, line: number, column: number, params?: Record<string, string | number>) => void;

function tokenize(source: string, kind: TemplateKind | undefined, report: Report, used: string[]): Token[] {
  const tokens: Token[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    const lineNumber = index + 1;
    const isLast = index === lines.length - 1;
    const lineTokens: Token[] = [];
    let cursor = 0;
    let tags = 0;
    while (cursor < text.length) {
      const open = text.indexOf('{{', cursor);
      const strayClose = text.indexOf('}}', cursor);
      if (strayClose >= 0 && (open < 0 || strayClose < open)) {
        report('unopenedTag', lineNumber, strayClose + 1);
      }
      if (open < 0) {
        lineTokens.push({ type: 'text', text: text.slice(cursor) });
        break;
      }
      if (open > cursor) lineTokens.push({ type: 'text', text: text.slice(cursor, open) });
      const close = text.indexOf('}}', open + 2);
      if (close < 0) {
        report('unclosedTag', lineNumber, open + 1);
        lineTokens.push({ type: 'text', text: text.slice(open) });
        break;
      }
      tags += 1;
      const token = readTag(text.slice(open + 2, close), lineNumber, open + 1, kind, report, used);
      if (token) lineTokens.push(token);
      cursor = close + 2;
    }

    // A line with one tag and only spaces around it: a block tag or a table vanishes with its line break.
    const onlyTag = tags === 1 && lineTokens.every((t) => t.type !== 'text' || t.text.trim() === '');
    const tag = lineTokens.find((t) => t.type !== 'text');
    const standalone =
      onlyTag &&
      tag !== undefined &&
      (tag.type === 'open' || tag.type === 'else' || tag.type === 'close' || (tag.type === 'variable' && typeOf(tag.name) === 'table'));
    if (standalone && tag) {
      tokens.push(tag.type === 'variable' ? { ...tag, standalone: true } : tag);
      return;
    }
    tokens.push(...lineTokens);
    if (!isLast) tokens.push({ type: 'text', text: '\n' });
  });
  return tokens;
}

const typeOf = (name: string): VariableType | undefined => findVariable(name)?.type;

function readTag(
  raw: string,
  line: number,
  column: number,
  kind: TemplateKind | undefined,
  report: Report,
  used: string[],
): Token | null {
  const inner = raw.trim();
  if (inner === '') {
    report('emptyTag', line, column);
    return null;
  }
  const checkName = (name: string, asCondition: boolean) => {
    if (!used.includes(name)) used.push(name);
    const variable = findVariable(name);
    if (variable === undefined) {
      const suggestion = suggestVariable(name, kind);
      report('unknownVariable', line, column, suggestion ? { name, suggestion } : { name });
    } else if (!isAvailable(variable, kind)) {
      report('unavailableVariable', line, column, { name });
    } else if (!asCondition && variable.type === 'flag') {
      report('flagAsText', line, column, { name });
    }
  };

  if (inner.startsWith('#')) {
    const [word = '', ...rest] = inner.slice(1).trim().split(/\s+/);
    const keyword = word.toLowerCase();
    if (!(BLOCK_KEYWORDS as readonly string[]).includes(keyword)) {
      report('unknownBlock', line, column, { keyword: `#${word}` });
      return null;
    }
    const name = rest.join(' ');
    if (name === '') {
      report('missingCondition', line, column, { keyword });
      return { type: 'open', keyword: keyword as BlockKeyword, name: '', line, column };
    }
    if (!NAME.test(name)) {
      report('badTag', line, column, { tag: inner });
      return { type: 'open', keyword: keyword as BlockKeyword, name: '', line, column };
    }
    checkName(name, true);
    return { type: 'open', keyword: keyword as BlockKeyword, name, line, column };
  }
  if (inner.startsWith('/')) {
    const keyword = inner.slice(1).trim().toLowerCase();
    if (!(BLOCK_KEYWORDS as readonly string[]).includes(keyword)) {
      report('unknownBlock', line, column, { keyword: `/${inner.slice(1).trim()}` });
      return null;
    }
    return { type: 'close', keyword: keyword as BlockKeyword, line, column };
  }
  if (inner.toLowerCase() === 'else') return { type: 'else', line, column };
  if (!NAME.test(inner)) {
    report('badTag', line, column, { tag: inner });
    return null;
  }
  checkName(inner, false);
  return { type: 'variable', name: inner, standalone: false, line, column };
}

interface OpenBlock {
  keyword: BlockKeyword;
  name: string;
  then: TemplateNode[];
  otherwise: TemplateNode[];
  inElse: boolean;
  line: number;
  column: number;
}

function buildTree(tokens: readonly Token[], report: Report): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: OpenBlock[] = [];
  const target = (): TemplateNode[] => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    return top.inElse ? top.otherwise : top.then;
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const into = target();
        const last = into[into.length - 1];
        if (last?.type === 'text') last.text += token.text;
        else into.push({ type: 'text', text: token.text });
        break;
      }
      case 'variable':
        target().push({ type: 'variable', name: token.name, standalone: token.standalone });
        break;
      case 'open':
        stack.push({ keyword: token.keyword, name: token.name, then: [], otherwise: [], inElse: false, line: token.line, column: token.column });
        break;
      case 'else': {
        const top = stack[stack.length - 1];
        if (!top || top.inElse) report('unexpectedElse', token.line, token.column);
        else top.inElse = true;
        break;
      }
      case 'close': {
        const top = stack[stack.length - 1];
        if (!top) {
          report('unexpectedClose', token.line, token.column, { keyword: token.keyword });
          break;
        }
        if (top.keyword !== token.keyword) {
          report('mismatchedClose', token.line, token.column, { expected: top.keyword, found: token.keyword });
        }
        stack.pop();
        target().push({ type: 'block', keyword: top.keyword, name: top.name, then: top.then, otherwise: top.otherwise });
        break;
      }
    }
  }
  // Blocks left open: report each, and keep their content so the preview still shows something.
  while (stack.length > 0) {
    const top = stack.pop()!;
    report('unclosedBlock', top.line, top.column, { keyword: top.keyword });
    target().push({ type: 'block', keyword: top.keyword, name: top.name, then: top.then, otherwise: top.otherwise });
  }
  return root;
}

/**
 * The known name closest to a misspelt one: same letters in another case, a unique variable ending
 * the same way ("iban" → "company.iban"), or the nearest by edit distance when it is close enough
 * to be a typo. Empty when nothing is convincing.
 */
export function suggestVariable(name: string, kind?: TemplateKind): string {
  const candidates = TEMPLATE_VARIABLES.filter((variable) => isAvailable(variable, kind)).map((variable) => variable.name);
  const lower = name.toLowerCase();
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  const tail = candidates.filter((candidate) => candidate.toLowerCase().endsWith(`.${lower}`));
  if (tail.length === 1) return tail[0]!;
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(name.length / 3));
  return bestDistance <= tolerance ? best : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A piece of rendered output: text, or a table that stood alone on its line. */
export type RenderedPiece = { type: 'text'; text: string } | { type: 'table'; name: string; value: TableValue };

/**
 * Fills a parsed template. `tables: 'blocks'` keeps standalone tables as table pieces (letters);
 * `'text'` prints every table as its plain lines (e-mails). Never throws.
 */
export function renderPieces(
  parsed: ParsedTemplate,
  values: TemplateValues,
  tables: 'blocks' | 'text',
  onEmpty?: (name: string) => void,
): RenderedPiece[] {
  const pieces: RenderedPiece[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = pieces[pieces.length - 1];
    if (last?.type === 'text') last.text += text;
    else pieces.push({ type: 'text', text });
  };
  const walk = (nodes: readonly TemplateNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') pushText(node.text);
      else if (node.type === 'block') {
        const holds = isTruthy(values[node.name]);
        walk((node.keyword === 'if' ? holds : !holds) ? node.then : node.otherwise);
      } else {
        const value = values[node.name];
        if (onEmpty && !isTruthy(value)) onEmpty(node.name);
        if (typeof value === 'object' && node.standalone) {
          if (tables === 'blocks') {
            if (value.table.rows.length > 0 || value.table.totals.length > 0) pieces.push({ type: 'table', name: node.name, value });
          } else if (value.lines.length > 0) {
            pushText(`${value.lines.join('\n')}\n`);
          }
        } else {
          pushText(valueAsText(value));
        }
      }
    }
  };
  walk(parsed.nodes);
  return pieces;
}

/** The template as plain text (e-mails, subjects): tables as one line per row. */
export function renderText(parsed: ParsedTemplate, values: TemplateValues, onEmpty?: (name: string) => void): string {
  return renderPieces(parsed, values, 'text', onEmpty)
    .map((piece) => (piece.type === 'text' ? piece.text : piece.value.lines.join('\n')))
    .join('');
}

/** Plain text tidied for a one-line field (subject, title): line breaks and runs of spaces folded. */
export function renderLine(parsed: ParsedTemplate, values: TemplateValues, onEmpty?: (name: string) => void): string {
  return renderText(parsed, values, onEmpty).replace(/\s+/g, ' ').trim();
}

/** A paragraph or a table of the letter body. */
export type BodyBlock = { type: 'paragraph'; text: string; bold?: boolean } | { type: 'table'; value: TableValue };

/**
 * The letter body: paragraphs separated by blank lines (single line breaks kept inside), tables
 * where they stood alone. A paragraph written between double asterisks (`**MISE EN DEMEURE**`)
 * prints in bold.
 */
export function renderBlocks(parsed: ParsedTemplate, values: TemplateValues, onEmpty?: (name: string) => void): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const piece of renderPieces(parsed, values, 'blocks', onEmpty)) {
    if (piece.type === 'table') blocks.push({ type: 'table', value: piece.value });
    else blocks.push(...paragraphs(piece.text));
  }
  return blocks;
}

function paragraphs(text: string): BodyBlock[] {
  return text
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((chunk) => chunk.split('\n').map((line) => line.trimEnd()).join('\n').replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const bold = /^\*\*[\s\S]*\S[\s\S]*\*\*$/.test(chunk.trim()) && chunk.trim().length > 4;
      return bold ? { type: 'paragraph' as const, text: chunk.trim().slice(2, -2).trim(), bold: true } : { type: 'paragraph' as const, text: chunk };
    });
}
