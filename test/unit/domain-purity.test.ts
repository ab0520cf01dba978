/**
 * The domain layer must run unchanged in the renderer, in the main process and in plain Node
 * tests: no UI framework, no storage, no Electron, no Node built-ins, no browser globals.
 * This test parses every file under renderer/src/domain/ with the TypeScript compiler (so comments
 * and strings mentioning "window" are not false positives) and lists each violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOMAIN_DIR = join(ROOT, 'renderer', 'src', 'domain');

const FORBIDDEN_PACKAGES = [
  /^react(-dom)?(\/|$)/,
  /^react-router/,
  /^react-i18next(\/|$)/,
  /^dexie/,
  /^@mantine\//,
  /^@tabler\//,
  /^electron(-[a-z]+)?(\/|$)/,
  /^node:/,
];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0] ?? m]));
const FORBIDDEN_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator']);

function forbiddenImportReason(specifier: string, fromFile: string): string | null {
  if (FORBIDDEN_PACKAGES.some((re) => re.test(specifier))) return 'forbidden package';
  if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0] ?? '')) return 'Node built-in';
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(fromFile), specifier);
    if (target !== DOMAIN_DIR && !target.startsWith(DOMAIN_DIR + sep)) return 'relative import leaving domain/';
  }
  return null;
}

/** Violations in one source text, as "file:line: message" strings. */
function findViolations(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const label = relative(ROOT, fileName).split(sep).join('/');
  const violations: string[] = [];
  const report = (node: ts.Node, message: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    violations.push(`${label}:${line + 1}: ${message}`);
  };
  const checkSpecifier = (node: ts.Node, specifier: string) => {
    const reason = forbiddenImportReason(specifier, fileName);
    if (reason !== null) report(node, `imports '${specifier}' (${reason})`);
  };

  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      checkSpecifier(node, node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && arg !== undefined && ts.isStringLiteralLike(arg)) checkSpecifier(node, arg.text);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) checkSpecifier(node, arg.literal.text);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !isPropertyName(node)) {
      report(node, `references '${node.text}'`);
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['globalThis', 'self'].includes(node.expression.text) &&
      FORBIDDEN_GLOBALS.has(node.name.text)
    ) {
      report(node, `references '${node.expression.text}.${node.name.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return violations;
}

/** `x.window`, `{ window: 1 }` or `interface A { document: B }` are names, not global references. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent)) &&
      parent.name === node)
  );
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('domain purity', () => {
  const files = listSourceFiles(DOMAIN_DIR);

  it('scans the domain modules', () => {
    const names = files.map((f) => relative(DOMAIN_DIR, f).split(sep).join('/'));
    expect(names).toEqual(expect.arrayContaining(['dates.ts', 'identifiers.ts', 'money.ts', 'result.ts']));
  });

  it('no domain file imports UI, storage, Electron or Node modules, or touches browser globals', () => {
    const violations = files.flatMap((file) => findViolations(file, readFileSync(file, 'utf8')));
    expect(violations, `Impure domain code:\n${violations.join('\n')}`).toEqual([]);
  });
});

describe('purity scanner (self-test)', () => {
  const fake = join(DOMAIN_DIR, 'fake.ts');
  const scan = (source: string) => findViolations(fake, source);

  it.each([
    ["import React from 'react';", "imports 'react'"],
    ["import { createRoot } from 'react-dom/client';", "imports 'react-dom/client'"],
    ["import type { Table } from 'dexie';", "imports 'dexie'"],
    ["import { Button } from '@mantine/core';", "imports '@mantine/core'"],
    ["import { ipcRenderer } from 'electron';", "imports 'electron'"],
    ["import { readFileSync } from 'fs';", "imports 'fs' (Node built-in)"],
    ["import path from 'node:path';", "imports 'node:path'"],
    ["import { x } from 'fs/promises';", "imports 'fs/promises'"],
    ["export { db } from '../db';", "imports '../db' (relative import leaving domain/)"],
    ["const m = await import('electron');", "imports 'electron'"],
    ["const fs = require('fs');", "imports 'fs'"],
    ["let t: import('dexie').Table;", "imports 'dexie'"],
    ['const w = window.innerWidth;', "references 'window'"],
    ['document.title = "x";', "references 'document'"],
    ["const v = localStorage.getItem('k');", "references 'localStorage'"],
    ['const g = globalThis.navigator;', "references 'globalThis.navigator'"],
  ])('flags %j', (source, expected) => {
    const violations = scan(source);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain('renderer/src/domain/fake.ts:1:');
    expect(violations[0]).toContain(expected);
  });

  it('reports every violation with its line', () => {
    expect(scan("import { ok } from './result';\nimport React from 'react';\n\nwindow.alert(1);")).toEqual([
      "renderer/src/domain/fake.ts:2: imports 'react' (forbidden package)",
      "renderer/src/domain/fake.ts:4: references 'window'",
    ]);
  });

  it.each([
    "// no window, document or localStorage here\nimport { ok } from './result';",
    "/* import React from 'react' */ const s = 'window document localStorage';",
    'const o = { window: 1, document: 2 }; o.window; type T = { localStorage: string };',
    "import { parseAmount } from './money';\nimport type { Result } from './sub/../result';",
    "import { z } from 'zod';",
    'const now = new Date(); const n = Intl.NumberFormat;',
  ])('accepts %j', (source) => {
    expect(scan(source)).toEqual([]);
  });
});
