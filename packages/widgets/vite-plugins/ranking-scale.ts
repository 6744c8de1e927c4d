// d3-scale ships as one module (dist/d3-scale.mjs), so every chunk that uses any of its scales shares
// one copy, tree-shaken to the union of what they use: the map's ordinal scale would bring the
// ranking's linear scale (with d3-interpolate and d3-format, some 8 kB gzip) to every page with a map.
// This gives the ranking's bars (the domain's ranking-bars.ts) a copy of their own, under a module id
// of its own (and so to the d3 packages that copy imports: d3-array is one module too), so the bundler
// keeps the linear scale in the ranking's chunk. Only the embed build uses it; the code still imports
// 'd3-scale'.
import type { Plugin } from 'vite';

const RANKING_BARS = /[\\/]domain[\\/]src[\\/]ranking-bars\.ts$/;
const COPY = '?ranking';

export function rankingScale(): Plugin {
  return {
    name: 'chitieu-ranking-scale',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === undefined) return null;
      const copying = (source === 'd3-scale' && RANKING_BARS.test(importer)) || (/^d3-[a-z-]+$/.test(source) && importer.endsWith(COPY));
      if (!copying) return null;
      const resolved = await this.resolve(source, importer.replace(COPY, ''), { ...options, skipSelf: true });
      return resolved && { ...resolved, id: `${resolved.id}${COPY}` };
    },
  };
}
