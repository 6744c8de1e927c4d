// Builds public/, the Worker's static assets: the /docs page with the bundled Swagger UI (no CDN) and,
// when packages/widgets has been built, the hosted script under /widgets/v1/ (the loader chitieu.js
// and its content-hashed chunks/), and, when apps/site has been built, the pages people open (/,
// /builder, their assets/, and the iframe embed's client under site/v1/).
//
//   node scripts/build-assets.mjs    what `build` and `start` run
//
// The tests build their own copy (vitest.config.ts: test/.assets/, with a tiny stand-in bundle when
// the real one is absent), so a test run never races a build over public/.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const widgetsDist = join(root, '..', '..', 'packages', 'widgets', 'dist', 'embed');
const siteDist = join(root, '..', 'site', 'dist');
const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const SWAGGER_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png', 'LICENSE'];
/** Stand-ins for the site's files when it is not built (the API tests), by path under public/. */
export const SITE_FIXTURE = {
  'index.html': '<!doctype html><title>@chitieu/site is not built: a stand-in page for the API tests</title>\n',
  // Links a content-hashed asset, as the built page does, so the tests of /assets/ have one to fetch.
  'builder.html':
    '<!doctype html><title>@chitieu/site is not built: a stand-in page for the API tests</title>\n<script type="module" src="/assets/stand-in-5e7a1b2c.js"></script>\n',
  'desk.html': '<!doctype html><title>@chitieu/site is not built: a stand-in page for the API tests</title>\n',
  'assets/stand-in-5e7a1b2c.js': '/* @chitieu/site is not built: a stand-in for the API tests */\n',
  'site/v1/embed-frame.js': '/* @chitieu/site is not built: a stand-in for the API tests */\n',
  'site/v1/embed-frame.css': '/* @chitieu/site is not built: a stand-in for the API tests */\n',
  'site/v1/resize.js': '/* @chitieu/site is not built: a stand-in for the API tests */\n',
};
export const WIDGET_FIXTURE = "/* @chitieu/widgets is not built: a stand-in bundle for the API tests */ import('./chunks/stand-in.js');\n";

/** @param {{ outDir?: string, widgetFixture?: boolean }} [options] */
export function buildAssets({ outDir = join(root, 'public'), widgetFixture = false } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'docs'), { recursive: true });
  cpSync(join(root, 'static'), outDir, { recursive: true });
  for (const file of SWAGGER_FILES) cpSync(join(swaggerDir, file), join(outDir, 'docs', file));
  if (existsSync(join(siteDist, 'index.html'))) {
    cpSync(siteDist, outDir, { recursive: true });
  } else if (widgetFixture) {
    for (const [path, text] of Object.entries(SITE_FIXTURE)) {
      mkdirSync(dirname(join(outDir, path)), { recursive: true });
      writeFileSync(join(outDir, path), text);
    }
  }

  const widgetsOut = join(outDir, 'widgets', 'v1');
  if (existsSync(join(widgetsDist, 'chitieu.js'))) {
    cpSync(widgetsDist, widgetsOut, { recursive: true });
    return { widgets: 'bundle' };
  }
  if (widgetFixture) {
    mkdirSync(join(widgetsOut, 'chunks'), { recursive: true });
    writeFileSync(join(widgetsOut, 'chitieu.js'), WIDGET_FIXTURE);
    writeFileSync(join(widgetsOut, 'chunks', 'stand-in.js'), 'export {};\n');
    return { widgets: 'fixture' };
  }
  return { widgets: 'absent' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { widgets } = buildAssets();
  if (widgets === 'absent')
    console.warn('build-assets: packages/widgets/dist/embed/chitieu.js not found; /widgets/v1/ will be empty (build @chitieu/widgets first).');
  else console.info(`build-assets: public/ ready (widgets: ${widgets})`);
}
