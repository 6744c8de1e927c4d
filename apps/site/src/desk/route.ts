/**
 * The desk's screens and their addresses. The desk lives at /desk and keeps its place in the
 * fragment (`/desk#/org/muong-khuong`), so the Worker serves one page and a reload, the back button
 * and a shared link all land on the same screen.
 */

export type DeskRoute =
  | { readonly screen: 'directory' }
  | { readonly screen: 'organization'; readonly org: string }
  | { readonly screen: 'organization-form'; readonly org: string | null; readonly parent: string | null }
  | { readonly screen: 'admissions-form'; readonly org: string; readonly period: string | null }
  | { readonly screen: 'cells'; readonly org: string }
  | { readonly screen: 'import'; readonly org: string }
  | { readonly screen: 'history'; readonly org: string; readonly record: string }
  | { readonly screen: 'extract' }
  | { readonly screen: 'not-found'; readonly hash: string };

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The screen a fragment names.
 *
 * @example parseRoute('#/org/muong-khuong/admissions/2024') // { screen: 'admissions-form', org: 'muong-khuong', period: '2024' }
 */
export function parseRoute(hash: string): DeskRoute {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const query = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(decode);
  const [first, org, second, third] = parts;
  if (parts.length === 0) return { screen: 'directory' };
  if (first === 'extract' && parts.length === 1) return { screen: 'extract' };
  if (first === 'new-organization' && parts.length === 1) return { screen: 'organization-form', org: null, parent: query.get('parent') };
  if (first !== 'org' || org === undefined) return { screen: 'not-found', hash };
  if (parts.length === 2) return { screen: 'organization', org };
  if (second === 'edit' && parts.length === 3) return { screen: 'organization-form', org, parent: null };
  if (second === 'admissions' && parts.length === 3) return { screen: 'admissions-form', org, period: null };
  if (second === 'admissions' && third !== undefined && parts.length === 4) return { screen: 'admissions-form', org, period: third };
  if (second === 'cells' && parts.length === 3) return { screen: 'cells', org };
  if (second === 'import' && parts.length === 3) return { screen: 'import', org };
  if (second === 'history' && parts.length === 3) return { screen: 'history', org, record: query.get('record') ?? 'organization' };
  return { screen: 'not-found', hash };
}

/**
 * The fragment of a screen, the inverse of {@link parseRoute}.
 *
 * @example routeHref({ screen: 'cells', org: 'muong-khuong' }) // '#/org/muong-khuong/cells'
 */
export function routeHref(route: DeskRoute): string {
  const org = (slug: string) => `#/org/${encodeURIComponent(slug)}`;
  switch (route.screen) {
    case 'directory':
      return '#/';
    case 'extract':
      return '#/extract';
    case 'organization':
      return org(route.org);
    case 'organization-form':
      return route.org === null ? `#/new-organization${route.parent ? `?parent=${encodeURIComponent(route.parent)}` : ''}` : `${org(route.org)}/edit`;
    case 'admissions-form':
      return `${org(route.org)}/admissions${route.period === null ? '' : `/${encodeURIComponent(route.period)}`}`;
    case 'cells':
      return `${org(route.org)}/cells`;
    case 'import':
      return `${org(route.org)}/import`;
    case 'history':
      return `${org(route.org)}/history?record=${encodeURIComponent(route.record)}`;
    case 'not-found':
      return route.hash;
  }
}

/** Dispatched on window when a screen rewrites its own address (see {@link replaceFragment}). */
export const FRAGMENT_REPLACED_EVENT = 'chitieu-desk-fragment-replaced';

/**
 * Rewrites the address of the screen on show without leaving it (a new record's address once it is
 * saved, the directory's filters), and tells the desk, so that a cancelled "leave?" question later
 * puts back this address rather than the one before it.
 */
export function replaceFragment(hash: string): void {
  history.replaceState(history.state, '', hash);
  window.dispatchEvent(new CustomEvent(FRAGMENT_REPLACED_EVENT));
}
