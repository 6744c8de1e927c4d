// Batch 2 of BENCHMARKS.md: scored once on first reading, then used to fix the reader. Our own words.
import type { CorpusCase } from './corpus-case.ts';
import { target, organizationFigure } from './corpus-case.ts';

export const SECOND_BATCH_TEXTS: CorpusCase[] = [
  {
    id: 'province-assigns',
    org: null,
    text: 'Ban Thường vụ Tỉnh ủy giao chỉ tiêu cho toàn Đảng bộ tỉnh phát triển 2.150 đảng viên mới trong năm 2025.',
    figures: [{ type: 'target', value: target(2150), period: '2025' }],
  },
  {
    id: 'as-of-dotted-percent',
    org: 'Đảng bộ huyện Mường Khương',
    text: 'Tính đến ngày 31.5, Đảng bộ huyện Mường Khương đã kết nạp 118 đảng viên mới, đạt tỷ lệ 52,4% so với chỉ tiêu năm.',
    figures: [
      organizationFigure('Đảng bộ huyện Mường Khương'),
      { type: 'admitted', value: 118, asOf: null },
      { type: 'percentOfTarget', value: 52.4 },
      { type: 'target', value: target(225), derived: true },
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
      organizationFigure('Đảng bộ phường Bắc Cường'),
      { type: 'admitted', value: 22, period: '2025', asOf: '2025-06-30' },
      { type: 'percentOfTarget', value: 44, period: '2025' },
      { type: 'target', value: target(50), period: '2025', derived: true },
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
    figures: [{ type: 'target', value: target(450), period: '2020-2025', perYear: false }],
  },
  {
    id: 'cells-with-members',
    org: 'Đảng bộ xã Y Tý',
    text: 'Đảng bộ xã Y Tý có 16 chi bộ với tổng số 318 đảng viên.',
    figures: [organizationFigure('Đảng bộ xã Y Tý'), { type: 'cells', value: 16 }, { type: 'totalMembers', value: 318 }],
  },
  {
    id: 'quarter',
    org: 'Đảng bộ xã Phìn Ngan',
    text: 'Quý I/2025, Đảng bộ xã Phìn Ngan kết nạp 7 đảng viên.',
    figures: [organizationFigure('Đảng bộ xã Phìn Ngan'), { type: 'admitted', value: 7 }],
  },
  {
    id: 'passive-in-cells',
    org: 'Đảng bộ thị trấn Bắc Hà',
    text: 'Trong năm 2024, có 64 đảng viên mới được kết nạp ở các chi bộ trực thuộc Đảng bộ thị trấn Bắc Hà.',
    figures: [organizationFigure('Đảng bộ thị trấn Bắc Hà'), { type: 'admitted', value: 64, period: '2024' }],
  },
  {
    id: 'overshoot-in-percent',
    org: 'Đảng bộ xã Trịnh Tường',
    // "vượt 50%" says 150% of the target; read as no figure rather than worked out.
    text: 'Năm 2023, Đảng bộ xã Trịnh Tường kết nạp 30 đảng viên, vượt 50% chỉ tiêu.',
    figures: [organizationFigure('Đảng bộ xã Trịnh Tường'), { type: 'admitted', value: 30, period: '2023' }],
  },
  {
    id: 'exceeded-headline',
    org: 'Đảng bộ xã Cán Cấu',
    text: 'Đảng bộ xã Cán Cấu vượt chỉ tiêu phát triển đảng viên năm 2024.',
    figures: [organizationFigure('Đảng bộ xã Cán Cấu'), { type: 'targetStatus', value: 'exceeded', period: '2024' }],
  },
  {
    id: 'missed-no-number',
    org: 'Đảng bộ phường Nam Cường',
    text: 'Năm 2023, Đảng bộ phường Nam Cường không đạt chỉ tiêu kết nạp đảng viên.',
    figures: [organizationFigure('Đảng bộ phường Nam Cường'), { type: 'targetStatus', value: 'missed', period: '2023' }],
  },
  {
    id: 'district-total',
    org: null,
    text: 'Tổng số đảng viên toàn huyện đến nay là 6.480 đồng chí, sinh hoạt tại 312 chi bộ.',
    figures: [
      { type: 'totalMembers', value: 6480 },
      { type: 'cells', value: 312 },
    ],
  },
  { id: 'school-age', text: 'Toàn huyện có 98% trẻ em trong độ tuổi đến trường, vượt 3% so với kế hoạch.', figures: [] },
  { id: 'party-fees', text: 'Các chi bộ thu đảng phí đạt 100% kế hoạch, tổng số tiền 215 triệu đồng.', figures: [] },
  { id: 'youth-union', text: 'Đoàn xã kết nạp 45 đoàn viên mới, đạt 150% chỉ tiêu.', figures: [] },
  { id: 'trade-union', text: 'Công đoàn cơ sở phát triển mới 120 đoàn viên, vượt 20 đoàn viên so với kế hoạch.', figures: [] },
  { id: 'poor-share', text: 'Xã có 1.250 hộ, trong đó 230 hộ nghèo, chiếm 18,4%.', figures: [] },
  { id: 'cells-rated-fraction', text: 'Năm 2024, có 23/25 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.', figures: [] },
];
