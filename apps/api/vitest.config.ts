import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { buildAssets } from './scripts/build-assets.mjs';

export default defineConfig(async () => {
  // The Worker's static assets (the docs page, the widget bundle), built into a folder of the tests'
  // own so a concurrent `build` cannot pull public/ from under them; with a stand-in bundle when
  // @chitieu/widgets has not been built.
  const assets = join(import.meta.dirname, 'test', '.assets');
  buildAssets({ outDir: assets, widgetFixture: true });
  const migrations = await readD1Migrations({ projectPath: import.meta.dirname, migrationsDir: 'migrations' });
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.jsonc' },
        // A test-only binding, so the setup file can apply the real migrations inside workerd.
        miniflare: { bindings: { TEST_MIGRATIONS: migrations }, assets: { directory: assets } },
      }),
    ],
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      setupFiles: ['./test/apply-migrations.ts'],
      // One workerd and one D1 for all files: ten times faster on two cores than a fresh runtime per
      // file. So tests never change the seed's rows and write only rows of their own slugs.
      isolate: false,
    },
  };
});
