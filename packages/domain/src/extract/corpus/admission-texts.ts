// Texts on admissions, targets and membership, written with the reader's rules (batch 1 of BENCHMARKS.md). Our own words.
import type { CorpusCase } from './corpus-case.ts';
import { target, organizationFigure } from './corpus-case.ts';

const BAN_XEN = 'Đảng bộ xã Bản Xen';

/** The decomposed (NFD) form, as some keyboards type Vietnamese. */
const nfd = (s: string) => s.normalize('NFD');

export const ADMISSION_TEXTS: CorpusCase[] = [
  // Admissions, overshoot, derived target.
  {
    id: 'overshoot',
    org: BAN_XEN,
    text: 'Năm 2023, Đảng bộ xã Bản Xen kết nạp được 28 đảng viên mới, vượt 8 đảng viên so với chỉ tiêu được giao.',
    figures: [
      organizationFigure(BAN_XEN),
      { type: 'admitted', value: 28, period: '2023' },
      { type: 'overshoot', value: 8, period: '2023' },
      { type: 'target', value: target(20), period: '2023', derived: true },
    ],
  },
  {
    id: 'overshoot-nfd',
    org: BAN_XEN,
    text: nfd('Năm 2023, Đảng bộ xã Bản Xen kết nạp được 28 đảng viên mới, vượt 8 đảng viên so với chỉ tiêu được giao.'),
    figures: [
      organizationFigure(BAN_XEN),
      { type: 'admitted', value: 28, period: '2023' },
      { type: 'overshoot', value: 8, period: '2023' },
      { type: 'target', value: target(20), period: '2023', derived: true },
    ],
  },
  {
    id: 'percent-nine-months',
    org: 'Đảng bộ phường Kim Tân',
    text: 'Theo Đảng ủy phường Kim Tân, 9 tháng đầu năm 2024 đã kết nạp 41 ĐV, đạt 82% chỉ tiêu năm.',
    figures: [
      organizationFigure('Đảng bộ phường Kim Tân'),
      { type: 'admitted', value: 41, period: '2024', asOf: '2024-09-30' },
      { type: 'percentOfTarget', value: 82, period: '2024' },
      { type: 'target', value: target(50), period: '2024', derived: true },
    ],
  },
  {
    id: 'range-per-year',
    org: 'Đảng bộ huyện Bảo Yên',
    text: 'Nghị quyết Đại hội Đảng bộ huyện Bảo Yên nhiệm kỳ 2020 - 2025 đặt mục tiêu mỗi năm kết nạp từ 120 - 130 đảng viên.',
    figures: [organizationFigure('Đảng bộ huyện Bảo Yên'), { type: 'target', value: target(120, 130), perYear: true, period: null }],
  },
  {
    id: 'as-of-day',
    org: 'Đảng bộ thị xã Sa Pa',
    text: 'Tính đến ngày 15-9-2024, toàn Đảng bộ thị xã Sa Pa đã kết nạp 97 đảng viên.',
    figures: [organizationFigure('Đảng bộ thị xã Sa Pa'), { type: 'admitted', value: 97, period: '2024', asOf: '2024-09-15' }],
  },
  {
    id: 'as-of-day-year-from-text',
    org: 'Đảng bộ xã Bảo Hà',
    text: 'Năm 2024, Đảng bộ xã Bảo Hà được giao chỉ tiêu kết nạp 16 đảng viên. Tính đến ngày 30/6, xã đã kết nạp 9 đảng viên.',
    figures: [
      organizationFigure('Đảng bộ xã Bảo Hà'),
      { type: 'target', value: target(16), period: '2024', derived: false },
      { type: 'admitted', value: 9, period: '2024', asOf: '2024-06-30' },
    ],
  },
  {
    id: 'target-then-result',
    org: 'Đảng bộ xã Phong Niên',
    text: 'Năm 2024, chỉ tiêu kết nạp đảng viên của Đảng bộ xã Phong Niên là 25 đồng chí; đến cuối năm, xã đã kết nạp được 27 đồng chí.',
    figures: [
      organizationFigure('Đảng bộ xã Phong Niên'),
      { type: 'target', value: target(25), period: '2024' },
      { type: 'admitted', value: 27, period: '2024' },
    ],
  },
  {
    id: 'met',
    org: 'Đảng bộ xã Tả Van',
    text: 'Năm qua, các chi bộ trực thuộc Đảng bộ xã Tả Van kết nạp 14 đảng viên, hoàn thành chỉ tiêu đề ra.',
    figures: [organizationFigure('Đảng bộ xã Tả Van'), { type: 'admitted', value: 14 }, { type: 'targetStatus', value: 'met' }],
  },
  {
    id: 'missed-shortfall',
    org: 'Đảng bộ phường Duyên Hải',
    text: 'Năm 2022, Đảng bộ phường Duyên Hải kết nạp 19 đảng viên, chưa đạt chỉ tiêu, còn thiếu 6 đảng viên.',
    figures: [
      organizationFigure('Đảng bộ phường Duyên Hải'),
      { type: 'admitted', value: 19, period: '2022' },
      { type: 'targetStatus', value: 'missed', period: '2022' },
      { type: 'shortfall', value: 6, period: '2022' },
      { type: 'target', value: target(25), period: '2022', derived: true },
    ],
  },
  {
    id: 'percent-of-plan',
    org: 'Đảng bộ xã Thanh Bình',
    text: 'Trong năm 2022, Đảng bộ xã Thanh Bình chỉ kết nạp được 11 đảng viên, bằng 55% kế hoạch.',
    figures: [
      organizationFigure('Đảng bộ xã Thanh Bình'),
      { type: 'admitted', value: 11, period: '2022' },
      { type: 'percentOfTarget', value: 55, period: '2022' },
      { type: 'target', value: target(20), period: '2022', derived: true },
    ],
  },
  {
    id: 'admitted-as-subject',
    org: 'Đảng bộ huyện Bát Xát',
    text: 'Số đảng viên mới của Đảng bộ huyện Bát Xát trong năm 2024 là 312 người, đạt 104% chỉ tiêu.',
    figures: [
      organizationFigure('Đảng bộ huyện Bát Xát'),
      { type: 'admitted', value: 312, period: '2024' },
      { type: 'percentOfTarget', value: 104, period: '2024' },
    ],
  },
  {
    id: 'term-to-date',
    org: 'Đảng bộ xã Cốc San',
    text: 'Lũy kế từ đầu nhiệm kỳ 2020 - 2025 đến nay, Đảng bộ xã Cốc San đã kết nạp 61 đảng viên.',
    figures: [organizationFigure('Đảng bộ xã Cốc San'), { type: 'termToDate', value: 61, term: '2020-2025' }],
  },
  {
    id: 'term-to-date-and-total',
    org: 'Đảng bộ thị trấn Phố Lu',
    text: 'Từ đầu nhiệm kỳ đến hết tháng 6/2024, Đảng bộ thị trấn Phố Lu kết nạp được 74 ĐV, nâng tổng số đảng viên toàn Đảng bộ lên 512 đồng chí.',
    figures: [organizationFigure('Đảng bộ thị trấn Phố Lu'), { type: 'termToDate', value: 74, term: null }, { type: 'totalMembers', value: 512 }],
  },
  {
    id: 'term-from-context',
    org: 'Đảng bộ xã Sơn Thủy',
    context: { term: '2020-2025' },
    text: 'Từ đầu nhiệm kỳ, Đảng bộ xã Sơn Thủy đã kết nạp 48 đảng viên.',
    figures: [organizationFigure('Đảng bộ xã Sơn Thủy'), { type: 'termToDate', value: 48, term: '2020-2025' }],
  },
  {
    id: 'members-and-cells',
    org: 'Đảng bộ xã Nậm Chảy',
    text: 'Đảng bộ xã Nậm Chảy hiện có 286 đảng viên, sinh hoạt tại 21 chi bộ.',
    figures: [organizationFigure('Đảng bộ xã Nậm Chảy'), { type: 'totalMembers', value: 286 }, { type: 'cells', value: 21, cellKind: null }],
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
];
