// The site's pages, built into dist/ for the API Worker to serve (apps/api/scripts/build-assets.mjs
// copies dist/ into its public/):
//   index.html, builder.html        the demo article (/) and the embed builder (/builder)
//   desk.html                       the data desk (/desk), a Lit application over the API
//   assets/*-[hash].*               their scripts and styles, cached for good
// and, with `--mode embed-frame` and `--mode resize`, one self-contained classic script each under a
// fixed name the Worker's pages and the embed codes link to (a sandboxed iframe has no origin, so
// scripts that need no CORS and import nothing):
//   site/v1/embed-frame.{js,css}    the iframe embed page's client
//   site/v1/resize.js               the optional script under an iframe embed code
// The hosted script /widgets/v1/chitieu.js is the widgets' own build, loaded by the pages as a news
// page would (`vite-ignore`), never bundled into them.
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { renderArticle } from './src/article/article-html.ts';
import { escapeHtml } from '@chitieu/embed';

const ARTICLE = new URL('./content/demo-muong-khuong-2024.txt', import.meta.url);

/** The classic scripts under site/v1/, by build mode. */
const SCRIPTS: Readonly<Record<string, string>> = {
  'embed-frame': 'src/embed-frame/main.ts',
  resize: 'src/resize/main.ts',
};

/** The demo article's text and its live elements, put into index.html at build time. */
function demoArticle(): Plugin {
  return {
    name: 'chitieu-demo-article',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (!context.filename.endsWith('index.html')) return html;
        const article = renderArticle(readFileSync(ARTICLE, 'utf8'), [
          {
            after: /Con số 53/,
            html: '<party-target-gauge org="muong-khuong" period="2024"><p>Năm 2024, Đảng bộ thị trấn Mường Khương kết nạp 53 đảng viên, vượt 33 so với chỉ tiêu 20.</p></party-target-gauge>',
          },
          {
            after: /bầu được chi ủy/,
            html: '<party-cell-map org="muong-khuong"><p>Trong 7 chi bộ tổ dân phố chưa có chi ủy đầu nhiệm kỳ, 5 chi bộ đã thành lập được chi ủy, 2 chi bộ vẫn chưa có.</p></party-cell-map>',
          },
        ]);
        return html
          .replaceAll('%ARTICLE_HEADLINE%', escapeHtml(article.headline))
          .replaceAll('%ARTICLE_LEDE%', escapeHtml(article.lede))
          .replace('%ARTICLE_BODY%', article.bodyHtml);
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const script = SCRIPTS[mode];
  if (script !== undefined) {
    return {
      build: {
        target: 'es2022',
        outDir: 'dist/site/v1',
        emptyOutDir: false,
        lib: { entry: script, formats: ['iife'], name: 'chitieu', fileName: () => `${mode}.js`, cssFileName: mode },
      },
    };
  }
  return {
    plugins: [demoArticle()],
    build: {
      target: 'es2022',
      // Small images stay files: the pages' CSP allows images from 'self' only where it must.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: { index: 'index.html', builder: 'builder.html', desk: 'desk.html' },
        // The builder reads answers with the domain's zod schemas, but the other modules it imports
        // need none of them.
        treeshake: { manualPureFunctions: ['z'] },
      },
    },
  };
});
