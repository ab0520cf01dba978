import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { BridgeError } from '../../../../electron/contract';
import { bridge } from '../../bridge';
import { database } from '../../db/database';
import { filterDocuments, sortDocuments, type DocumentFilters } from '../../domain/documents';
import type { Customer, DocumentRecord, Id } from '../../domain/model';

/** Every document and customer, followed live; filtered and sorted (newest first) in memory. */
export function useDocuments(filters: DocumentFilters) {
  const data = useLiveQuery(async () => {
    const db = database();
    const [documents, customers] = await Promise.all([db.documents.toArray(), db.customers.toArray()]);
    return { documents, customers };
  }, []);
  const customers = useMemo(() => new Map<Id, Customer>((data?.customers ?? []).map((c) => [c.id, c])), [data]);
  // The search box stays instant: the list follows a keystroke behind if it must.
  const deferred = useDeferredValue(filters);
  const shown = useMemo(() => (data ? sortDocuments(filterDocuments(data.documents, deferred)) : []), [data, deferred]);
  // Only the customers that have documents are worth offering in the filter.
  const customerOptions = useMemo(() => {
    const withDocuments = new Set((data?.documents ?? []).map((d) => d.customerId));
    return [...customers.values()]
      .filter((c) => withDocuments.has(c.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((c) => ({ value: c.id, label: `${c.name} (${c.reference})` }));
  }, [customers, data]);
  return { loading: data === undefined, all: data?.documents, total: data?.documents.length ?? 0, shown, customers, customerOptions };
}

export type FileStatus = 'ok' | 'missing' | 'changed';

const SHA256 = /^[0-9a-f]{64}$/;
/** The contract's bound on one checkFiles request. */
const CHECK_CHUNK = 10_000;
const fileKey = (doc: DocumentRecord) => `${doc.path}\u0000${doc.sha256}`;

/**
 * Whether each document's file is still on the disk as written: checked once when the screen
 * opens, then for each document that appears. A failed check is reported, not guessed.
 */
export function useFileStatus(documents: DocumentRecord[] | undefined) {
  const [status, setStatus] = useState<ReadonlyMap<Id, FileStatus>>(new Map());
  const [error, setError] = useState<BridgeError | null>(null);
  const checked = useRef(new Map<Id, string>());

  useEffect(() => {
    if (!documents) return;
    const todo = documents.filter((doc) => SHA256.test(doc.sha256) && doc.path !== '' && checked.current.get(doc.id) !== fileKey(doc));
    if (todo.length === 0) return;
    for (const doc of todo) checked.current.set(doc.id, fileKey(doc));
    void (async () => {
      for (let start = 0; start < todo.length; start += CHECK_CHUNK) {
        const chunk = todo.slice(start, start + CHECK_CHUNK);
        const result = await bridge().checkFiles({ files: chunk.map((doc) => ({ path: doc.path, sha256: doc.sha256 })) });
        if (!result.ok) {
          console.error('documents: file check failed', result.error);
          // Forget them, so the next change of the list tries again.
          for (const doc of todo.slice(start)) checked.current.delete(doc.id);
          setError(result.error);
          return;
        }
        setError(null);
        setStatus((previous) => {
          const next = new Map(previous);
          chunk.forEach((doc, index) => next.set(doc.id, result.data.status[index] ?? 'ok'));
          return next;
        });
      }
    })();
  }, [documents]);

  /** An action found the file gone (FILE_NOT_FOUND): show it at once. */
  const markMissing = useCallback((id: Id) => {
    setStatus((previous) => new Map(previous).set(id, 'missing'));
  }, []);

  return { status, error, markMissing };
}
