// Where and how the elements read their figures, written once for the elements and for the hosted
// loader (embed.ts), which starts the same reads before the elements' code arrives: the base (the
// `api` attribute, else the origin of the script that loaded the bundle, since the API serves the
// bundle itself at /widgets/v1/chitieu.js), each element's read URL with its pin, and the timeout. One copy, in the loader (which holds what the elements share). The elements check the
// attributes with the domain's rules first (attributes.ts); the loader passes them as written, and a
// URL the element would refuse is simply never taken.
import type { EmbedElement } from '@chitieu/embed';
// The module itself, not the package's index: it imports nothing, so nothing else of the contract rides along into the loader.
import { pinOf, type Pin } from '@chitieu/embed/image-query';

export { pinOf } from '@chitieu/embed/image-query';

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/** Milliseconds before a read is abandoned when the `timeout` attribute says nothing usable. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The `timeout` attribute as a read uses it (the element reads it with `Number`): a typo (NaN, 0, negative)
 * falls back to the default rather than failing, and no read waits more than two minutes.
 */
export function readTimeout(value: number | undefined): number {
  // Number.isFinite is false for undefined too.
  return Number.isFinite(value) && value! > 0 ? Math.min(value!, 120_000) : DEFAULT_TIMEOUT_MS;
}

/**
 * The base URL (ending in `/`) the `v1/...` paths resolve against, or null when `api` is not an
 * http(s) URL. A path in `api` is kept, so an API behind a newsroom's proxy path works.
 *
 * @example apiBase('https://api.example.vn') // 'https://api.example.vn/'
 * @example apiBase(undefined) // the origin of the bundle's own URL, plus '/'
 */
export function apiBase(api: string | null | undefined, scriptOrigin: string = SCRIPT_ORIGIN): string | null {
  const raw = api?.trim() || scriptOrigin;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * The URL of an API path below the base, each segment percent-encoded.
 *
 * @example apiUrl('https://api.example.vn/', ['v1', 'organizations', 'muong-khuong', 'cells'], { asOf: '2024-12-31' })
 * // 'https://api.example.vn/v1/organizations/muong-khuong/cells?asOf=2024-12-31'
 */
export function apiUrl(base: string, segments: readonly string[], query: Pin): string {
  const url = new URL(segments.map(encodeURIComponent).join('/'), base);
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
  return url.href;
}

/** The attributes a read depends on, as strings (null or undefined when absent). */
export interface ReadAttributes {
  readonly api?: string | null | undefined;
  readonly org: string | null | undefined;
  readonly period?: string | null | undefined;
  readonly asOf?: string | null | undefined;
  readonly revision?: string | null | undefined;
}

/** Whether the attributes name a read: an organisation, and a period for all but the map. */
const reads = (element: EmbedElement, a: ReadAttributes): boolean => !!a.org && (element === 'party-cell-map' || !!a.period);

/**
 * The URL of the figures an element reads, or null when it has no organisation, no period where it
 * needs one, or an `api` that is not an http(s) URL; pinned as `pinOf` says.
 *
 * @example readUrl('party-target-gauge', { org: 'muong-khuong', period: '2024', asOf: '2024-12-31' }, 'https://api.example.vn')
 * // 'https://api.example.vn/v1/organizations/muong-khuong/admissions/2024?asOf=2024-12-31'
 */
export function readUrl(element: EmbedElement, a: ReadAttributes, scriptOrigin?: string): string | null {
  const base = apiBase(a.api, scriptOrigin);
  if (base === null || !reads(element, a)) return null;
  const read =
    element === 'party-cell-map' ? ['cells'] : element === 'party-target-gauge' ? ['admissions', a.period!] : ['subordinates', 'admissions', a.period!];
  return apiUrl(base, ['v1', 'organizations', a.org!, ...read], pinOf(element, a));
}
