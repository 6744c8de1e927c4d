// Every reader-facing string of the ranking of subordinate organisations (<party-target-ranking>), Vietnamese
// first and English second: a table of its own beside messages.ts, filled the same way, so a page with
// a gauge or a map does not download them. A row without figures is never a zero.
import type { Lang } from './locale.ts';
import { messagesOf, type Template } from './template.ts';

const RANKING_MESSAGES = {
  'table.organization': { vi: 'Đơn vị', en: 'Organisation' },
  'table.outcome': { vi: 'So với chỉ tiêu', en: 'Against target' },

  'ranking.noFigures': { vi: 'chưa có số liệu', en: 'no figures yet' },
  'ranking.noTarget': { vi: 'không nêu chỉ tiêu', en: 'no target stated' },
  'ranking.percent': { vi: 'đạt {percent} chỉ tiêu', en: '{percent} of target' },
  'ranking.row': { vi: '{name}: {figures}', en: '{name}: {figures}' },
  'ranking.total': { vi: 'Toàn đảng bộ: {figures}', en: 'Whole organisation: {figures}' },
  'ranking.sum': {
    vi: 'Cộng {reporting}/{count} đơn vị trực thuộc có số liệu: {figures}',
    en: 'Sum of the {reporting} of {count} subordinates with figures: {figures}',
  },
  'ranking.differenceMore': {
    vi: 'Số của toàn đảng bộ nhiều hơn tổng các đơn vị trực thuộc {difference}',
    en: 'The organisation’s own figure is {difference} more than the subordinates’ sum',
  },
  'ranking.differenceLess': {
    vi: 'Số của toàn đảng bộ ít hơn tổng các đơn vị trực thuộc {difference}',
    en: 'The organisation’s own figure is {difference} fewer than the subordinates’ sum',
  },
  'ranking.targetDifference': {
    vi: 'Chỉ tiêu của toàn đảng bộ ({total}) khác tổng chỉ tiêu các đơn vị ({sum})',
    en: 'The organisation’s own target ({total}) differs from the subordinates’ summed targets ({sum})',
  },
  'ranking.until': { vi: 'đến {date}', en: 'until {date}' },
  'ranking.none': { vi: 'Không có đơn vị trực thuộc trong kỳ này', en: 'No subordinate organisations in this period' },
  'ranking.rows': { vi: '{count} đơn vị trực thuộc', en: { one: '{count} subordinate organisation', other: '{count} subordinate organisations' } },
  // The name of a ranking embed and its one sentence for readers without the element.
  'embed.rankingTitle': { vi: '{name}: kết nạp đảng viên theo đơn vị trực thuộc ({period})', en: '{name}: new members by subordinate organisation ({period})' },
  'summary.ranking': { vi: '{name} ({period}): {rows}.', en: '{name} ({period}): {rows}.' },
} as const satisfies Record<string, Readonly<Record<Lang, Template>>>;

export type RankingMessageKey = keyof typeof RANKING_MESSAGES;

/** All ranking message keys, for tests. */
export const RANKING_MESSAGE_KEYS = Object.keys(RANKING_MESSAGES) as RankingMessageKey[];

/**
 * A ranking string in `lang` with `{name}` placeholders filled, as `message` fills the others.
 *
 * @example rankingMessage('vi', 'ranking.noFigures') // 'chưa có số liệu'
 */
export const rankingMessage = /* @__PURE__ */ messagesOf(RANKING_MESSAGES);
