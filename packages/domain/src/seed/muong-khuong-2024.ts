// The figures of Báo Lào Cai's article on Đảng bộ thị trấn Mường Khương in 2024, exactly as published; knows nothing of storage or display.
import type { Source } from '../source.ts';
import type { SeedCell, SeedDataset } from '../seed-dataset.ts';
import { slugify } from '../text.ts';

/**
 * The article. Our copy (seeds/bao-lao-cai-muong-khuong-2024.txt) carries neither its link nor its
 * publication date, so both stay null rather than guessed.
 */
const BAO_LAO_CAI: Source = {
  publisher: 'Báo Lào Cai',
  title: 'Kết quả vượt bậc trong phát triển đảng viên',
  url: null,
  publishedOn: null,
};

// The article reports the year 2024 ("Năm 2024", "đến thời điểm này"); without its publication date
// the end of that year is the latest day its figures can be said to describe.
const AS_OF = '2024-12-31';

// From 1 July 2025 the district level was abolished and towns were merged into larger communes.
// The article predates this and names no successors, so successors stay empty: unknown, not invented.
const LAST_DAY_BEFORE_REFORM = '2025-06-30';

function namedResidential(name: string, committee: 'formed' | 'none'): SeedCell {
  return { slug: slugify(name), name, kind: 'residential', committee, committeeFormedOn: null, fullMembers: null };
}

function unnamed(prefix: string, count: number, kind: SeedCell['kind'], committee: SeedCell['committee']): SeedCell[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `${prefix}-${i + 1}`,
    name: null,
    kind,
    committee,
    committeeFormedOn: null,
    fullMembers: null,
  }));
}

/**
 * Organisations, admissions and the cell census of Đảng bộ thị trấn Mường Khương (Lào Cai), 2024.
 *
 * @example
 * import { SEED } from '@chitieu/domain/seed';
 * SEED.admissions.find((a) => a.period === '2024')?.admitted; // 53
 */
export const SEED: SeedDataset = {
  organizations: [
    {
      slug: 'lao-cai',
      name: 'Đảng bộ tỉnh Lào Cai',
      kind: 'provincial',
      parent: null,
      validFrom: null,
      validTo: null,
      successors: [],
    },
    {
      slug: 'huyen-muong-khuong',
      name: 'Đảng bộ huyện Mường Khương',
      kind: 'district',
      parent: 'lao-cai',
      validFrom: null,
      validTo: LAST_DAY_BEFORE_REFORM,
      successors: [],
    },
    {
      slug: 'muong-khuong',
      name: 'Đảng bộ thị trấn Mường Khương',
      kind: 'grassroots',
      parent: 'huyen-muong-khuong',
      validFrom: null,
      validTo: LAST_DAY_BEFORE_REFORM,
      successors: [],
    },
  ],

  admissions: [
    {
      organization: 'muong-khuong',
      period: '2024',
      admitted: 53,
      // "vượt 33 đảng viên so với mục tiêu đặt ra": 53 − 33 = 20
      target: { min: 20, max: 20 },
      breakdown: {
        youth: {
          unit: 'share',
          exact: null,
          min: 0.6, // "hơn 60%": a bound, not a count
          max: null,
          minExclusive: true,
          maxExclusive: false,
          note: 'Trong tuổi đoàn; người trực tiếp sản xuất ở nông thôn, công an viên và dân quân',
        },
        nonStateEnterprise: {
          unit: 'members',
          exact: 9,
          min: null,
          max: null,
          minExclusive: false,
          maxExclusive: false,
          note: 'Hợp tác xã Kinh doanh tổng hợp - Môi trường Mường Khương',
        },
      },
      termToDate: { term: '2020-2025', admitted: 93 },
      totalMembers: 454,
      asOf: AS_OF,
      sources: [BAO_LAO_CAI],
    },
    {
      // The term was still running: 93 is "lũy kế từ đầu nhiệm kỳ đến nay", and the article states
      // no target for the term.
      organization: 'muong-khuong',
      period: '2020-2025',
      admitted: 93,
      target: null,
      breakdown: {},
      termToDate: null,
      totalMembers: 454,
      asOf: AS_OF,
      sources: [BAO_LAO_CAI],
    },
  ],

  cellCensuses: [
    {
      organization: 'muong-khuong',
      term: '2020-2025',
      asOf: AS_OF,
      sources: [BAO_LAO_CAI],
      // 25 cells: 17 residential-group cells, of which 7 had no committee at the start of the term
      // (5 formed one since, 2 still have none) and 10 had one; the other 8 are agency and school
      // cells whose names and committees the article does not give.
      cells: [
        ...['Na Đẩy', 'Na Khui', 'Chúng Chải B', 'Lao Chải', 'Sa Pả'].map((name) => namedResidential(name, 'formed')),
        ...['Choán Ván', 'Sả Hồ'].map((name) => namedResidential(name, 'none')),
        ...unnamed('to-dan-pho-chua-ro-ten', 10, 'residential', 'existing'),
        ...unnamed('co-quan-truong-hoc-chua-ro-ten', 8, 'agencyOrSchool', 'unknown'),
      ],
    },
  ],
};

export type { SeedDataset } from '../seed-dataset.ts';
