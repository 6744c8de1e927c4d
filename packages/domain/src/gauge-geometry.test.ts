import { describe, expect, it } from 'vitest';
import { arcPath, DEFAULT_GAUGE_FRAME, defaultGaugeGeometry, gaugeGeometry, type GaugeGeometry } from './gauge-geometry.ts';

/** Splits SVG path data into commands with their numbers; fails on anything else. */
function parsePath(d: string): Array<{ command: string; args: number[] }> {
  expect(d).toMatch(/^M/);
  const tokens = d.trim().split(/\s+/);
  const commands: Array<{ command: string; args: number[] }> = [];
  for (const token of tokens) {
    if (/^[MLAZ]$/.test(token)) commands.push({ command: token, args: [] });
    else {
      expect(token).toMatch(/^-?\d+(\.\d+)?$/);
      commands.at(-1)?.args.push(Number(token));
    }
  }
  const arity: Record<string, number> = { M: 2, L: 2, A: 7, Z: 0 };
  for (const { command, args } of commands) expect(args.length, `${command} in ${d}`).toBe(arity[command]);
  return commands;
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value === 'string') return (value.match(/-?[\d.]+(e-?\d+)?|NaN|Infinity/g) ?? []).map(Number);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

const kinds = (g: GaugeGeometry) => g.arcs.map((a) => a.kind);
const arcOf = (g: GaugeGeometry, kind: string) => g.arcs.find((a) => a.kind === kind);

describe('arcPath', () => {
  it('draws a half ring from the left to the right, clockwise over the top', () => {
    expect(arcPath(100, 100, 80, 100, -90, 90)).toBe('M 0 100 A 100 100 0 0 1 200 100 L 180 100 A 80 80 0 0 0 20 100 Z');
  });

  it('uses the large-arc flag past 180°', () => {
    const [, outer] = parsePath(arcPath(0, 0, 5, 10, 0, 270));
    expect(outer?.args[3]).toBe(1);
  });

  it('draws a full ring with a hole as two half circles each way', () => {
    const commands = parsePath(arcPath(50, 50, 30, 40, 0, 360));
    expect(commands.map((c) => c.command).join('')).toBe('MAAZMAAZ');
    expect(commands[1]?.args[4]).toBe(1);
    expect(commands[5]?.args[4]).toBe(0);
  });

  it('draws a pie slice when the inner radius is 0', () => {
    expect(arcPath(10, 10, 0, 10, 0, 90)).toBe('M 10 0 A 10 10 0 0 1 20 10 L 10 10 Z');
  });

  it('gives a path that draws nothing for a zero sweep', () => {
    expect(arcPath(10, 10, 5, 10, 30, 30)).toMatch(/^M [\d.]+ [\d.]+ Z$/);
  });

  it('accepts the angles in either order', () => {
    expect(arcPath(0, 0, 5, 10, 90, -90)).toBe(arcPath(0, 0, 5, 10, -90, 90));
  });

  it('rejects non-finite numbers and crossed radii', () => {
    expect(() => arcPath(Number.NaN, 0, 1, 2, 0, 90)).toThrow(RangeError);
    expect(() => arcPath(0, 0, 3, 2, 0, 90)).toThrow(RangeError);
    expect(() => arcPath(0, 0, -1, 2, 0, 90)).toThrow(RangeError);
  });
});

describe('gaugeGeometry', () => {
  it('sizes the default semicircle viewBox to the track plus the tick overhang', () => {
    const g = gaugeGeometry({ value: 10, target: { min: 20, max: 20 } });
    expect(g).toMatchObject({ width: 212, height: 106, cx: 106, cy: 106, radius: 100, thickness: 20 });
    expect(arcOf(g, 'track')).toMatchObject({ startAngle: -90, endAngle: 90 });
  });

  it('scales to the value when it is above the target, so 53 of 20 is never clamped', () => {
    const g = gaugeGeometry({ value: 53, target: { min: 20, max: 20 } });
    expect(g.scaleMax).toBe(53);
    expect(g.valueAngle).toBe(90);
    expect(kinds(g)).toEqual(['track', 'value', 'overshoot']);
    const tickAngle = -90 + (180 * 20) / 53;
    expect(g.target?.minAngle).toBeCloseTo(tickAngle, 10);
    expect(arcOf(g, 'value')).toMatchObject({ startAngle: -90 });
    expect(arcOf(g, 'value')?.endAngle).toBeCloseTo(tickAngle, 10);
    expect(arcOf(g, 'overshoot')?.startAngle).toBeCloseTo(tickAngle, 10);
    expect(arcOf(g, 'overshoot')?.endAngle).toBe(90);
  });

  it('puts the target tick at the target, across the whole track', () => {
    const g = gaugeGeometry({ value: 53, target: { min: 20, max: 20 } });
    const tick = g.targetTick;
    expect(tick).not.toBeNull();
    if (!tick) return;
    const angle = (Math.atan2(tick.x2 - g.cx, g.cy - tick.y2) * 180) / Math.PI;
    expect(angle).toBeCloseTo(g.target?.minAngle ?? Number.NaN, 8);
    const outer = Math.hypot(tick.x2 - g.cx, tick.y2 - g.cy);
    const inner = Math.hypot(tick.x1 - g.cx, tick.y1 - g.cy);
    expect(outer).toBeGreaterThan(g.radius);
    expect(inner).toBeLessThan(g.radius - g.thickness);
  });

  it('shows a shortfall from the value up to the target', () => {
    const g = gaugeGeometry({ value: 16, target: { min: 20, max: 20 } });
    expect(g.scaleMax).toBe(20);
    expect(kinds(g)).toEqual(['track', 'value', 'shortfall']);
    expect(arcOf(g, 'value')?.endAngle).toBeCloseTo(-90 + 180 * 0.8, 10);
    expect(arcOf(g, 'shortfall')).toMatchObject({ endAngle: 90 });
    expect(arcOf(g, 'shortfall')?.startAngle).toBeCloseTo(54, 10);
  });

  it('fills the value arc exactly to the target when the target is met', () => {
    const g = gaugeGeometry({ value: 20, target: { min: 20, max: 20 } });
    expect(kinds(g)).toEqual(['track', 'value']);
    expect(arcOf(g, 'value')).toMatchObject({ startAngle: -90, endAngle: 90 });
  });

  it('draws a range target as a band on the outer rim, with the tick at its floor', () => {
    const within = gaugeGeometry({ value: 95, target: { min: 90, max: 100 } });
    expect(within.scaleMax).toBe(100);
    expect(kinds(within)).toEqual(['track', 'targetRange', 'value']);
    const band = arcOf(within, 'targetRange');
    expect(band?.startAngle).toBeCloseTo(-90 + 180 * 0.9, 10);
    expect(band?.endAngle).toBe(90);
    expect(band?.innerRadius).toBeGreaterThan(within.radius);
    expect(within.target?.minAngle).toBeCloseTo(72, 10);
    expect(within.target?.maxAngle).toBe(90);

    const above = gaugeGeometry({ value: 120, target: { min: 90, max: 100 } });
    expect(kinds(above)).toEqual(['track', 'targetRange', 'value', 'overshoot']);
    expect(arcOf(above, 'overshoot')?.startAngle).toBeCloseTo(-90 + (180 * 100) / 120, 10);

    const below = gaugeGeometry({ value: 50, target: { min: 90, max: 100 } });
    expect(kinds(below)).toEqual(['track', 'targetRange', 'value', 'shortfall']);
    expect(arcOf(below, 'shortfall')?.endAngle).toBeCloseTo(72, 10);
  });

  it('fills the whole track with the value when there is no target', () => {
    const g = gaugeGeometry({ value: 93, target: null });
    expect(g.scaleMax).toBe(93);
    expect(g.target).toBeNull();
    expect(g.targetTick).toBeNull();
    expect(kinds(g)).toEqual(['track', 'value']);
    expect(arcOf(g, 'value')).toMatchObject({ startAngle: -90, endAngle: 90 });
  });

  it('handles a zero value and a zero target with an empty value arc', () => {
    const g = gaugeGeometry({ value: 0, target: { min: 0, max: 0 } });
    expect(g.scaleMax).toBe(1);
    expect(kinds(g)).toEqual(['track', 'value']);
    expect(arcOf(g, 'value')?.d).toMatch(/^M [\d.]+ [\d.]+ Z$/);
    expect(gaugeGeometry({ value: 0, target: null }).valueAngle).toBe(-90);
  });

  it('treats anything above a zero target as overshoot', () => {
    const g = gaugeGeometry({ value: 5, target: { min: 0, max: 0 } });
    expect(kinds(g)).toEqual(['track', 'value', 'overshoot']);
    expect(arcOf(g, 'overshoot')).toMatchObject({ startAngle: -90, endAngle: 90 });
  });

  it('keeps a huge value readable: the target still gets its tick', () => {
    const g = gaugeGeometry({ value: 1e15, target: { min: 20, max: 20 } });
    expect(g.scaleMax).toBe(1e15);
    expect(g.targetTick).not.toBeNull();
  });

  it('sizes a full-circle gauge as a square around the centre', () => {
    const g = gaugeGeometry({ value: 3, target: { min: 4, max: 4 } }, { startAngle: 0, endAngle: 360, radius: 50, thickness: 10 });
    expect(g.width).toBe(g.height);
    expect(g.cx).toBe(g.width / 2);
    expect(g.arcs.length).toBeGreaterThan(0);
    for (const a of g.arcs) parsePath(a.d);
  });

  it('produces only finite numbers and well-formed paths for every combination', () => {
    const values = [0, 1, 16, 20, 53, 1e9];
    const targets = [null, { min: 0, max: 0 }, { min: 20, max: 20 }, { min: 0, max: 10 }, { min: 90, max: 100 }];
    const shapes = [
      {},
      { startAngle: -120, endAngle: 120 },
      { startAngle: 0, endAngle: 360 },
      { radius: 10, thickness: 10 },
      { startAngle: -30, endAngle: 30 },
    ];
    for (const value of values) {
      for (const target of targets) {
        for (const shape of shapes) {
          const g = gaugeGeometry({ value, target }, shape);
          const numbers = numbersIn(g);
          expect(numbers.length).toBeGreaterThan(0);
          expect(numbers.every(Number.isFinite), JSON.stringify({ value, target, shape })).toBe(true);
          expect(g.arcs.length, JSON.stringify({ value, target, shape })).toBeGreaterThan(0);
          for (const a of g.arcs) parsePath(a.d);
        }
      }
    }
  });

  it('keeps the arcs and the tick inside the viewBox', () => {
    for (const shape of [{}, { startAngle: -135, endAngle: 135 }, { startAngle: -30, endAngle: 30 }, { startAngle: 0, endAngle: 360 }]) {
      const g = gaugeGeometry({ value: 53, target: { min: 20, max: 30 } }, shape);
      const points = g.arcs.flatMap((a) =>
        parsePath(a.d)
          .filter((c) => c.args.length >= 2)
          .map((c) => c.args.slice(-2)),
      );
      const tick = g.targetTick;
      expect(tick, JSON.stringify(shape)).not.toBeNull();
      points.push([tick?.x1 ?? Number.NaN, tick?.y1 ?? Number.NaN], [tick?.x2 ?? Number.NaN, tick?.y2 ?? Number.NaN]);
      expect(points.length, JSON.stringify(shape)).toBeGreaterThan(2);
      for (const [x = Number.NaN, y = Number.NaN] of points) {
        expect(x).toBeGreaterThanOrEqual(-0.001);
        expect(y).toBeGreaterThanOrEqual(-0.001);
        expect(x).toBeLessThanOrEqual(g.width + 0.001);
        expect(y).toBeLessThanOrEqual(g.height + 0.001);
      }
    }
  });

  it('rejects impossible input with a RangeError', () => {
    expect(() => gaugeGeometry({ value: -1, target: null })).toThrow(RangeError);
    expect(() => gaugeGeometry({ value: Number.NaN, target: null })).toThrow(RangeError);
    expect(() => gaugeGeometry({ value: 1, target: { min: 5, max: 2 } })).toThrow(RangeError);
    expect(() => gaugeGeometry({ value: 1, target: null }, { thickness: 0 })).toThrow(RangeError);
    expect(() => gaugeGeometry({ value: 1, target: null }, { radius: 10, thickness: 11 })).toThrow(RangeError);
    expect(() => gaugeGeometry({ value: 1, target: null }, { startAngle: 90, endAngle: 90 })).toThrow(RangeError);
    expect(() => gaugeGeometry({ value: 1, target: null }, { startAngle: 0, endAngle: 400 })).toThrow(RangeError);
  });
});

describe('defaultGaugeGeometry', () => {
  it('draws in the frame gaugeGeometry computes for the default options', () => {
    const { width, height, cx, cy } = gaugeGeometry({ value: 1, target: null });
    expect(DEFAULT_GAUGE_FRAME).toEqual({ width, height, cx, cy });
  });

  it('is what gaugeGeometry draws with the default options (box, scale, arcs, tick), for every kind of target', () => {
    const targets = [null, { min: 0, max: 0 }, { min: 20, max: 20 }, { min: 90, max: 100 }];
    const cases = targets.flatMap((target) => [0, 1, 16, 20, 53, 95, 120, 1_234_567].map((value) => ({ value, target })));
    for (const input of cases) {
      const { width, height, scaleMax, arcs, targetTick } = gaugeGeometry(input);
      const drawn = { width, height, scaleMax, arcs: arcs.map(({ kind, d }) => ({ kind, d })), targetTick };
      expect(defaultGaugeGeometry(input.value, input.target), JSON.stringify(input)).toEqual(drawn);
    }
  });
});
