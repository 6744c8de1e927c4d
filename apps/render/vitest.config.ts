import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.jsonc' } })],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Rendering in wasm on two cores: the first render also compiles resvg.
    testTimeout: 20_000,
  },
});
