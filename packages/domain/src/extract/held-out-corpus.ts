/**
 * Texts written after the reader's rules were last changed and never used to change them, so their
 * score is the nearest thing to a first reading of unseen articles. Our own words, as in
 * ./extraction-corpus.ts. Do not tune the reader on these: when they have served, move them into the
 * corpus and write new ones.
 */
import type { CorpusCase } from './extraction-corpus.ts';

const t = (min: number, max = min) => ({ min, max });

export const HELD_OUT_CORPUS: CorpusCase[] = [
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
];
