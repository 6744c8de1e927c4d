import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Pure functions with no shared state: evaluating the modules once per worker instead of once per
    // file halves the run on two cores.
    isolate: false,
    // Generous, because CI shares two cores with workerd and Chromium; a test that is really stuck still fails.
    testTimeout: 30_000,
  },
});
