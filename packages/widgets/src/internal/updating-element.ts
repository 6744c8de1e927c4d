// The reactive base of the elements, in place of Lit's ReactiveElement: declared properties backed by
// attributes, one update per microtask however many change, and the willUpdate → update → updated
// cycle, with `updateComplete` to wait on. It renders nothing itself (chitieu-element.ts does), so a
// gauge downloads none of Lit. Styles are plain CSS text (`css` below), turned into one constructable
// stylesheet per class that every instance's shadow root adopts.

/** How a declared property maps to its attribute, as Lit's `static properties` say it. */
interface PropertyOptions {
  /** The attribute's name (the property's, lowercased, by default), or false for a property only. */
  readonly attribute?: string | false;
  /** How the attribute's text becomes the value: as is (String, the default), `Number(text)`, or present/absent (Boolean). */
  readonly type?: typeof String | typeof Number | typeof Boolean;
  /** Writes the value back to the attribute when the property changes. */
  readonly reflect?: boolean;
  /** Internal state, never an attribute (as Lit's `state: true`). */
  readonly state?: boolean;
}

export type PropertyDeclarations = Readonly<Record<string, PropertyOptions>>;

/** The properties changed since the last update, with their previous values. */
export type PropertyValues = ReadonlyMap<PropertyKey, unknown>;

/** Something an element tells when it is connected and disconnected (the Loader). */
export interface Controller {
  hostConnected?(): void;
  hostDisconnected?(): void;
}

/** What a controller may ask of its element. */
export interface ControllerHost {
  addController(controller: Controller): void;
  requestUpdate(): void;
}

/** CSS text; a tag so the embed build's minifier finds and shrinks it (vite-plugins/minify-literals.ts). */
export const css = (strings: TemplateStringsArray, ...values: readonly (string | number)[]): string =>
  strings.reduce((text, part, i) => text + `${values[i - 1]}` + part);

interface Finalized {
  /** Attribute name → property name, for the attributes the class observes. */
  readonly attributes: Map<string, string>;
  readonly options: Map<string, PropertyOptions>;
  sheet?: CSSStyleSheet;
}

const finalized = new WeakMap<object, Finalized>();

const attributeOf = (name: string, options: PropertyOptions): string | false =>
  options.state || options.attribute === false ? false : (options.attribute ?? name.toLowerCase());

function fromAttribute(text: string | null, type: PropertyOptions['type']): unknown {
  if (type === Boolean) return text !== null;
  if (type === Number) return text === null ? null : Number(text);
  return text;
}

export abstract class UpdatingElement extends HTMLElement implements ControllerHost {
  /** The class's declared properties; a subclass's add to those of the classes it extends. */
  static properties: PropertyDeclarations = {};

  /** The class's CSS, in cascade order; adopted as one sheet shared by every instance. */
  static styles: string | readonly string[] = [];

  static get observedAttributes(): string[] {
    return [...this.finalize().attributes.keys()];
  }

  /**
   * Reads `properties` up the class chain once, and defines an accessor per property.
   * @internal
   */
  static finalize(): Finalized {
    let done = finalized.get(this);
    if (done) return done;
    const parent = Object.getPrototypeOf(this) as typeof UpdatingElement;
    const inherited = parent.finalize ? parent.finalize() : { attributes: new Map<string, string>(), options: new Map<string, PropertyOptions>() };
    done = { attributes: new Map(inherited.attributes), options: new Map(inherited.options) };
    finalized.set(this, done);
    if (Object.hasOwn(this, 'properties')) {
      for (const [name, options] of Object.entries(this.properties)) {
        done.options.set(name, options);
        const attribute = attributeOf(name, options);
        if (attribute) done.attributes.set(attribute, name);
        Object.defineProperty(this.prototype, name, {
          get(this: UpdatingElement) {
            return this.#values.get(name);
          },
          set(this: UpdatingElement, value: unknown) {
            const old = this.#values.get(name);
            if (Object.is(old, value)) return;
            this.#values.set(name, value);
            this.requestUpdate(name, old);
          },
          configurable: true,
          enumerable: true,
        });
      }
    }
    return done;
  }

  /**
   * The constructable stylesheet of the class, built on the first instance's connection.
   * @internal
   */
  static get styleSheet(): CSSStyleSheet {
    const done = this.finalize();
    if (!done.sheet) {
      done.sheet = new CSSStyleSheet();
      done.sheet.replaceSync([this.styles].flat().join('\n'));
    }
    return done.sheet;
  }

  readonly #values = new Map<string, unknown>();
  /** Values set on the element before its class was defined (an own property then), applied on the first update. */
  #early: Map<string, unknown> | null = null;
  #changed = new Map<PropertyKey, unknown>();
  #reflect = new Set<string>();
  /** The property being set from its attribute, which must not be written back. */
  #fromAttribute: string | null = null;
  #pending = false;
  #hasUpdated = false;
  #enable!: (value: boolean) => void;
  #updated: Promise<boolean> = new Promise((resolve) => (this.#enable = resolve));
  #controllers: Controller[] = [];

  constructor() {
    super();
    const { options } = (this.constructor as typeof UpdatingElement).finalize();
    for (const name of options.keys()) {
      if (!Object.hasOwn(this, name)) continue;
      (this.#early ??= new Map()).set(name, this[name as keyof this]);
      Reflect.deleteProperty(this, name);
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
    const root = this.renderRoot;
    const sheet = (this.constructor as typeof UpdatingElement).styleSheet;
    if (root.adoptedStyleSheets[0] !== sheet) root.adoptedStyleSheets = [sheet];
    // The first update waits for the first connection, as Lit's does.
    this.#enable(true);
    for (const controller of this.#controllers) controller.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, old: string | null, value: string | null): void {
    if (old === value) return;
    const { attributes, options } = (this.constructor as typeof UpdatingElement).finalize();
    const name = attributes.get(attribute);
    if (name === undefined || this.#fromAttribute === name) return;
    this.#fromAttribute = name;
    (this as unknown as Record<string, unknown>)[name] = fromAttribute(value, options.get(name)!.type);
    this.#fromAttribute = null;
  }

  /** @internal */
  addController(controller: Controller): void {
    this.#controllers.push(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  /**
   * Asks for an update (a property `name` changed from `old`, if given); one per microtask, however many ask.
   * @internal
   */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined) {
      if (!this.#changed.has(name)) this.#changed.set(name, old);
      const options = (this.constructor as typeof UpdatingElement).finalize().options.get(name);
      if (options?.reflect && this.#fromAttribute !== name) this.#reflect.add(name);
    }
    if (this.#pending) return;
    this.#pending = true;
    this.#updated = this.#enqueue(this.#updated);
  }

  async #enqueue(previous: Promise<boolean>): Promise<boolean> {
    try {
      await previous;
    } catch {
      // A failed update rejects its own promise (reported there); the next still runs.
    }
    this.#performUpdate();
    return !this.#pending;
  }

  #performUpdate(): void {
    if (!this.#pending) return;
    if (this.#early) {
      for (const [name, value] of this.#early) (this as unknown as Record<string, unknown>)[name] = value;
      this.#early = null;
    }
    const changed = this.#changed;
    try {
      this.willUpdate(changed);
      this.update(changed);
    } finally {
      this.#changed = new Map();
      this.#pending = false;
    }
    const first = !this.#hasUpdated;
    this.#hasUpdated = true;
    if (first) this.firstUpdated(changed);
    this.updated(changed);
  }

  /** Resolves after the pending update (true when none is pending by then). */
  get updateComplete(): Promise<boolean> {
    return this.#updated;
  }

  /** Before the update: work out what to show from the properties; setting properties here asks no new update. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** Writes reflected properties to their attributes; a subclass renders after calling it. */
  protected update(_changed: PropertyValues): void {
    if (this.#reflect.size === 0) return;
    const { options } = (this.constructor as typeof UpdatingElement).finalize();
    for (const name of this.#reflect) {
      const o = options.get(name)!;
      const attribute = attributeOf(name, o) as string;
      const value = this.#values.get(name);
      const text = o.type === Boolean ? (value ? '' : null) : value;
      this.#fromAttribute = name;
      if (text === undefined || text === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, `${text as string}`);
      this.#fromAttribute = null;
    }
    this.#reflect.clear();
  }

  protected firstUpdated(_changed: PropertyValues): void {}

  /** After the update has been rendered; properties set here ask for another. */
  protected updated(_changed: PropertyValues): void {}
}
