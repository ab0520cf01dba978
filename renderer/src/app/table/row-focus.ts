import type { Virtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent, RefObject } from 'react';

/**
 * Arrow keys in a virtualised table: moves the focus to the row above or below, scrolling it into
 * view first (it may not be rendered yet). Returns true when the key was an arrow it handled, so
 * the table's own keys (Enter, Space) stay with the table.
 */
export function moveRowFocus(
  event: KeyboardEvent<HTMLElement>,
  index: number,
  count: number,
  virtualizer: Pick<Virtualizer<HTMLDivElement, Element>, 'scrollToIndex'>,
  scrollRef: RefObject<HTMLDivElement | null>,
): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  event.preventDefault();
  const next = Math.min(count - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
  virtualizer.scrollToIndex(next);
  requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  return true;
}
