/**
 * The IndexedDB object stores and indexes that Dexie creates from a `stores()` declaration, so the
 * floor of the benchmark writes into exactly the indexes the app's database has
 * (renderer/src/db/versions.ts), without Dexie.
 *
 * Dexie syntax, per store: "primaryKey, index, ..." where the primary key is `id` (inbound),
 * `++id` (auto-increment) or empty (outbound); an index is `name`, `&name` (unique), `*name`
 * (multi-entry) or `[a+b]` (compound: key path ['a', 'b'], index named "[a+b]").
 */
export interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreSpec {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexSpec[];
}

function keyPathOf(name: string): string | string[] {
  return name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1).split('+').map((p) => p.trim()) : name;
}

export function idbSchemaFromDexie(stores: Record<string, string | null>): Record<string, StoreSpec> {
  const result: Record<string, StoreSpec> = {};
  for (const [storeName, declaration] of Object.entries(stores)) {
    if (declaration === null) continue; // a store deleted by this version
    const [primary = '', ...others] = declaration.split(',').map((part) => part.trim());
    const autoIncrement = primary.startsWith('++');
    const primaryName = primary.replace(/^(\+\+|&)/, '');
    const indexes = others
      .filter((part) => part !== '')
      .map((part): IndexSpec => {
        const unique = part.startsWith('&');
        const multiEntry = part.startsWith('*');
        const name = part.replace(/^[&*]/, '');
        return { name, keyPath: keyPathOf(name), unique, multiEntry };
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    result[storeName] = { keyPath: primaryName === '' ? null : keyPathOf(primaryName), autoIncrement, indexes };
  }
  return result;
}
