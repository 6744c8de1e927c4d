/**
 * Party organisations named in a report ("Đảng bộ thị trấn Mường Khương", "Đảng ủy xã Bản Lầu",
 * "Huyện ủy Bảo Thắng"), with the name the data desk would store and the level it implies.
 * Works on NFC text; knows nothing of figures.
 */
import type { OrganizationKind } from '../organization.ts';
import type { Span } from './normalized-text.ts';
import { NAME } from './patterns.ts';

export type OrganizationMention = { name: string; kind: OrganizationKind | null; span: Span };

const UNIT = String.raw`(?:[Tt]hị\s+trấn|[Xx]ã|[Pp]hường|[Hh]uyện|[Tt]hị\s+xã|[Tt]hành\s+phố|TP\.?|[Qq]uận|[Tt]ỉnh)`;
// "Đảng bộ"/"Đảng ủy" + unit + name, or a committee named for its level ("Huyện ủy X").
const BY_UNIT = new RegExp(String.raw`(?<![\p{L}])(?:[Đđ]ảng\s+(?:bộ|ủy|uỷ)|Ban\s+[Tt]hường\s+vụ\s+[Đđ]ảng\s+(?:ủy|uỷ))\s+(${UNIT})\s*(${NAME})`, 'gu');
const BY_COMMITTEE = new RegExp(String.raw`(?<![\p{L}])(Huyện|Thị|Tỉnh|Thành|Quận)\s+(?:ủy|uỷ)\s+(${NAME})`, 'gu');

// A commune, town or district named without "Đảng bộ", as the subject of a sentence ("Xã Bản Lầu kết
// nạp…"): not in brackets, and not after words that make it a place or a parent ("thuộc huyện…").
const BARE = new RegExp(
  String.raw`(?<![\p{L}])(?<!\(\s*)(?<!(?:thuộc|của|tại|ở|trên\s+địa\s+bàn|địa\s+bàn|cho|các|những|nhiều|và)\s+)(${UNIT})\s+(${NAME})(?![\p{L}\d])(?!\s*\))`,
  'gu',
);

const KIND_OF_UNIT: Record<string, OrganizationKind | null> = {
  'thị trấn': 'grassroots',
  xã: 'grassroots',
  phường: 'grassroots',
  huyện: 'district',
  'thị xã': 'district',
  quận: 'district',
  // A "thành phố" is a district-level town or a province-level city: the text alone cannot say.
  'thành phố': null,
  tỉnh: 'provincial',
};
const UNIT_OF_COMMITTEE: Record<string, string> = { huyện: 'huyện', thị: 'thị xã', tỉnh: 'tỉnh', thành: 'thành phố', quận: 'quận' };

function unitWords(unit: string): string {
  const u = unit.toLowerCase().replace(/\s+/g, ' ');
  return u.startsWith('tp') ? 'thành phố' : u;
}

/**
 * Every organisation the text names, in order, under the name of its party organisation
 * ("Đảng bộ <unit> <name>"), whether the text names the organisation or its committee.
 *
 * @example organizationMentions('Đảng ủy thị trấn Mường Khương đã…')[0].name // 'Đảng bộ thị trấn Mường Khương'
 */
export function organizationMentions(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const m of text.matchAll(BY_UNIT)) {
    const unit = unitWords(m[1] ?? '');
    found.push({ name: `Đảng bộ ${unit} ${m[2]}`, kind: KIND_OF_UNIT[unit] ?? null, span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(BY_COMMITTEE)) {
    const unit = UNIT_OF_COMMITTEE[(m[1] ?? '').toLowerCase()] ?? '';
    found.push({ name: `Đảng bộ ${unit} ${m[2]}`, kind: KIND_OF_UNIT[unit] ?? null, span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(BARE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (found.some((f) => f.span.start <= span.start && span.end <= f.span.end)) continue;
    // "(nay là xã Tả Phìn)": an aside about the place, not the subject.
    const before = text.slice(0, span.start);
    if (before.lastIndexOf('(') > before.lastIndexOf(')')) continue;
    const unit = unitWords(m[1] ?? '');
    found.push({ name: `Đảng bộ ${unit} ${m[2]}`, kind: KIND_OF_UNIT[unit] ?? null, span });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** A name to compare organisations by: lower case, single spaces. */
export function organizationKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
