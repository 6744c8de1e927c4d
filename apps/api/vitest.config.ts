import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { buildAssets } from './scripts/build-assets.mjs';
import { buildRenderWorker } from './scripts/build-render.mjs';

// The administration routes' secret in the tests (they read it from env). Given to the plugin's
// wrangler config too, which checks the secrets wrangler.jsonc requires.
const TEST_ADMIN_TOKEN = 'test-admin-token-for-the-workers-test-pool';
process.env.ADMIN_TOKEN = TEST_ADMIN_TOKEN;

export default defineConfig(async () => {
  // The Worker's static assets (the docs page, the widget bundle), built into a folder of the tests'
  // own so a concurrent `build` cannot pull public/ from under them; with a stand-in bundle when
  // @chitieu/widgets has not been built.
  const assets = join(import.meta.dirname, 'test', '.assets');
  buildAssets({ outDir: assets, widgetFixture: true });
  const migrations = await readD1Migrations({ projectPath: import.meta.dirname, migrationsDir: 'migrations' });
  // The image render Worker beside the API, behind RENDER, as in `pnpm start`.
  const render = buildRenderWorker({ outDir: join(import.meta.dirname, 'test', '.render') });
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.jsonc' },
        // TEST_MIGRATIONS: a test-only binding, so the setup file can apply the real migrations inside
        // workerd. ADMIN_TOKEN here too, so neither a developer's .dev.vars nor its absence changes
        // what the tests see.
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: TEST_ADMIN_TOKEN },
          assets: { directory: assets },
          workers: [render],
        },
      }),
    ],
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      setupFiles: ['./test/apply-migrations.ts'],
      // One workerd and one D1 for all files: ten times faster on two cores than a fresh runtime per
      // file. So tests never change the seed's rows and write only rows of their own slugs.
      isolate: false,
      // No test here takes much over a second, but CI may share two cores with a browser, a build and
      // the image Worker's first wasm compile: limits far above that, so only a stuck test fails. No
      // test waits for the wall clock: time-bound ones hold the request clock (test/write.ts heldClock).
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  };
});
