// Builds public/, the Worker's static assets: the /docs page with the bundled Swagger UI (no CDN) and,
// when packages/widgets has been built, the embed bundle under /widgets/v1/.
//
//   node scripts/build-assets.mjs                   what `build` and `start` run
//   node scripts/build-assets.mjs --widget-fixture  tests: write a tiny stand-in when the bundle is absent
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const publicDir = join(root, 'public');
const widgetsDist = join(root, '..', '..', 'packages', 'widgets', 'dist');
const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const SWAGGER_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png', 'LICENSE'];
export const WIDGET_FIXTURE = '/* @chitieu/widgets is not built: a stand-in bundle for the API tests */\n';

/** @param {{ widgetFixture?: boolean }} [options] */
export function buildAssets({ widgetFixture = false } = {}) {
  rmSync(publicDir, { recursive: true, force: true });
  mkdirSync(join(publicDir, 'docs'), { recursive: true });
  cpSync(join(root, 'static'), publicDir, { recursive: true });
  for (const file of SWAGGER_FILES) cpSync(join(swaggerDir, file), join(publicDir, 'docs', file));

  const widgetsOut = join(publicDir, 'widgets', 'v1');
  if (existsSync(join(widgetsDist, 'chitieu.js'))) {
    // Everything the bundle may load (chunks, source maps), but not type declarations.
    cpSync(widgetsDist, widgetsOut, { recursive: true, filter: (source) => !/\.d\.ts(\.map)?$/.test(source) });
    return { widgets: 'bundle' };
  }
  if (widgetFixture) {
    mkdirSync(widgetsOut, { recursive: true });
    writeFileSync(join(widgetsOut, 'chitieu.js'), WIDGET_FIXTURE);
    return { widgets: 'fixture' };
  }
  return { widgets: 'absent' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { widgets } = buildAssets({ widgetFixture: process.argv.includes('--widget-fixture') });
  if (widgets === 'absent') console.warn('build-assets: packages/widgets/dist/chitieu.js not found; /widgets/v1/ will be empty (build @chitieu/widgets first).');
  else console.info(`build-assets: public/ ready (widgets: ${widgets})`);
}
