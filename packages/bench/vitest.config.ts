import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // The budget check launches Chromium once and loads three pages; everything else is pure. Far above
    // the seconds that takes, for CI sharing two cores with workerd and a build.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
