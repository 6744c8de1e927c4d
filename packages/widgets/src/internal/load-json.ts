// The elements' one way to read the API: a GET per URL for the whole page (elements showing the same
// figures share it), a timeout, and a check of its shape (wire-guards.ts) before anything renders.

/** Why a load failed; each maps to a readable state, never to an exception in the host page. */
export const LOAD_FAILURES = ['network', 'timeout', 'not-found', 'http', 'malformed', 'invalid'] as const;
export type LoadFailure = (typeof LOAD_FAILURES)[number];

/**
 * A failed load: why, in the failure an element shows, and, in the message the console gets, what
 * happened (an HTTP status among it). Caught by the element's loader, never thrown into the page, so it
 * names itself no more than its class does.
 */
export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Says whether an answer has the shape an element reads (./wire-guards.ts). */
export type Guard<T> = (value: unknown) => value is T;

// Successful bodies stay for the page's life: an article keeps the figures it showed. Failures are
// forgotten so the next element (or a retry) asks again.
const requests = new Map<string, Promise<unknown>>();

/** The request the hosted script (embed.ts) started for `url` before this code arrived, taken once. */
function prefetched(url: string): Promise<Response> | undefined {
  const early = (globalThis as { __chitieuPrefetch?: Map<string, Promise<Response>> }).__chitieuPrefetch;
  const response = early?.get(url);
  early?.delete(url);
  return response;
}

async function fetchJson(url: string, timeout: number): Promise<unknown> {
  const signal = AbortSignal.timeout(timeout);
  let response: Response;
  let text: string;
  try {
    response = await (prefetched(url) ?? fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } }));
    text = await response.text();
  } catch (cause) {
    const late = signal.aborted || (cause as Error | null)?.name === 'TimeoutError';
    throw new LoadError(late ? 'timeout' : 'network', late ? `No answer from ${url} within ${timeout} ms` : `Could not reach ${url}`, { cause });
  }
  if (!response.ok) throw new LoadError(response.status === 404 ? 'not-found' : 'http', `${url} answered ${response.status}`);
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new LoadError('malformed', `${url} did not answer JSON`, { cause });
  }
}

function shared(url: string, timeout: number): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    requests.set(url, (request = fetchJson(url, timeout)));
    request.catch(() => requests.get(url) === request && requests.delete(url));
  }
  return request;
}

/**
 * GETs `url` as JSON, sharing one request between all callers on the page, and returns it once it
 * passes `guard`. The shared request is abandoned after `timeout` milliseconds (the first caller's).
 * Rejects with a `LoadError`. A caller that no longer wants the answer ignores it (the Loader does).
 *
 * @example const admissions = await loadJson(url, admission, 10_000);
 */
export async function loadJson<T>(url: string, guard: Guard<T>, timeout: number): Promise<T> {
  const body = await shared(url, timeout);
  if (!guard(body)) throw new LoadError('invalid', `${url} answered JSON that is not the expected shape`);
  return body;
}

/** Forgets every stored answer; for tests and for pages that want fresh figures. */
export function clearLoadCache(): void {
  requests.clear();
}
