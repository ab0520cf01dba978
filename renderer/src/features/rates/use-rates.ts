import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { database } from '../../db/database';
import { loadRates } from '../../db/rates';
import type { RateRow } from '../../domain/model';

/**
 * The rate tables, followed live. The shipped rows are written once first (loadRates writes, so
 * it cannot run inside the live query itself).
 */
export function useRates(): { rows: RateRow[] | undefined; error: unknown } {
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadRates(database()).then(
      () => live && setReady(true),
      (reason: unknown) => {
        console.error('rates: could not load the rate tables', reason);
        if (live) setError(reason);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const rows = useLiveQuery<RateRow[] | undefined>(() => (ready ? database().rates.toArray() : undefined), [ready]);
  return { rows, error };
}
