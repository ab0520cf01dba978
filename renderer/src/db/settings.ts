import type { RelanceDatabase } from './database';

/**
 * Typed access to the `settings` table: one row per key. Readers get `undefined` for a key never
 * saved; the caller decides the default.
 */
export async function readSetting<T>(db: RelanceDatabase, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

export async function writeSetting<T>(db: RelanceDatabase, key: string, value: T): Promise<void> {
  await db.settings.put({ key, value, updatedAt: new Date().toISOString() });
}
