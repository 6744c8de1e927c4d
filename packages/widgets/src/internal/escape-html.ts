// Escaping for the figures an element writes as HTML or SVG text in one pass (the ranking's rows and
// table, the map's tiles): every text and attribute value from the API or the page goes through it.
// The map and the ranking share it, so it sits in the loader, which every page downloads (with what
// the elements share: vite.config.ts); keep what only one of them needs out of here (the ranking's table rows are in party-target-ranking/ranking-rows.ts).

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value made safe to write into HTML or SVG markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
