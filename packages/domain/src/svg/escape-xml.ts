// Makes any string safe as XML text or a quoted attribute value; knows nothing of SVG.

// XML 1.0 forbids these characters even escaped; a parser (resvg's included) rejects the whole document.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Drops the characters XML cannot carry (control characters, lone surrogates), escaping nothing.
 *
 * @example withoutForbiddenXml('Na Đẩy\u0007') // 'Na Đẩy'
 */
export function withoutForbiddenXml(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/**
 * Escapes `& < > " '` and drops the control characters and lone surrogates that XML cannot carry, so
 * an organisation named `<script>` or `A & B` is drawn as those characters and never read as markup.
 *
 * @example escapeXml('Chi bộ <A & B>') // 'Chi bộ &lt;A &amp; B&gt;'
 */
export function escapeXml(text: string): string {
  return withoutForbiddenXml(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
