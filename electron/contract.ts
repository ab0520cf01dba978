/**
 * The one contract between the renderer and the main process.
 *
 * Every IPC channel is declared here once: its name, the runtime schema main validates the request
 * with, and (through zod's inference) its request and response types. Main registers its handlers
 * from this map, the preload exposes exactly these channels, and the renderer calls them with full
 * types. Adding a channel here is the only step needed to make it callable end to end.
 *
 * Schemas are strict: an unknown field is an invalid request, not something silently dropped,
 * because a renderer that sends garbage is either buggy or compromised.
 */
import { z } from 'zod';
import { channelNames, menuCommands } from './contract-names';
import { letterSpecSchema, safeSegment } from './letter-spec';

/** The biggest file any caller may ask main to read at once (the import of a large FEC fits). */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[a-z0-9]{1,10})$/i)).min(1).max(20),
});

const absolutePath = z.string().min(1).max(4096);

const bytes = z.instanceof(Uint8Array);

/** A file main wrote under the documents folder. */
const savedFile = z.strictObject({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
});

export const channels = {
  /** Version, name and the folders the app stores things in. */
  appInfo: {
    request: z.strictObject({}),
    response: z.strictObject({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      paths: z.strictObject({
        userData: z.string(),
        documents: z.string(),
        logs: z.string(),
      }),
    }),
  },
  /** Ask the user for a file and read it; refuses files above `maxBytes` with FILE_TOO_LARGE. */
  openFile: {
    request: z.strictObject({
      title: z.string().max(200).optional(),
      filters: z.array(fileFilter).max(10).optional(),
      maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional(),
    }),
    response: z.union([
      z.strictObject({ canceled: z.literal(true) }),
      z.strictObject({
        canceled: z.literal(false),
        path: z.string(),
        name: z.string(),
        size: z.number().int().nonnegative(),
        bytes,
      }),
    ]),
  },
  /** Ask the user where to save, then write the bytes atomically. */
  saveFile: {
    request: z.strictObject({
      title: z.string().max(200).optional(),
      suggestedName: z
        .string()
        .min(1)
        .max(255)
        .refine((name) => !/[\\/]/.test(name), 'a file name, not a path'),
      filters: z.array(fileFilter).max(10).optional(),
      bytes,
    }),
    response: z.union([
      z.strictObject({ canceled: z.literal(true) }),
      z.strictObject({ canceled: z.literal(false), path: z.string(), size: z.number().int() }),
    ]),
  },
  /** Open a file with the program the OS associates with it (a PDF viewer, a mail program). */
  openPath: {
    request: z.strictObject({ path: absolutePath }),
    response: z.strictObject({}),
  },
  /** Show a file in the system file manager. */
  revealPath: {
    request: z.strictObject({ path: absolutePath }),
    response: z.strictObject({}),
  },
  /** Open a `mailto:`, `https:` or `tel:` link outside the app; anything else is refused. */
  openExternal: {
    request: z.strictObject({ url: z.string().min(1).max(8192) }),
    response: z.strictObject({}),
  },
  /** Tell main the interface language so the application menu follows it. */
  setLanguage: {
    request: z.strictObject({ language: z.enum(['fr', 'en']) }),
    response: z.strictObject({}),
  },
  /** Lay out one letter as a PDF without saving it (the preview). */
  previewLetter: {
    request: z.strictObject({ letter: letterSpecSchema }),
    response: z.strictObject({ bytes, pages: z.number().int().positive() }),
  },
  /**
   * Lay out one letter and save it under the documents folder (`folder` segments, then
   * `fileName`, which gets " (2)", " (3)"… rather than overwrite a file). Written atomically; the
   * SHA-256 is of the bytes on disk.
   */
  saveLetter: {
    request: z.strictObject({
      letter: letterSpecSchema,
      folder: z.array(safeSegment).min(1).max(4),
      fileName: safeSegment.refine((n) => n.toLowerCase().endsWith('.pdf'), 'a .pdf name'),
    }),
    response: savedFile,
  },
  /** One PDF of several saved PDFs in order (a batch to print at once). */
  mergePdfs: {
    request: z.strictObject({
      paths: z.array(absolutePath).min(1).max(5000),
      folder: z.array(safeSegment).min(1).max(4),
      fileName: safeSegment.refine((n) => n.toLowerCase().endsWith('.pdf'), 'a .pdf name'),
    }),
    response: savedFile,
  },
  /** A test page: the window of a DL envelope outlined where the address will print. */
  calibrationPage: {
    request: z.strictObject({
      envelopeOffsetMm: z.strictObject({ x: z.number().min(-20).max(20), y: z.number().min(-20).max(20) }),
      language: z.enum(['fr', 'en']),
    }),
    response: savedFile,
  },
  /**
   * Print a saved PDF: the system print dialog where Electron can print a PDF, otherwise the PDF
   * opened in the system viewer (`mode` says which, so the screen can tell the user).
   */
  printPdf: {
    request: z.strictObject({ path: absolutePath }),
    response: z.strictObject({ mode: z.enum(['dialog', 'viewer']) }),
  },
  /**
   * Write an e-mail draft (.eml, MIME built by a library) with saved documents attached, under
   * the documents folder; the renderer then opens it with the user's mail program (openPath).
   */
  composeEmail: {
    request: z.strictObject({
      from: z.string().max(320).optional(),
      to: z.array(z.string().min(3).max(320)).min(1).max(20),
      cc: z.array(z.string().min(3).max(320)).max(20),
      subject: z.string().max(500),
      text: z.string().max(100_000),
      attachments: z.array(absolutePath).max(20),
      folder: z.array(safeSegment).min(1).max(4),
      fileName: safeSegment.refine((n) => n.toLowerCase().endsWith('.eml'), 'a .eml name'),
    }),
    response: savedFile,
  },
  /** Whether saved documents are still on the disk as they were written (SHA-256 compared). */
  checkFiles: {
    request: z.strictObject({
      files: z.array(z.strictObject({ path: absolutePath, sha256: z.string().regex(/^[0-9a-f]{64}$/) })).max(10_000),
    }),
    response: z.strictObject({ status: z.array(z.enum(['ok', 'missing', 'changed'])) }),
  },
  /**
   * A desktop notification (today's follow-ups). `shown` is false where the system has none; a
   * click brings the main window forward. The renderer never uses the web Notification API: the
   * permission handler refuses it on purpose.
   */
  notify: {
    request: z.strictObject({ title: z.string().min(1).max(200), body: z.string().max(1000) }),
    response: z.strictObject({ shown: z.boolean() }),
  },
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type RequestOf<K extends ChannelName> = z.input<Channels[K]['request']>;
export type ResponseOf<K extends ChannelName> = z.output<Channels[K]['response']>;

// The preload needs the channel names but not the schemas: they live in a module without zod so
// the sandboxed preload bundle stays small. This line fails to compile if the two lists drift.
export { channelNames, ipcChannel } from './contract-names';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<ChannelName, (typeof channelNames)[number]> = true;
void namesMatch;

/**
 * Error codes a call can fail with. The renderer translates them; `message` is for logs and
 * developers (English), `details` names the offending field or value where it helps the user.
 */
export const errorCodes = [
  'INVALID_REQUEST',
  'UNKNOWN_CHANNEL',
  'FILE_TOO_LARGE',
  'FILE_NOT_FOUND',
  'PATH_NOT_ALLOWED',
  'URL_NOT_ALLOWED',
  'IO_ERROR',
  'DISK_FULL',
  'UNTRUSTED_SENDER',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface BridgeError {
  code: ErrorCode;
  message: string;
  details?: Record<string, string | number>;
}

/** Every call resolves to a result rather than throwing, so callers must look at failures. */
export type BridgeResult<T> = { ok: true; data: T } | { ok: false; error: BridgeError };

/**
 * Events main sends to the renderer (one way, no answer). The application menu uses them to ask the
 * interface to go somewhere; the renderer validates nothing here because main is trusted.
 */
export type MenuCommand = (typeof menuCommands)[number];
export interface Events {
  menuCommand: { command: MenuCommand };
}
export type EventName = keyof Events;
export { eventNames, ipcEvent, menuCommands } from './contract-names';

/** The typed object the preload exposes on `window.relance` (and the browser host mirrors). */
export type RelanceApi = {
  [K in ChannelName]: (request: RequestOf<K>) => Promise<BridgeResult<ResponseOf<K>>>;
} & {
  /** Listen to an event from main; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

/** An error a handler throws on purpose; `dispatch` turns it into a typed BridgeError. */
export class ContractError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ContractError';
  }
}
