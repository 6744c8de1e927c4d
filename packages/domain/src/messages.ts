// Every reader-facing string, Vietnamese first and English second: the elements' own tables and the
// rest, behind one `message`; knows nothing of numbers' meaning or of the DOM.
import { COMMON_MESSAGES } from './common-messages.ts';
import { GAUGE_MESSAGES } from './gauge-messages.ts';
import { MAP_MESSAGES } from './map-messages.ts';
import { messagesOf, type MessageTable } from './template.ts';

export { fillTemplate, type Template } from './template.ts';

/** The words no element shows (the data desk's warnings, image summaries, embed titles…). */
const OWN_MESSAGES = {
  'label.unknown': { vi: 'Không rõ', en: 'Unknown' },
  'label.source': { vi: 'Nguồn', en: 'Source' },
  'label.updated': { vi: 'Cập nhật', en: 'Updated' },
  'breakdown.youth': { vi: 'Tuổi đoàn', en: 'Youth-union age' },
  'breakdown.women': { vi: 'Nữ', en: 'Women' },
  'breakdown.ethnicMinority': { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
  'breakdown.nonStateEnterprise': { vi: 'Doanh nghiệp ngoài nhà nước', en: 'Non-state enterprise' },
  'bound.moreThan': { vi: 'hơn {value}', en: 'more than {value}' },
  'bound.atLeast': { vi: 'ít nhất {value}', en: 'at least {value}' },
  'bound.lessThan': { vi: 'dưới {value}', en: 'less than {value}' },
  'bound.atMost': { vi: 'nhiều nhất {value}', en: 'at most {value}' },
  // Warnings a write answers when its figures contradict the Party Charter (./write-checks.ts); the data desk shows them.
  'rule.cellTooSmall': {
    vi: 'Chi bộ cần ít nhất 3 đảng viên chính thức; số liệu ghi {count}',
    en: 'A cell needs at least 3 full members; the figures say {count}',
  },
  'rule.committeeTooSmall': {
    vi: 'Chỉ chi bộ có từ 9 đảng viên chính thức trở lên mới bầu chi ủy; chi bộ này ghi {count} đảng viên chính thức và tình trạng “{status}”',
    en: 'Only a cell with 9 or more full members elects a cell committee; this one has {count} full members and the status “{status}”',
  },
  'rule.eligibleMarkedIneligible': {
    vi: 'Chi bộ ghi “không đủ điều kiện lập chi ủy” nhưng có {count} đảng viên chính thức (từ 9 trở lên là đủ điều kiện)',
    en: 'The cell is marked too small for a committee but has {count} full members (9 or more may elect one)',
  },
  'rule.grassrootsTooSmallForCells': {
    vi: 'Tổ chức cơ sở đảng dưới 30 đảng viên là chi bộ cơ sở, không có chi bộ trực thuộc; số liệu ghi {members} đảng viên và {cells} chi bộ',
    en: 'A grassroots organisation of fewer than 30 members is a grassroots cell with no subordinate cells; the figures say {members} members and {cells} cells',
  },
  'rule.totalBelowAdmitted': {
    vi: 'Tổng số đảng viên ({total}) ít hơn số đảng viên mới kết nạp trong kỳ ({admitted})',
    en: 'Total membership ({total}) is below the members admitted in the period ({admitted})',
  },
  'table.count': { vi: 'Số chi bộ', en: 'Number of cells' },
  'table.period': { vi: 'Thời kỳ', en: 'Period' },
  // One sentence for readers without the element (no JavaScript, images off, a feed): the summary
  // under an embed's image and as the alt of the image in the embed code's tag.
  'summary.gauge': { vi: '{name} ({period}): {figures}.', en: '{name} ({period}): {figures}.' },
  'summary.map': { vi: '{name}: {count}, trong đó {statuses}.', en: '{name}: {count}, of which {statuses}.' },
  // The name of an embed as a whole: an iframe's title, an oEmbed title.
  'embed.gaugeTitle': { vi: '{name}: kết nạp đảng viên ({period})', en: '{name}: new members admitted ({period})' },
  'embed.mapTitle': { vi: '{name}: tình trạng chi ủy', en: '{name}: cell committee status' },
} as const satisfies MessageTable;

/** Every table: what `message` reads, for the API, the images and the data desk. */
const MESSAGES = { ...COMMON_MESSAGES, ...GAUGE_MESSAGES, ...MAP_MESSAGES, ...OWN_MESSAGES } as const;

export type MessageKey = keyof typeof MESSAGES;
/** All message keys, for tests and for tooling that checks every string has both languages. */
export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];

/**
 * A reader-facing string in `lang` with `{name}` placeholders filled. Number params are written
 * with the language's separators (`1.783` in Vietnamese); the `count` param also picks the plural
 * form. A placeholder without a param is left visible, so a missing value shows up in review
 * instead of vanishing.
 *
 * @example message('vi', 'state.loading') // 'Đang tải số liệu…'
 * @example message('en', 'cell.count', { count: 1 }) // '1 cell'
 */
export const message = /* @__PURE__ */ messagesOf(MESSAGES);
