import { afterEach, describe, expect, it } from 'vitest';
import { css, UpdatingElement, type PropertyDeclarations } from './updating-element.ts';

let tags = 0;
const placed: Element[] = [];

afterEach(() => {
  for (const element of placed.splice(0)) element.remove();
});

/** A fresh tag name per definition: a test page cannot redefine one. */
const tagName = () => `updating-test-${++tags}`;

/** An element recording its updates: the values it saw in each. */
class Probe extends UpdatingElement {
  static override properties: PropertyDeclarations = {
    label: {},
    count: { type: Number },
    lang: { reflect: true },
    mode: { attribute: 'data-mode', reflect: true },
    items: { attribute: false },
    hover: { state: true },
  };

  declare label: string | null | undefined;
  declare count: number | null | undefined;
  declare mode: string | null | undefined;
  declare items: unknown;
  declare hover: boolean | undefined;

  changes: Array<Record<string, unknown>> = [];

  protected override willUpdate(): void {
    this.changes.push({ label: this.label, count: this.count, items: this.items });
  }
}

function define<T extends CustomElementConstructor>(base: T): { tag: string; Class: T } {
  const tag = tagName();
  const Class = class extends base {};
  customElements.define(tag, Class);
  return { tag, Class };
}

function place<E extends Element>(element: E): E {
  document.body.append(element);
  placed.push(element);
  return element;
}

function fromMarkup(markup: string): Probe {
  const container = place(document.createElement('div'));
  container.innerHTML = markup;
  return container.firstElementChild as Probe;
}

describe('UpdatingElement', () => {
  it('converts attributes to properties by declared type: text as is, Number, a named attribute', async () => {
    const { tag } = define(Probe);
    const element = fromMarkup(`<${tag} label="Na Đẩy" count="53" lang="en" data-mode="dark" items="x" hover></${tag}>`);
    await element.updateComplete;
    expect(element.label).toBe('Na Đẩy');
    expect(element.count).toBe(53);
    expect(element.lang).toBe('en');
    expect(element.mode).toBe('dark');
    // A property declared without an attribute, or as state, is not read from one.
    expect(element.items).toBeUndefined();
    expect(element.hover).toBeUndefined();
    expect((element.constructor as typeof Probe).observedAttributes.sort()).toEqual(['count', 'data-mode', 'label', 'lang']);

    element.removeAttribute('label');
    element.setAttribute('count', 'abc');
    await element.updateComplete;
    // Removed: null (never set stays undefined); Number: NaN, as Lit gives.
    expect(element.label).toBeNull();
    expect(element.count).toBeNaN();
    element.removeAttribute('count');
    await element.updateComplete;
    expect(element.count).toBeNull();
  });

  it('reflects declared properties to their attributes, removing them for null', async () => {
    const { tag } = define(Probe);
    const element = place(document.createElement(tag) as Probe);
    element.mode = 'light';
    element.lang = 'vi';
    element.label = 'not reflected';
    // Written in the update, not at once.
    expect(element.hasAttribute('data-mode')).toBe(false);
    await element.updateComplete;
    expect(element.getAttribute('data-mode')).toBe('light');
    expect(element.getAttribute('lang')).toBe('vi');
    expect(element.hasAttribute('label')).toBe(false);

    element.mode = null;
    await element.updateComplete;
    expect(element.hasAttribute('data-mode')).toBe(false);
    expect(element.getAttribute('lang')).toBe('vi');
  });

  it('does not write an attribute back, nor update again, when the property came from it', async () => {
    const { tag } = define(Probe);
    const element = place(document.createElement(tag) as Probe);
    await element.updateComplete;
    const updates = element.changes.length;
    element.setAttribute('data-mode', 'dark');
    expect(await element.updateComplete).toBe(true);
    expect(element.mode).toBe('dark');
    expect(element.changes.length).toBe(updates + 1);
    expect(element.getAttribute('data-mode')).toBe('dark');
  });

  it('applies properties set on the element before its class was defined, over what its constructor sets', async () => {
    const tag = tagName();
    const early = place(document.createElement(tag)) as unknown as Record<string, unknown>;
    early['label'] = 'set early';
    early['items'] = [1, 2];
    early['count'] = 7;
    class WithDefault extends Probe {
      constructor() {
        super();
        this.count = 1;
      }
    }
    customElements.define(tag, WithDefault);
    const element = early as unknown as WithDefault;
    await element.updateComplete;
    expect(element.label).toBe('set early');
    expect(element.items).toEqual([1, 2]);
    expect(element.count).toBe(7);
    // The values now live behind the accessors: setting one updates the element.
    expect(Object.hasOwn(element, 'label')).toBe(false);
    element.label = 'later';
    await element.updateComplete;
    expect(element.changes.at(-1)?.['label']).toBe('later');
  });

  it('batches the changes of one task into one update', async () => {
    const { tag } = define(Probe);
    const element = place(document.createElement(tag) as Probe);
    await element.updateComplete;
    const before = element.changes.length;
    element.label = 'a';
    element.label = 'b';
    element.count = 3;
    element.items = [];
    await element.updateComplete;
    expect(element.changes.length).toBe(before + 1);
    expect(element.changes.at(-1)).toEqual({ label: 'b', count: 3, items: [] });
    // The same value again is no change.
    element.count = 3;
    await element.updateComplete;
    expect(element.changes.length).toBe(before + 1);
  });

  it('updates first once connected', async () => {
    const { tag } = define(Probe);
    const element = document.createElement(tag) as Probe;
    element.label = 'x';
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.changes).toEqual([]);
    place(element);
    await element.updateComplete;
    expect(element.changes.length).toBe(1);
    element.label = 'y';
    await element.updateComplete;
    expect(element.changes.length).toBe(2);
  });

  it('resolves updateComplete with false while an update asked for in updated() is still to come', async () => {
    class Chain extends UpdatingElement {
      static override properties: PropertyDeclarations = { step: { type: Number } };
      declare step: number;
      constructor() {
        super();
        this.step = 0;
      }
      protected override updated(): void {
        if (this.step < 3) this.step++;
      }
    }
    const { tag } = define(Chain);
    const element = place(document.createElement(tag) as Chain);
    const results: boolean[] = [];
    for (let done = false; !done; ) {
      done = await element.updateComplete;
      results.push(done);
    }
    expect(element.step).toBe(3);
    expect(results.at(-1)).toBe(true);
    expect(results.slice(0, -1).every((r) => !r)).toBe(true);
  });

  it('rejects updateComplete for an update that throws, and still runs the next', async () => {
    class Fragile extends UpdatingElement {
      static override properties: PropertyDeclarations = { fail: { attribute: false } };
      declare fail: boolean;
      runs = 0;
      protected override willUpdate(): void {
        this.runs++;
        if (this.fail) throw new Error('broken');
      }
    }
    const { tag } = define(Fragile);
    const element = place(document.createElement(tag) as Fragile);
    await element.updateComplete;
    element.fail = true;
    await expect(element.updateComplete).rejects.toThrow('broken');
    element.fail = false;
    expect(await element.updateComplete).toBe(true);
    expect(element.runs).toBe(3);
  });

  it('adopts one stylesheet per class, shared by every instance, with a subclass’s rules after its parent’s', async () => {
    class Styled extends UpdatingElement {
      static override styles: string | readonly string[] = css`
        :host {
          display: block;
          width: ${40}px;
        }
      `;
    }
    class Wider extends Styled {
      static override styles = [Styled.styles as string, css`:host { width: 80px; }`];
    }
    const { tag: styled } = define(Styled);
    const { tag: wider } = define(Wider);
    const [a, b] = [place(document.createElement(styled)), place(document.createElement(styled))];
    const c = place(document.createElement(wider));
    const sheetOf = (element: Element) => element.shadowRoot!.adoptedStyleSheets;
    expect(sheetOf(a)).toHaveLength(1);
    expect(sheetOf(a)[0]).toBe(sheetOf(b)[0]);
    expect(sheetOf(c)[0]).not.toBe(sheetOf(a)[0]);
    expect(a.getBoundingClientRect().width).toBe(40);
    expect(c.getBoundingClientRect().width).toBe(80);
    // Taken off the page and back, it keeps the same sheet.
    a.remove();
    document.body.append(a);
    expect(sheetOf(a)[0]).toBe(sheetOf(b)[0]);
  });
});
