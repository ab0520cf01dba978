import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { RelanceDatabase } from '../../renderer/src/db/database';

/**
 * A maker of empty, open databases for one test file (each under its own name in fake-indexeddb),
 * every one closed and deleted after each test.
 */
export function freshDatabases(prefix: string): () => Promise<RelanceDatabase> {
  const opened: RelanceDatabase[] = [];
  let counter = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return async () => {
    const db = new RelanceDatabase(`${prefix}-${Date.now()}-${counter++}`);
    opened.push(db);
    await db.open();
    return db;
  };
}
