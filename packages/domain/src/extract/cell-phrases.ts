/**
 * Finds, in one sentence, counts of cells and of cells with, without or newly with a committee
 * ("41/44 chi bộ thôn có cấp ủy", "có 25 chi bộ trực thuộc", "5 chi bộ đã thành lập chi ủy (Na Đẩy,
 * …)"), and the cells it names. A list of names is read only when it holds as many names as the count.
 */
import type { CommitteeStatus } from '../cell.ts';
import type { Span } from './normalized-text.ts';
import { COUNT } from './numbers.ts';
import { countOf, sentenceMatches, type Found } from './found-figure.ts';
import { CELL_KIND_WORDS, cellKindOf, COMMITTEE, NAME_LIST, splitNames, TERM_START_CUE, WB } from './patterns.ts';

const CELLS = String.raw`chi\s+bộ(?!\s+cơ\s+sở)(?:\s+(?<kind>${CELL_KIND_WORDS}))?`;
const STATUS_WORDS = String.raw`(?<status>(?:đã\s+|đều\s+)?có|(?:vẫn\s+|còn\s+)?(?:chưa|không)\s+(?:có|đủ\s+điều\s+kiện\s+(?:thành\s+lập|có|bầu))|(?:đã\s+)?(?:thành\s+lập|bầu|kiện\s+toàn)(?:\s+(?:được|mới))?)`;
// Words between the cells and their status that belong to neither ("của xã", "trên địa bàn").
const OF_PLACE = String.raw`(?:\s+(?:của|thuộc|trên\s+địa\s+bàn)[^,;.()\d]{0,40}?)?`;
/** "41/44 chi bộ thôn có cấp ủy", "7 trong số 17 chi bộ tổ dân phố chưa có chi ủy". */
const FRACTION = new RegExp(
  String.raw`${WB}(?<a>${COUNT})(?:\s*\/\s*|\s+trong\s+số\s+|\s+trên\s+(?:tổng\s+số\s+)?)(?<b>${COUNT})\s+${CELLS}${OF_PLACE}\s+${STATUS_WORDS}(?<committee>\s+${COMMITTEE})?`,
  'dgiu',
);
/**
 * "5 chi bộ đã thành lập chi ủy (…)", "còn 2 chi bộ Choán Ván và Sả Hồ chưa có", "29 chi bộ có chi ủy".
 * Case-sensitive (the words are lower case mid-sentence), so that names can be told by their capitals.
 */
const STATUS = new RegExp(
  String.raw`${WB}(?<!(?:trong\s+số|trên|tổng\s+số)\s+|\/\s*)(?<n>${COUNT})\s+${CELLS}(?<names>\s*\([^()]{2,200}\)|\s+(?:là|gồm)\s+(?=\p{Lu})[^;.()\d]{2,160}?|\s+(?=\p{Lu})[^,;.()\d]{2,120}?)?${OF_PLACE}\s+${STATUS_WORDS}(?<committee>\s+${COMMITTEE})?`,
  'dgu',
);
const TOTAL = new RegExp(
  String.raw`${WB}(?:có|gồm|với|và|trong\s+đó(?:\s+có)?|trong\s+số|tổng\s+số|sinh\s+hoạt\s+(?:tại|ở))\s+(?<n>${COUNT})\s+${CELLS}(?:\s+trực\s+thuộc)?(?=\s*(?:[,;.:)\n]|$|trong\s+đó|gồm|và\s|với\s))`,
  'dgiu',
);
// Sentences that rate cells ("hoàn thành tốt nhiệm vụ") count some of them, not all.
const RATING = /xếp\s+loại|hoàn\s+thành\s+(?:tốt|xuất\s+sắc)|trong\s+sạch|vững\s+mạnh|đánh\s+giá/iu;
// What may stand between a committee phrase and the names it lists.
const NAMES_LEAD = /\s*(?:,\s*)?(?:(?:gồm|là)(?:\s+các)?(?:\s+chi\s+bộ)?\s*:?\s*|:\s*|\(\s*)?/uy;
const NAMES = new RegExp(NAME_LIST, 'uy');

/** "Bước vào nhiệm kỳ, 7 chi bộ…" counts at the term's start, until a semicolon or "đến nay" moves to now. */
function atTermStart(before: string): 'termStart' | null {
  const part = before.slice(before.lastIndexOf(';') + 1);
  const cue = TERM_START_CUE.exec(part);
  return cue && !/(?:đến|hiện)\s+nay/iu.test(part.slice(cue.index)) ? 'termStart' : null;
}

type Status = 'with' | 'without' | 'formed';
const typeOf = (status: Status) => (status === 'with' ? 'cellsWithCommittee' : status === 'without' ? 'cellsWithoutCommittee' : 'cellsFormedCommittee');

function statusOf(words: string): Status {
  if (/chưa|không/iu.test(words)) return 'without';
  if (/thành\s+lập|bầu|kiện\s+toàn/iu.test(words)) return 'formed';
  return 'with';
}

/** The names listed right at `from` (after "gồm", ":" or in brackets), with their spans. */
function namesAt(text: string, from: number, limit: number, rest: RegExp): { name: string; span: Span }[] {
  NAMES_LEAD.lastIndex = from;
  const lead = NAMES_LEAD.exec(text);
  const at = lead ? from + lead[0].length : from;
  NAMES.lastIndex = at;
  const list = NAMES.exec(text);
  const end = list ? at + list[0].length : at;
  // The list must end where the words do (a closing bracket or the status may follow), or it is not a list of names.
  if (!list || end > limit || !rest.test(text.slice(end, limit))) return [];
  return splitNames(list[0]).map(({ name, offset }) => ({ name, span: { start: at + offset, end: at + offset + name.length } }));
}

/** Cell counts and named cells in one sentence. */
export function cellPhrases(text: string, sentence: Span): Found[] {
  const found: Found[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const hasCommitteeWord = new RegExp(COMMITTEE, 'iu').test(body);
  // "còn 2 chi bộ chưa có" may leave the committee to the words before it; "có" alone may not.
  const saysCommittee = (committee: string | undefined, status: Status) => committee !== undefined || (status === 'without' && hasCommitteeWord);
  for (const m of sentenceMatches(FRACTION, text, sentence)) {
    const [a, b] = [countOf(m.text('a')), countOf(m.text('b'))];
    const status = statusOf(m.text('status') ?? '');
    if (a === null || b === null || a > b || !saysCommittee(m.text('committee'), status)) continue;
    const cellKind = cellKindOf(m.text('kind'));
    const when = atTermStart(m.before);
    found.push({ type: 'cells', value: b, cellKind, when, span: m.span }, { type: typeOf(status), value: a, cellKind, when, span: m.span });
  }
  for (const m of sentenceMatches(STATUS, text, sentence)) {
    const n = countOf(m.text('n'));
    const status = statusOf(m.text('status') ?? '');
    if (n === null || !saysCommittee(m.text('committee'), status)) continue;
    if (found.some((f) => f.span.start <= m.span.start && m.span.start < f.span.end)) continue;
    const namesGroup = m.group('names');
    const names = namesGroup
      ? namesAt(text, namesGroup.start, namesGroup.end, /^\s*\)?\s*$/u)
      : namesAt(text, m.span.end, sentence.end, /^\s*\)?\s*(?:[,;.…]|$)/u);
    // Words between the cells and their status must be the cells' names, or the phrase says something else.
    if (namesGroup && names.length === 0) continue;
    const cellKind = cellKindOf(m.text('kind'));
    const when = atTermStart(m.before);
    found.push({ type: typeOf(status), value: n, cellKind, when, span: m.span });
    if (status === 'with') continue;
    const committee: CommitteeStatus = status === 'formed' ? 'formed' : 'none';
    if (names.length === n) for (const { name, span } of names) found.push({ type: 'namedCell', value: name, cellKind, committee, span });
  }
  if (!RATING.test(body)) {
    for (const m of sentenceMatches(TOTAL, text, sentence)) {
      const n = countOf(m.text('n'));
      const start = m.group('n')?.start ?? m.span.start;
      if (n === null || found.some((f) => f.span.start <= start && start < f.span.end)) continue;
      const when = atTermStart(m.before);
      found.push({ type: 'cells', value: n, cellKind: cellKindOf(m.text('kind')), when, span: m.span });
    }
  }
  return found;
}
