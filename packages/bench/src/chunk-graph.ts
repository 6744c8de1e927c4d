// The module graph of a built ES bundle: which files a file imports statically (fetched before it
// runs) and dynamically (fetched only when the code asks). Reads minified rolldown/vite output with
// patterns, not a parser: only relative `.js` specifiers count, as a bundle's own chunks are named.

export interface ImportSpecifiers {
  /** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`. */
  readonly static: readonly string[];
  /** `import("./x.js")` and `new URL("./x.js", import.meta.url)`. */
  readonly dynamic: readonly string[];
}

// Quotes of any kind: rolldown writes dynamic imports with template literals (import(`./x.js`)).
const SPECIFIER = String.raw`(["'\`])(\.{1,2}\/[^"'\`\s$]+?\.m?js)\1`;
const STATIC_PATTERNS = [new RegExp(String.raw`\bfrom\s*${SPECIFIER}`, 'g'), new RegExp(String.raw`\bimport\s*${SPECIFIER}`, 'g')];
const DYNAMIC_PATTERNS = [
  new RegExp(String.raw`\bimport\s*\(\s*${SPECIFIER}\s*\)`, 'g'),
  new RegExp(String.raw`\bnew\s+URL\s*\(\s*${SPECIFIER}\s*,\s*import\.meta\.url\s*\)`, 'g'),
];

function matches(code: string, patterns: readonly RegExp[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[2]!);
  return [...found];
}

/**
 * The relative imports of one bundled file, in order of first appearance per kind.
 *
 * @example importSpecifiers('import{a}from"./chunks/lit-x.js";const m=()=>import("./gauge-y.js")')
 * // { static: ['./chunks/lit-x.js'], dynamic: ['./gauge-y.js'] }
 */
export function importSpecifiers(code: string): ImportSpecifiers {
  return { static: matches(code, STATIC_PATTERNS), dynamic: matches(code, DYNAMIC_PATTERNS) };
}

/**
 * Resolves a relative specifier against the path of the file that contains it (both `/`-separated,
 * relative to the bundle's root).
 *
 * @example resolveSpecifier('chunks/a.js', '../b.js') // 'b.js'
 */
export function resolveSpecifier(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (parts.length === 0) throw new RangeError(`${specifier} leaves the bundle's root from ${from}`);
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

export interface WalkOptions {
  /** Whether to follow a dynamic import of `target` found in `from`; static imports are always followed. */
  readonly followDynamic?: (target: string, from: string) => boolean;
}

export interface ChunkGraphWalk {
  /** Every file reached, entry first, breadth first. */
  readonly files: readonly string[];
  /** Imports whose file does not exist (a stale build, or a pattern that matched a string). */
  readonly missing: ReadonlyArray<{ readonly from: string; readonly specifier: string }>;
}

/**
 * Walks the graph from `entry`, reading files through `read` (null when absent).
 *
 * @example walkChunks('chitieu.js', (p) => files.get(p) ?? null, { followDynamic: () => true })
 */
export function walkChunks(entry: string, read: (path: string) => string | null, options: WalkOptions = {}): ChunkGraphWalk {
  const followDynamic = options.followDynamic ?? (() => false);
  const files: string[] = [];
  const missing: Array<{ from: string; specifier: string }> = [];
  const seen = new Set<string>([entry]);
  const queue = [entry];
  if (read(entry) === null) return { files, missing: [{ from: '', specifier: entry }] };
  while (queue.length > 0) {
    const file = queue.shift()!;
    const code = read(file);
    if (code === null) continue;
    files.push(file);
    const { static: statics, dynamic } = importSpecifiers(code);
    const targets = [...statics.map((s) => [s, true] as const), ...dynamic.map((s) => [s, false] as const)];
    for (const [specifier, isStatic] of targets) {
      const target = resolveSpecifier(file, specifier);
      if (!isStatic && !followDynamic(target, file)) continue;
      if (seen.has(target)) continue;
      seen.add(target);
      if (read(target) === null) missing.push({ from: file, specifier });
      else queue.push(target);
    }
  }
  return { files, missing };
}
