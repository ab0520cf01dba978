import type { Page } from 'playwright-core';

/**
 * Writes rows straight into the app's IndexedDB (after the app has created it), for screens whose
 * own data entry is tested elsewhere. Uses the browser's IndexedDB, not the app's code.
 */
export async function seed(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('relance');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(data), 'readwrite');
      for (const [table, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables);
}

/** A synthetic book: `customers` customers with `perCustomer` invoices each, some paid, some late. */
export function syntheticBook(customers: number, perCustomer: number) {
  const names = ['Boulangerie', 'Garage', 'Menuiserie', 'Pharmacie', 'Librairie', 'Atelier', 'Cabinet', 'Transports'];
  const towns = ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Dijon', 'Brest', 'Metz', 'Nîmes'];
  const customerRows = Array.from({ length: customers }, (_, c) => ({
    id: `c-${c}`,
    reference: `411${String(c).padStart(5, '0')}`,
    name: `${names[c % names.length]} ${towns[(c * 3) % towns.length]} ${c}`,
    kind: 'business',
    contacts: [],
    blocked: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  const invoices = [];
  for (let c = 0; c < customers; c++) {
    for (let k = 0; k < perCustomer; k++) {
      const n = c * perCustomer + k;
      const amount = 10000 + ((n * 7919) % 500000);
      const month = 1 + (n % 11);
      const paidShare = n % 5 === 0 ? 1 : n % 7 === 0 ? 0.5 : 0;
      const open = Math.round(amount * (1 - paidShare));
      invoices.push({
        id: `i-${n}`,
        customerId: `c-${c}`,
        number: `F-2026-${String(n + 1).padStart(5, '0')}`,
        issueDate: `2026-${String(month).padStart(2, '0')}-05`,
        dueDate: `2026-${String(month + 1).padStart(2, '0')}-04`,
        amountCents: amount,
        sourceOpenCents: open,
        openCents: open,
        hold: null,
        source: 'import',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    }
  }
  return { customers: customerRows, invoices };
}

/** Every row of one of the app's IndexedDB stores, read with the browser's IndexedDB. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('relance');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  ) as Promise<T[]>;
}
