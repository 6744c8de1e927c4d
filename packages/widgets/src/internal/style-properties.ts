// Inline positions through the CSSOM only. Lit's styleMap writes a `style` attribute on first render,
// which a strict Content Security Policy (style-src without 'unsafe-inline') blocks; setting
// properties on `element.style` is not inline markup and stays allowed.
import { noChange, type ElementPart } from 'lit/html.js';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

class StylePropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() goes on an element: <div ${styleProperties({...})}>');
  }

  render(_properties: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/**
 * Sets CSS properties (`left`, `--x`…) on the element it is bound to, through `element.style`.
 *
 * @example html`<div class="tooltip" ${styleProperties({ left: '12px', top: '0px' })}></div>`
 */
export const styleProperties = directive(StylePropertiesDirective);
