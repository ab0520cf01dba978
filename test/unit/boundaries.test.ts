import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? files(rel) : /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(path.join(root, file), 'utf8').matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)].map((m) => ({
    typeOnly: Boolean(m[1]),
    target: path.join(path.dirname(file), m[2]!),
    spec: m[2]!,
  }));

describe('process boundaries', () => {
  it('only the bridge module touches window.relance', () => {
    const offenders = files('renderer/src').filter(
      (f) => f !== path.join('renderer/src/bridge/index.ts') && readFileSync(path.join(root, f), 'utf8').includes('window.relance'),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer takes only types from the contract, and values only from the light name list and wire codec', () => {
    const offenders = files('renderer/src').flatMap((f) =>
      importsOf(f)
        .filter((i) => i.spec.startsWith('.') && i.target.startsWith('electron/'))
        .filter((i) => !i.typeOnly && !['electron/contract-names', 'electron/wire'].includes(i.target))
        .map((i) => `${f} imports ${i.spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the main process never imports renderer code (the command-line tool may use the domain)', () => {
    const offenders = files('electron').filter((f) => !f.startsWith('electron/cli/')).flatMap((f) =>
      importsOf(f)
        .filter((i) => i.target.startsWith('renderer/'))
        .map((i) => `${f} imports ${i.spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no code outside the preload and the Electron glue imports electron at run time', () => {
    const allowed = new Set(['electron/preload/index.ts', 'electron/main/index.ts', 'electron/main/electron-ports.ts']);
    const offenders = [...files('electron'), ...files('renderer/src')].flatMap((f) =>
      importsOf(f)
        .filter((i) => i.spec === 'electron' && !i.typeOnly && !allowed.has(f))
        .map(() => f),
    );
    expect(offenders).toEqual([]);
  });
});
