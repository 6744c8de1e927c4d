// Building markup node by node rather than parsing it: no parse per element, no Trusted Types sink,
// and every text and attribute value is inert by construction, so nothing needs escaping. The gauge
// builds its whole figure this way; the status view, the footer and the closing notice of every
// element are built this way too.

export type Attributes = Readonly<Record<string, string | number>>;
export type Children = ReadonlyArray<Node | string | false | null | undefined>;

/** `element` with `attributes` set in order and `children` appended (falsy ones left out). */
function node<E extends Element>(element: E, attributes: Attributes, ...children: Children): E {
  for (const name in attributes) element.setAttribute(name, `${attributes[name]}`);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** An HTML element. */
export const el = (tag: string, attributes: Attributes, ...children: Children): HTMLElement => node(document.createElement(tag), attributes, ...children);

/** An SVG element. */
export const svg = (tag: string, attributes: Attributes, ...children: Children): SVGElement =>
  node(document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElement, attributes, ...children);

/**
 * Puts `next` last in `parent` in place of `previous`, leaving both where they are when they are the
 * same node (so a node holding the focus keeps it); either may be null. Returns `next`, to keep.
 */
export function replaceLast<N extends ChildNode | null>(parent: ParentNode, previous: ChildNode | null | undefined, next: N): N {
  if (next === previous) return next;
  previous?.remove();
  if (next) parent.append(next);
  return next;
}
