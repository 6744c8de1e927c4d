// How figures are written in the report: kB are 1,000 bytes (as the targets), times in ms.
import type { Summary } from './stats.ts';

/** @example kB(12_345) // '12.3 kB' */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** @example bytes(12_345) // '12,345 B' */
export function bytes(n: number): string {
  return `${Math.round(n).toLocaleString('en')} B`;
}

/** @example times(1.234) // '1.23×' */
export function times(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`;
}

/** Median with its spread: `123 ms (IQR 110–130, range 100–190, n=5)`. */
export function spread(s: Summary, unit: string, digits = 0): string {
  const f = (v: number) => v.toFixed(digits);
  return `${f(s.median)} ${unit} (IQR ${f(s.q1)}–${f(s.q3)}, range ${f(s.min)}–${f(s.max)}, n=${s.n})`;
}

/** Median and range only, for narrow cells: `123 (100–190)`. */
export function compact(s: Summary, digits = 0): string {
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}
