// Minifies the HTML, SVG and CSS inside the elements' Lit templates (`html`, `svg`, `css` tagged
// literals) for the embed build, with minify-literals: the bundler's minifier leaves a template's
// indentation and line breaks in place, which every page would otherwise download. The npm build is
// left unminified, as a library's should be.
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

const ELEMENT_SOURCE = /[\\/]packages[\\/]widgets[\\/]src[\\/].+(?<!\.test|\.stories)\.ts$/;

const UNSAFE = 'unsafeHTML';
const MASK = 'unsafe$HTM';

export function minifyLiterals(): Plugin {
  return {
    name: 'chitieu-minify-literals',
    apply: 'build',
    transform: {
      filter: { id: ELEMENT_SOURCE },
      async handler(code, id) {
        if (!ELEMENT_SOURCE.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
        // minify-literals leaves every template of a file alone once the file names `unsafeHTML`; ours only
        // pass it strings built apart from the templates, so the name is hidden from it (same length, so
        // offsets hold) and put back after.
        const masked = code.replaceAll(UNSAFE, MASK);
        // Whitespace between a binding and a tag can be a word space the reader sees (`20 (đạt 265%)`):
        // runs of it shrink to one space, never to none.
        const result = await minifyHTMLLiterals(masked, { fileName: id, html: { conservativeCollapse: true } });
        return result && { ...result, code: result.code.replaceAll(MASK, UNSAFE) };
      },
    },
  };
}
