// The floor of the import, measured in the benchmark page itself (evaluated with page.evaluate,
// which the app's CSP does not block): what the browser needs at the very least to parse the file
// (TextDecoder + papaparse, loaded the same way just before) and to write the imported rows into
// IndexedDB (plain IndexedDB, one readwrite transaction, no wrapper). Plain JavaScript, as written.
(() => {
  const request = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('transaction aborted'));
    });
  const open = (name) => request(indexedDB.open(name));

  const F = {
    bytes: null,
    rows: null,

    /** Fetches the file (routed by the benchmark to the generated FEC) into memory. */
    async loadBytes(url) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`fetch ${url}: ${response.status}`);
      F.bytes = new Uint8Array(await response.arrayBuffer());
      return F.bytes.length;
    },

    /** Decode + papaparse (tab), timed separately. */
    parse() {
      const t0 = performance.now();
      const text = new TextDecoder('utf-8').decode(F.bytes);
      const t1 = performance.now();
      const result = Papa.parse(text, { delimiter: '\t' });
      const t2 = performance.now();
      return { decodeMs: t1 - t0, papaMs: t2 - t1, totalMs: t2 - t0, rows: result.data.length, errors: result.errors.length };
    },

    /** The strict UTF-8 decode the import's encoding sniffing does (TextDecoder fatal: true). */
    decodeFatal() {
      const t0 = performance.now();
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(F.bytes);
      return performance.now() - t0;
    },

    /** The object stores and indexes of an existing database, as IndexedDB reports them. */
    async describe(name) {
      const db = await open(name);
      try {
        const stores = {};
        const names = [...db.objectStoreNames];
        if (names.length === 0) return { version: db.version, stores };
        const tx = db.transaction(names, 'readonly');
        for (const storeName of names) {
          const store = tx.objectStore(storeName);
          stores[storeName] = {
            keyPath: store.keyPath,
            autoIncrement: store.autoIncrement,
            indexes: [...store.indexNames].sort().map((indexName) => {
              const index = store.index(indexName);
              return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
            }),
          };
        }
        return { version: db.version, stores };
      } finally {
        db.close();
      }
    },

    /** Reads every row of the given stores of the app's database (getAll, timed), keeps them for `write`. */
    async readApp(databaseName, storeNames) {
      const db = await open(databaseName);
      try {
        const tx = db.transaction(storeNames, 'readonly');
        const rows = {};
        const readMs = {};
        for (const name of storeNames) {
          const t0 = performance.now();
          rows[name] = await request(tx.objectStore(name).getAll());
          readMs[name] = performance.now() - t0;
        }
        F.rows = rows;
        return { counts: Object.fromEntries(storeNames.map((n) => [n, rows[n].length])), readMs };
      } finally {
        db.close();
      }
    },

    /**
     * Creates a fresh database with `schema` (stores and indexes), writes the rows read by
     * `readApp` in ONE readwrite transaction and times only that write (first put → complete).
     * With `chunk`, waits for each chunk's last put before issuing the next one (the way a
     * chunked bulkPut behaves; with `pipeline`, issues the next chunk before waiting for the
     * previous one) and records when each chunk completed. `durability`: the
     * transaction option ('strict', 'relaxed'; the browser's default when absent). `keep`: leave
     * the database in place (it is deleted by default).
     */
    async write(schema, storeNames, { chunk = 0, pipeline = false, durability, keep = false } = {}) {
      const name = `relance-bench-floor-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const openRequest = indexedDB.open(name, 1);
      openRequest.onupgradeneeded = () => {
        const db = openRequest.result;
        for (const [storeName, spec] of Object.entries(schema)) {
          const store = db.createObjectStore(storeName, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
          for (const index of spec.indexes) {
            store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
          }
        }
      };
      const db = await request(openRequest);
      const chunks = [];
      let ms;
      try {
        const t0 = performance.now();
        const tx = durability ? db.transaction(storeNames, 'readwrite', { durability }) : db.transaction(storeNames, 'readwrite');
        const complete = done(tx);
        if (!chunk) {
          for (const storeName of storeNames) {
            const store = tx.objectStore(storeName);
            for (const row of F.rows[storeName]) store.put(row);
          }
        } else {
          for (const storeName of storeNames) {
            const store = tx.objectStore(storeName);
            const rows = F.rows[storeName];
            let inFlight = null;
            for (let start = 0; start < rows.length; start += chunk) {
              let last = null;
              for (const row of rows.slice(start, start + chunk)) last = store.put(row);
              const done = request(last);
              if (!pipeline) {
                await done;
                chunks.push(performance.now() - t0);
              } else {
                // Keep one chunk queued while waiting for the previous one: no idle gap.
                if (inFlight) {
                  await inFlight;
                  chunks.push(performance.now() - t0);
                }
                inFlight = done;
              }
            }
            if (inFlight) {
              await inFlight;
              chunks.push(performance.now() - t0);
            }
          }
        }
        const issued = performance.now() - t0;
        await complete;
        ms = performance.now() - t0;
        return { ms, issuedMs: issued, chunks, durability: tx.durability };
      } finally {
        db.close();
        if (!keep) await request(indexedDB.deleteDatabase(name)).catch(() => undefined);
      }
    },

    /** Rows built elsewhere (diagnostics): JSON fetched from `url`. */
    async loadRows(url) {
      const response = await fetch(url);
      F.rows = await response.json();
      return Object.fromEntries(Object.entries(F.rows).map(([n, rows]) => [n, rows.length]));
    },

    release() {
      F.bytes = null;
      F.rows = null;
    },
  };
  window.__floor = F;
})();
