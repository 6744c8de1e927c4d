// What a ranking shows, derived from the API's answer: rows in order with their bars and words, the
// header's total, sum and difference, the footer. Pure data for render(); knows nothing of Lit.
import {
  admissionValueText,
  distinctSources,
  formatDate,
  formatNumber,
  formatTarget,
  periodEnd,
  periodLabel,
  rankingBars,
  rankingFiguresText,
  rankingMessage,
  rankingOutcomeText,
  rankingTotalsText,
  rankSubordinates,
  type Lang,
  type RankingBar,
  type RankingSort,
  type SubordinateAdmissions,
  type SubordinateAdmissionsResponse,
} from '@chitieu/domain';
import { footerText, type FooterText } from '../internal/figure-footer.ts';
import { closingNotice, type ClosingNotice } from '../internal/succession-notice.ts';

/** One row as render() shows it. */
interface RankingRow {
  readonly slug: string;
  readonly name: string;
  readonly status: 'above' | 'within' | 'below' | 'none' | 'missing';
  /** '53/20', or null without figures. */
  readonly figures: string | null;
  /** 'đạt 265% chỉ tiêu', 'chưa có số liệu'… */
  readonly outcome: string;
  /** 'đến 30/06/2024' for a subordinate that closed (a merger), else null. */
  readonly closing: string | null;
  /** The row's whole sentence, for its accessible name. */
  readonly label: string;
  readonly bar: RankingBar | null;
  readonly highlighted: boolean;
  /** The table's cells: admitted, target, outcome. */
  readonly cells: readonly [string, string, string];
}

/** Everything render() shows, as strings and positions ready to bind. */
export interface RankingFigure {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string | null;
  readonly total: string | null;
  readonly sum: string | null;
  readonly differences: readonly string[];
  readonly rows: readonly RankingRow[];
  readonly footer: FooterText;
  readonly notice: ClosingNotice | null;
}

function rowOf(row: SubordinateAdmissions, bar: RankingBar | null, lang: Lang, highlight: string | null, figuresEnd: string | null): RankingRow {
  const a = row.admissions;
  const outcome = rankingOutcomeText(a, lang);
  const notice = closingNotice(row.succeededBy, figuresEnd, lang);
  const sentence = a ? admissionValueText(a, lang) : outcome;
  const missing = rankingMessage(lang, 'ranking.noFigures');
  return {
    slug: row.organization.slug,
    name: row.organization.name,
    status: a === null ? 'missing' : (a.progress?.status ?? 'none'),
    figures: rankingFiguresText(a, lang),
    outcome,
    closing: row.succeededBy ? rankingMessage(lang, 'ranking.until', { date: formatDate(row.succeededBy.validTo, lang) }) : null,
    label: rankingMessage(lang, 'ranking.row', { name: row.organization.name, figures: notice ? `${sentence}. ${notice.text}` : sentence }),
    bar,
    highlighted: row.organization.slug === highlight,
    cells: a
      ? [formatNumber(a.admitted, lang), a.target ? formatTarget(a.target, lang) : rankingMessage(lang, 'ranking.noTarget'), outcome]
      : [missing, missing, missing],
  };
}

export function figureOf(data: SubordinateAdmissionsResponse, lang: Lang, sort: RankingSort, highlight: string | null, label: string | null): RankingFigure {
  const ranked = rankSubordinates(data.subordinates, sort, lang);
  const { bars } = rankingBars(ranked.map((row) => row.admissions));
  const figuresEnd = periodEnd(data.period);
  const totals = rankingTotalsText({ total: data.total, sum: data.sum, difference: data.difference }, lang);
  const records = [data.total, ...data.subordinates.map((row) => row.admissions)].flatMap((read) => (read ? [read] : []));
  const latest = records.map((read) => read.asOf).reduce<string | null>((max, day) => (max === null || day > max ? day : max), null);
  return {
    lang,
    title: label ?? data.organization.name,
    subtitle: periodLabel(data.period, lang),
    total: totals.total,
    sum: totals.sum,
    differences: totals.differences,
    rows: ranked.map((row, i) => rowOf(row, bars[i] ?? null, lang, highlight, figuresEnd)),
    footer: footerText(distinctSources(records.flatMap((read) => read.sources)), data.asOf ?? latest, data.updatedAt, lang),
    notice: closingNotice(data.succeededBy, figuresEnd, lang),
  };
}
