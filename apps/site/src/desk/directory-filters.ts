/**
 * The directory's search and filters as the fragment keeps them (`#/?q=muong&kind=grassroots`), so
 * a reload or the back button finds the same list, and a page of organisations arranged as a tree
 * under their parents. Knows nothing of the page or the API.
 */
import { ORGANIZATION_KINDS, type OrganizationKind, type OrganizationRecord } from '@chitieu/domain';
import type { OrganizationSearch } from '../organization-search.ts';

/** What the directory is asked to show. */
export interface DirectoryFilters {
  /** Words of the name or slug ('' for all). */
  readonly q: string;
  readonly kind: OrganizationKind | null;
  /** Only those directly under this organisation. */
  readonly parent: string | null;
  /** Only the signed-in newsroom's own. */
  readonly own: boolean;
  readonly status: 'open' | 'closed' | null;
}

export const NO_FILTERS: DirectoryFilters = { q: '', kind: null, parent: null, own: false, status: null };

/**
 * The filters in a directory fragment; anything unknown is left out.
 *
 * @example readFilters('#/?q=muong&own=1') // { q: 'muong', kind: null, parent: null, own: true, status: null }
 */
export function readFilters(hash: string): DirectoryFilters {
  const query = new URLSearchParams(hash.replace(/^#/, '').split('?', 2)[1] ?? '');
  const kind = query.get('kind');
  const status = query.get('status');
  return {
    q: query.get('q') ?? '',
    kind: (ORGANIZATION_KINDS as readonly string[]).includes(kind ?? '') ? (kind as OrganizationKind) : null,
    parent: query.get('parent') || null,
    own: query.get('own') === '1',
    status: status === 'open' || status === 'closed' ? status : null,
  };
}

/**
 * The fragment that keeps `filters`, the inverse of {@link readFilters}.
 *
 * @example filtersHash({ ...NO_FILTERS, q: 'muong', own: true }) // '#/?q=muong&own=1'
 */
export function filtersHash(filters: DirectoryFilters): string {
  const query = new URLSearchParams();
  if (filters.q.trim() !== '') query.set('q', filters.q.trim());
  if (filters.kind !== null) query.set('kind', filters.kind);
  if (filters.parent !== null) query.set('parent', filters.parent);
  if (filters.own) query.set('own', '1');
  if (filters.status !== null) query.set('status', filters.status);
  const text = query.toString();
  return text === '' ? '#/' : `#/?${text}`;
}

/** The directory search for `filters`, `newsroom` being the signed-in newsroom's slug. */
export function filtersSearch(filters: DirectoryFilters, newsroom: string, cursor: string | null, limit: number): OrganizationSearch {
  return {
    q: filters.q,
    ...(filters.kind === null ? {} : { kind: filters.kind }),
    ...(filters.parent === null ? {} : { parent: filters.parent }),
    ...(filters.own ? { newsroom } : {}),
    ...(filters.status === null ? {} : { status: filters.status }),
    ...(cursor === null ? {} : { cursor }),
    limit,
  };
}

/** An organisation and those under it that the list holds. */
export interface DirectoryNode {
  readonly organization: OrganizationRecord;
  readonly children: readonly DirectoryNode[];
}

/**
 * The organisations as a forest: each under its parent when the parent is among them, the others at
 * the top (in the order given, as are children). Members of a parent cycle in the data stay at the top.
 *
 * @example nestOrganizations([province, district]) // [{ organization: province, children: [{ organization: district, children: [] }] }]
 */
export function nestOrganizations(organizations: readonly OrganizationRecord[]): DirectoryNode[] {
  const bySlug = new Map(organizations.map((organization) => [organization.slug, organization]));
  const children = new Map<string, OrganizationRecord[]>();
  const roots: OrganizationRecord[] = [];
  for (const organization of organizations) {
    const parent = organization.parent;
    if (parent !== null && bySlug.has(parent) && !reachesItself(organization, bySlug)) {
      children.set(parent, [...(children.get(parent) ?? []), organization]);
    } else {
      roots.push(organization);
    }
  }
  const build = (organization: OrganizationRecord): DirectoryNode => ({
    organization,
    children: (children.get(organization.slug) ?? []).map(build),
  });
  return roots.map(build);
}

/** Whether following parents from `organization` within the list comes back to it. */
function reachesItself(organization: OrganizationRecord, bySlug: ReadonlyMap<string, OrganizationRecord>): boolean {
  const seen = new Set<string>([organization.slug]);
  let parent = organization.parent;
  while (parent !== null) {
    if (seen.has(parent)) return parent === organization.slug;
    seen.add(parent);
    parent = bySlug.get(parent)?.parent ?? null;
  }
  return false;
}
