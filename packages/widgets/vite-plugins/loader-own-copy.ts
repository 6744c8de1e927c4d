// The hosted loader (src/embed.ts) builds its early requests and finds the embed code's own image
// with the same modules the elements use (src/internal/api-base.ts and in-tag-image.ts, and the image
// query api-base imports from @chitieu/embed's image-query.ts), so the two can never disagree. Shared
// as one module, Rolldown would put it in the elements' shared chunk and the loader would import that
// 13 kB chunk before doing anything. This gives the loader its own copy instead (a few hundred bytes):
// such a module imported from the loader, or from the loader's copy of another, resolves to a second
// id (`?loader`), which Vite loads and compiles like the file itself. Only the embed build uses it.
import type { Plugin } from 'vite';

const OWN_COPY = /[\\/](?:internal[\\/](?:api-base|in-tag-image)|embed[\\/]src[\\/]image-query)\.ts$/;

export function loaderOwnCopy(): Plugin {
  return {
    name: 'chitieu-loader-own-copy',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith('/src/embed.ts') && !importer?.endsWith('.ts?loader')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && OWN_COPY.test(resolved.id) ? `${resolved.id}?loader` : null;
    },
  };
}
