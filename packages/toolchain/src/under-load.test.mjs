import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOptions, startHogs } from './under-load.mjs';

/** True while a process with this id exists (signal 0 only checks). */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('parseOptions', () => {
  it('runs one hog and removes the clone by default', () => {
    assert.deepEqual(parseOptions([]), { hogs: 1, keep: false });
  });
  it('takes the number of hogs and --keep', () => {
    assert.deepEqual(parseOptions(['--hogs', '2', '--keep']), { hogs: 2, keep: true });
    assert.deepEqual(parseOptions(['--hogs', '0']), { hogs: 0, keep: false });
  });
  it('refuses what it does not know', () => {
    assert.throws(() => parseOptions(['--hogs', 'many']), /--hogs/);
    assert.throws(() => parseOptions(['--fast']), /unknown option --fast/);
  });
});

describe('startHogs', () => {
  it('starts busy processes and stop() ends every one of them', async () => {
    const hogs = startHogs(2);
    assert.equal(hogs.pids.length, 2);
    for (const pid of hogs.pids) assert.equal(alive(pid), true);
    await hogs.stop();
    for (const pid of hogs.pids) assert.equal(alive(pid), false);
  });
  it('ends a hog by itself after its time limit', async () => {
    const hogs = startHogs(1, 50);
    await hogs.stop();
    assert.equal(alive(hogs.pids[0]), false);
  });
});
