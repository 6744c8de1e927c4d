// Minifies the CSS inside the elements' `css` tagged literals (updating-element.ts) for the embed build,
// with minify-literals: the bundler's minifier leaves a literal's indentation and line breaks in place,
// which every page would otherwise download. The elements build their DOM themselves, so no source
// holds HTML or SVG templates any more. The npm build is left unminified, as a library's should be.
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

const ELEMENT_SOURCE = /[\\/]packages[\\/]widgets[\\/]src[\\/].+(?<!\.test|\.stories)\.ts$/;

export function minifyLiterals(): Plugin {
  return {
    name: 'chitieu-minify-literals',
    apply: 'build',
    transform: {
      filter: { id: ELEMENT_SOURCE },
      async handler(code, id) {
        if (!ELEMENT_SOURCE.test(id) || !/\bcss`/.test(code)) return null;
        return minifyHTMLLiterals(code, { fileName: id });
      },
    },
  };
}
