// The directory's search (GET /v1/organizations with q, parent, kind, newsroom, status, cursor, limit),
// as the desk's directory, its organisation picker and the embed builder's picker all call it. A public
// read: no session, no key. Knows nothing of how the answer is shown.
import type { OrganizationKind, OrganizationRecord } from '@chitieu/domain';

/** What to look for; every field may be left out. */
export interface OrganizationSearch {
  /** Words of the name or slug, diacritics and case ignored by the API. */
  readonly q?: string;
  /** Only those directly under this organisation; '' for those under none. */
  readonly parent?: string;
  readonly kind?: OrganizationKind;
  /** Only those this newsroom maintains. */
  readonly newsroom?: string;
  readonly status?: 'open' | 'closed';
  /** The `nextCursor` of the page before. */
  readonly cursor?: string;
  readonly limit?: number;
}

/** A page of organisations and the cursor of the next one (null on the last). */
export interface OrganizationPage {
  readonly organizations: readonly OrganizationRecord[];
  readonly nextCursor: string | null;
}

/**
 * The query string of a search, without the empty fields; `q` is trimmed (an empty one is no search).
 *
 * @example searchQuery({ q: ' muong khuong ', kind: 'grassroots', limit: 20 }) // 'q=muong+khuong&kind=grassroots&limit=20'
 */
export function searchQuery(search: OrganizationSearch): string {
  const query = new URLSearchParams();
  const q = search.q?.trim() ?? '';
  if (q !== '') query.set('q', q);
  if (search.parent !== undefined) query.set('parent', search.parent);
  if (search.kind !== undefined) query.set('kind', search.kind);
  if (search.newsroom !== undefined && search.newsroom !== '') query.set('newsroom', search.newsroom);
  if (search.status !== undefined) query.set('status', search.status);
  if (search.cursor !== undefined) query.set('cursor', search.cursor);
  query.set('limit', String(search.limit ?? 50));
  return query.toString();
}

/** Whether the API can search for `q`: it refuses text without a letter or a digit. */
export function searchable(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

/** Organisations by slug, as searches answered them or as asked for one by one. */
const known = new Map<string, Promise<OrganizationRecord | null>>();

/** One page of the directory; throws with the API's message when it refuses the search. */
export async function searchOrganizations(search: OrganizationSearch, signal?: AbortSignal): Promise<OrganizationPage> {
  const response = await fetch(`/v1/organizations?${searchQuery(search)}`, { headers: { Accept: 'application/json' }, signal });
  const body = (await response.json().catch(() => null)) as (OrganizationPage & { error?: { message?: string } }) | null;
  if (!response.ok || body === null) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  rememberOrganizations(body.organizations);
  return { organizations: body.organizations, nextCursor: body.nextCursor };
}

/**
 * One organisation by slug (null when it names none), asked once per page: pickers and lists name
 * parents and picked organisations through it.
 */
export function organizationNamed(slug: string): Promise<OrganizationRecord | null> {
  let found = known.get(slug);
  if (found === undefined) {
    found = fetch(`/v1/organizations/${encodeURIComponent(slug)}`, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<OrganizationRecord>) : null))
      .catch(() => {
        known.delete(slug);
        return null;
      });
    known.set(slug, found);
  }
  return found;
}

/** Remembers organisations a search answered, so naming them later needs no request. */
function rememberOrganizations(organizations: readonly OrganizationRecord[]): void {
  for (const organization of organizations) known.set(organization.slug, Promise.resolve(organization));
}
