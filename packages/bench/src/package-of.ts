// Which package a bundled module comes from, by its path. Knows pnpm's node_modules layout and this
// workspace's packages/ and apps/ folders; nothing else.

/** The package a module belongs to: `lit-html`, `@lit/task`, `@chitieu/domain`, … */
export function packageOf(moduleId: string): string {
  const id = moduleId.replaceAll('\\', '/').replace(/^\0/, '');
  // Modules a bundler plugin generates: `\0virtual:chitieu/wire-schema/cells` → `virtual:chitieu/wire-schema`.
  const virtual = /^virtual:([^/]+\/[^/]+)/.exec(id);
  if (virtual) return `virtual:${virtual[1]}`;
  const nodeModules = id.lastIndexOf('/node_modules/');
  if (nodeModules >= 0) {
    const rest = id.slice(nodeModules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const workspace = /\/(packages|apps)\/([^/]+)\//.exec(id);
  if (workspace) return `@chitieu/${workspace[2]}`;
  return moduleId.startsWith('\0') || id.includes('vite/') ? 'bundler runtime' : 'own code';
}
