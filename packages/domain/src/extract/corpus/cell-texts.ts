// Texts on cells and their committees, and more on admissions, written with the reader's rules (batch 1 of BENCHMARKS.md). Our own words.
import type { CorpusCase } from './corpus-case.ts';
import { target, organizationFigure } from './corpus-case.ts';

export const CELL_TEXTS: CorpusCase[] = [
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
    figures: [organizationFigure('Đảng bộ xã Lùng Vai'), { type: 'cells', value: 38, cellKind: null }, { type: 'cellsWithCommittee', value: 29 }],
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
    figures: [organizationFigure('Đảng bộ xã Bản Phiệt'), { type: 'target', value: target(18), period: '2024', perYear: false }],
  },
  {
    id: 'aim-of-committee',
    org: 'Đảng bộ huyện Văn Bàn',
    text: 'Huyện ủy Văn Bàn phấn đấu năm 2025 kết nạp 250 đảng viên mới.',
    figures: [organizationFigure('Đảng bộ huyện Văn Bàn'), { type: 'target', value: target(250), period: '2025' }],
  },
  {
    id: 'overshoot-of-target-word-first',
    org: 'Đảng bộ xã Xuân Quang',
    text: 'Năm 2024, Đảng bộ xã Xuân Quang kết nạp 23 quần chúng ưu tú vào Đảng, vượt chỉ tiêu 3 đồng chí.',
    figures: [
      organizationFigure('Đảng bộ xã Xuân Quang'),
      { type: 'admitted', value: 23, period: '2024' },
      { type: 'overshoot', value: 3, period: '2024' },
      { type: 'target', value: target(20), period: '2024', derived: true },
    ],
  },
  {
    id: 'passive',
    org: 'Đảng bộ xã Sơn Hải',
    text: 'Có 53 quần chúng ưu tú được kết nạp vào Đảng trong năm 2024 tại Đảng bộ xã Sơn Hải.',
    figures: [organizationFigure('Đảng bộ xã Sơn Hải'), { type: 'admitted', value: 53, period: '2024' }],
  },
  {
    id: 'percent-with-decimals',
    org: 'Đảng bộ phường Pom Hán',
    text: 'Năm 2023, Đảng bộ phường Pom Hán kết nạp 31 đảng viên, đạt 103,3% chỉ tiêu.',
    figures: [
      organizationFigure('Đảng bộ phường Pom Hán'),
      { type: 'admitted', value: 31, period: '2023' },
      { type: 'percentOfTarget', value: 103.3, period: '2023' },
      { type: 'target', value: target(30), period: '2023', derived: true },
    ],
  },
  {
    id: 'percent-many-times',
    org: 'Đảng bộ xã Lùng Khấu Nhin',
    text: 'Năm 2024, Đảng bộ xã Lùng Khấu Nhin kết nạp 53 đảng viên, đạt 265% chỉ tiêu.',
    figures: [
      organizationFigure('Đảng bộ xã Lùng Khấu Nhin'),
      { type: 'admitted', value: 53, period: '2024' },
      { type: 'percentOfTarget', value: 265, period: '2024' },
      { type: 'target', value: target(20), period: '2024', derived: true },
    ],
  },
  {
    id: 'en-dash-range',
    org: 'Đảng bộ xã Gia Phú',
    text: 'Đảng bộ xã Gia Phú đặt chỉ tiêu mỗi năm kết nạp 15–18 đảng viên.',
    figures: [organizationFigure('Đảng bộ xã Gia Phú'), { type: 'target', value: target(15, 18), perYear: true }],
  },
  {
    id: 'two-years',
    org: 'Đảng bộ xã Mường Vi',
    text: 'Năm 2023, xã Mường Vi kết nạp 9 đảng viên; năm 2024 kết nạp 14 đảng viên.',
    figures: [organizationFigure('Đảng bộ xã Mường Vi'), { type: 'admitted', value: 9, period: '2023' }, { type: 'admitted', value: 14, period: '2024' }],
  },
  {
    id: 'subordinates',
    org: 'Đảng bộ huyện Bát Xát',
    text:
      'Năm 2024, Đảng bộ huyện Bát Xát kết nạp được 356 đảng viên. Trong đó, Đảng bộ xã Bản Vược kết nạp 12 đảng viên, ' +
      'Đảng bộ xã Cốc Mỳ kết nạp 10 đảng viên, Đảng bộ thị trấn Bát Xát kết nạp 15 đảng viên.',
    figures: [
      organizationFigure('Đảng bộ huyện Bát Xát'),
      organizationFigure('Đảng bộ xã Bản Vược'),
      organizationFigure('Đảng bộ xã Cốc Mỳ'),
      organizationFigure('Đảng bộ thị trấn Bát Xát'),
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
    figures: [organizationFigure('Đảng bộ xã Tòng Sành'), { type: 'cells', value: 19 }, { type: 'totalMembers', value: 402 }],
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
    figures: [{ type: 'totalMembers', value: 11352 }, organizationFigure('Đảng bộ thành phố Lào Cai')],
  },
  {
    id: 'target-range-words',
    org: 'Đảng bộ xã Quang Kim',
    text: 'Năm 2025, Đảng bộ xã Quang Kim đề ra mục tiêu kết nạp từ 10 đến 12 đảng viên.',
    figures: [organizationFigure('Đảng bộ xã Quang Kim'), { type: 'target', value: target(10, 12), period: '2025', perYear: false }],
  },
  {
    id: 'exceeded-without-number',
    org: 'Đảng bộ xã Bản Qua',
    text: 'Năm 2024, Đảng bộ xã Bản Qua kết nạp 17 đảng viên, vượt chỉ tiêu cấp trên giao.',
    figures: [
      organizationFigure('Đảng bộ xã Bản Qua'),
      { type: 'admitted', value: 17, period: '2024' },
      { type: 'targetStatus', value: 'exceeded', period: '2024' },
    ],
  },
  {
    id: 'thousands',
    org: 'Đảng bộ tỉnh Lào Cai',
    text: 'Năm 2023, Đảng bộ tỉnh Lào Cai kết nạp được 1.783 đảng viên, đạt 100% chỉ tiêu.',
    figures: [
      organizationFigure('Đảng bộ tỉnh Lào Cai'),
      { type: 'admitted', value: 1783, period: '2023' },
      { type: 'percentOfTarget', value: 100, period: '2023' },
      // No target: any from 1.775 to 1.791 also gives "100%" once rounded, so the text does not say which.
    ],
  },
  {
    id: 'whole-term',
    org: 'Đảng bộ huyện Si Ma Cai',
    text: 'Trong nhiệm kỳ 2015 - 2020, Đảng bộ huyện Si Ma Cai kết nạp được 1.046 đảng viên.',
    figures: [organizationFigure('Đảng bộ huyện Si Ma Cai'), { type: 'admitted', value: 1046, period: '2015-2020' }],
  },
  {
    id: 'subset-is-not-all',
    org: 'Đảng bộ xã Nậm Xé',
    text: 'Năm 2024, Đảng bộ xã Nậm Xé kết nạp 21 đảng viên, trong đó kết nạp 8 đảng viên nữ.',
    figures: [organizationFigure('Đảng bộ xã Nậm Xé'), { type: 'admitted', value: 21, period: '2024' }],
  },
  {
    id: 'average-is-no-target',
    org: 'Đảng bộ thị xã Nghĩa Lộ',
    text: 'Bình quân mỗi năm, Đảng bộ thị xã Nghĩa Lộ kết nạp từ 90 đến 100 đảng viên.',
    figures: [organizationFigure('Đảng bộ thị xã Nghĩa Lộ')],
  },
  {
    id: 'aim-is-no-status',
    org: 'Đảng bộ xã Bản Cầm',
    text: 'Đảng bộ xã Bản Cầm phấn đấu đạt chỉ tiêu kết nạp đảng viên năm 2025.',
    figures: [organizationFigure('Đảng bộ xã Bản Cầm')],
  },
];
