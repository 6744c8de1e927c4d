/**
 * Test texts for the report reader, written for this project in the style of provincial papers'
 * party-building reports (no sentence is copied from an article), each with every figure it must
 * yield. Places are real communes' names; the figures are made up, except the Mường Khương text,
 * which restates the source article's facts (see domain.md) in our own words.
 */
import type { CellKind, CommitteeStatus } from '../cell.ts';
import type { Target } from '../target.ts';
import type { FigureType } from './extracted-figure.ts';
import type { ExtractionContext } from './extract-figures.ts';

/** A figure a text must yield. Fields left out are not checked; `org` null means "no organisation". */
export type ExpectedFigure = {
  type: FigureType;
  value: number | string | Target;
  org?: string | null;
  period?: string | null;
  asOf?: string | null;
  derived?: boolean;
  term?: string | null;
  cellKind?: CellKind | null;
  when?: 'termStart' | null;
  committee?: CommitteeStatus;
  perYear?: boolean;
};

export type CorpusCase = {
  id: string;
  text: string;
  /** The organisation of every expected figure that names none. */
  org?: string | null;
  context?: ExtractionContext;
  figures: ExpectedFigure[];
};

const t = (min: number, max = min): Target => ({ min, max });
const organization = (name: string): ExpectedFigure => ({ type: 'organization', value: name });

const BAN_XEN = 'Đảng bộ xã Bản Xen';

/** The decomposed (NFD) form, as some keyboards type Vietnamese. */
const nfd = (s: string) => s.normalize('NFD');

export const EXTRACTION_CORPUS: CorpusCase[] = [
  // Admissions, overshoot, derived target.
  {
    id: 'overshoot',
    org: BAN_XEN,
    text: 'Năm 2023, Đảng bộ xã Bản Xen kết nạp được 28 đảng viên mới, vượt 8 đảng viên so với chỉ tiêu được giao.',
    figures: [
      organization(BAN_XEN),
      { type: 'admitted', value: 28, period: '2023' },
      { type: 'overshoot', value: 8, period: '2023' },
      { type: 'target', value: t(20), period: '2023', derived: true },
    ],
  },
  {
    id: 'overshoot-nfd',
    org: BAN_XEN,
    text: nfd('Năm 2023, Đảng bộ xã Bản Xen kết nạp được 28 đảng viên mới, vượt 8 đảng viên so với chỉ tiêu được giao.'),
    figures: [
      organization(BAN_XEN),
      { type: 'admitted', value: 28, period: '2023' },
      { type: 'overshoot', value: 8, period: '2023' },
      { type: 'target', value: t(20), period: '2023', derived: true },
    ],
  },
  {
    id: 'percent-nine-months',
    org: 'Đảng bộ phường Kim Tân',
    text: 'Theo Đảng ủy phường Kim Tân, 9 tháng đầu năm 2024 đã kết nạp 41 ĐV, đạt 82% chỉ tiêu năm.',
    figures: [
      organization('Đảng bộ phường Kim Tân'),
      { type: 'admitted', value: 41, period: '2024', asOf: '2024-09-30' },
      { type: 'percentOfTarget', value: 82, period: '2024' },
      { type: 'target', value: t(50), period: '2024', derived: true },
    ],
  },
  {
    id: 'range-per-year',
    org: 'Đảng bộ huyện Bảo Yên',
    text: 'Nghị quyết Đại hội Đảng bộ huyện Bảo Yên nhiệm kỳ 2020 - 2025 đặt mục tiêu mỗi năm kết nạp từ 120 - 130 đảng viên.',
    figures: [organization('Đảng bộ huyện Bảo Yên'), { type: 'target', value: t(120, 130), perYear: true, period: null }],
  },
  {
    id: 'as-of-day',
    org: 'Đảng bộ thị xã Sa Pa',
    text: 'Tính đến ngày 15-9-2024, toàn Đảng bộ thị xã Sa Pa đã kết nạp 97 đảng viên.',
    figures: [organization('Đảng bộ thị xã Sa Pa'), { type: 'admitted', value: 97, period: '2024', asOf: '2024-09-15' }],
  },
  {
    id: 'as-of-day-year-from-text',
    org: 'Đảng bộ xã Bảo Hà',
    text: 'Năm 2024, Đảng bộ xã Bảo Hà được giao chỉ tiêu kết nạp 16 đảng viên. Tính đến ngày 30/6, xã đã kết nạp 9 đảng viên.',
    figures: [
      organization('Đảng bộ xã Bảo Hà'),
      { type: 'target', value: t(16), period: '2024', derived: false },
      { type: 'admitted', value: 9, period: '2024', asOf: '2024-06-30' },
    ],
  },
  {
    id: 'target-then-result',
    org: 'Đảng bộ xã Phong Niên',
    text: 'Năm 2024, chỉ tiêu kết nạp đảng viên của Đảng bộ xã Phong Niên là 25 đồng chí; đến cuối năm, xã đã kết nạp được 27 đồng chí.',
    figures: [organization('Đảng bộ xã Phong Niên'), { type: 'target', value: t(25), period: '2024' }, { type: 'admitted', value: 27, period: '2024' }],
  },
  {
    id: 'met',
    org: 'Đảng bộ xã Tả Van',
    text: 'Năm qua, các chi bộ trực thuộc Đảng bộ xã Tả Van kết nạp 14 đảng viên, hoàn thành chỉ tiêu đề ra.',
    figures: [organization('Đảng bộ xã Tả Van'), { type: 'admitted', value: 14 }, { type: 'targetStatus', value: 'met' }],
  },
  {
    id: 'missed-shortfall',
    org: 'Đảng bộ phường Duyên Hải',
    text: 'Năm 2022, Đảng bộ phường Duyên Hải kết nạp 19 đảng viên, chưa đạt chỉ tiêu, còn thiếu 6 đảng viên.',
    figures: [
      organization('Đảng bộ phường Duyên Hải'),
      { type: 'admitted', value: 19, period: '2022' },
      { type: 'targetStatus', value: 'missed', period: '2022' },
      { type: 'shortfall', value: 6, period: '2022' },
      { type: 'target', value: t(25), period: '2022', derived: true },
    ],
  },
  {
    id: 'percent-of-plan',
    org: 'Đảng bộ xã Thanh Bình',
    text: 'Trong năm 2022, Đảng bộ xã Thanh Bình chỉ kết nạp được 11 đảng viên, bằng 55% kế hoạch.',
    figures: [
      organization('Đảng bộ xã Thanh Bình'),
      { type: 'admitted', value: 11, period: '2022' },
      { type: 'percentOfTarget', value: 55, period: '2022' },
      { type: 'target', value: t(20), period: '2022', derived: true },
    ],
  },
  {
    id: 'admitted-as-subject',
    org: 'Đảng bộ huyện Bát Xát',
    text: 'Số đảng viên mới của Đảng bộ huyện Bát Xát trong năm 2024 là 312 người, đạt 104% chỉ tiêu.',
    figures: [organization('Đảng bộ huyện Bát Xát'), { type: 'admitted', value: 312, period: '2024' }, { type: 'percentOfTarget', value: 104, period: '2024' }],
  },
  {
    id: 'term-to-date',
    org: 'Đảng bộ xã Cốc San',
    text: 'Lũy kế từ đầu nhiệm kỳ 2020 - 2025 đến nay, Đảng bộ xã Cốc San đã kết nạp 61 đảng viên.',
    figures: [organization('Đảng bộ xã Cốc San'), { type: 'termToDate', value: 61, term: '2020-2025' }],
  },
  {
    id: 'term-to-date-and-total',
    org: 'Đảng bộ thị trấn Phố Lu',
    text: 'Từ đầu nhiệm kỳ đến hết tháng 6/2024, Đảng bộ thị trấn Phố Lu kết nạp được 74 ĐV, nâng tổng số đảng viên toàn Đảng bộ lên 512 đồng chí.',
    figures: [organization('Đảng bộ thị trấn Phố Lu'), { type: 'termToDate', value: 74, term: null }, { type: 'totalMembers', value: 512 }],
  },
  {
    id: 'term-from-context',
    org: 'Đảng bộ xã Sơn Thủy',
    context: { term: '2020-2025' },
    text: 'Từ đầu nhiệm kỳ, Đảng bộ xã Sơn Thủy đã kết nạp 48 đảng viên.',
    figures: [organization('Đảng bộ xã Sơn Thủy'), { type: 'termToDate', value: 48, term: '2020-2025' }],
  },
  {
    id: 'members-and-cells',
    org: 'Đảng bộ xã Nậm Chảy',
    text: 'Đảng bộ xã Nậm Chảy hiện có 286 đảng viên, sinh hoạt tại 21 chi bộ.',
    figures: [organization('Đảng bộ xã Nậm Chảy'), { type: 'totalMembers', value: 286 }, { type: 'cells', value: 21, cellKind: null }],
  },
  {
    id: 'tccs',
    org: null,
    text: 'Toàn Đảng bộ huyện có 34 TCCS với 6.127 đảng viên.',
    figures: [{ type: 'totalMembers', value: 6127 }],
  },
  {
    id: 'tccs-admissions',
    org: null,
    text: 'Năm 2023, các TCCS trong huyện đã kết nạp 205 ĐV.',
    figures: [{ type: 'admitted', value: 205, period: '2023' }],
  },
  {
    id: 'fraction-with-committee',
    org: null,
    text: 'Đến nay, 41/44 chi bộ thôn, tổ dân phố của xã đã có cấp ủy.',
    figures: [
      { type: 'cells', value: 44, cellKind: 'residential' },
      { type: 'cellsWithCommittee', value: 41, cellKind: 'residential' },
    ],
  },
  {
    id: 'total-and-with-committee',
    org: 'Đảng bộ xã Lùng Vai',
    text: 'Đảng bộ xã Lùng Vai có 38 chi bộ trực thuộc; trong số này, 29 chi bộ có chi ủy.',
    figures: [organization('Đảng bộ xã Lùng Vai'), { type: 'cells', value: 38, cellKind: null }, { type: 'cellsWithCommittee', value: 29 }],
  },
  {
    id: 'term-start-and-formed-named',
    org: null,
    text: 'Đầu nhiệm kỳ, toàn xã còn 6 chi bộ thôn chưa có chi ủy; đến nay 4 chi bộ đã bầu được chi ủy là Khe Lếch, Nậm Rịa, Tân Sơn và Bản Mới.',
    figures: [
      { type: 'cellsWithoutCommittee', value: 6, cellKind: 'residential', when: 'termStart' },
      { type: 'cellsFormedCommittee', value: 4, when: null },
      { type: 'namedCell', value: 'Khe Lếch', committee: 'formed' },
      { type: 'namedCell', value: 'Nậm Rịa', committee: 'formed' },
      { type: 'namedCell', value: 'Tân Sơn', committee: 'formed' },
      { type: 'namedCell', value: 'Bản Mới', committee: 'formed' },
    ],
  },
  {
    id: 'named-none',
    org: null,
    text: 'Còn 2 chi bộ là Lùng Phình và Sín Chải chưa có chi ủy do chưa đủ 9 đảng viên chính thức.',
    figures: [
      { type: 'cellsWithoutCommittee', value: 2 },
      { type: 'namedCell', value: 'Lùng Phình', committee: 'none' },
      { type: 'namedCell', value: 'Sín Chải', committee: 'none' },
    ],
  },
  {
    id: 'target-assigned',
    org: 'Đảng bộ xã Bản Phiệt',
    text: 'Năm 2024, Đảng bộ xã Bản Phiệt giao chỉ tiêu kết nạp 18 đảng viên cho các chi bộ.',
    figures: [organization('Đảng bộ xã Bản Phiệt'), { type: 'target', value: t(18), period: '2024', perYear: false }],
  },
  {
    id: 'aim-of-committee',
    org: 'Đảng bộ huyện Văn Bàn',
    text: 'Huyện ủy Văn Bàn phấn đấu năm 2025 kết nạp 250 đảng viên mới.',
    figures: [organization('Đảng bộ huyện Văn Bàn'), { type: 'target', value: t(250), period: '2025' }],
  },
  {
    id: 'overshoot-of-target-word-first',
    org: 'Đảng bộ xã Xuân Quang',
    text: 'Năm 2024, Đảng bộ xã Xuân Quang kết nạp 23 quần chúng ưu tú vào Đảng, vượt chỉ tiêu 3 đồng chí.',
    figures: [
      organization('Đảng bộ xã Xuân Quang'),
      { type: 'admitted', value: 23, period: '2024' },
      { type: 'overshoot', value: 3, period: '2024' },
      { type: 'target', value: t(20), period: '2024', derived: true },
    ],
  },
  {
    id: 'passive',
    org: 'Đảng bộ xã Sơn Hải',
    text: 'Có 53 quần chúng ưu tú được kết nạp vào Đảng trong năm 2024 tại Đảng bộ xã Sơn Hải.',
    figures: [organization('Đảng bộ xã Sơn Hải'), { type: 'admitted', value: 53, period: '2024' }],
  },
  {
    id: 'percent-with-decimals',
    org: 'Đảng bộ phường Pom Hán',
    text: 'Năm 2023, Đảng bộ phường Pom Hán kết nạp 31 đảng viên, đạt 103,3% chỉ tiêu.',
    figures: [
      organization('Đảng bộ phường Pom Hán'),
      { type: 'admitted', value: 31, period: '2023' },
      { type: 'percentOfTarget', value: 103.3, period: '2023' },
      { type: 'target', value: t(30), period: '2023', derived: true },
    ],
  },
  {
    id: 'percent-many-times',
    org: 'Đảng bộ xã Lùng Khấu Nhin',
    text: 'Năm 2024, Đảng bộ xã Lùng Khấu Nhin kết nạp 53 đảng viên, đạt 265% chỉ tiêu.',
    figures: [
      organization('Đảng bộ xã Lùng Khấu Nhin'),
      { type: 'admitted', value: 53, period: '2024' },
      { type: 'percentOfTarget', value: 265, period: '2024' },
      { type: 'target', value: t(20), period: '2024', derived: true },
    ],
  },
  {
    id: 'en-dash-range',
    org: 'Đảng bộ xã Gia Phú',
    text: 'Đảng bộ xã Gia Phú đặt chỉ tiêu mỗi năm kết nạp 15–18 đảng viên.',
    figures: [organization('Đảng bộ xã Gia Phú'), { type: 'target', value: t(15, 18), perYear: true }],
  },
  {
    id: 'two-years',
    org: 'Đảng bộ xã Mường Vi',
    text: 'Năm 2023, xã Mường Vi kết nạp 9 đảng viên; năm 2024 kết nạp 14 đảng viên.',
    figures: [organization('Đảng bộ xã Mường Vi'), { type: 'admitted', value: 9, period: '2023' }, { type: 'admitted', value: 14, period: '2024' }],
  },
  {
    id: 'subordinates',
    org: 'Đảng bộ huyện Bát Xát',
    text:
      'Năm 2024, Đảng bộ huyện Bát Xát kết nạp được 356 đảng viên. Trong đó, Đảng bộ xã Bản Vược kết nạp 12 đảng viên, ' +
      'Đảng bộ xã Cốc Mỳ kết nạp 10 đảng viên, Đảng bộ thị trấn Bát Xát kết nạp 15 đảng viên.',
    figures: [
      organization('Đảng bộ huyện Bát Xát'),
      organization('Đảng bộ xã Bản Vược'),
      organization('Đảng bộ xã Cốc Mỳ'),
      organization('Đảng bộ thị trấn Bát Xát'),
      { type: 'admitted', value: 356, period: '2024' },
      { type: 'admitted', value: 12, period: '2024', org: 'Đảng bộ xã Bản Vược' },
      { type: 'admitted', value: 10, period: '2024', org: 'Đảng bộ xã Cốc Mỳ' },
      { type: 'admitted', value: 15, period: '2024', org: 'Đảng bộ thị trấn Bát Xát' },
    ],
  },
  {
    id: 'cells-and-members',
    org: 'Đảng bộ xã Tòng Sành',
    text: 'Đảng bộ xã Tòng Sành hiện có 19 chi bộ trực thuộc với 402 đảng viên.',
    figures: [organization('Đảng bộ xã Tòng Sành'), { type: 'cells', value: 19 }, { type: 'totalMembers', value: 402 }],
  },
  {
    id: 'residential-split',
    org: null,
    text: 'Xã có 12 chi bộ thôn, trong đó 10 chi bộ có chi ủy, 2 chi bộ chưa có chi ủy.',
    figures: [
      { type: 'cells', value: 12, cellKind: 'residential' },
      { type: 'cellsWithCommittee', value: 10 },
      { type: 'cellsWithoutCommittee', value: 2 },
    ],
  },
  {
    id: 'total-is',
    org: 'Đảng bộ thành phố Lào Cai',
    text: 'Tổng số đảng viên của Đảng bộ thành phố Lào Cai hiện là 11.352 đồng chí.',
    figures: [{ type: 'totalMembers', value: 11352 }, organization('Đảng bộ thành phố Lào Cai')],
  },
  {
    id: 'target-range-words',
    org: 'Đảng bộ xã Quang Kim',
    text: 'Năm 2025, Đảng bộ xã Quang Kim đề ra mục tiêu kết nạp từ 10 đến 12 đảng viên.',
    figures: [organization('Đảng bộ xã Quang Kim'), { type: 'target', value: t(10, 12), period: '2025', perYear: false }],
  },
  {
    id: 'exceeded-without-number',
    org: 'Đảng bộ xã Bản Qua',
    text: 'Năm 2024, Đảng bộ xã Bản Qua kết nạp 17 đảng viên, vượt chỉ tiêu cấp trên giao.',
    figures: [organization('Đảng bộ xã Bản Qua'), { type: 'admitted', value: 17, period: '2024' }, { type: 'targetStatus', value: 'exceeded', period: '2024' }],
  },
  {
    id: 'thousands',
    org: 'Đảng bộ tỉnh Lào Cai',
    text: 'Năm 2023, Đảng bộ tỉnh Lào Cai kết nạp được 1.783 đảng viên, đạt 100% chỉ tiêu.',
    figures: [
      organization('Đảng bộ tỉnh Lào Cai'),
      { type: 'admitted', value: 1783, period: '2023' },
      { type: 'percentOfTarget', value: 100, period: '2023' },
      // No target: any from 1.775 to 1.791 also gives "100%" once rounded, so the text does not say which.
    ],
  },
  {
    id: 'whole-term',
    org: 'Đảng bộ huyện Si Ma Cai',
    text: 'Trong nhiệm kỳ 2015 - 2020, Đảng bộ huyện Si Ma Cai kết nạp được 1.046 đảng viên.',
    figures: [organization('Đảng bộ huyện Si Ma Cai'), { type: 'admitted', value: 1046, period: '2015-2020' }],
  },
  {
    id: 'subset-is-not-all',
    org: 'Đảng bộ xã Nậm Xé',
    text: 'Năm 2024, Đảng bộ xã Nậm Xé kết nạp 21 đảng viên, trong đó kết nạp 8 đảng viên nữ.',
    figures: [organization('Đảng bộ xã Nậm Xé'), { type: 'admitted', value: 21, period: '2024' }],
  },
  {
    id: 'average-is-no-target',
    org: 'Đảng bộ thị xã Nghĩa Lộ',
    text: 'Bình quân mỗi năm, Đảng bộ thị xã Nghĩa Lộ kết nạp từ 90 đến 100 đảng viên.',
    figures: [organization('Đảng bộ thị xã Nghĩa Lộ')],
  },
  {
    id: 'aim-is-no-status',
    org: 'Đảng bộ xã Bản Cầm',
    text: 'Đảng bộ xã Bản Cầm phấn đấu đạt chỉ tiêu kết nạp đảng viên năm 2025.',
    figures: [organization('Đảng bộ xã Bản Cầm')],
  },
  {
    id: 'province-assigns',
    org: null,
    text: 'Ban Thường vụ Tỉnh ủy giao chỉ tiêu cho toàn Đảng bộ tỉnh phát triển 2.150 đảng viên mới trong năm 2025.',
    figures: [{ type: 'target', value: t(2150), period: '2025' }],
  },
  {
    id: 'as-of-dotted-percent',
    org: 'Đảng bộ huyện Mường Khương',
    text: 'Tính đến ngày 31.5, Đảng bộ huyện Mường Khương đã kết nạp 118 đảng viên mới, đạt tỷ lệ 52,4% so với chỉ tiêu năm.',
    figures: [
      organization('Đảng bộ huyện Mường Khương'),
      { type: 'admitted', value: 118, asOf: null },
      { type: 'percentOfTarget', value: 52.4 },
      { type: 'target', value: t(225), derived: true },
    ],
  },
  {
    id: 'committee-share',
    org: null,
    text: 'Toàn huyện có 96/102 chi bộ thôn, bản, tổ dân phố có cấp ủy, chiếm 94,1%. Hiện có 1.132 chi bộ thôn, tổ dân phố có chi ủy, chiếm 66,2%.',
    figures: [
      { type: 'cells', value: 102, cellKind: 'residential' },
      { type: 'cellsWithCommittee', value: 96, cellKind: 'residential' },
      { type: 'cellsWithCommittee', value: 1132, cellKind: 'residential' },
    ],
  },
  {
    id: 'half-year',
    org: 'Đảng bộ phường Bắc Cường',
    text: '6 tháng đầu năm 2025, Đảng bộ phường Bắc Cường kết nạp 22 đảng viên, bằng 44% chỉ tiêu cả năm.',
    figures: [
      organization('Đảng bộ phường Bắc Cường'),
      { type: 'admitted', value: 22, period: '2025', asOf: '2025-06-30' },
      { type: 'percentOfTarget', value: 44, period: '2025' },
      { type: 'target', value: t(50), period: '2025', derived: true },
    ],
  },
  {
    id: 'after-a-year',
    org: null,
    text: 'Sau hơn một năm thực hiện nghị quyết, huyện đã kết nạp được 146 đảng viên.',
    figures: [{ type: 'admitted', value: 146, period: null }],
  },
  {
    id: 'term-target',
    org: null,
    text: 'Nghị quyết đề ra chỉ tiêu cả nhiệm kỳ 2020 - 2025 kết nạp 450 đảng viên.',
    figures: [{ type: 'target', value: t(450), period: '2020-2025', perYear: false }],
  },
  {
    id: 'cells-with-members',
    org: 'Đảng bộ xã Y Tý',
    text: 'Đảng bộ xã Y Tý có 16 chi bộ với tổng số 318 đảng viên.',
    figures: [organization('Đảng bộ xã Y Tý'), { type: 'cells', value: 16 }, { type: 'totalMembers', value: 318 }],
  },
  {
    id: 'quarter',
    org: 'Đảng bộ xã Phìn Ngan',
    text: 'Quý I/2025, Đảng bộ xã Phìn Ngan kết nạp 7 đảng viên.',
    figures: [organization('Đảng bộ xã Phìn Ngan'), { type: 'admitted', value: 7 }],
  },
  {
    id: 'passive-in-cells',
    org: 'Đảng bộ thị trấn Bắc Hà',
    text: 'Trong năm 2024, có 64 đảng viên mới được kết nạp ở các chi bộ trực thuộc Đảng bộ thị trấn Bắc Hà.',
    figures: [organization('Đảng bộ thị trấn Bắc Hà'), { type: 'admitted', value: 64, period: '2024' }],
  },
  {
    id: 'overshoot-in-percent',
    org: 'Đảng bộ xã Trịnh Tường',
    // "vượt 50%" says 150% of the target; read as no figure rather than worked out.
    text: 'Năm 2023, Đảng bộ xã Trịnh Tường kết nạp 30 đảng viên, vượt 50% chỉ tiêu.',
    figures: [organization('Đảng bộ xã Trịnh Tường'), { type: 'admitted', value: 30, period: '2023' }],
  },
  {
    id: 'exceeded-headline',
    org: 'Đảng bộ xã Cán Cấu',
    text: 'Đảng bộ xã Cán Cấu vượt chỉ tiêu phát triển đảng viên năm 2024.',
    figures: [organization('Đảng bộ xã Cán Cấu'), { type: 'targetStatus', value: 'exceeded', period: '2024' }],
  },
  {
    id: 'missed-no-number',
    org: 'Đảng bộ phường Nam Cường',
    text: 'Năm 2023, Đảng bộ phường Nam Cường không đạt chỉ tiêu kết nạp đảng viên.',
    figures: [organization('Đảng bộ phường Nam Cường'), { type: 'targetStatus', value: 'missed', period: '2023' }],
  },
  {
    id: 'district-total',
    org: null,
    text: 'Tổng số đảng viên toàn huyện đến nay là 6.480 đồng chí, sinh hoạt tại 312 chi bộ.',
    figures: [{ type: 'totalMembers', value: 6480 }, { type: 'cells', value: 312 }],
  },
  { id: 'school-age', text: 'Toàn huyện có 98% trẻ em trong độ tuổi đến trường, vượt 3% so với kế hoạch.', figures: [] },
  { id: 'party-fees', text: 'Các chi bộ thu đảng phí đạt 100% kế hoạch, tổng số tiền 215 triệu đồng.', figures: [] },
  { id: 'youth-union', text: 'Đoàn xã kết nạp 45 đoàn viên mới, đạt 150% chỉ tiêu.', figures: [] },
  { id: 'trade-union', text: 'Công đoàn cơ sở phát triển mới 120 đoàn viên, vượt 20 đoàn viên so với kế hoạch.', figures: [] },
  { id: 'poor-share', text: 'Xã có 1.250 hộ, trong đó 230 hộ nghèo, chiếm 18,4%.', figures: [] },
  { id: 'cells-rated-fraction', text: 'Năm 2024, có 23/25 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.', figures: [] },
  {
    id: 'district-year-report',
    org: 'Đảng bộ huyện Si Ma Cai',
    text:
      'Năm 2024, Đảng bộ huyện Si Ma Cai kết nạp được 186 đảng viên, đạt 116,3% chỉ tiêu tỉnh giao. ' +
      'Trong số đảng viên mới, có 71 đảng viên nữ, 152 đảng viên là người dân tộc thiểu số. ' +
      'Đến nay, toàn Đảng bộ huyện có 38 tổ chức cơ sở đảng với 3.904 đảng viên; 91/91 chi bộ thôn có chi ủy. ' +
      'Năm 2025, huyện phấn đấu kết nạp từ 190 - 200 đảng viên.',
    figures: [
      organization('Đảng bộ huyện Si Ma Cai'),
      { type: 'admitted', value: 186, period: '2024' },
      { type: 'percentOfTarget', value: 116.3, period: '2024' },
      { type: 'target', value: t(160), period: '2024', derived: true },
      { type: 'totalMembers', value: 3904 },
      { type: 'cells', value: 91, cellKind: 'residential' },
      { type: 'cellsWithCommittee', value: 91, cellKind: 'residential' },
      { type: 'target', value: t(190, 200), period: '2025', derived: false },
    ],
  },
  {
    id: 'completed-percent',
    org: 'Đảng bộ phường Lào Cai',
    text: 'Năm 2024, Đảng bộ phường Lào Cai kết nạp 42 đảng viên, hoàn thành 105% kế hoạch.',
    figures: [
      organization('Đảng bộ phường Lào Cai'),
      { type: 'admitted', value: 42, period: '2024' },
      { type: 'percentOfTarget', value: 105, period: '2024' },
      { type: 'target', value: t(40), period: '2024', derived: true },
    ],
  },
  {
    id: 'cell-total-is-not-the-organisation',
    org: null,
    text: 'Trong năm, các chi bộ đã kết nạp 9 đảng viên, nâng tổng số đảng viên của chi bộ lên 41 đồng chí.',
    figures: [{ type: 'admitted', value: 9 }],
  },
  {
    id: 'total-grew',
    org: null,
    text: 'Tổng số đảng viên trong toàn Đảng bộ là 1.120, tăng 46 đảng viên so với đầu nhiệm kỳ.',
    figures: [{ type: 'totalMembers', value: 1120 }],
  },
  {
    id: 'at-least-is-no-target',
    org: 'Đảng bộ xã Bản Phố',
    text: 'Năm 2025, Đảng bộ xã Bản Phố đề ra mục tiêu kết nạp ít nhất 15 đảng viên.',
    figures: [organization('Đảng bộ xã Bản Phố')],
  },
  {
    id: 'a-cell-admits',
    org: 'Đảng bộ xã Sín Chéng',
    text: 'Năm 2024, Đảng bộ xã Sín Chéng kết nạp 21 đảng viên. Riêng chi bộ thôn Sín Chải kết nạp 4 đảng viên; chi bộ thôn Nàn Vái kết nạp 3 đảng viên.',
    figures: [organization('Đảng bộ xã Sín Chéng'), { type: 'admitted', value: 21, period: '2024' }],
  },
  {
    id: 'proposed-is-not-admitted',
    org: 'Đảng bộ xã Thải Giàng Phố',
    text: 'Đảng ủy xã Thải Giàng Phố đã xem xét, đề nghị kết nạp 8 quần chúng ưu tú.',
    figures: [organization('Đảng bộ xã Thải Giàng Phố')],
  },
  {
    id: 'ten-months',
    org: null,
    text: 'Trong 10 tháng năm 2024, toàn Đảng bộ kết nạp 75 đảng viên.',
    figures: [{ type: 'admitted', value: 75, period: '2024' }],
  },
  { id: 'farmers', text: 'Năm 2024, toàn huyện có 12.345 hội viên nông dân, tăng 300 hội viên so với năm trước.', figures: [] },
  { id: 'women-share', text: 'Tỷ lệ đảng viên là nữ chiếm 42,5% tổng số đảng viên.', figures: [] },
  // Written as a held-out batch, then used to fix the reader (see BENCHMARKS.md for its first reading).
  {
    id: 'ho-fraction-in-brackets',
    org: 'Đảng bộ xã Cốc Ly',
    text: 'Năm 2024, Đảng bộ xã Cốc Ly đạt 95,8% chỉ tiêu kết nạp đảng viên (46/48 đảng viên).',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Cốc Ly' },
      { type: 'percentOfTarget', value: 95.8, period: '2024' },
      { type: 'admitted', value: 46, period: '2024' },
      { type: 'target', value: t(48), period: '2024' },
    ],
  },
  {
    id: 'ho-new-members-are',
    org: 'Đảng bộ thị trấn Sa Pa',
    text: 'Số đảng viên mới được kết nạp trong năm 2023 của Đảng bộ thị trấn Sa Pa là 25 đồng chí, vượt 5 đồng chí so với kế hoạch.',
    figures: [
      { type: 'organization', value: 'Đảng bộ thị trấn Sa Pa' },
      { type: 'admitted', value: 25, period: '2023' },
      { type: 'overshoot', value: 5, period: '2023' },
      { type: 'target', value: t(20), period: '2023', derived: true },
    ],
  },
  {
    id: 'ho-abbreviations',
    org: null,
    text: 'Năm 2024, toàn huyện kết nạp 268 ĐV mới; tổng số ĐV toàn Đảng bộ huyện là 5.910.',
    figures: [
      { type: 'admitted', value: 268, period: '2024' },
      { type: 'totalMembers', value: 5910 },
    ],
  },
  {
    id: 'ho-month-year',
    org: 'Đảng bộ xã Bản Mế',
    text: 'Tính đến tháng 9/2024, Đảng bộ xã Bản Mế đã kết nạp 13 đảng viên, đạt 65% chỉ tiêu.',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Bản Mế' },
      { type: 'admitted', value: 13 },
      { type: 'percentOfTarget', value: 65 },
      { type: 'target', value: t(20), derived: true },
    ],
  },
  {
    id: 'ho-merged-commune',
    org: 'Đảng bộ xã Mường Bo',
    text: 'Trong nhiệm kỳ 2020 - 2025, Đảng bộ xã Mường Bo (nay là xã Tả Phìn) kết nạp được 87 đảng viên, bình quân mỗi năm 17 đảng viên.',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Mường Bo' },
      { type: 'admitted', value: 87, period: '2020-2025' },
    ],
  },
  {
    id: 'ho-cells-without',
    org: 'Đảng bộ xã Thanh Kim',
    text: 'Đảng bộ xã Thanh Kim có 14 chi bộ thôn, trong đó còn 3 chi bộ chưa đủ điều kiện thành lập chi ủy.',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Thanh Kim' },
      { type: 'cells', value: 14, cellKind: 'residential' },
      { type: 'cellsWithoutCommittee', value: 3 },
    ],
  },
  {
    id: 'ho-women-and-total',
    org: null,
    text: 'Trong 53 đảng viên mới kết nạp có 28 đảng viên nữ; đến nay Đảng bộ có 454 đảng viên.',
    figures: [{ type: 'totalMembers', value: 454 }],
  },
  {
    id: 'ho-rate-of-growth',
    text: 'Tỷ lệ kết nạp đảng viên mới hằng năm đạt 3,5% so với tổng số đảng viên, vượt 0,5% so với nghị quyết.',
    figures: [],
  },
  {
    id: 'ho-assigned-per-commune',
    org: 'Đảng bộ huyện Bắc Hà',
    text: 'Năm 2025, Huyện ủy Bắc Hà giao chỉ tiêu kết nạp 230 đảng viên; mỗi xã, thị trấn kết nạp ít nhất 8 đảng viên.',
    figures: [
      { type: 'organization', value: 'Đảng bộ huyện Bắc Hà' },
      { type: 'target', value: t(230), period: '2025' },
    ],
  },
  {
    id: 'ho-road-and-members',
    org: 'Đảng bộ xã Bản Liền',
    text: 'Năm 2024, xã Bản Liền bê tông hóa 6,5 km đường thôn và kết nạp 11 đảng viên, đạt 110% chỉ tiêu.',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Bản Liền' },
      { type: 'admitted', value: 11, period: '2024' },
      { type: 'percentOfTarget', value: 110, period: '2024' },
      { type: 'target', value: t(10), period: '2024', derived: true },
    ],
  },
  // Held out at first (batch 5), then used to fix the reader.
  {
    id: 'h-town-year',
    org: 'Đảng bộ thị trấn Khánh Yên',
    text:
      'Kết thúc năm 2024, Đảng bộ thị trấn Khánh Yên đã kết nạp 31 đảng viên mới, vượt 11 đảng viên so với chỉ tiêu huyện giao. ' +
      'Tổng số đảng viên của Đảng bộ hiện là 689 đồng chí, sinh hoạt ở 27 chi bộ trực thuộc.',
    figures: [
      { type: 'organization', value: 'Đảng bộ thị trấn Khánh Yên' },
      { type: 'admitted', value: 31, period: '2024' },
      { type: 'overshoot', value: 11, period: '2024' },
      { type: 'target', value: t(20), period: '2024', derived: true },
      { type: 'totalMembers', value: 689 },
      { type: 'cells', value: 27 },
    ],
  },
  {
    id: 'h-commune-short',
    org: 'Đảng bộ xã Nậm Lúc',
    text: 'Năm 2023, xã Nậm Lúc chỉ kết nạp được 6/12 đảng viên theo kế hoạch, đạt 50%.',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Nậm Lúc' },
      { type: 'admitted', value: 6, period: '2023' },
      { type: 'target', value: t(12), period: '2023' },
    ],
  },
  {
    id: 'h-committee-progress',
    org: 'Đảng bộ xã Tân Tiến',
    text: 'Đầu nhiệm kỳ 2020 - 2025, Đảng bộ xã Tân Tiến mới có 4/11 chi bộ thôn có chi ủy; đến nay đã có 9/11 chi bộ thôn có chi ủy.',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Tân Tiến' },
      { type: 'cells', value: 11, cellKind: 'residential', when: 'termStart' },
      { type: 'cellsWithCommittee', value: 4, cellKind: 'residential', when: 'termStart' },
      { type: 'cells', value: 11, cellKind: 'residential', when: null },
      { type: 'cellsWithCommittee', value: 9, cellKind: 'residential', when: null },
    ],
  },
  {
    id: 'h-term-cumulative',
    org: null,
    text: 'Từ năm 2020 đến nay, toàn Đảng bộ đã kết nạp 402 đảng viên, bình quân mỗi năm kết nạp khoảng 80 đảng viên.',
    figures: [],
  },
  {
    id: 'h-province-year',
    org: 'Đảng bộ tỉnh Yên Bái',
    text: 'Năm 2024, Đảng bộ tỉnh Yên Bái kết nạp 2.316 đảng viên, đạt 105,27% kế hoạch; nâng tổng số đảng viên toàn tỉnh lên 68.417 đồng chí.',
    figures: [
      { type: 'organization', value: 'Đảng bộ tỉnh Yên Bái' },
      { type: 'admitted', value: 2316, period: '2024' },
      { type: 'percentOfTarget', value: 105.27, period: '2024' },
      { type: 'target', value: t(2200), period: '2024', derived: true },
      { type: 'totalMembers', value: 68417, period: '2024' },
    ],
  },
  {
    id: 'h-other-figures',
    text: 'Năm 2024, thu nhập bình quân đầu người của xã đạt 42 triệu đồng, vượt 2 triệu đồng so với nghị quyết; tỷ lệ hộ nghèo còn 9,8%.',
    figures: [],
  },
  {
    id: 'h-named-formed',
    org: null,
    text: 'Trong năm, thêm 3 chi bộ là Cốc Pài, Nậm Khánh và Bản Lịch thành lập được chi ủy.',
    figures: [
      { type: 'cellsFormedCommittee', value: 3 },
      { type: 'namedCell', value: 'Cốc Pài', committee: 'formed' },
      { type: 'namedCell', value: 'Nậm Khánh', committee: 'formed' },
      { type: 'namedCell', value: 'Bản Lịch', committee: 'formed' },
    ],
  },
  {
    id: 'h-target-colon',
    org: 'Đảng bộ phường Pom Hán',
    text: 'Chỉ tiêu kết nạp đảng viên năm 2025 của Đảng bộ phường Pom Hán: 35 đảng viên.',
    figures: [
      { type: 'organization', value: 'Đảng bộ phường Pom Hán' },
      { type: 'target', value: t(35), period: '2025' },
    ],
  },
  // Figures about other things: nothing to propose.
  { id: 'poor-households', text: 'Năm 2024, tỷ lệ hộ nghèo của xã Bản Lầu giảm còn 12,5%, giảm 4,3% so với năm 2023.', figures: [] },
  { id: 'roads', text: 'Huyện đã làm mới 18 km đường giao thông nông thôn, đạt 120% kế hoạch.', figures: [] },
  { id: 'population', text: 'Dân số toàn thị trấn là 12.045 người, trong đó người dân tộc thiểu số chiếm 63%.', figures: [] },
  { id: 'budget', text: 'Tổng kinh phí xây dựng nhà văn hóa là 1,2 tỷ đồng, vượt 200 triệu đồng so với dự toán.', figures: [] },
  { id: 'rate-of-membership', text: 'Số đảng viên mới kết nạp trong năm đạt tỷ lệ 6,2% so với tổng số đảng viên đầu năm.', figures: [] },
  { id: 'share-of-membership', text: 'Số đảng viên được kết nạp bằng 4,9% so với tổng số đảng viên của Đảng bộ.', figures: [] },
  { id: 'other-targets', text: 'Năm 2024, Đảng bộ xã đã hoàn thành chỉ tiêu về giảm nghèo và trồng rừng.', figures: [] },
  { id: 'revenue', text: 'Thu ngân sách trên địa bàn đạt 35 tỷ đồng, bằng 108% dự toán.', figures: [] },
  { id: 'a-cell-members', text: 'Chi bộ thôn Na Lốc có 14 đảng viên, trong đó có 3 đảng viên nữ.', figures: [] },
  { id: 'farmers-union', text: 'Huyện đã hỗ trợ 45 hộ làm nhà và kết nạp 120 hội viên mới vào Hội Nông dân.', figures: [] },
  { id: 'forest', text: 'Kế hoạch đặt ra trong năm tới là trồng mới 300 ha rừng, vượt 20 ha so với năm trước.', figures: [] },
  { id: 'study-sessions', text: 'Có 2.300 lượt đảng viên tham gia học tập nghị quyết.', figures: [] },
  { id: 'households-per-member', text: 'Mỗi đảng viên phụ trách từ 10 - 15 hộ gia đình.', figures: [] },
  { id: 'training-class', text: 'Lớp bồi dưỡng nhận thức về Đảng có 65 quần chúng ưu tú tham gia.', figures: [] },
  { id: 'approximate', text: 'Năm 2024, toàn tỉnh kết nạp được hơn 2.800 đảng viên, đạt trên 110% kế hoạch.', figures: [] },
  { id: 'cells-rated', text: 'Cuối năm, có 20 chi bộ được xếp loại hoàn thành tốt nhiệm vụ.', figures: [] },
  // The source article's facts, told in our own words.
  {
    id: 'muong-khuong-2024',
    org: 'Đảng bộ thị trấn Mường Khương',
    text: [
      'Năm 2024 ghi dấu bước tiến lớn của Đảng bộ thị trấn Mường Khương trong công tác phát triển đảng viên.',
      'Cả năm, Đảng bộ kết nạp được 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu đề ra; hơn 60% số người được kết nạp đang ở tuổi đoàn viên.',
      'Lần đầu tiên, Đảng bộ kết nạp được 9 đảng viên là người lao động của hợp tác xã ngoài nhà nước trên địa bàn.',
      'Tính từ đầu nhiệm kỳ 2020 - 2025, toàn Đảng bộ đã kết nạp 93 đảng viên, nâng tổng số đảng viên lên 454 đồng chí.\n',
      'Hiện Đảng bộ có 25 chi bộ trực thuộc, gồm 17 chi bộ tổ dân phố và 8 chi bộ cơ quan, trường học.',
      'Khi bước vào nhiệm kỳ 2020 - 2025, 7 trong số 17 chi bộ tổ dân phố chưa có chi ủy.',
      'Sau gần 5 năm, đã có 5 chi bộ thành lập được chi ủy (Na Đẩy, Na Khui, Chúng Chải B, Lao Chải, Sa Pả); 2 chi bộ Choán Ván và Sả Hồ vẫn chưa có chi ủy.',
      '12 đồng chí Ủy viên Ban Chấp hành Đảng bộ được phân công theo dõi 25/25 chi bộ.',
      'Trong năm, Đảng ủy đã chỉ định bí thư, phó bí thư cho 3 chi bộ do có biến động về nhân sự.',
    ].join(' '),
    figures: [
      organization('Đảng bộ thị trấn Mường Khương'),
      { type: 'admitted', value: 53, period: '2024' },
      { type: 'overshoot', value: 33, period: '2024' },
      { type: 'target', value: t(20), period: '2024', derived: true },
      { type: 'termToDate', value: 93, term: '2020-2025', period: '2024' },
      { type: 'totalMembers', value: 454, period: '2024' },
      { type: 'cells', value: 25, cellKind: null, when: null },
      { type: 'cells', value: 17, cellKind: 'residential', when: null },
      { type: 'cells', value: 8, cellKind: 'agencyOrSchool' },
      { type: 'cells', value: 17, cellKind: 'residential', when: 'termStart' },
      { type: 'cellsWithoutCommittee', value: 7, cellKind: 'residential', when: 'termStart' },
      { type: 'cellsFormedCommittee', value: 5, when: null },
      ...['Na Đẩy', 'Na Khui', 'Chúng Chải B', 'Lao Chải', 'Sa Pả'].map((value): ExpectedFigure => ({ type: 'namedCell', value, committee: 'formed' })),
      { type: 'cellsWithoutCommittee', value: 2, when: null },
      ...['Choán Ván', 'Sả Hồ'].map((value): ExpectedFigure => ({ type: 'namedCell', value, committee: 'none' })),
    ],
  },
];
