// Pure geometry of a target gauge (arcs, target tick, viewBox) in plain maths; knows nothing of d3, the DOM or wording.
import type { Target } from './target.ts';

export type GaugeArcKind = 'track' | 'value' | 'overshoot' | 'shortfall' | 'targetRange';

export interface GaugeArc {
  kind: GaugeArcKind;
  /** SVG path data of the annular sector. */
  d: string;
  /** Degrees, 0 = straight up, clockwise. */
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
}

export interface GaugeGeometry {
  /** viewBox is `0 0 width height`; everything, ticks included, lies inside it. */
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  thickness: number;
  /** The value at the end of the sweep: max(value, target.max, 1), so the value is never clamped. */
  scaleMax: number;
  valueAngle: number;
  target: { minAngle: number; maxAngle: number } | null;
  /** In drawing order: track, targetRange, value, shortfall, overshoot. */
  arcs: GaugeArc[];
  /** A radial line across the track at the target (the floor of a range: the figure to reach). */
  targetTick: { x1: number; y1: number; x2: number; y2: number } | null;
}

/**
 * What an element draws of a default gauge (defaultGaugeGeometry): the box, the scale, each arc's kind
 * and path, and the tick; GaugeGeometry without the angles, radii and centre that only describe them.
 */
export interface GaugeDial {
  width: number;
  height: number;
  scaleMax: number;
  arcs: Array<Pick<GaugeArc, 'kind' | 'd'>>;
  targetTick: GaugeGeometry['targetTick'];
}

export interface GaugeOptions {
  /** Outer radius of the track, 100 by default. */
  radius?: number;
  /** Width of the track, 20 by default; at most the radius. */
  thickness?: number;
  /** Degrees, 0 = straight up, clockwise; -90 by default. */
  startAngle?: number;
  /** Degrees, greater than startAngle and at most 360 further; 90 by default. */
  endAngle?: number;
}

// How far the tick and the range band reach beyond the track, as a share of its thickness.
const RIM_SHARE = 0.3;
const DEGREES = Math.PI / 180;
// The default options.
const RADIUS = 100;
const THICKNESS = 20;
const START_ANGLE = -90;
const END_ANGLE = 90;

/** To three decimals; adding 0 turns a "-0" into 0, so none reaches path data. */
const round = (x: number): number => Math.round(x * 1000) / 1000 + 0;

/** The point at radius `r` and `angle` (degrees, 0 = straight up, clockwise) around (cx, cy). */
const point = (cx: number, cy: number, r: number, angle: number): [number, number] => [cx + r * Math.sin(angle * DEGREES), cy - r * Math.cos(angle * DEGREES)];

function assertFinite(values: Record<string, number>): void {
  // for…in rather than Object.entries: no arrays to allocate on every arc of every gauge.
  for (const name in values) {
    const value = values[name];
    if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
  }
}

/** Throws `Need {rule}, got {a} and {b}` unless `ok`: the one wording of every impossible pair of inputs. */
function need(ok: boolean, rule: string, a: number, b: number): void {
  if (!ok) throw new RangeError(`Need ${rule}, got ${a} and ${b}`);
}

/**
 * SVG path data of an annular sector (a slice of a ring) between two angles in degrees (0 = straight
 * up, clockwise; the order of the two angles does not matter). A sweep of 360° or more gives a full
 * ring drawn as two half-circles with a hole (SVG cannot draw a closed arc in one command); a zero
 * sweep gives a path that draws nothing; an inner radius of 0 gives a pie slice.
 *
 * @throws {RangeError} for non-finite numbers or radii with inner > outer or inner < 0.
 * @example arcPath(100, 100, 80, 100, -90, 90) // 'M 0 100 A 100 100 0 0 1 200 100 L 180 100 A 80 80 0 0 0 20 100 Z'
 */
export function arcPath(cx: number, cy: number, innerRadius: number, outerRadius: number, startAngle: number, endAngle: number): string {
  assertFinite({ cx, cy, innerRadius, outerRadius, startAngle, endAngle });
  need(innerRadius >= 0 && innerRadius <= outerRadius, '0 ≤ innerRadius ≤ outerRadius', innerRadius, outerRadius);
  return sector(cx, cy, innerRadius, outerRadius, startAngle, endAngle);
}

/** arcPath without its checks, for the arcs of a geometry whose inputs were checked. */
function sector(cx: number, cy: number, innerRadius: number, outerRadius: number, startAngle: number, endAngle: number): string {
  const a0 = Math.min(startAngle, endAngle);
  const a1 = Math.max(startAngle, endAngle);
  const sweep = a1 - a0;
  if (sweep === 0 || outerRadius === 0 || (sweep < 360 && innerRadius > 0)) return band(cx, cy, innerRadius, outerRadius, a0, a1);
  const at = (r: number, angle: number) => point(cx, cy, r, angle).map(round).join(' ');
  // An arc of radius r to the point at `angle`, drawn clockwise (sweep flag 1) or back (0).
  const arcTo = (r: number, large: number, clockwise: number, angle: number) => `A ${round(r)} ${round(r)} 0 ${large} ${clockwise} ${at(r, angle)}`;
  if (sweep >= 360) {
    // Two half-circles, the hole's in the opposite winding, which leaves it unfilled under both fill rules.
    const ring = (r: number, clockwise: number) => `M ${at(r, a0)} ${arcTo(r, 1, clockwise, a0 + 180)} ${arcTo(r, 1, clockwise, a0)} Z`;
    return innerRadius === 0 ? ring(outerRadius, 1) : `${ring(outerRadius, 1)} ${ring(innerRadius, 0)}`;
  }
  // A pie slice.
  return `M ${at(outerRadius, a0)} ${arcTo(outerRadius, sweep > 180 ? 1 : 0, 1, a1)} L ${round(cx)} ${round(cy)} Z`;
}

/**
 * `sector` from `a0` to `a1` ≥ `a0`, for a sweep under 360° and an inner radius above 0 (or a sweep or
 * outer radius of 0, which draws nothing): every arc of the default gauge (a half ring whose inner
 * radius is 80 or more), which draws with this alone, so the element downloads no full ring or pie slice.
 */
function band(cx: number, cy: number, innerRadius: number, outerRadius: number, a0: number, a1: number): string {
  const at = (r: number, angle: number) => point(cx, cy, r, angle).map(round).join(' ');
  if (a1 === a0 || outerRadius === 0) return `M ${at(outerRadius, a0)} Z`;
  const arcTo = (r: number, clockwise: number, angle: number) => `A ${round(r)} ${round(r)} 0 ${a1 - a0 > 180 ? 1 : 0} ${clockwise} ${at(r, angle)}`;
  return `M ${at(outerRadius, a0)} ${arcTo(outerRadius, 1, a1)} L ${at(innerRadius, a1)} ${arcTo(innerRadius, 0, a0)} Z`;
}

// Extreme points of an annular sector: its four corners plus the outer rim wherever it crosses
// an axis (0°, 90°, 180°, 270°), plus the centre when the sector reaches it.
function sectorBounds(rMin: number, rMax: number, a0: number, a1: number) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const add = (r: number, angle: number) => {
    const [x, y] = point(0, 0, r, angle);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  add(rMin, a0);
  add(rMax, a0);
  add(rMin, a1);
  add(rMax, a1);
  for (let axis = Math.ceil(a0 / 90) * 90; axis <= a1; axis += 90) add(rMax, axis);
  if (rMin === 0) add(0, 0);
  return { minX, maxX, minY, maxY };
}

/**
 * Geometry of a gauge: a track from 0 to `scaleMax`, the value arc up to the target, and the part
 * beyond the target (`overshoot`) or still missing (`shortfall`) as arcs of their own, so an element
 * can draw 53 of 20 readably and never clamp it. A range target also gets a `targetRange` band on
 * the outer rim, and the tick marks its floor. Without a target the value fills the whole track.
 *
 * @throws {RangeError} for a negative or non-finite value, an impossible target, a thickness outside
 *   (0, radius], or angles with end ≤ start or a sweep over 360°.
 * @example
 * const g = gaugeGeometry({ value: 53, target: { min: 20, max: 20 } });
 * g.scaleMax; // 53
 * g.arcs.map((a) => a.kind); // ['track', 'value', 'overshoot']
 * // <svg viewBox={`0 0 ${g.width} ${g.height}`}> … <path d={g.arcs[1].d}/> …
 */
export function gaugeGeometry(input: { value: number; target: Target | null }, options: GaugeOptions = {}): GaugeGeometry {
  const { value, target } = input;
  const { radius = RADIUS, thickness = THICKNESS, startAngle = START_ANGLE, endAngle = END_ANGLE } = options;
  assertFinite({ value, radius, thickness, startAngle, endAngle });
  if (value < 0) throw new RangeError(`value must be 0 or more, got ${value}`);
  if (target) {
    assertFinite({ 'target.min': target.min, 'target.max': target.max });
    need(target.min >= 0 && target.min <= target.max, '0 ≤ target.min ≤ target.max', target.min, target.max);
  }
  need(radius > 0 && thickness > 0 && thickness <= radius, 'radius > 0 and 0 < thickness ≤ radius', radius, thickness);
  need(endAngle > startAngle && endAngle - startAngle <= 360, 'startAngle < endAngle ≤ startAngle + 360', startAngle, endAngle);

  const frame = frameOf(radius, thickness, startAngle, endAngle);
  const [dial, angleOf] = geometry(value, target, radius, thickness, startAngle, endAngle, frame, sector, (kind, d, a0, a1, r0, r1) => ({
    kind,
    d,
    startAngle: a0,
    endAngle: a1,
    innerRadius: r0,
    outerRadius: r1,
  }));
  return {
    width: dial.width,
    height: dial.height,
    cx: frame.cx,
    cy: frame.cy,
    radius,
    thickness,
    scaleMax: dial.scaleMax,
    valueAngle: angleOf(value),
    target: target ? { minAngle: angleOf(target.min), maxAngle: angleOf(target.max) } : null,
    arcs: dial.arcs,
    targetTick: dial.targetTick,
  };
}

/**
 * What `gaugeGeometry` draws at the default size and angles (its GaugeDial: the same box, scale, arc
 * paths and tick), without its checks: for a caller whose value and target have passed `progress()`,
 * which refuses everything the checks would (and more). The element draws this; it downloads neither
 * the checks nor their messages, nor the angles and radii it does not draw with.
 */
export const defaultGaugeGeometry = (value: number, target: Target | null): GaugeDial =>
  geometry(value, target, RADIUS, THICKNESS, START_ANGLE, END_ANGLE, DEFAULT_GAUGE_FRAME, band, (kind, d) => ({ kind, d }))[0];

/** Where a gauge sits in its viewBox (`0 0 width height`): the size of the box and the centre of the arcs. */
export interface GaugeFrame {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
}

/**
 * The frame of the default gauge, written out so that the element downloads no bounds maths: the
 * half ring with its rim (radius 106 = 100 + 0.3 × 20) fills 212 × 106, centred on its bottom edge.
 * A domain test checks it is the frame `gaugeGeometry` computes for the default options.
 */
export const DEFAULT_GAUGE_FRAME: GaugeFrame = { width: 212, height: 106, cx: 106, cy: 106 };

/** The frame that holds every arc and the tick of a gauge of these (checked) options. */
function frameOf(radius: number, thickness: number, startAngle: number, endAngle: number): GaugeFrame {
  const rim = thickness * RIM_SHARE;
  const bounds = sectorBounds(Math.max(0, radius - thickness - rim), radius + rim, startAngle, endAngle);
  // Rounded so that sin/cos noise (105.00000000000001) does not leak into viewBox attributes.
  return { width: round(bounds.maxX - bounds.minX), height: round(bounds.maxY - bounds.minY), cx: round(-bounds.minX), cy: round(-bounds.minY) };
}

/** The geometry of inputs already checked. */
function geometry<A>(
  value: number,
  target: Target | null,
  radius: number,
  thickness: number,
  startAngle: number,
  endAngle: number,
  { width, height, cx, cy }: GaugeFrame,
  draw: typeof sector,
  arcOf: (kind: GaugeArcKind, d: string, a0: number, a1: number, r0: number, r1: number) => A,
): [dial: { width: number; height: number; scaleMax: number; arcs: A[]; targetTick: GaugeGeometry['targetTick'] }, angleOf: (v: number) => number] {
  const inner = radius - thickness;
  const rim = thickness * RIM_SHARE;
  const rMin = Math.max(0, inner - rim);
  const rMax = radius + rim;

  const scaleMax = Math.max(value, target?.max ?? 0, 1);
  const angleOf = (v: number) => startAngle + ((endAngle - startAngle) * v) / scaleMax;
  const arc = (kind: GaugeArcKind, from: number, to: number, r0 = inner, r1 = radius): A => {
    const a0 = angleOf(from);
    const a1 = angleOf(to);
    return arcOf(kind, draw(cx, cy, r0, r1, a0, a1), a0, a1, r0, r1);
  };

  const arcs: A[] = [arc('track', 0, scaleMax)];
  let targetTick: GaugeGeometry['targetTick'] = null;
  if (target) {
    if (target.max > target.min) arcs.push(arc('targetRange', target.min, target.max, radius + rim * RIM_SHARE, rMax));
    arcs.push(arc('value', 0, Math.min(value, target.max)));
    if (value < target.min) arcs.push(arc('shortfall', value, target.min));
    if (value > target.max) arcs.push(arc('overshoot', target.max, value));
    const [x1, y1] = point(cx, cy, rMin, angleOf(target.min));
    const [x2, y2] = point(cx, cy, rMax, angleOf(target.min));
    targetTick = { x1, y1, x2, y2 };
  } else {
    arcs.push(arc('value', 0, value));
  }

  return [{ width, height, scaleMax, arcs, targetTick }, angleOf];
}
