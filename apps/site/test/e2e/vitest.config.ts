// End-to-end tests: a real Chromium (playwright-core, the machine's browser) against `wrangler dev`
// serving the built hosted script and site (test/e2e/server.ts). Every wait is bounded.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.ts'],
    // The data desk's flow changes the figures: it runs on a Worker of its own (data-desk.vitest.config.ts).
    exclude: ['**/node_modules/**', 'data-desk.e2e.ts'],
    globalSetup: ['./server.ts'],
    // One browser per file and one Worker for all; files one after the other on two cores.
    fileParallelism: false,
    // Real work is the subject (a page, a Worker, Chromium), and CI may share two cores with workerd,
    // a build and another Chromium: limits far above a test's few seconds, so only a stuck test fails.
    // Waits inside tests are for conditions, never for a fixed time (browser.ts untilRendered).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
