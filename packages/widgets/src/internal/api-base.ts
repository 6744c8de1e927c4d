// Where the elements fetch their figures from: the `api` attribute, else the origin of the script
// that loaded the bundle, since the API serves the bundle itself at /widgets/v1/chitieu.js.

const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

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
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
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
export function apiUrl(base: string, segments: readonly string[], query: Record<string, string | null | undefined> = {}): string {
  const url = new URL(segments.map(encodeURIComponent).join('/'), base);
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
  return url.href;
}
