import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.jsonc' } })],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Rendering in wasm is the subject, and CI may share two cores with a browser, workerd and a build:
    // limits far above a test's few hundred ms, so only a stuck test fails. The Worker's first load
    // (its modules through Vite, resvg's compile) happens in a beforeAll (test/worker.test.ts).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
