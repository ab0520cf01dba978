/**
 * The names of the contract's channels and events, without their schemas (see contract.ts, which
 * checks at compile time that both lists agree). Imported by the preload.
 */
export const channelNames = [
  'appInfo',
  'openFile',
  'saveFile',
  'openPath',
  'revealPath',
  'openExternal',
  'setLanguage',
  'previewLetter',
  'saveLetter',
  'mergePdfs',
  'calibrationPage',
  'printPdf',
  'composeEmail',
  'checkFiles',
  'notify',
] as const;

export const ipcChannel = (name: (typeof channelNames)[number]): string => `relance:${name}`;

export const eventNames = ['menuCommand'] as const;
export const ipcEvent = (name: (typeof eventNames)[number]): string => `relance-event:${name}`;

export const menuCommands = ['import', 'settings', 'about'] as const;
