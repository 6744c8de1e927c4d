// Escaping for the HTML this package writes as text (embed codes, server-rendered pages).

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe inside an element or a double-quoted attribute.
 *
 * @example escapeHtml('<b>"Na Đẩy" & co</b>') // '&lt;b&gt;&quot;Na Đẩy&quot; &amp; co&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
