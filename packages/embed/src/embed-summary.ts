// The one sentence a reader without the element gets (no JavaScript, an image that did not load, a
// feed, a screen reader before the script runs), and the title of an embed as a whole. Built from
// the same API answers and domain words as the elements. Knows nothing of the DOM or of HTTP.
import {
  admissionValueText,
  committeeStatusLabel,
  INTL_LOCALES,
  message,
  periodLabel,
  rankingFiguresText,
  rankingMessage,
  rankingOutcomeText,
  rankingTotalsText,
  rankSubordinates,
  STATUS_ORDER,
  type CommitteeStatus,
  type Lang,
  type RankingSort,
  type SubordinateAdmissionsResponse,
  type Target,
} from '@chitieu/domain';

/** What a gauge summary needs of the admissions answer. */
export interface AdmissionFigures {
  readonly organization: { readonly name: string };
  readonly period: string;
  readonly admitted: number;
  readonly target: Target | null;
}

/** What a map summary needs of the cells answer. */
export interface CellFigures {
  readonly organization: { readonly name: string };
  readonly counts: Readonly<Record<CommitteeStatus, number>>;
  readonly total: number;
}

/** 'Năm 2024', 'Nhiệm kỳ 2020–2025'; the key itself if it is not a period. */
export function periodName(key: string, lang: Lang): string {
  return periodLabel(key, lang) ?? key;
}

function lowerFirst(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleLowerCase(INTL_LOCALES[lang]) + text.slice(1);
}

/**
 * @example gaugeSummary(admissions, 'vi')
 * // 'Đảng bộ thị trấn Mường Khương (Năm 2024): Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%).'
 */
export function gaugeSummary(data: AdmissionFigures, lang: Lang, label: string | null = null): string {
  return message(lang, 'summary.gauge', {
    name: label ?? data.organization.name,
    period: periodName(data.period, lang),
    figures: admissionValueText(data, lang),
  });
}

/**
 * @example cellMapSummary(cells, 'vi')
 * // 'Đảng bộ thị trấn Mường Khương: 25 chi bộ, trong đó có chi ủy từ đầu nhiệm kỳ: 10; thành lập trong nhiệm kỳ: 5; chưa có chi ủy: 2; không rõ: 8.'
 */
export function cellMapSummary(data: CellFigures, lang: Lang, label: string | null = null): string {
  const statuses = STATUS_ORDER.filter((status) => data.counts[status] > 0).map((status) =>
    message(lang, 'legend.item', { label: lowerFirst(committeeStatusLabel(status, lang), lang), count: data.counts[status] }),
  );
  return message(lang, 'summary.map', {
    name: label ?? data.organization.name,
    count: message(lang, 'cell.count', { count: data.total }),
    statuses: statuses.join('; '),
  });
}

/** The name of a gauge embed: 'Đảng bộ thị trấn Mường Khương: kết nạp đảng viên (Năm 2024)'. */
export function gaugeTitle(name: string, period: string, lang: Lang): string {
  return message(lang, 'embed.gaugeTitle', { name, period: periodName(period, lang) });
}

/** The name of a map embed: 'Đảng bộ thị trấn Mường Khương: tình trạng chi ủy'. */
export function cellMapTitle(name: string, lang: Lang): string {
  return message(lang, 'embed.mapTitle', { name });
}

/**
 * The ranking in one paragraph: the organisation's own total, the subordinates' sum and any
 * difference, then every subordinate in the embed's order with its figures and outcome in words.
 *
 * @example rankingSummary(read, 'vi', null, 'percent')
 * // 'Đảng bộ tỉnh A (Năm 2024): Toàn đảng bộ: …; Huyện B: 53/20, đạt 265% chỉ tiêu; Huyện C: chưa có số liệu.'
 */
export function rankingSummary(data: SubordinateAdmissionsResponse, lang: Lang, label: string | null, sort: RankingSort): string {
  const totals = rankingTotalsText({ total: data.total, sum: data.sum, difference: data.difference }, lang);
  const rows = rankSubordinates(data.subordinates, sort, lang).map((row) => {
    const figures = rankingFiguresText(row.admissions, lang);
    const outcome = rankingOutcomeText(row.admissions, lang);
    return `${row.organization.name}: ${figures === null ? outcome : `${figures}, ${outcome}`}`;
  });
  const parts = [totals.total, totals.sum, ...totals.differences, ...(rows.length === 0 ? [rankingMessage(lang, 'ranking.none')] : rows)];
  return rankingMessage(lang, 'summary.ranking', {
    name: label ?? data.organization.name,
    period: periodName(data.period, lang),
    rows: parts.filter((part): part is string => part !== null).join('; '),
  });
}

/** The name of a ranking embed: 'Đảng bộ tỉnh A: kết nạp đảng viên theo đơn vị trực thuộc (Năm 2024)'. */
export function rankingTitle(name: string, period: string, lang: Lang): string {
  return rankingMessage(lang, 'embed.rankingTitle', { name, period: periodName(period, lang) });
}
