// Markup written once, in place, into the element it is bound to. Lit's unsafeHTML/unsafeSVG parse
// each new string into a template and then clone it (and walk it for bindings it never has): for
// 10 maps of 128 tiles that was a third of the script time. Here the string is parsed straight into
// the element, and only when it changes. Under a Trusted Types policy (require-trusted-types-for
// 'script') it goes through a policy named `chitieu`, as Lit's own templates go through `lit-html`.
import { noChange, type ElementPart } from 'lit/html.js';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

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

class InnerMarkupDirective extends Directive {
  #previous: string | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('innerMarkup() goes on an element: <svg ${innerMarkup(markup)}></svg>');
  }

  render(_markup: string) {
    return noChange;
  }

  override update(part: ElementPart, [markup]: [string]) {
    if (markup !== this.#previous) {
      part.element.innerHTML = trusted(markup);
      this.#previous = markup;
    }
    return noChange;
  }
}

/**
 * Replaces the children of the element it is bound to with `markup` (already escaped), parsed in the
 * element's own namespace (SVG inside `<svg>`); does nothing while the string stays the same.
 *
 * @example html`<svg viewBox="0 0 10 10" ${innerMarkup('<rect width="10" height="10"/>')}></svg>`
 */
export const innerMarkup = directive(InnerMarkupDirective);
