// The words of a ranking of subordinate organisations: each row's outcome against its target, and the
// header's total, sum and difference. Built from the gauge's own rules and sentences (targetPercent,
// deltaSentence, admissionValueText), so a ranking row and a gauge never disagree; knows nothing of the DOM.
import { formatNumber, formatTarget } from './format.ts';
import { gaugeMessage } from './gauge-messages.ts';
import { admissionValueText, deltaSentence, targetPercent } from './gauge-text.ts';
import type { Lang } from './locale.ts';
import { rankingMessage } from './ranking-messages.ts';
import { progress } from './progress.ts';
import type { AdmissionDifference, AdmissionSum, RankedFigures } from './subordinate-totals.ts';

/**
 * A row's outcome in words: the percentage of target outside the target, "đạt chỉ tiêu" within it,
 * the overshoot where a zero target gives no percentage, "no target stated", or "chưa có số liệu"
 * for a subordinate without figures (never a zero).
 *
 * @example rankingOutcomeText({ admitted: 53, target: { min: 20, max: 20 } }, 'vi') // 'đạt 265% chỉ tiêu'
 * @example rankingOutcomeText(null, 'vi') // 'chưa có số liệu'
 */
export function rankingOutcomeText(figures: RankedFigures | null, lang: Lang): string {
  if (figures === null) return rankingMessage(lang, 'ranking.noFigures');
  const p = progress(figures.admitted, figures.target);
  if (p === null) return rankingMessage(lang, 'ranking.noTarget');
  const percent = targetPercent(p, lang);
  return percent === null ? deltaSentence(p, lang) : rankingMessage(lang, 'ranking.percent', { percent });
}

/**
 * A row's figures, short: admitted over target as the press writes them ('53/20', '95/90–100'), the
 * admitted alone without a target, and null without figures.
 *
 * @example rankingFiguresText({ admitted: 53, target: { min: 20, max: 20 } }, 'vi') // '53/20'
 */
export function rankingFiguresText(figures: RankedFigures | null, lang: Lang): string | null {
  if (figures === null) return null;
  const admitted = formatNumber(figures.admitted, lang);
  return figures.target === null ? admitted : `${admitted}/${formatTarget(figures.target, lang)}`;
}

/** The header's lines. */
export interface RankingTotalsText {
  /** 'Toàn đảng bộ: Đã kết nạp 100 đảng viên, …': the organisation's own figures; null when none are stored. */
  readonly total: string | null;
  /** 'Cộng 2/3 đơn vị trực thuộc có số liệu: …'; null when no subordinate has figures. */
  readonly sum: string | null;
  /** The difference between the two, each in a sentence; empty when they agree. */
  readonly differences: readonly string[];
}

/**
 * The header of a ranking: the organisation's own total, the subordinates' sum (saying how many of
 * them it covers), and, when they disagree, the difference in words.
 *
 * @example rankingTotalsText({ total: null, sum: { admitted: 19, target: null, reporting: 2, count: 3 }, difference: null }, 'vi').sum
 * // 'Cộng 2/3 đơn vị trực thuộc có số liệu: Đã kết nạp 19 đảng viên'
 */
export function rankingTotalsText(
  totals: { total: RankedFigures | null; sum: AdmissionSum; difference: AdmissionDifference | null },
  lang: Lang,
): RankingTotalsText {
  const { total, sum, difference } = totals;
  const differences: string[] = [];
  if (difference !== null && difference.admitted !== 0) {
    const key = difference.admitted > 0 ? 'ranking.differenceMore' : 'ranking.differenceLess';
    differences.push(rankingMessage(lang, key, { difference: gaugeMessage(lang, 'label.members', { count: Math.abs(difference.admitted) }) }));
  }
  if (difference?.target && (difference.target.min !== 0 || difference.target.max !== 0) && total?.target && sum.target) {
    differences.push(rankingMessage(lang, 'ranking.targetDifference', { total: formatTarget(total.target, lang), sum: formatTarget(sum.target, lang) }));
  }
  return {
    total: total === null ? null : rankingMessage(lang, 'ranking.total', { figures: admissionValueText(total, lang) }),
    sum:
      sum.admitted === null
        ? null
        : rankingMessage(lang, 'ranking.sum', {
            reporting: sum.reporting,
            count: sum.count,
            figures: admissionValueText({ admitted: sum.admitted, target: sum.target }, lang),
          }),
    differences,
  };
}
