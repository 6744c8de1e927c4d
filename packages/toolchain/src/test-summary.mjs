// Adds up the results that test runners print (Vitest's "Tests  3 failed | 40 passed (43)" and
// node --test's "# pass 10" or "ℹ pass 10"), even behind turbo's "pkg:task: " prefixes and colours.
// Knows nothing of which packages exist.

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** A running tally of passed, failed and skipped tests, fed one output line at a time. */
export class TestSummary {
  passed = 0;
  failed = 0;
  skipped = 0;
  runs = 0;

  /** Reads one line of runner output; ignores anything that is not a summary line. */
  add(rawLine) {
    const line = rawLine
      .replace(ANSI, '')
      .replace(/^\S+:\S+:\s?/, '')
      .trim();
    const vitest = /^Tests\s+(.*)\(\d+\)$/.exec(line);
    if (vitest) {
      const body = vitest[1];
      this.passed += count(body, 'passed');
      this.failed += count(body, 'failed');
      this.skipped += count(body, 'skipped') + count(body, 'todo');
      this.runs += 1;
      return;
    }
    const node = /^(?:#|ℹ) (pass|fail|skipped|todo) (\d+)$/.exec(line);
    if (node) {
      const n = Number(node[2]);
      if (node[1] === 'pass') {
        this.passed += n;
        this.runs += 1;
      } else if (node[1] === 'fail') this.failed += n;
      else this.skipped += n;
    }
  }

  /** The closing line CI reads: "Total: N passed, N failed, N skipped". */
  toString() {
    return `Total: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`;
  }
}

function count(text, word) {
  const match = new RegExp(`(\\d+) ${word}`).exec(text);
  return match ? Number(match[1]) : 0;
}
