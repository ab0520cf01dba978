import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './files/atomic-write';

/** The few things main must know before the renderer has started (the menu's language). */
export interface MainPreferences {
  language: 'fr' | 'en';
}

export async function loadPreferences(file: string): Promise<MainPreferences> {
  try {
    const raw = JSON.parse(await fs.readFile(file, 'utf8')) as { language?: unknown };
    return { language: raw.language === 'en' ? 'en' : 'fr' };
  } catch {
    return { language: 'fr' }; // French by default, and on a missing or corrupt file
  }
}

export async function savePreferences(file: string, prefs: MainPreferences): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(prefs));
}
