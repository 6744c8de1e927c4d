import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleResults } from '../test/sample-results.ts';
import { RESULTS_FILE } from './paths.ts';
import type { PayloadRow, Results } from './results.ts';
import type { PhoneFigures } from './phone.ts';
import type { Summary } from './stats.ts';
import { evaluateTargets, NEXT_STEPS } from './targets.ts';

const byId = (id: string) => evaluateTargets(sampleResults()).find((t) => t.id === id)!;

describe('evaluateTargets', () => {
  it('reports a missed payload target with the gap in kB and percent, and the files behind it', () => {
    const gauge = byId('payload.gauge');
    expect(gauge.met).toBe(false);
    expect(gauge.gap).toBe('6.0 kB over (50 %)');
    expect(gauge.why).toContain('ours-gauge.js 18.0 kB');
    expect(gauge.why).toContain('lit-html 2.5 kB');
  });

  it('marks met targets without a gap', () => {
    expect(byId('payload.both')).toMatchObject({ met: true, gap: '' });
    expect(byId('worker.api')).toMatchObject({ met: true, gap: '' });
    expect(byId('requests.sameFigure').met).toBe(true);
  });

  it('weighs one gauge against every peer measured, and misses when any peer is lighter', () => {
    const peers = byId('payload.lighterThanPeers');
    expect(peers).toMatchObject({ met: false, measured: '18.0 kB vs lightest peer 8.9 kB (justgage)' });
    expect(peers.gap).toBe('heavier than webawesome by 6.2 kB, shoelace by 8.7 kB, justgage by 9.1 kB');
    expect(peers.why).toContain('justgage 8.9 kB, 1.50×');
    expect(peers.why).toContain('ours 18.0 kB, 3.00×');
  });

  it('meets "lighter than every peer" only when every peer was measured and is heavier', () => {
    const figures = sampleResults();
    const light = (rows: readonly PayloadRow[]) => rows.map((r) => (r.candidate === 'ours' && r.scenario === 'gauge' ? { ...r, gzip: 8_000 } : r));
    const met = evaluateTargets({ ...figures, payload: { ...figures.payload, rows: light(figures.payload.rows) } }).find(
      (t) => t.id === 'payload.lighterThanPeers',
    )!;
    expect(met).toMatchObject({ met: true, gap: '' });
    const withoutJustgage = light(figures.payload.rows).filter((r) => r.candidate !== 'justgage');
    const unmeasured = evaluateTargets({ ...figures, payload: { ...figures.payload, rows: withoutJustgage } }).find(
      (t) => t.id === 'payload.lighterThanPeers',
    )!;
    expect(unmeasured).toMatchObject({ met: false, gap: 'not measured: justgage' });
  });

  it('compares render times with the floor and with ECharts', () => {
    expect(byId('render.vsVanilla')).toMatchObject({ met: false, measured: '3.00× (95 % CI 2.76–3.45×), median of 10 same-round ratios' });
    expect(byId('render.vsEcharts')).toMatchObject({ met: false, measured: 'faster by 1.33× (95 % CI 1.23–1.53×), median of 10 same-round ratios' });
    expect(byId('render.mapsVsVanilla')).toMatchObject({ met: true, gap: '' });
    expect(byId('render.mapsVsVanilla').goal).toBe('10 maps of 128 cells within 1.5× the vanilla floor');
  });

  it('says when the interval of a ratio straddles its goal', () => {
    expect(byId('api.admissionsCached').measured).toContain('the interval straddles 0.9×, so not settled');
    expect(byId('ranking.render')).toMatchObject({ met: true });
    expect(byId('ranking.render').measured).toContain('1.50× (95 % CI 1.38–1.72×), median of 10 same-round ratios; the interval straddles 1.5×');
    expect(byId('api.cellsUncached').measured).not.toContain('straddles');
  });

  it('uses the same-round ratio to health for the API targets', () => {
    expect(byId('api.admissionsCached')).toMatchObject({ met: true });
    expect(byId('api.cellsUncached')).toMatchObject({ met: false, gap: '0.20× short' });
  });

  it('says n/a, with the reason and the snippet’s figure, while the demo article is missing', () => {
    const cls = byId('layoutShift.demoArticle');
    expect(cls.met).toBeNull();
    expect(cls.measured).toBe('not available yet');
    expect(cls.why).toContain('GET / answered 404');
    expect(cls.why).toContain('worst CLS 0.002');
  });

  it('names the next step beside every miss, and none beside a target met', () => {
    const rows = evaluateTargets(sampleResults());
    const missed = rows.filter((t) => t.met === false);
    expect(missed.map((t) => t.id)).toEqual(expect.arrayContaining(['payload.gauge', 'render.vsVanilla', 'api.cellsUncached']));
    expect(missed.filter((t) => !t.next)).toEqual([]);
    expect(rows.filter((t) => t.met === true && t.next !== undefined)).toEqual([]);
  });

  it('judges the phone targets on the same-round ratios when the run has them, and says whether the interval settles it', () => {
    const summary = (median: number, low: number, high: number): Summary => ({ n: 10, median, ci: [low, high], min: low, max: high, q1: low, q3: high });
    const phone: PhoneFigures = {
      rounds: 10,
      profile: { latencyMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 },
      cold: { image: summary(500, 450, 550), script: summary(640, 600, 700), iframe: summary(600, 560, 650) },
      warm: { image: summary(100, 90, 110), script: summary(110, 100, 120), iframe: summary(150, 140, 160) },
      // Ratios of medians that would pass both targets; the same-round ratios say otherwise for the script.
      ratios: { script: 1.1, iframe: 1.2, warmScript: 1.1, warmIframe: 1.5 },
      paired: { script: summary(1.28, 1.22, 1.4), iframe: summary(1.19, 1.05, 1.34), warmScript: summary(1.1, 1, 1.2), warmIframe: summary(1.5, 1.4, 1.6) },
    };
    const rows = evaluateTargets({ ...sampleResults(), phone });
    const script = rows.find((t) => t.id === 'phone.script')!;
    const iframe = rows.find((t) => t.id === 'phone.iframe')!;
    expect(script).toMatchObject({ met: false, gap: '0.08× over' });
    expect(script.measured).toBe('1.28× (95 % CI 1.22–1.40×), median of 10 same-round ratios (medians 640 ms vs 500 ms)');
    expect(iframe.met).toBe(true);
    expect(iframe.measured).toContain('the interval straddles 1.3×, so not settled');
    // A run from before the same-round ratios is judged on its ratio of medians.
    const { paired: _, ...older } = phone;
    const before = evaluateTargets({ ...sampleResults(), phone: older }).find((t) => t.id === 'phone.script')!;
    expect(before).toMatchObject({ met: true, measured: '1.10× (640 ms vs 500 ms, medians of 10 interleaved loads)' });
  });

  it('finds a next step for every target of the committed run, by its id or its prefix', () => {
    const committed = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results;
    const ids = committed.targets.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['api.national.directorySearch', 'layoutShift.demoArticle', 'phone.script']));
    const covered = (id: string) => Object.keys(NEXT_STEPS).some((k) => k === id || (k.endsWith('.') && id.startsWith(k)));
    expect(ids.filter((id) => !covered(id))).toEqual([]);
  });
});
