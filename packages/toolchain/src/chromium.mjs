// Where the browser tests find Chromium and how they launch it on a machine whose only network is
// the npm registry and Debian's apt. Knows nothing of Vitest or Playwright beyond their option names.
import { accessSync, constants } from 'node:fs';

/** Flags that keep a headless Chromium from reaching for Google's hosts and failing slowly. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]);

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium binary to drive: CHROMIUM_PATH, else Debian's, else null.
 * @example findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' })
 */
export function findChromium(env = process.env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find(isExecutable) ?? null;
}

/** Playwright `launchOptions` for the machine's Chromium; throws a readable error when there is none. */
export function chromiumLaunchOptions(env = process.env) {
  const executablePath = findChromium(env);
  if (!executablePath) {
    throw new Error("No Chromium found: set CHROMIUM_PATH, or run `npm test`, which installs Debian's chromium when it can.");
  }
  return { executablePath, args: [...CHROMIUM_ARGS] };
}
