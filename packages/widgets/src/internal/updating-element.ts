// The reactive base of the elements, in place of Lit's ReactiveElement: declared properties backed by
// attributes, one update per microtask however many change, and the willUpdate → update → updated
// cycle, with `updateComplete` to wait on. It renders nothing itself (chitieu-element.ts does), so a
// gauge downloads none of Lit. Styles are plain CSS text (`css` below), turned into one constructable
// stylesheet per class that every instance's shadow root adopts. Only what the three elements use:
// text and Number attributes, and reflection of text.

/** How a declared property maps to its attribute, as Lit's `static properties` say it. */
interface PropertyOptions {
  /** The attribute's name (the property's, lowercased, by default), or false for a property only. */
  readonly attribute?: string | false;
  /** `Number` reads the attribute's text as `Number(text)`; by default it is taken as is. */
  readonly type?: typeof Number;
  /** Writes the value back to the attribute (as text, removed for null or undefined) when the property changes. */
  readonly reflect?: boolean;
  /** Internal state, never an attribute (as Lit's `state: true`). */
  readonly state?: boolean;
}

export type PropertyDeclarations = Readonly<Record<string, PropertyOptions>>;

/**
 * CSS text; a tag so the embed build's minifier finds and shrinks it (vite-plugins/minify-literals.ts).
 * Raw, as CSS escapes (`\2014`) are meant for the CSS parser, not for JavaScript.
 */
export const css: (strings: TemplateStringsArray, ...values: readonly (string | number)[]) => string = String.raw;

/** What a class declares, its own and inherited: property → options, observed attribute → property, and its sheet. */
interface Declared {
  readonly options: Map<string, PropertyOptions>;
  readonly attributes: Map<string, string>;
  sheet?: CSSStyleSheet;
}

type Values = Record<string, unknown>;

const declared = new WeakMap<object, Declared>();

export abstract class UpdatingElement extends HTMLElement {
  /** The class's declared properties, if any; a subclass's add to those of the classes it extends. */
  declare static properties: PropertyDeclarations | undefined;

  /** The class's CSS, if any, in cascade order; adopted as one sheet shared by every instance. */
  declare static styles: string | readonly string[] | undefined;

  static get observedAttributes(): string[] {
    return [...UpdatingElement.#declared(this).attributes.keys()];
  }

  /** Reads `properties` up the class chain once, defining an accessor per property the class declares. */
  static #declared(type: typeof UpdatingElement): Declared {
    let done = declared.get(type);
    if (done) return done;
    const parent: typeof UpdatingElement | typeof HTMLElement = Object.getPrototypeOf(type);
    const inherited = parent === HTMLElement ? undefined : UpdatingElement.#declared(parent as typeof UpdatingElement);
    done = { options: new Map(inherited?.options), attributes: new Map(inherited?.attributes) };
    declared.set(type, done);
    if (Object.hasOwn(type, 'properties')) {
      for (const [name, options] of Object.entries(type.properties!)) {
        done.options.set(name, options);
        const attribute = options.state || options.attribute === false ? null : (options.attribute ?? name.toLowerCase());
        if (attribute) done.attributes.set(attribute, name);
        Object.defineProperty(type.prototype, name, {
          get(this: UpdatingElement) {
            return this.#values[name];
          },
          set(this: UpdatingElement, value: unknown) {
            if (Object.is(this.#values[name], value)) return;
            this.#values[name] = value;
            if (options.reflect && attribute && this.#fromAttribute !== name) this.#reflect.set(attribute, name);
            this.requestUpdate();
          },
          configurable: true,
          enumerable: true,
        });
      }
    }
    return done;
  }

  readonly #values: Values = {};
  /** Values set on the element before its class was defined (an own property then), applied on the first update. */
  #early: Values | null = null;
  /** Reflected attributes to write in the next update → their properties. */
  readonly #reflect = new Map<string, string>();
  /** The property being set from its attribute, which must not be written back. */
  #fromAttribute: string | null = null;
  #pending = false;
  #enable!: (value: boolean) => void;
  #updated: Promise<boolean> = new Promise((resolve) => (this.#enable = resolve));

  constructor() {
    super();
    for (const name of UpdatingElement.#declared(this.constructor as typeof UpdatingElement).options.keys()) {
      if (!Object.hasOwn(this, name)) continue;
      (this.#early ??= {})[name] = (this as unknown as Values)[name];
      delete (this as unknown as Values)[name];
    }
    this.requestUpdate();
  }

  /**
   * The shadow root the element renders into: the one it has (the hosted loader may attach it), or a new one.
   * @internal
   */
  get renderRoot(): ShadowRoot {
    return this.shadowRoot ?? this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    const type = this.constructor as typeof UpdatingElement;
    const done = UpdatingElement.#declared(type);
    if (!done.sheet) {
      done.sheet = new CSSStyleSheet();
      done.sheet.replaceSync([type.styles].flat().join(''));
    }
    const root = this.renderRoot;
    if (root.adoptedStyleSheets[0] !== done.sheet) root.adoptedStyleSheets = [done.sheet];
    // The first update waits for the first connection, as Lit's does.
    this.#enable(true);
  }

  attributeChangedCallback(attribute: string, old: string | null, value: string | null): void {
    const { attributes, options } = UpdatingElement.#declared(this.constructor as typeof UpdatingElement);
    const name = attributes.get(attribute);
    if (old === value || name === undefined || this.#fromAttribute === name) return;
    this.#fromAttribute = name;
    (this as unknown as Values)[name] = options.get(name)!.type && value !== null ? Number(value) : value;
    this.#fromAttribute = null;
  }

  /**
   * Asks for an update; one per microtask, however many ask.
   * @internal
   */
  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.#updated = this.#update(this.#updated);
  }

  async #update(previous: Promise<boolean>): Promise<boolean> {
    try {
      await previous;
    } catch {
      // A failed update rejects its own promise (reported there); the next still runs.
    }
    if (this.#early) Object.assign(this, this.#early);
    this.#early = null;
    try {
      this.willUpdate();
      this.update();
    } finally {
      this.#pending = false;
    }
    this.updated();
    return !this.#pending;
  }

  /** Resolves after the pending update (true when none is pending by then). */
  get updateComplete(): Promise<boolean> {
    return this.#updated;
  }

  /** Before the update: work out what to show from the properties; setting properties here asks no new update. */
  protected willUpdate(): void {}

  /** Writes reflected properties to their attributes; a subclass renders after calling it. */
  protected update(): void {
    for (const [attribute, name] of this.#reflect) {
      const value = this.#values[name];
      this.#fromAttribute = name;
      if (value === undefined || value === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, `${value as string}`);
      this.#fromAttribute = null;
    }
    this.#reflect.clear();
  }

  /** After the update has been rendered; properties set here ask for another. */
  protected updated(): void {}
}
