// The source article's facts (domain.md), told in our own words: every one must be read, none wrongly.
import type { CorpusCase, ExpectedFigure } from './corpus-case.ts';
import { target, organizationFigure } from './corpus-case.ts';

export const MUONG_KHUONG_TEXTS: CorpusCase[] = [
  // The source article's facts, told in our own words.
  {
    id: 'muong-khuong-2024',
    org: 'Đảng bộ thị trấn Mường Khương',
    text: [
      'Năm 2024 ghi dấu bước tiến lớn của Đảng bộ thị trấn Mường Khương trong công tác phát triển đảng viên.',
      'Cả năm, Đảng bộ kết nạp 53 đảng viên mới, vượt 33 đảng viên so với chỉ tiêu được giao; hơn 60% số người được kết nạp đang ở tuổi đoàn viên.',
      'Lần đầu tiên, Đảng bộ kết nạp được 9 đảng viên là người lao động của hợp tác xã ngoài nhà nước trên địa bàn.',
      'Tính từ đầu nhiệm kỳ 2020 - 2025, toàn Đảng bộ đã kết nạp 93 đảng viên, nâng tổng số đảng viên lên 454 đồng chí.\n',
      'Hiện Đảng bộ có 25 chi bộ trực thuộc, gồm 17 chi bộ tổ dân phố và 8 chi bộ cơ quan, trường học.',
      'Khi bước vào nhiệm kỳ 2020 - 2025, 7 trong số 17 chi bộ tổ dân phố chưa có chi ủy.',
      'Sau gần 5 năm, đã có 5 chi bộ thành lập được chi ủy (Na Đẩy, Na Khui, Chúng Chải B, Lao Chải, Sa Pả); 2 chi bộ Choán Ván và Sả Hồ vẫn chưa có chi ủy.',
      '12 đồng chí Ủy viên Ban Chấp hành Đảng bộ được phân công theo dõi 25/25 chi bộ.',
      'Trong năm, Đảng ủy đã chỉ định bí thư, phó bí thư cho 3 chi bộ do có biến động về nhân sự.',
    ].join(' '),
    figures: [
      organizationFigure('Đảng bộ thị trấn Mường Khương'),
      { type: 'admitted', value: 53, period: '2024' },
      { type: 'overshoot', value: 33, period: '2024' },
      { type: 'target', value: target(20), period: '2024', derived: true },
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
