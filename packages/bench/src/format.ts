// How figures are written in the report: kB are 1,000 bytes (as the targets), times in ms.
import { medianCiRanks, type Summary } from './stats.ts';

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

/**
 * The interval's name with its real level: `95 % CI`, or below six values (where the interval is the
 * range) the lower coverage the range has, rounded down, e.g. `93 % CI` for five.
 */
export function ciLabel(n: number): string {
  const { coverage } = medianCiRanks(n);
  return coverage >= 0.95 ? '95 % CI' : `${Math.floor(coverage * 100)} % CI`;
}

/** Median with its 95 % confidence interval and spread: `123 ms (95 % CI 112–128, IQR 110–130, range 100–190, n=12)`. */
export function spread(s: Summary, unit: string, digits = 0): string {
  const f = (v: number) => v.toFixed(digits);
  return `${f(s.median)} ${unit} (${ciLabel(s.n)} ${f(s.ci[0])}–${f(s.ci[1])}, IQR ${f(s.q1)}–${f(s.q3)}, range ${f(s.min)}–${f(s.max)}, n=${s.n})`;
}

/** Median and its 95 % confidence interval only, for narrow cells: `123 (112–128)`. */
export function compact(s: Summary, digits = 0): string {
  return `${s.median.toFixed(digits)} (${s.ci[0].toFixed(digits)}–${s.ci[1].toFixed(digits)})`;
}

/** A summary of ratios as its median and 95 % confidence interval: `1.23× (95 % CI 1.10–1.31×)`. */
export function ratioWithCi(s: Summary): string {
  return `${s.median.toFixed(2)}× (${ciLabel(s.n)} ${s.ci[0].toFixed(2)}–${s.ci[1].toFixed(2)}×)`;
}
