/**
 * Instant search over a sorted list of book rows.
 *
 * Testing `haystack.includes(word)` row by row costs one call per row per keystroke: about 25 ms
 * for the 25 000 open invoices of a large book, half the keystroke budget. Here every row's
 * search text is joined once into one long string, so a keystroke runs one native `indexOf` scan
 * over it (a few milliseconds, whatever the number of rows) and maps each hit back to its row by
 * binary search over the row start offsets. The first word finds the candidates; the other
 * words, usually far fewer rows, are checked on those only. Results keep the list's order.
 */
import type { BookRow } from './invoice-book';

/** Never typed in a search (normalised queries keep only letters, digits, spaces, punctuation). */
const SEPARATOR = '\u0001';

export interface BookSearchIndex {
  readonly rows: readonly BookRow[];
  /** Rows whose search text contains every word, in the list's order. */
  match(words: readonly string[]): BookRow[];
  /**
   * Does a slice of the building work (about `CHUNK` rows); true once the index is complete.
   * Called while the browser is idle so that neither the first keystroke nor any single task
   * pays for the whole book.
   */
  warm(): boolean;
}

const CHUNK = 2000;

export function createBookSearchIndex(rows: readonly BookRow[]): BookSearchIndex {
  let text: string | null = null;
  const starts = new Int32Array(rows.length + 1);
  const chunks: string[] = [];
  let built = 0;
  let offset = 0;

  const buildChunk = () => {
    const end = Math.min(rows.length, built + CHUNK);
    const parts = new Array<string>(end - built);
    for (let i = built; i < end; i++) {
      starts[i] = offset;
      const haystack = rows[i]!.haystack;
      parts[i - built] = haystack;
      offset += haystack.length + SEPARATOR.length;
    }
    chunks.push(parts.join(SEPARATOR) + SEPARATOR);
    built = end;
  };

  const build = () => {
    while (built < rows.length) buildChunk();
    starts[rows.length] = offset;
    text = chunks.join('');
    chunks.length = 0;
  };

  /** Index of the row whose text contains `position`. */
  const rowAt = (position: number): number => {
    const s = starts;
    let low = 0;
    let high = rows.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (s[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  return {
    rows,
    match(words) {
      if (words.length === 0) return rows.slice();
      if (text === null) build();
      // The longest word is usually the rarest: scan for it, check the others on its hits.
      const ordered = [...words].sort((a, b) => b.length - a.length);
      const first = ordered[0]!;
      const rest = ordered.slice(1);
      const out: BookRow[] = [];
      let from = 0;
      for (;;) {
        const hit = text!.indexOf(first, from);
        if (hit < 0) break;
        const index = rowAt(hit);
        const row = rows[index]!;
        if (rest.every((word) => row.haystack.includes(word))) out.push(row);
        from = starts[index + 1]!; // one hit per row is enough
      }
      return out;
    },
    warm() {
      if (text !== null) return true;
      if (built < rows.length) buildChunk();
      else build();
      return false;
    },
  };
}
