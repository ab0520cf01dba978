import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract';

export type MenuLanguage = 'fr' | 'en';

const labels = {
  fr: {
    file: 'Fichier',
    import: 'Importer un export comptable…',
    settings: 'Paramètres…',
    quit: 'Quitter Relance',
    close: 'Fermer la fenêtre',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    reload: 'Recharger',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    resetZoom: 'Taille réelle',
    fullScreen: 'Plein écran',
    devTools: 'Outils de développement',
    help: 'Aide',
    about: 'À propos de Relance',
    logs: 'Ouvrir le dossier des journaux',
    documents: 'Ouvrir le dossier des documents',
  },
  en: {
    file: 'File',
    import: 'Import an accounting export…',
    settings: 'Settings…',
    quit: 'Quit Relance',
    close: 'Close window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    devTools: 'Developer tools',
    help: 'Help',
    about: 'About Relance',
    logs: 'Open the logs folder',
    documents: 'Open the documents folder',
  },
} as const;

export interface MenuActions {
  command(command: MenuCommand): void;
  openLogsFolder(): void;
  openDocumentsFolder(): void;
}

/**
 * The application menu as plain data (Fichier, Édition, Affichage, Aide), so it is tested without
 * Electron. Edit items keep their roles, which give the OS shortcuts; the labels follow the
 * interface language rather than the OS one.
 */
export function buildMenuTemplate(
  language: MenuLanguage,
  actions: MenuActions,
  options: { isMac: boolean; isDev: boolean },
): MenuItemConstructorOptions[] {
  const t = labels[language];
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    template.push({
      label: 'Relance',
      submenu: [
        { label: t.about, click: () => actions.command('about') },
        { type: 'separator' },
        { label: t.settings, accelerator: 'CmdOrCtrl+,', click: () => actions.command('settings') },
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    });
  }
  template.push(
    {
      label: t.file,
      submenu: [
        { label: t.import, accelerator: 'CmdOrCtrl+I', click: () => actions.command('import') },
        ...(options.isMac
          ? []
          : ([
              { label: t.settings, accelerator: 'CmdOrCtrl+,', click: () => actions.command('settings') },
            ] as MenuItemConstructorOptions[])),
        { type: 'separator' },
        { label: t.documents, click: () => actions.openDocumentsFolder() },
        { type: 'separator' },
        options.isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        ...(options.isDev ? ([{ role: 'toggleDevTools', label: t.devTools }] as MenuItemConstructorOptions[]) : []),
        { type: 'separator' },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [
        { label: t.about, click: () => actions.command('about') },
        { label: t.logs, click: () => actions.openLogsFolder() },
      ],
    },
  );
  return template;
}
