// The words every element shows, Vietnamese first and English second: its states, its footer, a closed
// organisation's notice and a period's name. The other tables are each element's own.
import { messagesOf, type MessageTable } from './template.ts';

export const COMMON_MESSAGES = {
  'label.updatedOn': { vi: 'Cập nhật {date}', en: 'Updated {date}' },
  'label.asOf': { vi: 'Số liệu đến ngày {date}', en: 'Figures as of {date}' },
  'label.term': { vi: 'Nhiệm kỳ {term}', en: 'Term {term}' },
  'label.year': { vi: 'Năm {year}', en: 'Year {year}' },
  // A closed organisation (the 2025 mergers): its figures still describe their period, and say so.
  'org.closed': { vi: 'Tổ chức này đã kết thúc hoạt động ngày {date}', en: 'This organisation ceased to exist on {date}' },
  'org.successors': { vi: 'được kế tục bởi {names}', en: 'succeeded by {names}' },
  'org.noSuccessor': { vi: 'nguồn không nêu tổ chức kế tục', en: 'the source names no successor' },
  'state.loading': { vi: 'Đang tải số liệu…', en: 'Loading figures…' },
  'state.error': { vi: 'Không tải được số liệu', en: 'Could not load the figures' },
  'state.empty': { vi: 'Chưa có số liệu', en: 'No figures yet' },
  'state.invalid': { vi: 'Số liệu không hợp lệ', en: 'The figures are not valid' },
  'state.notFound': { vi: 'Không tìm thấy số liệu', en: 'No figures found' },
  'state.timeout': { vi: 'Máy chủ số liệu không trả lời kịp', en: 'The figures took too long to arrive' },
  'source.line': { vi: 'Nguồn: {sources}', en: { one: 'Source: {sources}', other: 'Sources: {sources}' } },
  'source.none': { vi: 'Nguồn: không rõ', en: 'Source: unknown' },
} as const satisfies MessageTable;

export type CommonMessageKey = keyof typeof COMMON_MESSAGES;

/**
 * A string of this table in `lang` with `{name}` placeholders filled, as `message` fills any.
 */
export const commonMessage = /* @__PURE__ */ messagesOf(COMMON_MESSAGES);
