import { app, BrowserWindow, ipcMain, Menu, screen, session, shell } from 'electron';
import log from 'electron-log/main';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ipcEvent, type MenuCommand } from '../contract';
import { electronDialogs, electronNotifier, electronPaths, electronPrint, electronShell } from './electron-ports';
import { createHandlers } from './handlers';
import { WARM_UP_LETTER } from './pdf/warm-up';
import { registerIpc } from './ipc';
import { buildMenuTemplate, type MenuLanguage } from './menu-template';
import { loadPreferences, savePreferences } from './preferences';
import { hardenApp } from './security/harden';
import { mainWindowOptions } from './window/window-options';
import { fitToDisplays, loadWindowState, saveWindowState } from './window/window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const isDev = !app.isPackaged;

// A second launch (double-click on the icon, or on an export file) focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  const paths = electronPaths();
  log.transports.file.resolvePathFn = () => path.join(paths.logs, 'main.log');
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.errorHandler.startCatching();
  log.info('Relance starting', { version: app.getVersion(), platform: process.platform });

  let mainWindow: BrowserWindow | null = null;
  const rendererUrl = process.env.ELECTRON_RENDERER_URL
    ? process.env.ELECTRON_RENDERER_URL
    : pathToFileURL(path.join(here, '../renderer/index.html')).toString();
  const prefsFile = path.join(paths.userData, 'preferences.json');
  const stateFile = path.join(paths.userData, 'window-state.json');
  let language: MenuLanguage = (await loadPreferences(prefsFile)).language;

  const sendCommand = (command: MenuCommand) =>
    mainWindow?.webContents.send(ipcEvent('menuCommand'), { command });
  const applyMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          language,
          {
            command: sendCommand,
            openLogsFolder: () => void shell.openPath(paths.logs),
            openDocumentsFolder: () => void shell.openPath(paths.documents),
          },
          { isMac: process.platform === 'darwin', isDev },
        ),
      ),
    );

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  // Windows shows a notification only for an app with an identity (electron-builder's appId).
  if (process.platform === 'win32') app.setAppUserModelId('fr.relance.app');
  hardenApp(app, session.defaultSession, shell, log);
  applyMenu();

  const handlers = createHandlers({
    dialogs: electronDialogs(() => mainWindow),
    shell: electronShell,
    print: electronPrint(),
    notifications: electronNotifier(() => mainWindow),
    paths,
    identity: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    language: {
      setLanguage(next) {
        if (next === language) return;
        language = next;
        applyMenu();
        void savePreferences(prefsFile, { language }).catch((error) =>
          log.error('could not save preferences', error),
        );
      },
    },
    log,
  });
  registerIpc(ipcMain, handlers, () => rendererUrl, log);

  const createWindow = async () => {
    const saved = await loadWindowState(stateFile);
    const state = fitToDisplays(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const window = new BrowserWindow(
      mainWindowOptions(state, path.join(here, '../preload/index.cjs')),
    );
    mainWindow = window;
    if (state.maximized) window.maximize();
    window.once('ready-to-show', () => {
      window.show();
      // Lay out a throwaway letter while the user looks at the screen (see pdf/warm-up.ts).
      setTimeout(() => {
        void handlers.previewLetter({ letter: WARM_UP_LETTER }).catch((error) => log.warn('pdf warm-up failed', error));
      }, 2000);
    });
    window.on('close', () => {
      const bounds = window.getNormalBounds();
      void saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() }).catch(
        (error) => log.error('could not save the window state', error),
      );
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    await window.loadURL(rendererUrl);
  };

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
  await createWindow();
}
