import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menu-template';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../electron/main/window/window-state';
import { loadPreferences, savePreferences } from '../../electron/main/preferences';

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'relance-win-'));

describe('window size and position are remembered', () => {
  it('saves and restores the bounds', async () => {
    const file = path.join(await tmp(), 'window-state.json');
    await saveWindowState(file, { x: 50, y: 60, width: 1100, height: 720, maximized: true });
    expect(await loadWindowState(file)).toEqual({ x: 50, y: 60, width: 1100, height: 720, maximized: true });
  });

  it('falls back to the default on a missing or corrupt file', async () => {
    const dir = await tmp();
    expect(await loadWindowState(path.join(dir, 'absent.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const corrupt = path.join(dir, 'corrupt.json');
    await writeFile(corrupt, '{"width": "wide"');
    expect(await loadWindowState(corrupt)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position on a screen that is gone and caps the size', () => {
    const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];
    const fitted = fitToDisplays({ x: 2500, y: 100, width: 1900, height: 1000, maximized: false }, laptop);
    expect(fitted).toEqual({ width: 1440, height: 900, maximized: false });
  });

  it('keeps a position that is on a screen', () => {
    const screens = [
      { x: 0, y: 0, width: 1920, height: 1080 },
      { x: 1920, y: 0, width: 1920, height: 1080 },
    ];
    const state = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, screens)).toEqual(state);
  });
});

describe('preferences read by main before the window exists', () => {
  it('defaults to French and remembers English', async () => {
    const file = path.join(await tmp(), 'preferences.json');
    expect(await loadPreferences(file)).toEqual({ language: 'fr' });
    await savePreferences(file, { language: 'en' });
    expect(await loadPreferences(file)).toEqual({ language: 'en' });
  });
});

const labelsOf = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label);
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('application menu', () => {
  const actions = { command: vi.fn(), openLogsFolder: vi.fn(), openDocumentsFolder: vi.fn() };

  it('is in French: Fichier, Édition, Affichage, Aide', () => {
    const menu = buildMenuTemplate('fr', actions, { isMac: false, isDev: false });
    expect(labelsOf(menu)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(labelsOf(submenu(menu[1]))).toContain('Annuler');
  });

  it('is in English when the app is', () => {
    const menu = buildMenuTemplate('en', actions, { isMac: false, isDev: false });
    expect(labelsOf(menu)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('keeps the edit roles so the usual shortcuts work', () => {
    const edit = submenu(buildMenuTemplate('fr', actions, { isMac: false, isDev: false })[1]);
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('asks the interface to open the import screen from Fichier', () => {
    const file = submenu(buildMenuTemplate('fr', actions, { isMac: false, isDev: false })[0]);
    const item = file.find((i) => i.label === 'Importer un export comptable…');
    (item?.click as () => void)();
    expect(actions.command).toHaveBeenCalledWith('import');
  });

  it('hides developer tools in the shipped app', () => {
    const shipped = JSON.stringify(buildMenuTemplate('fr', actions, { isMac: false, isDev: false }));
    expect(shipped).not.toContain('toggleDevTools');
    expect(JSON.stringify(buildMenuTemplate('fr', actions, { isMac: false, isDev: true }))).toContain('toggleDevTools');
  });

  it('adds the application menu first on macOS', () => {
    const menu = buildMenuTemplate('fr', actions, { isMac: true, isDev: false });
    expect(labelsOf(menu)).toEqual(['Relance', 'Fichier', 'Édition', 'Affichage', 'Aide']);
  });
});
