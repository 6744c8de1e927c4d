// Vitest global setup: builds the hosted script exactly as `pnpm build` does (vite.config.ts, mode
// embed) but into test/.bundle/, so the whole-bundle tests never race a concurrent `build` task (or
// the API's copy of dist/) over packages/widgets/dist. vitest.config.ts serves it at /bundle/.
import { build } from 'vite';

export const BUNDLE_DIR = 'test/.bundle';

export default async function buildBundle(): Promise<void> {
  await build({ configFile: 'vite.config.ts', mode: 'embed', logLevel: 'warn', build: { outDir: BUNDLE_DIR, emptyOutDir: true } });
}
