// Texts about other things (households, roads, budgets, other organisations' members): nothing to propose. Our own words.
import type { CorpusCase } from './corpus-case.ts';

export const SILENT_TEXTS: CorpusCase[] = [
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
];
