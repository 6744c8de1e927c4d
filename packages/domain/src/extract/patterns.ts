/**
 * The words reports use around party-building figures, as regular-expression sources for NFC text
 * (matched case-insensitively). Knows nothing of offsets or records.
 */

/** Starts a word: not right after a letter. */
export const WB = String.raw`(?<![\p{L}\p{N}])`;
/** Ends a word. */
export const WE = String.raw`(?![\p{L}\p{N}])`;

/** Party members, as written out or abbreviated ("ĐV"), or counted as comrades or admitted people. */
export const MEMBERS = String.raw`(?:đảng\s+viên|ĐV|đồng\s+chí|quần\s+chúng(?:\s+ưu\s+tú)?)${WE}`;

/** The target of a plan: "chỉ tiêu", "mục tiêu", "kế hoạch", "nghị quyết". */
export const TARGET_WORD = String.raw`(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|nghị\s+quyết)${WE}`;

/** A committee of a cell: "chi ủy", "cấp ủy" (either spelling of ủy). */
export const COMMITTEE = String.raw`(?:chi|cấp)\s+(?:ủy|uỷ)${WE}`;

/** "chỉ tiêu", "mục tiêu", "phấn đấu", "đề ra", "giao": a figure in their clause is a plan, not a result. */
export const PLAN_CUE = new RegExp(
  String.raw`${WB}(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|phấn\s+đấu|đề\s+ra|đặt\s+ra|được\s+giao|giao|dự\s+kiến|cần|phải)${WE}`,
  'iu',
);

/** "từ đầu nhiệm kỳ", "lũy kế": a count since the start of the term. */
export const TERM_TO_DATE_CUE = new RegExp(String.raw`${WB}(?:từ\s+đầu\s+nhiệm\s+kỳ|(?:lũy|luỹ)\s+kế)${WE}`, 'iu');

/** "bước vào nhiệm kỳ", "đầu nhiệm kỳ": a count at the start of the term. */
export const TERM_START_CUE = new RegExp(String.raw`${WB}(?:bước\s+vào\s+nhiệm\s+kỳ|(?<!từ\s)đầu\s+nhiệm\s+kỳ)${WE}`, 'iu');

/** "Chi bộ thôn Na Lốc có 14 đảng viên", "chi bộ thôn A kết nạp 3": a clause whose subject is one cell. */
export const CELL_SUBJECT = /^\s*(?:mỗi\s+|một\s+)?chi\s+bộ(?!\s+trực\s+thuộc)/iu;

/** "đề nghị kết nạp", "hồ sơ", "đối tượng": people on their way to being admitted, not admitted. */
export const NOT_YET_CUE = new RegExp(
  String.raw`${WB}(?:đề\s+nghị|xem\s+xét|xét|chuẩn\s+bị|hồ\s+sơ|đối\s+tượng|cảm\s+tình|bồi\s+dưỡng|giới\s+thiệu)${WE}`,
  'iu',
);

/** "mỗi năm", "hằng năm": a target per year of a term. */
export const PER_YEAR_CUE = new RegExp(String.raw`${WB}(?:mỗi|hằng|hàng|bình\s+quân\s+mỗi|trung\s+bình\s+mỗi)\s+năm${WE}`, 'iu');

/** An approximate number ("trên", "hơn", "gần", "khoảng"): never read as an exact figure. */
export const APPROXIMATE = String.raw`(?:trên|hơn|gần|khoảng|xấp\s+xỉ|ít\s+nhất|tối\s+thiểu|tối\s+đa|chưa\s+đến|dưới)\s+`;

const ADMITTING = new RegExp(String.raw`${WB}(?:kết\s+nạp|phát\s+triển|đảng\s+viên\s+mới|ĐV\s+mới)${WE}`, 'iu');
const OF_THE_PARTY = new RegExp(String.raw`${WB}(?:đảng\s+viên|ĐV|vào\s+Đảng|quần\s+chúng)${WE}`, 'iu');

/** True when a sentence is about admitting party members (not youth-union or trade-union members). */
export function isAboutAdmissions(sentence: string): boolean {
  return ADMITTING.test(sentence) && OF_THE_PARTY.test(sentence);
}

/** Kinds of residential unit a cell can belong to. */
const RESIDENTIAL_UNIT = String.raw`(?:thôn|bản|làng|xóm|ấp|buôn|tổ\s+dân\s+phố|khu\s+dân\s+cư|khu\s+phố|khối\s+phố|tổ\s+dân\s+cư)`;
const AGENCY_OR_SCHOOL = String.raw`(?:cơ\s+quan|trường\s+học)\s*(?:,|và)\s*(?:cơ\s+quan|trường\s+học)`;
/** What follows "chi bộ" to say its kind, e.g. "thôn, tổ dân phố", "cơ quan, trường học", "công an". */
export const CELL_KIND_WORDS = String.raw`(?:${RESIDENTIAL_UNIT}(?:\s*(?:,|và)\s*${RESIDENTIAL_UNIT})*|${AGENCY_OR_SCHOOL}|cơ\s+quan|trường\s+học|doanh\s+nghiệp|công\s+an|quân\s+sự)${WE}`;

/**
 * The cell kind that `CELL_KIND_WORDS` named.
 *
 * @example cellKindOf('thôn, tổ dân phố') // 'residential'
 */
export function cellKindOf(words: string | undefined): 'residential' | 'agency' | 'school' | 'agencyOrSchool' | 'enterprise' | 'police' | 'military' | null {
  if (words === undefined) return null;
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (new RegExp(`^${RESIDENTIAL_UNIT}`, 'iu').test(w)) return 'residential';
  if (/cơ quan/.test(w) && /trường học/.test(w)) return 'agencyOrSchool';
  if (w.startsWith('cơ quan')) return 'agency';
  if (w.startsWith('trường học')) return 'school';
  if (w.startsWith('doanh nghiệp')) return 'enterprise';
  if (w.startsWith('công an')) return 'police';
  if (w.startsWith('quân sự')) return 'military';
  return null;
}

/** A proper name: capitalised words, allowing a trailing letter or number ("Chúng Chải B", "Tổ 5"). */
export const NAME = String.raw`\p{Lu}\p{Ll}*(?:[ \t]+(?:\p{Lu}\p{Ll}*|\d+[A-Z]?))*`;
/** Names separated by commas and a final "và". */
export const NAME_LIST = String.raw`${NAME}(?:\s*,\s*${NAME})*(?:\s*,?\s+và\s+${NAME})?`;

/** Splits a NAME_LIST match into its names. */
export function splitNames(list: string): { name: string; offset: number }[] {
  const names: { name: string; offset: number }[] = [];
  for (const m of list.matchAll(new RegExp(NAME, 'gu'))) names.push({ name: m[0], offset: m.index });
  return names;
}
