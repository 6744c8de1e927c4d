// Markup written once, in place, into the element it is bound to. Lit's unsafeHTML/unsafeSVG parse
// each new string into a template and then clone it (and walk it for bindings it never has): for
// 10 maps of 128 tiles that was a third of the script time. Here the string is parsed straight into
// the element, and only when it changes. Under a Trusted Types policy (require-trusted-types-for
// 'script') it goes through a policy named `chitieu` (trusted-html.ts), as Lit's own templates go
// through `lit-html`. Only the ranking binds it in a template; the map calls setInnerMarkup() itself.
import { noChange, type ElementPart } from 'lit/html.js';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { setInnerMarkup } from './trusted-html.ts';

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
      setInnerMarkup(part.element, markup);
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
