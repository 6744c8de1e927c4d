/**
 * Finds, in one sentence, the phrases about admitting members: how many were admitted, the target,
 * the overshoot or shortfall, the percentage of the target, and whether it was met. Reads only what
 * the words say; working out one figure from another is ./derive-targets.ts's job.
 */
import type { Span } from './normalized-text.ts';
import { COUNT, NUMBER, RANGE_SEPARATOR, decimalsOf, parseViNumber } from './numbers.ts';
import { countOf, sentenceMatches, withoutNested, type Found } from './found-figure.ts';
import {
  APPROXIMATE,
  CELL_SUBJECT,
  NOT_YET_CUE,
  MEMBERS,
  PER_YEAR_CUE,
  PLAN_CUE,
  TARGET_WORD,
  TERM_TO_DATE_CUE,
  WB,
  WE,
  isAboutAdmissions,
} from './patterns.ts';

const FILLER = String.raw`(?:\s+(?:được|mới|thêm|thành\s+công|tổng\s+số|tổng\s+cộng|cho|vào\s+Đảng|(?:đảng\s+viên|ĐV)\s+mới(?:\s+được)?))*`;
const AMOUNT = String.raw`(?:(?<approx>${APPROXIMATE})|từ\s+)?(?<n>${COUNT})(?:(?:${RANGE_SEPARATOR})(?<n2>${COUNT}))?`;

/** "kết nạp (được) 53 đảng viên", "phát triển 36 ĐV mới", "kết nạp từ 40 - 45 đảng viên". */
// After the members, words that make them a part of those admitted ("9 đảng viên là công nhân").
const SUBSET = String.raw`(?!(?:\s+mới)?\s+(?:là|thuộc|khối|trong\s+khối|nữ|ở\s+độ\s+tuổi|đoàn\s+viên|người\s+dân\s+tộc|dân\s+tộc|học\s+sinh|sinh\s+viên|công\s+nhân)${WE})`;
const ADMIT = new RegExp(String.raw`${WB}(?:kết\s+nạp|phát\s+triển)${FILLER}\s*:?\s+${AMOUNT}\s+(?:${MEMBERS}|người${WE})${SUBSET}`, 'dgiu');
/** "53 quần chúng được kết nạp", "36 đảng viên mới được kết nạp vào Đảng". */
const ADMITTED_PASSIVE = new RegExp(
  String.raw`${WB}(?:(?<approx>${APPROXIMATE}))?(?<n>${COUNT})\s+(?:${MEMBERS})(?:\s+mới)?\s+(?:đã\s+)?được\s+kết\s+nạp${WE}`,
  'dgiu',
);
/** "số đảng viên mới (được kết nạp) của … trong năm 2024 là 312 người". */
const ADMITTED_IS = new RegExp(
  String.raw`${WB}số\s+(?:đảng\s+viên|ĐV)\s+(?:mới|được\s+kết\s+nạp|mới\s+được\s+kết\s+nạp)${WE}[^,;.()]{0,80}?\s+là\s+(?<n>${COUNT})(?!\s*%|[.,]\d)(?:\s+(?:${MEMBERS}|người${WE}))?`,
  'dgiu',
);
/** "(46/48 đảng viên)" beside a target word: admitted of the target. */
const OF_TARGET = new RegExp(String.raw`${WB}(?:đạt\s+)?(?<n>${COUNT})\s*\/\s*(?<target>${COUNT})\s+${MEMBERS}`, 'dgiu');
/** "chỉ tiêu 20 đảng viên", "mục tiêu được giao là 2.814 ĐV", "kế hoạch năm 2024: từ 40 - 45 đảng viên". */
const TARGET = new RegExp(
  String.raw`${WB}(?<!(?:vượt|thiếu|hụt)\s+)(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)(?:\s+(?:năm\s+\d{4}|năm|được\s+giao|giao|đề\s+ra|đặt\s+ra|cấp\s+trên\s+giao|(?:kết\s+nạp|phát\s+triển)(?:\s+(?:đảng\s+viên|ĐV))?(?:\s+mới)?|của\s+[^,;.()\d]{1,60}?))*\s*(?:là|:)?\s+${AMOUNT}\s+${MEMBERS}`,
  'dgiu',
);
const TARGET_QUALIFIER = String.raw`(?:\s+(?:đề\s+ra|đặt\s+ra|được\s+giao|(?:huyện|tỉnh|thành\s+phố|thị\s+xã|cấp\s+trên)\s+giao|giao|năm(?:\s+\d{4})?|của\s+[^,;.()\d]{1,40}?))*`;
const AFTER_COUNT = String.raw`(?<members>\s+${MEMBERS})?(?<against>\s+so\s+với\s+(?:các\s+)?${TARGET_WORD}${TARGET_QUALIFIER})?(?=\s*(?:[,;.:)\n]|$|so\s+với|và|trong|nâng))`;
/** "vượt 33 đảng viên so với mục tiêu", "vượt chỉ tiêu 12 ĐV". */
const OVERSHOOT = new RegExp(
  String.raw`${WB}vượt\s+(?:(?<word>${TARGET_WORD})(?:\s+(?:đề\s+ra|đặt\s+ra|được\s+giao|giao|năm))*\s+)?(?<n>${COUNT})(?!\s*%)${AFTER_COUNT}`,
  'dgiu',
);
/** "còn thiếu 4 đảng viên so với chỉ tiêu", "chưa đạt chỉ tiêu, còn thiếu 4 đảng viên". */
const SHORTFALL = new RegExp(String.raw`${WB}(?:còn\s+)?(?:thiếu|hụt)\s+(?<n>${COUNT})(?!\s*%)${AFTER_COUNT}`, 'dgiu');
/** "đạt 72% chỉ tiêu", "đạt tỷ lệ 48,3% so với nghị quyết", "bằng 120% kế hoạch". */
const PERCENT = new RegExp(
  String.raw`${WB}(?:đạt|bằng|hoàn\s+thành)\s+(?:(?:tỷ|tỉ)\s+lệ\s+)?(?:(?<approx>${APPROXIMATE}))?(?<p>${NUMBER})\s*%\s+(?:so\s+với\s+)?(?:các\s+)?${TARGET_WORD}`,
  'dgiu',
);
/** "đạt chỉ tiêu", "vượt xa so với mục tiêu", "chưa đạt kế hoạch". */
const STATUS = new RegExp(
  String.raw`${WB}(?<neg>chưa\s+|không\s+)?(?<verb>đạt|hoàn\s+thành|vượt)(?:\s+(?:và\s+vượt|vượt\s+mức|xa|cao))?(?:\s+so\s+với)?\s+(?:các\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)${WE}(?!\s*(?:\p{L}+\s+){0,3}\d)`,
  'dgiu',
);
// "trong đó kết nạp 12 đảng viên nữ": a part of the admissions, not all of them.
const PART_CUE = new RegExp(String.raw`${WB}(?:trong\s+đó|trong\s+số\s+này|riêng)${WE}`, 'iu');
const SINCE_A_YEAR = /(?:^|[^\p{L}])từ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s+(?:nay|năm\s+\d{4}|\d{4})/iu;
// Words that make "đạt chỉ tiêu" an aim, not a result.
const AIM = new RegExp(String.raw`${WB}(?:phấn\s+đấu|để|nhằm|cần|phải|bảo\s+đảm|đảm\s+bảo|quyết\s+tâm|hướng\s+tới)${WE}`, 'iu');

function amount(n: string | undefined, n2: string | undefined): { min: number; max: number } | null {
  const min = countOf(n);
  const max = n2 === undefined ? min : countOf(n2);
  return min === null || max === null || max < min ? null : { min, max };
}

/** Admissions, plans, overshoots, shortfalls, percentages and statuses said in one sentence. */
export function admissionPhrases(text: string, sentence: Span): Found[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!isAboutAdmissions(body)) return [];
  const found: Found[] = [];
  for (const pattern of [ADMIT, ADMITTED_PASSIVE]) {
    for (const m of sentenceMatches(pattern, text, sentence)) {
      if (m.text('approx') !== undefined) continue;
      const value = amount(m.text('n'), m.text('n2'));
      if (value === null) continue;
      if (PART_CUE.test(m.clauseBefore) || CELL_SUBJECT.test(m.clauseBefore) || NOT_YET_CUE.test(m.clauseBefore)) continue;
      // "Từ năm 2020 đến nay … kết nạp 402": a count over several years, which no record holds.
      if (SINCE_A_YEAR.test(m.before)) continue;
      if (pattern === ADMIT && PLAN_CUE.test(m.clauseBefore)) {
        found.push({ type: 'target', value, perYear: PER_YEAR_CUE.test(m.before), span: m.span });
      } else if (value.min === value.max) {
        const type = TERM_TO_DATE_CUE.test(m.before) ? 'termToDate' : 'admitted';
        found.push({ type, value: value.min, span: m.span });
      }
    }
  }
  for (const m of sentenceMatches(ADMITTED_IS, text, sentence)) {
    const value = countOf(m.text('n'));
    if (value !== null && !PLAN_CUE.test(m.match[0])) found.push({ type: 'admitted', value, span: m.span });
  }
  if (new RegExp(TARGET_WORD, 'iu').test(body)) {
    for (const m of sentenceMatches(OF_TARGET, text, sentence)) {
      const [admitted, target] = [countOf(m.text('n')), countOf(m.text('target'))];
      if (admitted === null || target === null || NOT_YET_CUE.test(m.clauseBefore)) continue;
      found.push({ type: 'admitted', value: admitted, span: m.span }, { type: 'target', value: { min: target, max: target }, perYear: false, span: m.span });
    }
  }
  for (const m of sentenceMatches(TARGET, text, sentence)) {
    const value = m.text('approx') === undefined ? amount(m.text('n'), m.text('n2')) : null;
    if (value) found.push({ type: 'target', value, perYear: PER_YEAR_CUE.test(m.before), span: m.span });
  }
  for (const [pattern, type] of [
    [OVERSHOOT, 'overshoot'],
    [SHORTFALL, 'shortfall'],
  ] as const) {
    for (const m of sentenceMatches(pattern, text, sentence)) {
      const saysTarget = m.text('word') !== undefined || m.text('against') !== undefined || (type === 'shortfall' && /chưa\s+đạt|không\s+đạt/iu.test(m.before));
      const value = countOf(m.text('n'));
      if (saysTarget && value !== null) found.push({ type, value, span: m.span });
    }
  }
  for (const m of sentenceMatches(PERCENT, text, sentence)) {
    const numberText = m.text('p') ?? '';
    const value = parseViNumber(numberText);
    if (m.text('approx') === undefined && value !== null) {
      found.push({ type: 'percentOfTarget', value, decimals: decimalsOf(numberText), numberText, span: m.span });
    }
  }
  for (const m of sentenceMatches(STATUS, text, sentence)) {
    if (AIM.test(m.clauseBefore)) continue;
    const value = m.text('neg') !== undefined ? 'missed' : /vượt/iu.test(m.match[0]) ? 'exceeded' : 'met';
    found.push({ type: 'targetStatus', value, span: m.span });
  }
  return withoutNested(found);
}
