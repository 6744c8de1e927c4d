// The gauge's words (also the ranking's, which reads each row as a gauge), Vietnamese first and English second.
import { messagesOf, type MessageTable } from './template.ts';

export const GAUGE_MESSAGES = {
  'label.target': { vi: 'Chỉ tiêu', en: 'Target' },
  'label.admitted': { vi: 'Đã kết nạp', en: 'Admitted' },
  'label.termToDate': { vi: 'Lũy kế từ đầu nhiệm kỳ', en: 'Since the start of the term' },
  'label.totalMembers': { vi: 'Tổng số đảng viên', en: 'Total members' },
  'label.members': { vi: '{count} đảng viên', en: { one: '{count} member', other: '{count} members' } },
  'delta.above': { vi: 'vượt {delta} so với chỉ tiêu', en: '{delta} above target' },
  'delta.below': { vi: 'còn thiếu {delta} so với chỉ tiêu', en: '{delta} short of target' },
  'delta.within': { vi: 'đạt chỉ tiêu', en: 'on target' },
  // {members} is 'label.members' of the count, so English picks "member" or "members" in one place.
  'admission.noTarget': { vi: 'Đã kết nạp {members}', en: 'Admitted {members}' },
  // {delta} is 'label.members' of the difference: "vượt 33 đảng viên so với chỉ tiêu 20".
  'admission.above': { vi: 'Đã kết nạp {members}, vượt {delta} so với chỉ tiêu {target}', en: 'Admitted {members}, {delta} above the target of {target}' },
  'admission.below': {
    vi: 'Đã kết nạp {members}, còn thiếu {delta} so với chỉ tiêu {target}',
    en: 'Admitted {members}, {delta} short of the target of {target}',
  },
  'admission.within': { vi: 'Đã kết nạp {members}, đạt chỉ tiêu {target}', en: 'Admitted {members}, meeting the target of {target}' },
  'admission.ratio': { vi: '(đạt {percent})', en: '({percent})' },
} as const satisfies MessageTable;

export type GaugeMessageKey = keyof typeof GAUGE_MESSAGES;

/**
 * A string of this table in `lang` with `{name}` placeholders filled, as `message` fills any.
 */
export const gaugeMessage = /* @__PURE__ */ messagesOf(GAUGE_MESSAGES);
