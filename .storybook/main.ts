// Storybook for the elements in packages/widgets; run from that package (`pnpm --filter @chitieu/widgets storybook`).
import type { StorybookConfig } from '@storybook/web-components-vite';

// This folder sits at the repository root, where Node finds none of Storybook's packages: they are
// dependencies of packages/widgets. So the framework and addons are named by their folder there,
// Vite's root is that package (Storybook would take this folder's parent), and preview.ts's import
// of the framework points at the package's copy.
const widgets = decodeURIComponent(new URL('../packages/widgets', import.meta.url).pathname);
const dependency = (name: string) => `${widgets}/node_modules/${name}`;

const config: StorybookConfig = {
  framework: dependency('@storybook/web-components-vite'),
  stories: ['../packages/widgets/src/**/*.stories.ts'],
  addons: [dependency('@storybook/addon-docs'), dependency('@storybook/addon-a11y'), dependency('@storybook/addon-vitest')],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    root: widgets,
    resolve: {
      ...viteConfig.resolve,
      alias: [
        ...(Array.isArray(viteConfig.resolve?.alias)
          ? viteConfig.resolve.alias
          : Object.entries(viteConfig.resolve?.alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
        { find: /^@storybook\/web-components-vite$/, replacement: `${dependency('@storybook/web-components-vite')}/dist/index.js` },
      ],
    },
  }),
};

export default config;
