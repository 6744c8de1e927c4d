/** Where a line of CSV text is, so a problem the import names by line can be shown in the text itself. */

/**
 * The start and end offsets of line `line` (1-based) of `text`; null past its end. Counts line
 * breaks as the import does for an unquoted file (a quoted field spanning lines is rare in exports).
 *
 * @example lineRange('a\nbc\n', 2) // { start: 2, end: 4 }
 */
export function lineRange(text: string, line: number): { start: number; end: number } | null {
  if (line < 1) return null;
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) return null;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const stop = end < 0 ? text.length : end;
  return { start, end: stop > start && text[stop - 1] === '\r' ? stop - 1 : stop };
}
