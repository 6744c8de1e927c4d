/**
 * A synthetic country for measuring the API at national scale: 34 provinces, about 3,400 communes
 * and wards under them, about 60,000 cells and ten years of admissions. Every row is marked as
 * invented: slugs start with `synthetic-`, names end with "(giả lập)", and every organisation belongs
 * to the newsroom `synthetic-country`. It is generated from a fixed pseudo-random seed, so the same
 * scale always gives the same SQL. It loads beside the seed (ids from SYNTHETIC_ID_BASE up, so no
 * statement needs a subquery to find a parent) and only into a database of its own:
 * scripts/synthetic-country.mjs never touches the database `wrangler dev` serves by default.
 */
import { searchText } from '@chitieu/domain';
import { sqlLiteral as lit } from './sql-literal.ts';

/** Ids of synthetic rows start here, far above the seed's. */
const SYNTHETIC_ID_BASE = 1_000_000;
export const SYNTHETIC_NEWSROOM = 'synthetic-country';
const SYNTHETIC_SLUG_PREFIX = 'synthetic-';
export const SYNTHETIC_NAME_SUFFIX = ' (giả lập)';

export type SyntheticOptions = {
  /** 1 for the national scale (100 communes per province); smaller for tests. */
  scale?: number;
};

type SyntheticCounts = { provinces: number; communes: number; cells: number; admissions: number };

export type SyntheticCountry = { statements: string[]; counts: SyntheticCounts };

const PROVINCES = 34;
const COMMUNES_PER_PROVINCE = 100;
const YEARS = Array.from({ length: 10 }, (_, i) => String(2016 + i));
const ROWS_PER_STATEMENT = 500;
const CELL_KINDS = ['residential', 'residential', 'residential', 'agency', 'school', 'enterprise', 'police', 'military'] as const;
const COMMITTEES = ['existing', 'existing', 'none', 'ineligible', 'unknown'] as const;
const SYLLABLES = [
  'An',
  'Bình',
  'Cao',
  'Châu',
  'Đông',
  'Hòa',
  'Hưng',
  'Khánh',
  'Lạc',
  'Lâm',
  'Long',
  'Minh',
  'Mường',
  'Nam',
  'Ngọc',
  'Phong',
  'Phú',
  'Quang',
  'Sơn',
  'Tân',
  'Thạch',
  'Thanh',
  'Thịnh',
  'Trung',
  'Tuyên',
  'Vân',
  'Việt',
  'Vĩnh',
  'Xuân',
  'Yên',
];

/** mulberry32: a small deterministic generator, so the country is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Multi-row INSERTs of at most ROWS_PER_STATEMENT rows each. */
function inserts(table: string, columns: string, rows: readonly string[]): string[] {
  const statements: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    statements.push(`INSERT INTO ${table} (${columns}) VALUES\n${rows.slice(start, start + ROWS_PER_STATEMENT).join(',\n')};`);
  }
  return statements;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The SQL that loads the synthetic country into a database migrated with migrations/ (the seed may
 * or may not be there), one statement per string, and what it holds.
 *
 * @example syntheticCountry({ scale: 0.01 }).counts // { provinces: 34, communes: 34, cells: …, admissions: 680 }
 */
export function syntheticCountry(options: SyntheticOptions = {}): SyntheticCountry {
  const scale = options.scale ?? 1;
  const communesPerProvince = Math.max(1, Math.round(COMMUNES_PER_PROVINCE * scale));
  const next = random(20_250_701);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const newsroomId = SYNTHETIC_ID_BASE;
  const sourceId = SYNTHETIC_ID_BASE;
  let orgId = SYNTHETIC_ID_BASE;
  let censusId = SYNTHETIC_ID_BASE;
  let cellId = SYNTHETIC_ID_BASE;
  let recordId = SYNTHETIC_ID_BASE;

  const organizations: string[] = [];
  const admissions: string[] = [];
  const admissionSources: string[] = [];
  const censuses: string[] = [];
  const censusSources: string[] = [];
  const cells: string[] = [];
  const counts: SyntheticCounts = { provinces: 0, communes: 0, cells: 0, admissions: 0 };

  const organization = (slug: string, name: string, kind: string, parent: number | null): number => {
    orgId += 1;
    organizations.push(`(${orgId}, ${lit(slug)}, ${lit(name)}, ${lit(kind)}, ${parent ?? 'NULL'}, ${newsroomId}, ${lit(searchText(`${name} ${slug}`))})`);
    return orgId;
  };
  const admissionYears = (organization: number, size: number) => {
    for (const year of YEARS) {
      recordId += 1;
      const target = Math.round(size * (0.8 + next() * 0.4));
      const admitted = Math.round(target * (0.6 + next() * 0.7));
      admissions.push(`(${recordId}, ${organization}, '${year}', ${admitted}, ${target}, ${target}, '${year}-12-31')`);
      admissionSources.push(`(${recordId}, ${sourceId}, 0)`);
      counts.admissions += 1;
    }
  };

  for (let p = 1; p <= PROVINCES; p += 1) {
    const provinceName = `${pick(SYLLABLES)} ${pick(SYLLABLES)}`;
    const province = organization(`${SYNTHETIC_SLUG_PREFIX}tinh-${pad(p, 2)}`, `Tỉnh ${provinceName} ${pad(p, 2)}${SYNTHETIC_NAME_SUFFIX}`, 'provincial', null);
    counts.provinces += 1;
    admissionYears(province, 1500);
    for (let k = 1; k <= communesPerProvince; k += 1) {
      const ward = next() < 0.2;
      const name = `${ward ? 'Phường' : 'Xã'} ${pick(SYLLABLES)} ${pick(SYLLABLES)} ${pad(p, 2)}-${pad(k, 3)}${SYNTHETIC_NAME_SUFFIX}`;
      const commune = organization(`${SYNTHETIC_SLUG_PREFIX}xa-${pad(p, 2)}-${pad(k, 3)}`, name, 'grassroots', province);
      counts.communes += 1;
      admissionYears(commune, 15);
      censusId += 1;
      censuses.push(`(${censusId}, ${commune}, '2025-2030', '2025-07-01')`);
      censusSources.push(`(${censusId}, ${sourceId}, 0)`);
      const cellCount = 10 + Math.floor(next() * 16);
      for (let position = 0; position < cellCount; position += 1) {
        cellId += 1;
        const kind = pick(CELL_KINDS);
        const members = 3 + Math.floor(next() * 40);
        const committee = members < 9 ? 'ineligible' : pick(COMMITTEES);
        cells.push(
          `(${cellId}, ${censusId}, 'synthetic-chi-bo-${pad(position + 1, 2)}', ${lit(`Chi bộ ${pick(SYLLABLES)} ${position + 1}${SYNTHETIC_NAME_SUFFIX}`)}, '${kind}', '${committee}', ${members}, ${position})`,
        );
        counts.cells += 1;
      }
    }
  }

  const statements = [
    `INSERT INTO newsrooms (id, slug, name) VALUES (${newsroomId}, '${SYNTHETIC_NEWSROOM}', ${lit(`Tòa soạn${SYNTHETIC_NAME_SUFFIX}`)});`,
    `INSERT INTO sources (id, fingerprint, publisher, title, url, published_on) VALUES (${sourceId}, 'synthetic-country', ${lit(`Dữ liệu${SYNTHETIC_NAME_SUFFIX}`)}, ${lit(`Số liệu bịa ra để đo tốc độ API${SYNTHETIC_NAME_SUFFIX}`)}, NULL, '2025-07-01');`,
    ...inserts('organizations', 'id, slug, name, kind, parent_id, newsroom_id, search_text', organizations),
    ...inserts('admission_records', 'id, organization_id, period, admitted, target_min, target_max, as_of', admissions),
    ...inserts('admission_record_sources', 'admission_record_id, source_id, position', admissionSources),
    ...inserts('cell_censuses', 'id, organization_id, term, as_of', censuses),
    ...inserts('cell_census_sources', 'cell_census_id, source_id, position', censusSources),
    ...inserts('cells', 'id, census_id, slug, name, kind, committee, full_members, position', cells),
  ];
  return { statements, counts };
}
