/**
 * A file dropped anywhere on the window is handed to the import wizard through here: the drop
 * handler may live on another screen, so it parks the file and navigates to the import.
 */
export interface DroppedFile {
  name: string;
  size: number;
  bytes: Uint8Array;
}

let parked: DroppedFile | null = null;
const listeners = new Set<(file: DroppedFile) => void>();

export function handOver(file: DroppedFile): void {
  if (listeners.size > 0) for (const listener of listeners) listener(file);
  else parked = file;
}

/** Receives dropped files; returns the one parked before the wizard was open, if any. */
export function receiveDroppedFiles(listener: (file: DroppedFile) => void): { parked: DroppedFile | null; stop(): void } {
  listeners.add(listener);
  const waiting = parked;
  parked = null;
  return { parked: waiting, stop: () => listeners.delete(listener) };
}
