// Unit tests of the site's pure modules (Node). The end-to-end tests have their own configuration:
// test/e2e/vitest.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
