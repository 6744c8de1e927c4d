import { describe, expect, it } from 'vitest';
import { sampleResults } from '../test/sample-results.ts';
import { renderReport } from './report.ts';
import { evaluateTargets } from './targets.ts';

describe('renderReport', () => {
  const figures = sampleResults();
  const report = renderReport({
    ...figures,
    targets: evaluateTargets(figures),
    budgets: [{ id: 'worker.api.gzip', what: 'API Worker upload', measured: 140_000, budget: 144_200, target: 150_000, ok: true }],
  });

  it('has a section per benchmark, the targets and the budgets', () => {
    for (const heading of [
      '## Targets of the issue',
      '## 1. Payload',
      '## 2. Render',
      '## 3. Requests',
      '## 4. Layout shift',
      '## 5. API throughput',
      '## 6. Worker size and start',
      '## Budgets',
    ]) {
      expect(report).toContain(heading);
    }
  });

  it('names the machine, the date and the commands, and warns that times are noisy', () => {
    expect(report).toContain('Test CPU, 2 cores, 8 GiB, Node v24.0.0');
    expect(report).toContain('2026-11-27T00:00:00.000Z');
    expect(report).toContain('- `pnpm bench`');
    expect(report).toContain('This machine is shared');
  });

  it('says the demo article is not available yet instead of a table', () => {
    expect(report).toContain('Not available yet: GET / answered 404');
  });

  it('writes figures with their spread and ratios to the floor', () => {
    expect(report).toContain('900 ms (95 % CI 828–1035, IQR 855–990, range 810–1080, n=10)');
    expect(report).toContain('| Chỉ Tiêu | 900 ms (95 % CI 828–1035, IQR 855–990, range 810–1080, n=10) | 3.00× (95 % CI 2.76–3.45×) |');
    expect(report).toContain('| Chỉ Tiêu | gauge | 1 | 54.0 kB | 18.0 kB | 16.2 kB | 20.00× | 2 |');
  });

  it('writes same-round ratios with their interval, for the API and the ranking', () => {
    expect(report).toContain('| 0.40× (95 % CI 0.37–0.46×) |');
    expect(report).toContain('| ours | 300 ms (95 % CI 276–345, IQR 285–330, range 270–360, n=10) | 1.50× (95 % CI 1.38–1.72×) |');
  });
});
