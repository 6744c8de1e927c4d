// Markup the map writes straight into itself (its tiles), escaped, under the page's one `chitieu`
// Trusted Types policy. A twin of ../party-target-ranking/ranking-markup.ts on purpose: a module both
// imported would sit in the chunk every element shares, which every gauge page downloads, for code no
// gauge runs (155 B gzip on a gauge page, measured). Change both together; the map's and the ranking's
// strict-CSP tests run each, and both on one page. (escapeHtml here writes numeric references instead
// of the ranking's table of named ones: the same parsed text, 29 B gzip less in the map chunk.)

/** A Trusted Types policy, as far as the elements use one. */
interface HtmlPolicy {
  createHTML(markup: string): string;
}

type PolicyHolder = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy };
  /** The `chitieu` policy, created once per page by whichever element writes markup first. */
  __chitieuHtmlPolicy?: HtmlPolicy | null;
};

/**
 * Text or an attribute value made safe to write into HTML or SVG markup: each of `& < > " '` as its
 * numeric character reference (`&#38;`), which parses to the same text as a named one.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Replaces the children of `element` with `markup` (already escaped), parsed in the element's own
 * namespace (SVG inside `<svg>`): as a TrustedHTML where the page enforces Trusted Types. The policy
 * is kept on the page's global object, since a page that lists `chitieu` in its `trusted-types`
 * directive may refuse a second policy of the same name (the ranking creates it as well).
 */
export function setInnerMarkup(element: Element, markup: string): void {
  const page = globalThis as PolicyHolder;
  // Every string given here is built from escaped values (escapeHtml).
  const policy = (page.__chitieuHtmlPolicy ??= page.trustedTypes?.createPolicy('chitieu', { createHTML: (s) => s }) ?? null);
  element.innerHTML = policy ? policy.createHTML(markup) : markup;
}
