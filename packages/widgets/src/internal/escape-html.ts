// Escaping for the figures an element writes as HTML or SVG text in one pass (the ranking's rows and
// table, the map's tiles): every text and attribute value from the API or the page goes through it.

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value made safe to write into HTML or SVG markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** The body of a two-column table: a row header and a cell per line, escaped. */
export const headedRowsHtml = (rows: ReadonlyArray<readonly [string, ...string[]]>): string =>
  rows.map(([head, ...cells]) => `<tr><th scope="row">${escapeHtml(head)}</th>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
