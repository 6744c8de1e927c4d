// Loads what an element draws from the API: one JSON read at a time, started when the element asks
// for a URL it has not asked for yet, never before it has one. A newer URL supersedes the read in
// flight, whose answer is then ignored (the shared request goes on, for the page's other elements);
// an answer or a failure asks the element to update.
import { readTimeout } from './api-base.ts';
import type { StatusView } from './chitieu-element.ts';
import { loadJson, type Guard, type LoadError } from './load-json.ts';

/** What a loader reads of its element (chitieu-element.ts), and asks of it. */
export interface LoaderHost {
  /** Milliseconds before a read is abandoned (as the `timeout` attribute gives them, read by api-base.ts). */
  readonly timeout: number;
  /** Names the element in the console's warning of a failed read. */
  readonly localName: string;
  requestUpdate(): void;
}

/** Its element tells it when it leaves the page and comes back (disconnected, connected). */
export interface Loader<T> {
  /** The answer once the read of the current URL is done. */
  readonly value: T | undefined;
  /**
   * The status of the read of the current URL, or null once it holds the answer; starts the read
   * when the URL (or the timeout) differs from the last read's, whose answer is then ignored if
   * still under way. Call it while deriving the view.
   */
  current(): StatusView | null;
  /** The element left the page: a read under way is forgotten, and made again on its next update. */
  disconnected(): void;
  /** The element is back: it updates if a read was forgotten. */
  connected(): void;
}

const LOADING: StatusView = { state: 'loading' };

/**
 * A loader of the JSON at `url()` for `host`, checked by `guard`; nothing is read while `url()`
 * returns null. Each failure of a read still wanted is warned of on the console once, and shown as
 * the error state.
 */
export function loader<T>(host: LoaderHost, guard: Guard<T>, url: () => string | null): Loader<T> {
  /** Null once the read is done. */
  let status: StatusView | null = LOADING;
  let value: T | undefined;
  let key: string | null = null;
  /** The token of the read under way: a newer URL or leaving the page replaces it. */
  let read: object | null = null;
  return {
    get value() {
      return status ? undefined : value;
    },
    current() {
      const href = url();
      // The same rule the loader's early request follows (api-base.ts).
      const timeout = readTimeout(host.timeout);
      const next = `${timeout} ${href}`;
      if (href === null || next === key) return status;
      key = next;
      const token = (read = {});
      const settle = (answer: StatusView | null, data?: T) => {
        if (token !== read) return false;
        read = null;
        status = answer;
        value = data;
        host.requestUpdate();
        return true;
      };
      loadJson(href, guard, timeout).then(
        (data) => settle(null, data),
        // loadJson fails with a LoadError only.
        (error: LoadError) => settle({ state: 'error', failure: error.failure }) && console.warn(`<${host.localName}> ${error.message}`),
      );
      return (status = LOADING);
    },
    disconnected() {
      if (read) read = key = null;
    },
    connected() {
      if (key === null && status === LOADING) host.requestUpdate();
    },
  };
}
