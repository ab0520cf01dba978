import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { moveRowFocus } from '../../renderer/src/app/table/row-focus';

const key = (name: string) => ({ key: name, preventDefault: vi.fn() }) as unknown as KeyboardEvent<HTMLElement>;

describe('arrow keys in a virtualised table', () => {
  it('moves to the next or previous row, never past the ends, and focuses it once rendered', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<div data-index="0" tabindex="0"></div><div data-index="1" tabindex="0"></div><div data-index="2" tabindex="0"></div>';
    document.body.append(container);
    const scrollToIndex = vi.fn();
    const ref = { current: container };
    expect(moveRowFocus(key('ArrowDown'), 1, 3, { scrollToIndex }, ref)).toBe(true);
    expect(moveRowFocus(key('ArrowDown'), 2, 3, { scrollToIndex }, ref)).toBe(true);
    expect(moveRowFocus(key('ArrowUp'), 0, 3, { scrollToIndex }, ref)).toBe(true);
    expect(scrollToIndex.mock.calls.map((c) => c[0])).toEqual([2, 2, 0]);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    expect(document.activeElement?.getAttribute('data-index')).toBe('0');
    container.remove();
  });

  it('leaves every other key to the table', () => {
    const event = key('Enter');
    expect(moveRowFocus(event, 0, 3, { scrollToIndex: vi.fn() }, { current: null })).toBe(false);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
