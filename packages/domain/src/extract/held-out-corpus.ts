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
    id: 'h6-target-after',
    org: 'Đảng bộ xã Quang Kim',
    text: 'Năm 2024, Đảng bộ xã Quang Kim kết nạp 19 đảng viên, trong đó 12 đảng viên là đoàn viên thanh niên; chỉ tiêu năm là 18 đảng viên.',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Quang Kim' },
      { type: 'admitted', value: 19, period: '2024' },
      { type: 'target', value: t(18), period: '2024', derived: false },
    ],
  },
  {
    id: 'h6-dated-percent',
    org: 'Đảng bộ thị xã Sa Pa',
    text: 'Đến 30/11/2024, Đảng bộ thị xã Sa Pa kết nạp được 142 đảng viên, đạt 101,4% kế hoạch năm.',
    figures: [
      { type: 'organization', value: 'Đảng bộ thị xã Sa Pa' },
      { type: 'admitted', value: 142, period: '2024', asOf: '2024-11-30' },
      { type: 'percentOfTarget', value: 101.4, period: '2024' },
      { type: 'target', value: t(140), period: '2024', derived: true },
    ],
  },
  {
    id: 'h6-cells-rural',
    org: null,
    text: 'Toàn Đảng bộ hiện có 52 chi bộ, trong đó 35 chi bộ nông thôn và 17 chi bộ cơ quan.',
    figures: [
      { type: 'cells', value: 52, cellKind: null },
      { type: 'cells', value: 35 },
      { type: 'cells', value: 17, cellKind: 'agency' },
    ],
  },
  {
    id: 'h6-missed-fraction',
    org: 'Đảng bộ phường Cốc Lếu',
    text: 'Năm 2024, Đảng bộ phường Cốc Lếu chưa hoàn thành chỉ tiêu kết nạp đảng viên, mới kết nạp 9/15 đảng viên.',
    figures: [
      { type: 'organization', value: 'Đảng bộ phường Cốc Lếu' },
      { type: 'targetStatus', value: 'missed', period: '2024' },
      { type: 'admitted', value: 9, period: '2024' },
      { type: 'target', value: t(15), period: '2024' },
    ],
  },
  {
    id: 'h6-last-year-of-term',
    org: 'Đảng bộ xã Lùng Sui',
    text: 'Năm 2025 là năm cuối nhiệm kỳ 2020 - 2025; Đảng bộ xã Lùng Sui đặt mục tiêu kết nạp 12 đảng viên.',
    figures: [
      { type: 'organization', value: 'Đảng bộ xã Lùng Sui' },
      { type: 'target', value: t(12), period: '2025' },
    ],
  },
  { id: 'h6-training', text: 'Năm 2024, huyện tổ chức 45 lớp bồi dưỡng cho 3.200 lượt cán bộ, đảng viên.', figures: [] },
  { id: 'h6-one-cell', text: 'Chi bộ thôn Phìn Giàng A hiện có 11 đảng viên, đủ điều kiện bầu chi ủy.', figures: [] },
  {
    id: 'h6-as-for-a-year',
    org: null,
    text: 'Riêng năm 2023, Đảng bộ kết nạp được 27 đảng viên.',
    figures: [{ type: 'admitted', value: 27, period: '2023' }],
  },
];
