import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TestSummary } from './test-summary.mjs';

describe('TestSummary', () => {
  it("adds up Vitest's summary lines behind turbo's prefixes and colours", () => {
    const summary = new TestSummary();
    summary.add(
      '@chitieu/domain:test: \x1b[2m      Tests \x1b[22m \x1b[1m\x1b[31m1 failed\x1b[39m\x1b[22m\x1b[2m | \x1b[22m\x1b[1m\x1b[32m318 passed\x1b[39m\x1b[22m\x1b[90m (319)\x1b[39m',
    );
    summary.add('@chitieu/api:test:       Tests  205 passed | 2 skipped (207)');
    assert.equal(summary.toString(), 'Total: 523 passed, 1 failed, 2 skipped');
    assert.equal(summary.runs, 2);
  });

  it("adds up node --test's counters", () => {
    const summary = new TestSummary();
    for (const line of ['@chitieu/toolchain:test: # tests 12', '@chitieu/toolchain:test: # pass 11', '@chitieu/toolchain:test: # fail 1', '# skipped 0']) {
      summary.add(line);
    }
    assert.equal(summary.toString(), 'Total: 11 passed, 1 failed, 0 skipped');
  });

  it("reads the spec reporter's counters too", () => {
    const summary = new TestSummary();
    summary.add('@chitieu/toolchain:test: ℹ pass 14');
    summary.add('@chitieu/toolchain:test: ℹ fail 0');
    assert.equal(summary.toString(), 'Total: 14 passed, 0 failed, 0 skipped');
  });

  it('ignores lines that merely mention tests', () => {
    const summary = new TestSummary();
    summary.add('@chitieu/domain:test:  ✓ src/progress.test.ts (12 tests) 5ms');
    summary.add('Test Files  38 passed (38)');
    assert.equal(summary.toString(), 'Total: 0 passed, 0 failed, 0 skipped');
    assert.equal(summary.runs, 0);
  });
});
