// The data desk's end-to-end test writes figures (2024 admissions), so it gets a Worker and a D1 of its
// own (the same test/e2e/server.ts), and the tests that expect the seed's 53 never see its 54.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['data-desk.e2e.ts'],
    globalSetup: ['./server.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    teardownTimeout: 15_000,
  },
});
