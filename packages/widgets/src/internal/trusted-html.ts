// Markup written straight into an element, under a Trusted Types policy named `chitieu` where the page
// enforces them (require-trusted-types-for 'script'). The map writes its tiles and the ranking its
// rows and table lines through it: one policy, created once, since a page that lists `chitieu` in its
// `trusted-types` directive may refuse a second policy of the same name.

interface HtmlPolicy {
  createHTML(markup: string): string;
}

let policy: HtmlPolicy | null | undefined;

/** The markup as the `innerHTML` setter accepts it: a TrustedHTML where the page enforces Trusted Types. */
function trusted(markup: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } }).trustedTypes;
    // Every string given here is built by the elements from escaped values (escapeHtml).
    policy = factory ? factory.createPolicy('chitieu', { createHTML: (s) => s }) : null;
  }
  return policy ? policy.createHTML(markup) : markup;
}

/**
 * Replaces the children of `element` with `markup` (already escaped), parsed in the element's own
 * namespace (SVG inside `<svg>`).
 *
 * @example setInnerMarkup(svgElement, '<rect width="10" height="10"/>')
 */
export function setInnerMarkup(element: Element, markup: string): void {
  element.innerHTML = trusted(markup);
}
