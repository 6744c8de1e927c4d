/**
 * Finds, in one sentence, the organisation's total membership: "nâng tổng số đảng viên lên 454",
 * "tổng số đảng viên là 1.783", "Đảng bộ hiện có 454 đảng viên". Not a cell's members, not a share.
 */
import type { Span } from './normalized-text.ts';
import { COUNT } from './numbers.ts';
import { countOf, sentenceMatches, withoutNested, type Found } from './found-figure.ts';
import { CELL_SUBJECT, WB, WE } from './patterns.ts';

const PARTY_MEMBERS = String.raw`(?:đảng\s+viên|ĐV)${WE}`;
// Kinds of member that are a part of the membership, not all of it.
const NOT_ALL = String.raw`(?!\s+(?:mới|dự\s+bị|chính\s+thức|nữ|là|được|trẻ|tuổi|dân\s+tộc|người\s+dân\s+tộc|sinh\s+hoạt\s+tại\s+chi\s+bộ))`;

const RAISED = new RegExp(
  String.raw`${WB}nâng\s+tổng\s+số\s+${PARTY_MEMBERS}(?:\s+(?:của|toàn)\s+[^,;.()\d]{1,60}?)?\s+lên\s+(?:thành\s+)?(?<n>${COUNT})(?!\s*%)(?:\s+(?:đảng\s+viên|ĐV|đồng\s+chí)${WE})?`,
  'dgiu',
);
const TOTAL_IS = new RegExp(
  String.raw`${WB}tổng\s+số\s+${PARTY_MEMBERS}(?:\s+(?:của|toàn|trong)\s+[^,;.()\d]{1,60}?)?\s+(?:hiện\s+nay\s+|hiện\s+|đến\s+nay\s+)?(?:là|có|đạt|lên)\s+(?<n>${COUNT})(?!\s*%|[.,]\d)(?:\s+(?:đảng\s+viên|ĐV|đồng\s+chí)${WE})?`,
  'dgiu',
);
const HAS = new RegExp(String.raw`${WB}(?:hiện\s+(?:nay\s+)?có|có\s+tổng\s+số|với\s+tổng\s+số|có)\s+(?<n>${COUNT})\s+${PARTY_MEMBERS}${NOT_ALL}`, 'dgiu');
const ALONGSIDE_UNITS = new RegExp(
  String.raw`${WB}(?:TCCS|tổ\s+chức\s+cơ\s+sở\s+đảng|chi\s+bộ(?:\s+trực\s+thuộc)?)\s+(?:và|với)\s+(?<n>${COUNT})\s+${PARTY_MEMBERS}${NOT_ALL}`,
  'dgiu',
);
// A subject that is the whole organisation, and words that make the count a part of it or a cell's.
const WHOLE_SUBJECT = /(?:^|[^\p{L}])(?:đảng\s+bộ|đảng\s+ủy|toàn\s+(?:huyện|tỉnh|xã|thị\s+trấn|phường)|TCCS)(?:[^\p{L}]|$)/iu;
const PART_CUE = /(?:^|[^\p{L}])(?:trong\s+đó|trong\s+số|gồm|bình\s+quân|mỗi)(?:[^\p{L}]|$)/iu;

/** Total membership stated in one sentence. */
export function membershipPhrases(text: string, sentence: Span): Found[] {
  const found: Found[] = [];
  for (const pattern of [RAISED, TOTAL_IS]) {
    for (const m of sentenceMatches(pattern, text, sentence)) {
      const value = countOf(m.text('n'));
      // "nâng tổng số đảng viên của chi bộ lên 41": a cell's membership.
      const ofACell = /chi\s+bộ/iu.test(m.match[0]) || CELL_SUBJECT.test(m.clauseBefore);
      if (value !== null && !ofACell) found.push({ type: 'totalMembers', value, span: m.span });
    }
  }
  for (const pattern of [HAS, ALONGSIDE_UNITS]) {
    for (const m of sentenceMatches(pattern, text, sentence)) {
      const value = countOf(m.text('n'));
      const whole = WHOLE_SUBJECT.test(m.before) && !CELL_SUBJECT.test(m.clauseBefore) && !PART_CUE.test(m.clauseBefore);
      if (value !== null && whole && !found.some((f) => f.span.start <= m.span.start && m.span.end <= f.span.end)) {
        found.push({ type: 'totalMembers', value, span: m.span });
      }
    }
  }
  return withoutNested(found);
}
