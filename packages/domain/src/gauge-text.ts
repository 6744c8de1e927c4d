// The gauge's percentages and sentences (also the ranking's rows and totals, read the same way), apart from format.ts so
// a page with a map alone does not download them; knows nothing of the DOM.
import type { Progress } from './admission.ts';
import { assertFinite, formatNumber, formatTarget, numberFormat } from './format.ts';
import { gaugeMessage } from './gauge-messages.ts';
import type { Lang } from './locale.ts';
import { percentDigits, percentText } from './plain-digits.ts';
import { progress } from './progress.ts';
import type { Target } from './target.ts';

/**
 * A ratio as a percentage, the sign right after the digits in both languages, as Vietnamese papers
 * and CLDR write it (`86,66%`, `265%`). Intl does the ×100, so 2.65 never becomes 265.00000000000003.
 *
 * @param maxFractionDigits digits after the decimal mark, 1 by default.
 * @throws {RangeError} for NaN or ±Infinity.
 * @example formatPercent(0.8666, 'vi') // '86,7%'
 * @example formatPercent(0.8666, 'vi', 2) // '86,66%'
 * @example formatPercent(2.65, 'en') // '265%'
 */
export function formatPercent(ratio: number, lang: Lang, maxFractionDigits = 1): string {
  assertFinite(ratio, 'ratio');
  const plain = percentDigits(ratio, lang, maxFractionDigits);
  if (plain !== null) return `${plain}%`;
  const parts = numberFormat(lang, { style: 'percent', maximumFractionDigits: maxFractionDigits }).formatToParts(ratio);
  const digits = parts
    .filter((part) => part.type !== 'percentSign' && !(part.type === 'literal' && /^\s+$/u.test(part.value)))
    .map((part) => part.value)
    .join('');
  return `${digits}%`;
}

/**
 * The percentage of the target a figure shows, or null when it shows none: within a range the ratio
 * is measured against its floor, and a percentage there reads as a claim about the whole range, so
 * only over- and undershoots carry one. The elements, the images and the sentences all ask this.
 *
 * @example targetPercent({ delta: 33, ratio: 2.65, status: 'above' }, 'vi') // '265%'
 * @example targetPercent({ delta: 0, ratio: 1, status: 'within' }, 'vi') // null
 */
export function targetPercent(p: Progress | null, lang: Lang): string | null {
  if (p === null || p.status === 'within' || p.ratio === null) return null;
  // As formatPercent(p.ratio, lang) writes it, without its checks or Intl: a ratio of progress() is finite,
  // not negative and at most Number.MAX_SAFE_INTEGER, so its shortest form has an exponent only below 1e-6,
  // a percentage under 0.0001 that rounds to 0 at one decimal.
  return `${percentText(p.ratio, lang, 1) ?? '0'}%`;
}

/**
 * The overshoot or shortfall in words.
 *
 * @example deltaSentence({ delta: 33, ratio: 2.65, status: 'above' }, 'vi') // 'vượt 33 so với chỉ tiêu'
 * @example deltaSentence({ delta: -4, ratio: 0.8, status: 'below' }, 'en') // '4 short of target'
 */
export function deltaSentence(p: Progress, lang: Lang): string {
  // 'delta.within' says no number: its delta, 0, is left unused.
  return gaugeMessage(lang, `delta.${p.status}`, { delta: formatNumber(Math.abs(p.delta), lang) });
}

/**
 * The admissions figure as one sentence: what was admitted, against what target, by how much and
 * (above or below the target) the percentage reached. A zero target has no percentage.
 *
 * @throws {RangeError} as `progress()` does for impossible counts or targets.
 * @example admissionValueText({ admitted: 53, target: { min: 20, max: 20 } }, 'vi')
 * // 'Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%)'
 * @example admissionValueText({ admitted: 53, target: { min: 20, max: 20 } }, 'en')
 * // 'Admitted 53 members, 33 members above the target of 20 (265%)'
 */
export function admissionValueText(a: { admitted: number; target: Target | null }, lang: Lang): string {
  const p = progress(a.admitted, a.target);
  const members = gaugeMessage(lang, 'label.members', { count: a.admitted });
  if (p === null || a.target === null) return gaugeMessage(lang, 'admission.noTarget', { members });
  const sentence = gaugeMessage(lang, `admission.${p.status}`, {
    members,
    target: formatTarget(a.target, lang),
    // "vượt 33 đảng viên so với chỉ tiêu 20": the difference is counted in members, as the sources say it.
    delta: gaugeMessage(lang, 'label.members', { count: Math.abs(p.delta) }),
  });
  const percent = targetPercent(p, lang);
  return percent === null ? sentence : `${sentence} ${gaugeMessage(lang, 'admission.ratio', { percent })}`;
}
