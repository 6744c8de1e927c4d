// The Chỉ Tiêu API as the test page sees it: `fetch` answers from the seed dataset (through the same
// domain functions the API uses), or fails in the ways a real network does. Nothing of the elements
// is replaced; only the network under them.
import { seedAdmissionResponse, seedCellsResponse } from '@chitieu/domain/fixtures';

export const API = 'https://api.chitieu.test/';

/** The admissions read of the seed, as the API serves it (the fixtures the SVG renderer's tests use too). */
export const seedAdmissions = seedAdmissionResponse;

/** The seed's cells, as the API serves them. */
export const seedCells = seedCellsResponse;

/** What the fake network does with a request. */
export type Behaviour =
  | 'ok'
  | 'down' // connection refused: fetch rejects
  | 'not-found'
  | 'server-error'
  | 'malformed' // 200 with a body that is not JSON
  | 'invalid' // 200 with JSON of the wrong shape
  | 'hang'; // never answers (until the request is aborted)

function route(url: URL): unknown {
  const admissions = /^\/v1\/organizations\/([^/]+)\/admissions\/([^/]+)$/.exec(url.pathname);
  if (admissions) return seedAdmissions(decodeURIComponent(admissions[2]!), decodeURIComponent(admissions[1]!));
  const cells = /^\/v1\/organizations\/([^/]+)\/cells$/.exec(url.pathname);
  if (cells) return seedCells(decodeURIComponent(cells[1]!));
  return undefined;
}

function notFound(): Response {
  return Response.json({ error: { code: 'not_found', message: 'No such organisation or period' } }, { status: 404 });
}

export interface FakeApi {
  /** URLs fetched so far, in order. */
  readonly requests: string[];
  /** Serves `body` for `path` (below the API base) instead of the seed. */
  serve(path: string, body: unknown): void;
  restore(): void;
}

/**
 * Replaces the page's `fetch` for API paths (`/v1/…`) until `restore()`: on every origin, or only on
 * `origin` when given (so several fakes can serve one page, as on a Storybook docs page).
 *
 * @example const api = installFakeApi('down'); … expect(api.requests).toHaveLength(1); api.restore();
 */
export function installFakeApi(behaviour: Behaviour = 'ok', origin?: string): FakeApi {
  const original = globalThis.fetch;
  const requests: string[] = [];
  const served = new Map<string, unknown>();
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    // Only the API's paths are faked; anything else the page loads (Storybook's own files) goes through.
    if (!url.pathname.startsWith('/v1/') || (origin !== undefined && url.origin !== new URL(origin).origin)) return original(input, init);
    requests.push(url.href);
    const signal = init?.signal ?? undefined;
    // A real network answers asynchronously; so does this one.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (signal?.aborted) throw signal.reason;
    switch (behaviour) {
      case 'down':
        throw new TypeError('Failed to fetch');
      case 'not-found':
        return notFound();
      case 'server-error':
        return Response.json({ error: { code: 'internal_error', message: 'D1 is unavailable' } }, { status: 500 });
      case 'malformed':
        return new Response('{"admitted": 53,', { headers: { 'content-type': 'application/json' } });
      case 'invalid':
        return Response.json({ admitted: 'fifty-three', cells: 'many' });
      case 'hang':
        return new Promise<Response>((_, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason));
        });
      case 'ok': {
        const key = url.pathname + url.search;
        const body = served.get(key) ?? served.get(url.pathname) ?? route(url);
        return body === undefined ? notFound() : Response.json(body);
      }
    }
  };
  return {
    requests,
    serve(path, body) {
      served.set(new URL(path, API).pathname + new URL(path, API).search, body);
    },
    restore() {
      globalThis.fetch = original;
    },
  };
}
