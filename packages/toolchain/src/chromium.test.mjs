import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHROMIUM_ARGS, chromiumLaunchOptions, findChromium } from './chromium.mjs';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when it is executable', () => {
    assert.equal(findChromium({ CHROMIUM_PATH: '/bin/sh' }), '/bin/sh');
  });
  it('ignores a CHROMIUM_PATH that does not exist', () => {
    const found = findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' });
    assert.notEqual(found, '/nonexistent/chrome');
  });
});

describe('chromiumLaunchOptions', () => {
  it('keeps Chromium off every host but the loopback', () => {
    assert.ok(CHROMIUM_ARGS.some((arg) => arg.startsWith('--host-resolver-rules=MAP * ~NOTFOUND')));
    assert.ok(CHROMIUM_ARGS.includes('--disable-background-networking'));
  });
  it('returns a copy of the flags with the binary', () => {
    const options = chromiumLaunchOptions({ CHROMIUM_PATH: '/bin/sh' });
    assert.equal(options.executablePath, '/bin/sh');
    options.args.push('--mutated');
    assert.ok(!CHROMIUM_ARGS.includes('--mutated'));
  });
});
