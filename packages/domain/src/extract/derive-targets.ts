/**
 * Works out a target the text implies but does not state: 53 admitted "vượt 33" → 20; 36 admitted
 * "đạt 72%" → 50 when 50 is the only whole target that rounds to 72%. Pure arithmetic on figures
 * already read; knows nothing of text.
 */
import type { Derivation } from './extracted-figure.ts';
import type { Span } from './normalized-text.ts';

type Figure = { value: number; span: Span };

/** Target = admitted − overshoot, or null when that would be negative. */
export function targetFromOvershoot(admitted: Figure, overshoot: Figure): { value: number; derivation: Derivation } | null {
  const value = admitted.value - overshoot.value;
  if (value < 0) return null;
  return {
    value,
    derivation: { rule: 'admittedMinusOvershoot', from: [admitted.span, overshoot.span], explanation: `${admitted.value} − ${overshoot.value} = ${value}` },
  };
}

/** Target = admitted + shortfall. */
export function targetFromShortfall(admitted: Figure, shortfall: Figure): { value: number; derivation: Derivation } {
  const value = admitted.value + shortfall.value;
  return {
    value,
    derivation: { rule: 'admittedPlusShortfall', from: [admitted.span, shortfall.span], explanation: `${admitted.value} + ${shortfall.value} = ${value}` },
  };
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * The whole targets T for which admitted ÷ T, written with `decimals` digits after the comma, is
 * `percent`. Several when the percentage is too coarse to tell them apart.
 *
 * @example targetsForPercent(36, 72, 0) // [50]
 */
export function targetsForPercent(admitted: number, percent: number, decimals: number): number[] {
  if (admitted <= 0 || percent <= 0) return [];
  const half = 0.5 * 10 ** -decimals;
  const low = Math.max(1, Math.floor((100 * admitted) / (percent + half)));
  const high = Math.ceil((100 * admitted) / Math.max(percent - half, Number.EPSILON));
  const targets: number[] = [];
  for (let t = low; t <= high && targets.length <= 2; t += 1) {
    if (round((100 * admitted) / t, decimals) === percent) targets.push(t);
  }
  return targets;
}

/** Target from a percentage of it, only when exactly one whole target fits the rounding. */
export function targetFromPercent(
  admitted: Figure,
  percent: Figure & { decimals: number; numberText: string },
): { value: number; derivation: Derivation } | null {
  const targets = targetsForPercent(admitted.value, percent.value, percent.decimals);
  if (targets.length !== 1 || targets[0] === undefined) return null;
  const value = targets[0];
  const exact = (100 * admitted.value) / value === percent.value;
  const explanation = exact
    ? `${admitted.value} ÷ ${percent.numberText}% = ${value}`
    : `${admitted.value} ÷ ${percent.numberText}% ≈ ${value}: the only whole target that rounds to ${percent.numberText}%`;
  return { value, derivation: { rule: 'admittedOverPercent', from: [admitted.span, percent.span], explanation } };
}
