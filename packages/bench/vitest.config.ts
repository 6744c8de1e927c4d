import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // The budget check launches Chromium once; everything else is pure.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
