// The local Worker's secrets: apps/api/.dev.vars (git-ignored), which `wrangler dev` reads. Written by
// `pnpm start` / `pnpm dev` when missing, with the documented development administrator token; a
// file the developer already has is left as it is.
//
//   node scripts/dev-vars.mjs     writes .dev.vars if missing and prints where the token is
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The administrator token of local development (README, "For the data desk"). Never deploy it. */
export const DEV_ADMIN_TOKEN = 'chitieu-local-admin-token';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes `.dev.vars` with ADMIN_TOKEN when the file is missing; returns the token local requests must send. */
export function ensureDevVars(dir = root) {
  const file = join(dir, '.dev.vars');
  if (!existsSync(file)) {
    writeFileSync(
      file,
      `# Local secrets of the Worker (git-ignored). The administrator token creates newsrooms and keys.\n# Production: \`wrangler secret put ADMIN_TOKEN\` with a long random value, never this one.\nADMIN_TOKEN=${DEV_ADMIN_TOKEN}\n`,
    );
    console.info(`dev-vars: wrote ${file} (ADMIN_TOKEN=${DEV_ADMIN_TOKEN})`);
  }
  const line = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .find((l) => /^ADMIN_TOKEN\s*=/.test(l));
  return line ? line.replace(/^ADMIN_TOKEN\s*=\s*/, '').replace(/^"(.*)"$/, '$1') : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const token = ensureDevVars();
  console.info(token ? `dev-vars: the local administrator token is in apps/api/.dev.vars` : 'dev-vars: apps/api/.dev.vars has no ADMIN_TOKEN line');
}
