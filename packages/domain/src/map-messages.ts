// The cell map's words: committee statuses, kinds of cell, its legend and tiles, Vietnamese first and English second.
import type { Lang } from './locale.ts';
import { messagesOf, type MessageTable } from './template.ts';
import type { CellKind, CommitteeStatus } from './cell.ts';

export const MAP_MESSAGES = {
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
  'legend.title': { vi: 'Tình trạng chi ủy', en: 'Cell committee status' },
  'legend.item': { vi: '{label}: {count}', en: '{label}: {count}' },
} as const satisfies MessageTable;

export type MapMessageKey = keyof typeof MAP_MESSAGES;

/**
 * A string of this table in `lang` with `{name}` placeholders filled, as `message` fills any.
 */
export const mapMessage = /* @__PURE__ */ messagesOf(MAP_MESSAGES);

/**
 * The label of a committee status.
 *
 * @example committeeStatusLabel('formed', 'vi') // 'Thành lập trong nhiệm kỳ'
 */
export function committeeStatusLabel(status: CommitteeStatus, lang: Lang): string {
  return mapMessage(lang, `status.${status}`);
}

/**
 * The label of a kind of cell.
 *
 * @example cellKindLabel('agencyOrSchool', 'en') // 'Agency or school cell'
 */
export function cellKindLabel(kind: CellKind, lang: Lang): string {
  return mapMessage(lang, `kind.${kind}`);
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
  // 'cell.unnamed' has no {ordinal} to fill.
  return mapMessage(lang, ordinal === undefined ? 'cell.unnamed' : 'cell.unnamedNumbered', { kind: cellKindLabel(cell.kind, lang), ordinal: String(ordinal) });
}
