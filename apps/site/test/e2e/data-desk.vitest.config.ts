// The data desk's end-to-end test writes figures (2024 admissions), so it gets a Worker and a D1 of its
// own (the same test/e2e/server.ts), and the tests that expect the seed's 53 never see its 54.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['data-desk.e2e.ts'],
    globalSetup: ['./server.ts'],
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
