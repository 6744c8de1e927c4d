// The Custom Elements Manifest (custom-elements.json) from the elements' JSDoc: Storybook's controls
// and docs, and editors' completion, read it. package.json already points at it.

/** Events are documented with @event on each element; the base's dispatchEvent(new SomeEvent()) calls carry no name to list. */
function dropUnnamedEvents() {
  return {
    name: 'chitieu-drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropUnnamedEvents()],
};
