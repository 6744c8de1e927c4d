/**
 * What is wrong with a form, field by field: the domain schema's issues (checked in the browser) and
 * the API's `issues` (checked on the server) turned into messages in Vietnamese then English, each on
 * the field its path names. Pure: knows nothing of the DOM or of which form asks.
 */

/** One problem, on the field `path` names (`target.min`, `sources.0.url`), in both languages. */
export interface FieldProblem {
  readonly path: string;
  readonly vi: string;
  readonly en: string;
}

/** An issue as zod reports it or the API answers it (the API's path with its location removed). */
export interface IssueLike {
  readonly path: readonly PropertyKey[] | string;
  readonly message: string;
  readonly code?: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly format?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly input?: unknown;
}

// The domain's own messages, said in Vietnamese; the English stays the domain's words.
const KNOWN: Readonly<Record<string, string>> = {
  'must be a real date written YYYY-MM-DD': 'Ngày không có thật hoặc không viết theo dạng YYYY-MM-DD',
  'min must not exceed max': 'Số nhỏ nhất không được lớn hơn số lớn nhất',
  'validFrom must not be after validTo': 'Ngày bắt đầu không được sau ngày kết thúc',
  'an organisation with successors needs validTo, its last day': 'Tổ chức có tổ chức kế tục cần ngày kết thúc (ngày hoạt động cuối cùng)',
  'each successor only once': 'Mỗi tổ chức kế tục chỉ ghi một lần',
  'a source needs at least a publisher or a url': 'Nguồn cần ít nhất tên cơ quan đăng hoặc đường dẫn',
  'give an exact value or at least one bound': 'Ghi số chính xác hoặc ít nhất một giới hạn',
  'an exact value cannot also have bounds': 'Đã có số chính xác thì không ghi giới hạn',
  'a share is a fraction between 0 and 1': 'Tỷ lệ phải từ 0 đến 100%',
  'a member count is a whole number': 'Số đảng viên phải là số nguyên',
  'must be a year such as 2024 or a term such as 2020-2025': 'Ghi một năm (như 2024) hoặc một nhiệm kỳ (như 2020-2025)',
  'must be a term such as 2020-2025': 'Ghi một nhiệm kỳ, như 2020-2025',
  'must be lower-case letters, digits and single hyphens, like muong-khuong': 'Chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối đơn, như muong-khuong',
  'must not hold a user name or password (user@host)': 'Đường dẫn không được chứa tên đăng nhập hay mật khẩu',
  'must link to a public host, not localhost or a private address': 'Đường dẫn phải tới một trang công khai',
  'must not hold bidirectional control characters (U+202A–U+202E, U+2066–U+2069)': 'Không được chứa ký tự điều khiển hướng chữ',
  'must not hold control characters or line breaks': 'Không được chứa ký tự điều khiển hay xuống dòng',
  'must hold visible characters, not only invisible ones': 'Cần có chữ nhìn thấy được',
  'an organisation cannot be its own parent': 'Tổ chức không thể là cấp trên của chính nó',
  'an organisation cannot succeed itself': 'Tổ chức không thể kế tục chính nó',
};

// The server's rule codes (packages/domain write-checks.ts, validity-window.ts), said in Vietnamese.
const BY_CODE: Readonly<Record<string, string>> = {
  after_valid_to: 'Ngày số liệu sau ngày tổ chức kết thúc hoạt động; số liệu sau đó thuộc tổ chức kế tục',
  before_valid_from: 'Ngày số liệu trước ngày tổ chức bắt đầu hoạt động',
  as_of_before_period: 'Ngày số liệu trước khi kỳ bắt đầu',
  term_to_date_below_period: 'Lũy kế từ đầu nhiệm kỳ không thể ít hơn số kết nạp trong kỳ này',
  formed_after_as_of: 'Ngày thành lập chi ủy sau ngày số liệu',
};

function bySize(issue: IssueLike): string | null {
  const min = issue.minimum === undefined ? null : Number(issue.minimum);
  const max = issue.maximum === undefined ? null : Number(issue.maximum);
  if (issue.code === 'too_small' && issue.origin === 'string' && min !== null && min <= 1) return 'Cần điền ô này';
  if (issue.code === 'too_small' && issue.origin === 'array') return `Cần ít nhất ${min}`;
  if (issue.code === 'too_small' && min === 0) return 'Không được là số âm';
  if (issue.code === 'too_small') return `Phải từ ${min} trở lên`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `Dài quá ${max} ký tự`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `Nhiều nhất ${max}`;
  if (issue.code === 'too_big') return `Không được lớn hơn ${max}`;
  return null;
}

/**
 * The Vietnamese of an issue: the domain's known message, the server rule's code, or zod's kind of
 * problem; a general sentence when none of these says more.
 *
 * @example vietnameseOf({ path: ['admitted'], code: 'invalid_type', expected: 'number', message: 'Invalid input', input: undefined }) // 'Cần điền ô này'
 */
export function vietnameseOf(issue: IssueLike): string {
  const known = KNOWN[issue.message];
  if (known) return known;
  if (issue.code && BY_CODE[issue.code]) return BY_CODE[issue.code]!;
  if (/^no organisation named /.test(issue.message)) return 'Không có tổ chức này trong danh bạ; tạo nó trước';
  if (/would make a cycle/.test(issue.message)) return 'Tổ chức này nằm dưới tổ chức đang sửa; như vậy sẽ thành vòng';
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) return 'Cần điền ô này';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'Phải là số nguyên';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Phải là một số';
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'Đường dẫn không hợp lệ (bắt đầu bằng https://)';
  if (issue.code === 'invalid_value') return 'Chọn một giá trị trong danh sách';
  if (issue.code === 'unrecognized_keys') return 'Có ô không được nhận';
  return bySize(issue) ?? 'Giá trị không hợp lệ';
}

function pathText(path: IssueLike['path']): string {
  return typeof path === 'string' ? path : path.map(String).join('.');
}

/** The problems of a list of issues, in both languages, with their paths as dotted text. */
export function problemsOf(issues: readonly IssueLike[]): FieldProblem[] {
  return issues.map((issue) => ({ path: pathText(issue.path), vi: vietnameseOf(issue), en: issue.message }));
}

/**
 * The field of a form a problem's path lands on: the field named exactly, else the nearest field
 * above it (`sources.0` for `sources.0.publisher` when the form shows the source as one group), else
 * null (the form shows it in its summary).
 *
 * @example fieldFor('target.min', ['target.min', 'target.max']) // 'target.min'
 * @example fieldFor('breakdown.youth.unit', ['breakdown.youth']) // 'breakdown.youth'
 */
export function fieldFor(path: string, fields: readonly string[]): string | null {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.');
    if (fields.includes(candidate)) return candidate;
  }
  return null;
}

/**
 * The problems grouped by the field they land on (the first per field is shown first), and those
 * that land on no field, under the key ''.
 */
export function problemsByField(problems: readonly FieldProblem[], fields: readonly string[]): Map<string, FieldProblem[]> {
  const byField = new Map<string, FieldProblem[]>();
  for (const problem of problems) {
    const field = fieldFor(problem.path, fields) ?? '';
    byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return byField;
}
