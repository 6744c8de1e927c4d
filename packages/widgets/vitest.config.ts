// Three projects: in the machine's Chromium, the elements' own tests (src/**/*.test.ts) and every
// Storybook story run as a test (with its accessibility check) through @storybook/addon-vitest; in
// Node, the embed build's own plugins (vite-plugins/**/*.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS } from '@chitieu/toolchain/chromium';
import type { Plugin } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import { BUNDLE_DIR } from './test/build-bundle.ts';

/** Test-page command: the reader's colour-scheme preference, as the OS would set it (test/browser-commands.d.ts). */
const emulateColorScheme: BrowserCommand<['light' | 'dark' | null]> = async (context, colorScheme) => {
  await context.page.emulateMedia({ colorScheme });
};

/** What `holdElementChunks` has seen: the chunks requested, and the element chunks' held requests. */
const chunkRequests = { requested: [] as string[], held: [] as Array<() => Promise<void>> };
const BUNDLE_CHUNKS = '**/bundle/chunks/*.js';

/**
 * Test-page command: from now on, records each chunk of the built bundle the browser requests (by name
 * without the hash) and holds the requests for an element's own chunk (`party-…`) until
 * `releaseElementChunks`, so a test sees what the loader asks for before any element chunk arrives.
 */
const holdElementChunks: BrowserCommand<[]> = async (context) => {
  chunkRequests.requested = [];
  chunkRequests.held = [];
  await context.page.route(BUNDLE_CHUNKS, async (route) => {
    const name = /\/chunks\/([a-z-]+?)-[\w-]{8}\.js$/.exec(new URL(route.request().url()).pathname)?.[1] ?? '?';
    chunkRequests.requested.push(name);
    if (name.startsWith('party-')) chunkRequests.held.push(() => route.continue());
    else await route.continue();
  });
};

/** Test-page command: the chunks requested since `holdElementChunks`, in order. */
const requestedChunks: BrowserCommand<[]> = () => Promise.resolve([...chunkRequests.requested]);

/** Test-page command: lets the held element chunks through and stops holding. */
const releaseElementChunks: BrowserCommand<[]> = async (context) => {
  await Promise.all(chunkRequests.held.splice(0).map((release) => release()));
  await context.page.unroute(BUNDLE_CHUNKS);
};

/**
 * Serves the built hosted script (test/build-bundle.ts) at /bundle/ as the Worker does: the files as
 * they are. Through Vite's own pipeline, its import analysis would rewrite the loader's dynamic imports.
 */
function serveBundle(): Plugin {
  const dir = fileURLToPath(new URL(`./${BUNDLE_DIR}/`, import.meta.url));
  return {
    name: 'chitieu-serve-bundle',
    configureServer(server) {
      server.middlewares.use('/bundle/', (req, res, next) => {
        const file = join(dir, new URL(req.url ?? '/', 'http://x').pathname);
        if (!file.startsWith(dir) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(file));
      });
      // The render Worker's static images as the loader asks for them (embed.test.ts): a plain SVG 360 × 400
      // for any figures, and a 404 below /drawn-api/missing/.
      server.middlewares.use('/drawn-api/', (req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        if (!/^\/embed\/party-[a-z-]+\.svg$/.test(path)) {
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end('<svg xmlns="http://www.w3.org/2000/svg" width="360" height="400" viewBox="0 0 360 400"><rect width="360" height="400" fill="#eee"/></svg>');
      });
    },
  };
}

const storybookConfigDir = fileURLToPath(new URL('../../.storybook', import.meta.url));

/** A fresh browser block per project: Vitest rejects one object shared by two projects. */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [...CHROMIUM_ARGS],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

export default defineConfig({
  plugins: [serveBundle()],
  // Known up front, so Vite does not discover them mid-run and reload the test page.
  optimizeDeps: {
    include: [
      'lit',
      'lit/html.js',
      'lit/directive.js',
      'lit/directives/if-defined.js',
      'axe-core',
      'storybook/test',
      '@chitieu/domain > zod',
      '@chitieu/domain > d3-scale',
    ],
  },
  test: {
    // A test takes milliseconds to a few seconds (the first story of a run: Vite's transforms, axe), but
    // CI may share two cores with workerd, a build and another Chromium: limits far above that, so only
    // what never happens fails. Waits inside tests: test/fixture.ts (WAIT_MS), test/story-wait.ts.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
    // The elements warn on the console about every failure they show; the failure tests cause dozens.
    onConsoleLog: (log) => !/^<party-[a-z-]+> |^Lit is in dev mode/.test(log),
    projects: [
      {
        extends: true,
        test: {
          name: 'elements',
          include: ['src/**/*.test.ts'],
          globalSetup: ['test/build-bundle.ts'],
          browser: { ...chromium(), commands: { emulateColorScheme, holdElementChunks, requestedChunks, releaseElementChunks } },
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['vite-plugins/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: storybookConfigDir })],
        test: {
          name: 'stories',
          browser: chromium(),
        },
      },
    ],
  },
});
