// The data desk's end-to-end tests (test/e2e/desk/): Chromium drives /desk on a Worker and a D1 of
// their own (the same test/e2e/server.ts), since they write figures the other tests must not see.
// Each test works on organisations it creates itself, so the files do not depend on each other.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['desk/**/*.e2e.ts'],
    globalSetup: ['./server.ts'],
    fileParallelism: false,
    // Real work is the subject (a page, a Worker, Chromium) on a shared two-core machine: limits far
    // above a test's few seconds, so only a stuck test fails. Waits are for conditions, never for time.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
