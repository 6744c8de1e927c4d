// What every element shares: reader language, colour scheme, where the API is, loading figures
// through a Loader (./loader.ts), and the loading / empty / error states with the journalist's own text
// as fallback. Built on the elements' own reactive base (updating-element.ts), not on Lit: what an
// element renders is a node it builds (dom.ts), put in its shadow root by commit().
import { commonMessage as message, langOfTag, type CommonMessageKey as MessageKey, type Lang } from '@chitieu/domain';
import { COLOR_SCHEMES, type ColorScheme, type EmbedElement } from '@chitieu/embed';
import { DEFAULT_TIMEOUT_MS, readUrl, type ReadAttributes } from './api-base.ts';
import { baseStyles } from './chitieu-element.styles.ts';
import { el, replaceLast } from './dom.ts';
import { inTagImage } from './in-tag-image.ts';
import { ChitieuErrorEvent, ChitieuLoadEvent } from './events.ts';
import type { Guard, LoadFailure } from './load-json.ts';
import { loader, type Loader } from './loader.ts';
import { UpdatingElement, type PropertyDeclarations } from './updating-element.ts';

/** Values of the `color-scheme` attribute (the embed contract's); `auto` (or none) follows the reader's `prefers-color-scheme`. */
export { COLOR_SCHEMES, type ColorScheme };

/** Why an element shows its error state: a failed load, or attributes it cannot use. */
export type Failure = LoadFailure | 'attributes';

/** The states in which an element has no figure to draw. */
export type StatusView = { readonly state: 'loading' } | { readonly state: 'empty' } | { readonly state: 'error'; readonly failure: Failure };

/** A view is either a status or the element's own ready figure. */
export type View<Figure> = StatusView | { readonly state: 'ready'; readonly figure: Figure };

/** What the error state says for each failure (`state.invalid` for the others); the console says more, for the journalist. */
const FAILURE_MESSAGES: Partial<Readonly<Record<string, MessageKey>>> = {
  network: 'state.error',
  http: 'state.error',
  timeout: 'state.timeout',
  'not-found': 'state.notFound',
};

/**
 * Thrown while deriving a view from attributes that cannot be used (a malformed value, an unknown period…).
 * Always caught by the element (failureOf), which tells it apart by its class and gives the console its
 * message alone, so it names itself no more than its class does.
 */
export class AttributeError extends Error {}

/**
 * Base of the Chỉ Tiêu elements. Not registered and not public; the elements document what they inherit.
 * A subclass derives its whole view in `derive()` (called from `willUpdate`), so `render()` only reads it.
 * `updateComplete` resolves once an update has been rendered (the tests, the bench and page scripts wait on it).
 *
 * @attr {string} lang - Reader language: `vi` (the default) or `en`; a tag such as `en-GB` works too.
 */
export abstract class ChitieuElement<Figure> extends UpdatingElement {
  static override styles: string | readonly string[] = baseStyles;

  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    colorScheme: { attribute: 'color-scheme', reflect: true },
    api: {},
    timeout: { type: Number },
  };

  /** `auto` (the default) follows the reader's preference; `light` or `dark` pins it. */
  declare colorScheme: ColorScheme | undefined;

  /** Base URL of the Chỉ Tiêu API; by default the origin the script was loaded from. */
  declare api: string | undefined;

  /** Milliseconds to wait for the API before showing the error state. */
  declare timeout: number;

  /** What to show, derived before each render; never thrown out of, whatever the input. */
  protected view: View<Figure> = { state: 'loading' };

  /**
   * The static image of the figure that stands for it, in place of the loading state, until the element
   * draws its own figure or fails: the one the embed code holds inside the tag, shown through a slot
   * with any wrapper a CMS put it in (the page's own node, never moved or removed). Null as soon as that
   * image fails.
   */
  #drawn: HTMLImageElement | null = null;
  /** The text alternative of the embed code's in-tag image: the journalist's text, for the error and empty states. */
  #tagText: string | null = null;
  #adopted = false;
  #announced: View<Figure>['state'] | undefined;
  /** The node commit() last put in the shadow root, and the status view with what it was built from. */
  #shown: Element | null | undefined;
  #status: { readonly key: string; readonly node: Element } | undefined;
  #warned: string | undefined;
  /** The element's loader (createLoader), told when the element leaves the page and comes back. */
  #loader: Loader<unknown> | undefined;
  readonly #internals: ElementInternals | undefined;

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT_MS;
    this.#internals = this.attachInternals?.();
  }

  override connectedCallback(): void {
    // Once, before the first render.
    if (!this.#adopted) this.#adoptImage();
    super.connectedCallback();
    this.#loader?.connected();
  }

  disconnectedCallback(): void {
    this.#loader?.disconnected();
  }

  #adoptImage(): void {
    this.#adopted = true;
    // Wherever the CMS put it (in a <p>, a <figure>…), as the loader looks for it (in-tag-image.ts).
    const img = inTagImage(this);
    if (!img) return;
    this.#tagText = img.alt;
    // One that already failed is never shown; one still on its way shows its reserved box, as before
    // the element was defined, and gives way to the loading state if it fails.
    if (img.complete && img.naturalWidth === 0) return;
    this.#drawn = img;
    if (!img.complete) {
      img.addEventListener(
        'error',
        () => {
          if (this.#drawn !== img) return;
          this.#drawn = null;
          this.requestUpdate();
        },
        { once: true },
      );
    }
  }

  /** Works out the view from properties and loaded data; may throw, which ends in the error state. */
  protected abstract derive(): View<Figure>;

  protected override willUpdate(): void {
    try {
      this.view = this.derive();
      this.#warned = undefined;
    } catch (error) {
      this.view = this.failureOf(error);
    }
    this.#showState(this.view.state);
  }

  /** Exposes the view's state to CSS as a custom state: `party-cell-map:state(loading)`. */
  #showState(state: View<Figure>['state']): void {
    const states = this.#internals?.states;
    const drawn = this.#drawn !== null;
    if (!states || (states.has(state) && states.has('drawn') === drawn)) return;
    try {
      states.clear();
      states.add(state);
      // The image fills the element's box, frame included (chitieu-element.styles.ts).
      if (drawn) states.add('drawn');
    } catch {
      // Browsers from before :state() (Chromium < 125) accept only --dashed names; the states are a styling nicety.
    }
  }

  /** What the shadow root shows: the status view, or the element's figure. */
  protected abstract render(): Element;

  protected override update(): void {
    super.update();
    this.commit(this.render());
  }

  /**
   * Puts what render() returned in the shadow root in place of what it last put there: a node built by
   * the element.
   */
  protected commit(node: Element): void {
    this.#shown = replaceLast(this.renderRoot, this.#shown, node);
  }

  protected override updated(): void {
    const view = this.view;
    const { state } = view;
    // Removed in the same task as the figure's first render, so no frame shows both or neither.
    if (state !== 'loading' && this.#drawn) {
      // The page's own image stays in its light DOM, no longer slotted: it is not shown.
      this.#drawn = null;
      this.#showState(state);
    }
    if (state === this.#announced) return;
    this.#announced = state;
    if (view.state === 'ready') this.dispatchEvent(new ChitieuLoadEvent());
    if (view.state === 'error') this.dispatchEvent(new ChitieuErrorEvent(view.failure));
  }

  /** The reader language: `lang="en"` (or `en-GB`…) gives English, anything else Vietnamese. */
  protected get language(): Lang {
    // The base owns `lang` here (declared in `properties`), so it is undefined until set, not ''.
    return langOfTag(this.lang);
  }

  /**
   * A loader of the JSON at `url()`, checked by `guard`: it reads when `loaderStatus()` finds a URL it
   * has not read yet, and nothing while `url()` returns null. Failures end in its error state, never
   * in the page. One per element.
   */
  protected createLoader<T>(guard: Guard<T>, url: () => string | null): Loader<T> {
    return (this.#loader = loader(this, guard, url));
  }

  /**
   * The URL of the figures this element reads (api-base.ts `readUrl`), called once the element has its
   * organisation (and period): the one reason left for no URL is an `api` that is not an http(s) URL.
   *
   * @throws {AttributeError} then, which ends in the error state.
   */
  protected readUrl(attributes: ReadAttributes): string {
    const url = readUrl(this.localName as EmbedElement, attributes);
    if (url === null) throw new AttributeError(`api="${this.api}" is not an http(s) URL`);
    return url;
  }

  /** The status of the loader's read of its current URL (starting it if new), or null once it holds the answer. */
  protected loaderStatus(loader: Loader<unknown>): StatusView | null {
    return loader.current();
  }

  /** Maps anything thrown while deriving a view to the error state, so nothing reaches the host page. */
  protected failureOf(error: unknown): StatusView {
    // The view is derived on every update; say what is wrong once, not on each.
    const warning = error instanceof Error ? error.message : String(error);
    if (warning !== this.#warned) console.warn(`<${this.localName}> ${warning}`);
    this.#warned = warning;
    return { state: 'error', failure: error instanceof AttributeError ? 'attributes' : 'invalid' };
  }

  /**
   * Loading keeps the element's reserved size; error and empty show the journalist's light-DOM text.
   * The same node while nothing it shows changes, so a screen reader's live region is not replaced.
   */
  protected renderStatus(view: StatusView): Element {
    const lang = this.language;
    const { state } = view;
    const loading = state === 'loading';
    const failure = state === 'error' ? view.failure : '';
    const key = `${state} ${failure} ${lang} ${!this.#drawn}`;
    if (this.#status?.key === key) return this.#status.node;
    const node =
      loading && this.#drawn
        ? el('slot', {})
        : el(
            'div',
            { class: 'status', part: 'status', 'data-state': state, ...(loading ? {} : { 'data-failure': failure }), role: 'status', lang },
            el(
              'p',
              { class: 'status-message' },
              message(lang, loading ? 'state.loading' : state === 'empty' ? 'state.empty' : (FAILURE_MESSAGES[failure] ?? 'state.invalid')),
            ),
            // The embed code's text: the in-tag image's alt, never the image itself (a CMS's wrapper around it,
            // a <p> or a <figure>, would slot it whole), else the tag's content.
            !loading && el('div', { class: 'fallback' }, this.#tagText === null ? el('slot', {}) : el('p', {}, this.#tagText)),
          );
    this.#status = { key, node };
    return node;
  }
}
