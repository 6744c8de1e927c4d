// The data desk's own JavaScript on first load: the module scripts and module preloads the built
// /desk page names, and every file they import statically, gzip -9 each, summed. The elements'
// chunks (/widgets/v1/, loaded by the live previews' embed pages) are not the desk's and are not
// counted; screens a later version may import on demand (dynamic imports) are not first load.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkChunks } from './chunk-graph.ts';
import { compressedSize } from './compressed-size.ts';
import { REPO_ROOT } from './paths.ts';

/** The site's build, whose desk.html and assets/ the Worker serves at /desk and /assets/. */
const SITE_DIST = join(REPO_ROOT, 'apps', 'site', 'dist');

export interface DeskPayload {
  readonly files: ReadonlyArray<{ readonly path: string; readonly gzip: number }>;
  readonly gzip: number;
}

/**
 * The same-origin scripts an HTML page loads before it runs: `<script type="module" src>` and
 * `<link rel="modulepreload" href>`, as paths under the site's root without the leading slash.
 *
 * @example pageModules('<script type="module" crossorigin src="/assets/desk-1.js"></script>') // ['assets/desk-1.js']
 */
export function pageModules(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isModule = /\btype=["']?module\b/.test(tag) && tag.startsWith('<script');
    const isPreload = /\brel=["']?modulepreload\b/.test(tag);
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/.exec(tag)?.[1];
    if ((isModule || isPreload) && url?.startsWith('/') && !url.startsWith('//') && !url.startsWith('/widgets/')) found.add(url.slice(1));
  }
  return [...found];
}

/** Measures the desk's first-load JavaScript in a site build (`dist`). */
export function measureDeskPayload(dist = SITE_DIST): DeskPayload {
  const page = join(dist, 'desk.html');
  if (!existsSync(page)) throw new Error(`${page} is missing: build @chitieu/site first (turbo does before this test)`);
  const read = (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : null);
  const files = new Set<string>();
  for (const entry of pageModules(readFileSync(page, 'utf8'))) {
    const walk = walkChunks(entry, read);
    if (walk.missing.length > 0) throw new Error(`the desk's build is incomplete: ${JSON.stringify(walk.missing)}`);
    for (const file of walk.files) files.add(file);
  }
  if (files.size === 0) throw new Error(`${page} loads no module script`);
  const measured = [...files].map((path) => ({ path, gzip: compressedSize(readFileSync(join(dist, path))).gzip }));
  return { files: measured, gzip: measured.reduce((total, file) => total + file.gzip, 0) };
}
