/**
 * Readable names, Vietnamese and English, for the flattened fields of the desk's records (see
 * record-fields.ts): `target.min` → "Chỉ tiêu, tối thiểu · Target, minimum". Knows the records'
 * field names, nothing of how they are stored or shown.
 */

/** A field's name in both languages. */
export interface FieldLabel {
  readonly vi: string;
  readonly en: string;
}

const NAMES: Readonly<Record<string, FieldLabel>> = {
  // Admissions
  admitted: { vi: 'Số kết nạp', en: 'Admitted' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  min: { vi: 'tối thiểu', en: 'minimum' },
  max: { vi: 'tối đa', en: 'maximum' },
  breakdown: { vi: 'Cơ cấu', en: 'Breakdown' },
  youth: { vi: 'tuổi đoàn', en: 'youth-union age' },
  women: { vi: 'nữ', en: 'women' },
  ethnicMinority: { vi: 'dân tộc thiểu số', en: 'ethnic minority' },
  nonStateEnterprise: { vi: 'doanh nghiệp ngoài nhà nước', en: 'non-state enterprise' },
  unit: { vi: 'đơn vị', en: 'unit' },
  exact: { vi: 'số chính xác', en: 'exact' },
  minExclusive: { vi: 'không gồm cận dưới', en: 'minimum excluded' },
  maxExclusive: { vi: 'không gồm cận trên', en: 'maximum excluded' },
  note: { vi: 'ghi chú', en: 'note' },
  termToDate: { vi: 'Lũy kế nhiệm kỳ', en: 'Term to date' },
  term: { vi: 'Nhiệm kỳ', en: 'Term' },
  totalMembers: { vi: 'Tổng số đảng viên', en: 'Total members' },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  // Sources
  sources: { vi: 'Nguồn', en: 'Source' },
  publisher: { vi: 'cơ quan đăng', en: 'publisher' },
  title: { vi: 'tiêu đề', en: 'title' },
  url: { vi: 'liên kết', en: 'link' },
  publishedOn: { vi: 'ngày đăng', en: 'published on' },
  // Organisations
  name: { vi: 'Tên', en: 'Name' },
  kind: { vi: 'Loại', en: 'Kind' },
  parent: { vi: 'Cấp trên', en: 'Parent' },
  validFrom: { vi: 'Hiệu lực từ', en: 'Valid from' },
  validTo: { vi: 'Hiệu lực đến', en: 'Valid to' },
  successors: { vi: 'Tổ chức kế thừa', en: 'Successors' },
  // Cells
  cells: { vi: 'Chi bộ', en: 'Cell' },
  committee: { vi: 'chi ủy', en: 'committee' },
  committeeFormedOn: { vi: 'ngày lập chi ủy', en: 'committee formed on' },
  fullMembers: { vi: 'đảng viên chính thức', en: 'full members' },
};

function nameOf(part: string): FieldLabel {
  return NAMES[part] ?? { vi: part, en: part };
}

function lower(label: FieldLabel): FieldLabel {
  return { vi: label.vi.toLowerCase(), en: label.en.toLowerCase() };
}

/**
 * The readable name of a flattened field path. Sources are numbered from 1; a cell is named by its
 * slug (`cells.na-day.committee` → "Chi bộ na-day: chi ủy").
 *
 * @example fieldLabel('target.min') // { vi: 'Chỉ tiêu, tối thiểu', en: 'Target, minimum' }
 */
export function fieldLabel(path: string): FieldLabel {
  const [head = '', ...rest] = path.split('.');
  let vi = nameOf(head).vi;
  let en = nameOf(head).en;
  let index = 0;
  if ((head === 'sources' || head === 'successors') && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
    vi += ` ${Number(rest[0]) + 1}`;
    en += ` ${Number(rest[0]) + 1}`;
    index = 1;
  } else if (head === 'cells' && rest[0] !== undefined) {
    vi += ` ${rest[0]}`;
    en += ` ${rest[0]}`;
    index = 1;
  }
  const tail = rest.slice(index).map((part) => lower(nameOf(part)));
  if (tail.length === 0) return { vi, en };
  const separator = head === 'sources' || head === 'cells' ? ': ' : ', ';
  return { vi: `${vi}${separator}${tail.map((l) => l.vi).join(', ')}`, en: `${en}${separator}${tail.map((l) => l.en).join(', ')}` };
}
