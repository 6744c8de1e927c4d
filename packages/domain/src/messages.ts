// Every reader-facing string, Vietnamese first and English second; knows nothing of numbers' meaning or of the DOM.
import type { CellKind, CommitteeStatus } from './cell.ts';
import { INTL_LOCALES, type Lang } from './locale.ts';
import { integerText } from './plain-digits.ts';

/** A template; `{name}` is replaced by a param. Plural forms are picked by the `count` param. */
export type Template = string | { readonly one: string; readonly other: string };

const MESSAGES = {
  'status.existing': { vi: 'Có chi ủy từ đầu nhiệm kỳ', en: 'Had a committee at the start of the term' },
  'status.formed': { vi: 'Thành lập trong nhiệm kỳ', en: 'Committee formed this term' },
  'status.none': { vi: 'Chưa có chi ủy', en: 'No committee yet' },
  'status.ineligible': { vi: 'Không đủ điều kiện lập chi ủy', en: 'Too small for a committee' },
  'status.unknown': { vi: 'Không rõ', en: 'Unknown' },

  'kind.residential': { vi: 'Chi bộ tổ dân phố', en: 'Residential-group cell' },
  'kind.agency': { vi: 'Chi bộ cơ quan', en: 'Agency cell' },
  'kind.school': { vi: 'Chi bộ trường học', en: 'School cell' },
  'kind.agencyOrSchool': { vi: 'Chi bộ cơ quan, trường học', en: 'Agency or school cell' },
  'kind.enterprise': { vi: 'Chi bộ doanh nghiệp', en: 'Enterprise cell' },
  'kind.police': { vi: 'Chi bộ công an', en: 'Police cell' },
  'kind.military': { vi: 'Chi bộ quân sự', en: 'Military cell' },

  'cell.unnamed': { vi: '{kind} (chưa rõ tên)', en: '{kind} (name not given)' },
  'cell.unnamedNumbered': { vi: '{kind} (chưa rõ tên {ordinal})', en: '{kind} (name not given, no. {ordinal})' },
  'cell.count': { vi: '{count} chi bộ', en: { one: '{count} cell', other: '{count} cells' } },
  'cell.tileLabel': { vi: '{name}: {status}', en: '{name}: {status}' },
  'map.groupHeading': { vi: '{kind} · {count}', en: '{kind} · {count}' },
  'gauge.targetLine': { vi: 'Chỉ tiêu: {target}', en: 'Target: {target}' },

  'label.unknown': { vi: 'Không rõ', en: 'Unknown' },
  'label.source': { vi: 'Nguồn', en: 'Source' },
  'label.updated': { vi: 'Cập nhật', en: 'Updated' },
  'label.updatedOn': { vi: 'Cập nhật {date}', en: 'Updated {date}' },
  'label.ratio': { vi: 'Tỷ lệ so với chỉ tiêu', en: 'Percent of target' },
  'label.asOf': { vi: 'Số liệu đến ngày {date}', en: 'Figures as of {date}' },
  'label.target': { vi: 'Chỉ tiêu', en: 'Target' },
  'label.admitted': { vi: 'Đã kết nạp', en: 'Admitted' },
  'label.overshoot': { vi: 'Vượt chỉ tiêu', en: 'Above target' },
  'label.shortfall': { vi: 'Còn thiếu', en: 'Short of target' },
  'label.term': { vi: 'Nhiệm kỳ {term}', en: 'Term {term}' },
  'label.year': { vi: 'Năm {year}', en: 'Year {year}' },
  'label.termToDate': { vi: 'Lũy kế từ đầu nhiệm kỳ', en: 'Since the start of the term' },
  'label.totalMembers': { vi: 'Tổng số đảng viên', en: 'Total members' },
  'label.members': { vi: '{count} đảng viên', en: { one: '{count} member', other: '{count} members' } },

  'breakdown.youth': { vi: 'Tuổi đoàn', en: 'Youth-union age' },
  'breakdown.women': { vi: 'Nữ', en: 'Women' },
  'breakdown.ethnicMinority': { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
  'breakdown.nonStateEnterprise': { vi: 'Doanh nghiệp ngoài nhà nước', en: 'Non-state enterprise' },
  'bound.moreThan': { vi: 'hơn {value}', en: 'more than {value}' },
  'bound.atLeast': { vi: 'ít nhất {value}', en: 'at least {value}' },
  'bound.lessThan': { vi: 'dưới {value}', en: 'less than {value}' },
  'bound.atMost': { vi: 'nhiều nhất {value}', en: 'at most {value}' },

  // A closed organisation (the 2025 mergers): its figures still describe their period, and say so.
  'org.closed': { vi: 'Tổ chức này đã kết thúc hoạt động ngày {date}', en: 'This organisation ceased to exist on {date}' },
  'org.successors': { vi: 'được kế tục bởi {names}', en: 'succeeded by {names}' },
  'org.noSuccessor': { vi: 'nguồn không nêu tổ chức kế tục', en: 'the source names no successor' },

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

  'state.loading': { vi: 'Đang tải số liệu…', en: 'Loading figures…' },
  'state.error': { vi: 'Không tải được số liệu', en: 'Could not load the figures' },
  'state.empty': { vi: 'Chưa có số liệu', en: 'No figures yet' },
  'state.invalid': { vi: 'Số liệu không hợp lệ', en: 'The figures are not valid' },
  'state.notFound': { vi: 'Không tìm thấy số liệu', en: 'No figures found' },
  'state.timeout': { vi: 'Máy chủ số liệu không trả lời kịp', en: 'The figures took too long to arrive' },

  'legend.title': { vi: 'Tình trạng chi ủy', en: 'Cell committee status' },
  'legend.item': { vi: '{label}: {count}', en: '{label}: {count}' },
  'table.cell': { vi: 'Chi bộ', en: 'Cell' },
  'table.kind': { vi: 'Loại chi bộ', en: 'Kind of cell' },
  'table.status': { vi: 'Tình trạng chi ủy', en: 'Committee status' },
  'table.count': { vi: 'Số chi bộ', en: 'Number of cells' },
  'table.period': { vi: 'Thời kỳ', en: 'Period' },

  'delta.above': { vi: 'vượt {delta} so với chỉ tiêu', en: '{delta} above target' },
  'delta.below': { vi: 'còn thiếu {delta} so với chỉ tiêu', en: '{delta} short of target' },
  'delta.within': { vi: 'đạt chỉ tiêu', en: 'on target' },

  'admission.noTarget': {
    vi: 'Đã kết nạp {count} đảng viên',
    en: { one: 'Admitted {count} member', other: 'Admitted {count} members' },
  },
  // {delta} is 'label.members' of the difference: "vượt 33 đảng viên so với chỉ tiêu 20".
  'admission.above': {
    vi: 'Đã kết nạp {count} đảng viên, vượt {delta} so với chỉ tiêu {target}',
    en: { one: 'Admitted {count} member, {delta} above the target of {target}', other: 'Admitted {count} members, {delta} above the target of {target}' },
  },
  'admission.below': {
    vi: 'Đã kết nạp {count} đảng viên, còn thiếu {delta} so với chỉ tiêu {target}',
    en: { one: 'Admitted {count} member, {delta} short of the target of {target}', other: 'Admitted {count} members, {delta} short of the target of {target}' },
  },
  'admission.within': {
    vi: 'Đã kết nạp {count} đảng viên, đạt chỉ tiêu {target}',
    en: { one: 'Admitted {count} member, meeting the target of {target}', other: 'Admitted {count} members, meeting the target of {target}' },
  },
  'admission.ratio': { vi: '(đạt {percent})', en: '({percent})' },

  'source.line': { vi: 'Nguồn: {sources}', en: { one: 'Source: {sources}', other: 'Sources: {sources}' } },
  'source.none': { vi: 'Nguồn: không rõ', en: 'Source: unknown' },

  // One sentence for readers without the element (no JavaScript, images off, a feed): the summary
  // under an embed's image and in the embed code's <noscript>.
  'summary.gauge': { vi: '{name} ({period}): {figures}.', en: '{name} ({period}): {figures}.' },
  'summary.map': { vi: '{name}: {count}, trong đó {statuses}.', en: '{name}: {count}, of which {statuses}.' },
  // The name of an embed as a whole: an iframe's title, an oEmbed title.
  'embed.gaugeTitle': { vi: '{name}: kết nạp đảng viên ({period})', en: '{name}: new members admitted ({period})' },
  'embed.mapTitle': { vi: '{name}: tình trạng chi ủy', en: '{name}: cell committee status' },
} as const satisfies Record<string, Readonly<Record<Lang, Template>>>;

export type MessageKey = keyof typeof MESSAGES;
/** All message keys, for tests and for tooling that checks every string has both languages. */
export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function formatParam(value: string | number, lang: Lang): string {
  if (typeof value === 'string') return value;
  const plain = integerText(value, lang);
  if (plain !== null) return plain;
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(INTL_LOCALES[lang])));
  return format.format(value);
}

function pick(template: Template, lang: Lang, count: string | number | undefined): string {
  if (typeof template === 'string') return template;
  // Vietnamese has one plural form, so no PluralRules (and no ICU data) is needed for it.
  if (lang === 'vi') return template.other;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALES[lang])));
  return typeof count === 'number' && rules.select(count) === 'one' ? template.one : template.other;
}

/**
 * A reader-facing string in `lang` with `{name}` placeholders filled. Number params are written
 * with the language's separators (`1.783` in Vietnamese); the `count` param also picks the plural
 * form. A placeholder without a param is left visible, so a missing value shows up in review
 * instead of vanishing.
 *
 * @example message('vi', 'state.loading') // 'Đang tải số liệu…'
 * @example message('en', 'cell.count', { count: 1 }) // '1 cell'
 */
export function message(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(MESSAGES[key][lang], lang, params);
}

/**
 * A template of a message table in `lang` with its params filled, as `message` fills its own: for the
 * tables an element keeps apart (ranking-messages.ts), so the other elements do not download them.
 *
 * @example fillTemplate({ one: '{count} cell', other: '{count} cells' }, 'en', { count: 2 }) // '2 cells'
 */
export function fillTemplate(templates: Template, lang: Lang, params: Record<string, string | number> = {}): string {
  const template = pick(templates, lang, params['count']);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, lang);
  });
}

/**
 * The label of a committee status.
 *
 * @example committeeStatusLabel('formed', 'vi') // 'Thành lập trong nhiệm kỳ'
 */
export function committeeStatusLabel(status: CommitteeStatus, lang: Lang): string {
  return message(lang, `status.${status}`);
}

/**
 * The label of a kind of cell.
 *
 * @example cellKindLabel('agencyOrSchool', 'en') // 'Agency or school cell'
 */
export function cellKindLabel(kind: CellKind, lang: Lang): string {
  return message(lang, `kind.${kind}`);
}

/**
 * The name to show for a cell: its own name when the source gives one, otherwise its kind marked
 * "name not given" (never an invented name), optionally numbered to tell unnamed cells apart.
 *
 * @example cellDisplayName({ name: 'Na Đẩy', kind: 'residential' }, 'vi') // 'Na Đẩy'
 * @example cellDisplayName({ name: null, kind: 'residential' }, 'vi') // 'Chi bộ tổ dân phố (chưa rõ tên)'
 * @example cellDisplayName({ name: null, kind: 'residential' }, 'vi', 3) // 'Chi bộ tổ dân phố (chưa rõ tên 3)'
 */
export function cellDisplayName(cell: { name: string | null; kind: CellKind }, lang: Lang, ordinal?: number): string {
  const name = cell.name?.normalize('NFC').trim();
  if (name) return name;
  const kind = cellKindLabel(cell.kind, lang);
  return ordinal === undefined ? message(lang, 'cell.unnamed', { kind }) : message(lang, 'cell.unnamedNumbered', { kind, ordinal: String(ordinal) });
}
