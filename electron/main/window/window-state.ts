import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../files/atomic-write';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

const isFiniteInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Reads the saved state; anything missing or corrupt gives the default instead of a crash. */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const raw = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
    if (!isFiniteInt(raw.width) || !isFiniteInt(raw.height)) return { ...DEFAULT_WINDOW_STATE };
    return {
      width: raw.width,
      height: raw.height,
      maximized: raw.maximized === true,
      ...(isFiniteInt(raw.x) && isFiniteInt(raw.y) ? { x: raw.x, y: raw.y } : {}),
    };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state));
}

/**
 * Keeps a remembered window reachable: if the screen it was on is gone (a laptop off its dock) the
 * position is dropped so the OS centres it, and the size is capped to the largest work area.
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(640, Math.min(state.width, maxWidth));
  const height = Math.max(480, Math.min(state.height, maxHeight));
  const { x, y } = state;
  if (x === undefined || y === undefined) return { ...state, width, height };
  // Visible enough = the title bar area (top 40 px, at least 100 px wide) lies on some display.
  const visible = workAreas.some(
    (a) =>
      x + width - 100 >= a.x &&
      x + 100 <= a.x + a.width &&
      y >= a.y &&
      y + 40 <= a.y + a.height,
  );
  return visible
    ? { ...state, width, height }
    : { width, height, maximized: state.maximized };
}
