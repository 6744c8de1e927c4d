// Loads what an element draws from the API: one JSON read at a time, started when the element asks
// for a URL it has not asked for yet, never before it has one. A newer URL supersedes the read in
// flight, whose answer is then ignored (the shared request goes on, for the page's other elements);
// an answer or a failure asks the element to update.
import type { Controller, ControllerHost } from './updating-element.ts';
import { loadJson, type Guard } from './load-json.ts';

/** Where a read stands: under way, answered with a value that passed the guard, or failed (a LoadError, mostly). */
export type LoaderState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

const LOADING = { status: 'loading' } as const;

export class Loader<T> implements Controller {
  /** The state of the read of the last URL asked for; `loading` until there is one. */
  state: LoaderState<T> = LOADING;
  #key: string | null = null;
  #read: object | null = null;
  readonly #host: ControllerHost;
  readonly #guard: Guard<T>;
  readonly #url: () => string | null;
  readonly #timeout: () => number;
  readonly #onError: (error: unknown) => void;

  /**
   * @param url the URL to read, or null while there is none (nothing is read then).
   * @param timeout milliseconds before a read is abandoned.
   * @param onError told of each failure of a read still wanted (the elements warn on the console).
   */
  constructor(host: ControllerHost, guard: Guard<T>, url: () => string | null, timeout: () => number, onError: (error: unknown) => void) {
    this.#host = host;
    this.#guard = guard;
    this.#url = url;
    this.#timeout = timeout;
    this.#onError = onError;
    host.addController(this);
  }

  /** The answer once the read is done. */
  get value(): T | undefined {
    return this.state.status === 'done' ? this.state.value : undefined;
  }

  /**
   * The state of the read of the current URL, starting it when the URL (or the timeout) differs from
   * the last read's, whose answer is ignored if still under way. Call it while deriving the view.
   */
  current(): LoaderState<T> {
    const url = this.#url();
    const timeout = this.#timeout();
    const key = `${timeout} ${url}`;
    if (url === null || key === this.#key) return this.state;
    this.#key = key;
    // This read's token: a newer URL or leaving the page replaces it, and the answer is then ignored.
    const read = (this.#read = {});
    const settle = (state: LoaderState<T>) => {
      if (read !== this.#read) return false;
      this.#read = null;
      this.state = state;
      this.#host.requestUpdate();
      return true;
    };
    loadJson(url, this.#guard, timeout).then(
      (value) => settle({ status: 'done', value }),
      (error: unknown) => settle({ status: 'error', error }) && this.#onError(error),
    );
    return (this.state = LOADING);
  }

  /** An element taken off the page stops waiting; put back, it reads again on its next update. */
  hostDisconnected(): void {
    if (this.#read) this.#read = this.#key = null;
  }

  hostConnected(): void {
    if (this.#key === null && this.state === LOADING) this.#host.requestUpdate();
  }
}
