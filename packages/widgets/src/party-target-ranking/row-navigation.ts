// Where the arrow keys, Home and End take the keyboard focus in a list of rows; pure positions only.

/**
 * The index of the row to focus after `key` from `current`, or null when the key does not move the
 * focus. Up and down move by one, Home and End to the ends; no wrapping.
 *
 * @example nextRowIndex(5, 0, 'End') // 4
 */
export function nextRowIndex(count: number, current: number, key: string): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(current, 0), last);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
