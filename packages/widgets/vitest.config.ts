// Two projects, both in the machine's Chromium: the elements' own tests (src/**/*.test.ts) and every
// Storybook story run as a test (with its accessibility check) through @storybook/addon-vitest.
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS } from '@chitieu/toolchain/chromium';
import type { BrowserCommand } from 'vitest/node';

/** Test-page command: the reader's colour-scheme preference, as the OS would set it (test/browser-commands.d.ts). */
const emulateColorScheme: BrowserCommand<['light' | 'dark' | null]> = async (context, colorScheme) => {
  await context.page.emulateMedia({ colorScheme });
};

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
  // Known up front, so Vite does not discover them mid-run and reload the test page.
  optimizeDeps: {
    include: [
      'lit',
      'lit/directive.js',
      'lit/directives/if-defined.js',
      '@lit/task',
      'axe-core',
      'storybook/test',
      '@chitieu/domain > zod',
      '@chitieu/domain > d3-scale',
    ],
  },
  test: {
    // The elements warn on the console about every failure they show; the failure tests cause dozens.
    onConsoleLog: (log) => !/^<party-[a-z-]+> |^Lit is in dev mode/.test(log),
    projects: [
      {
        extends: true,
        test: {
          name: 'elements',
          include: ['src/**/*.test.ts'],
          globalSetup: ['test/build-bundle.ts'],
          browser: { ...chromium(), commands: { emulateColorScheme } },
        },
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
