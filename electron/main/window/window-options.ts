import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './window-state';

/**
 * The options of the main window. Kept as a pure function so a test can show the security
 * settings: isolated context, sandboxed renderer, no Node in the page, no webviews.
 */
export function mainWindowOptions(
  state: WindowState,
  preloadPath: string,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 600,
    show: false, // shown on ready-to-show: no white flash
    title: 'Relance',
    backgroundColor: '#1a1b1e',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  };
}
