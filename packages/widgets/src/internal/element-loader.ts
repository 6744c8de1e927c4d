// What the hosted script does on a news page: finds the Chỉ Tiêu elements present now and added later,
// and imports each element's module once, the first time its tag is seen. Knows nothing of the
// elements themselves, only their tag names.

/** Imports the module that registers one element. */
export type ElementImport = () => Promise<unknown>;

/** The tags among `tags` that `node` (an added node, or the watched root) is or holds. */
function tagsIn(node: Node, tags: ReadonlySet<string>): string[] {
  const element = node as Element;
  // Text and comments hold no elements.
  return element.getElementsByTagName ? [...tags].filter((tag) => element.localName === tag || element.getElementsByTagName(tag)[0]) : [];
}

/**
 * Watches `root` (the document, or any subtree) and calls `imports[tag]()` once for each tag that
 * appears, now or later, for as long as the page lasts: watching stops by itself once every tag has
 * been imported (the loader never has another reason to stop it). A failed import is reported on the
 * console and tried again the next time the tag is added: the element's own text stays in place
 * meanwhile.
 *
 * @example watchElements(document, { 'party-target-gauge': () => import('./party-target-gauge/define.ts') });
 */
export function watchElements(root: Document | Element, imports: Readonly<Record<string, ElementImport>>): void {
  const pending = new Set(Object.keys(imports));
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) start(tagsIn(node, pending));
  });
  const observe = () => observer.observe(root, { childList: true, subtree: true });
  function start(tags: readonly string[]): void {
    for (const tag of tags) {
      if (!pending.delete(tag)) continue;
      imports[tag]!().catch((error: unknown) => {
        pending.add(tag);
        observe();
        console.warn(`<${tag}> could not be loaded`, error);
      });
    }
    if (pending.size === 0) observer.disconnect();
  }
  observe();
  start(tagsIn(root, pending));
}
