import { describe, expect, it } from 'vitest';
import { parseEmbedQuery, type EmbedParams } from './embed-params.ts';
import { describeEmbed, readEmbed } from './embed-read.ts';
import { CURRENT, readAdmissions, readCells, readDay, readSubordinateAdmissions, selectorOf, type FigureStore, type VersionSelector } from './read-figures.ts';
import type { StoredAdmission, StoredCensus } from './read-responses.ts';

const organization = { slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' };
const closing = { organizationValidTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }] };

function admission(revision: number, admitted: number, asOf: string): StoredAdmission {
  return {
    organization,
    period: '2024',
    admitted,
    target: { min: 20, max: 20 },
    breakdown: {},
    termToDate: null,
    totalMembers: null,
    asOf,
    sources: [],
    revision,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...closing,
  } as StoredAdmission;
}

function census(revision: number, asOf: string, committee: 'formed' | 'none'): StoredCensus {
  return {
    organization,
    term: '2020-2025',
    asOf,
    cells: [{ slug: 'na-day', name: 'Chi bộ Na Đẩy', kind: 'residential', committee, committeeFormedOn: null, fullMembers: null }],
    sources: [],
    revision,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...closing,
  };
}

/** Two revisions of the 2024 admissions (53, then 54) and two censuses, answering selectors as the database does. */
function store(): FigureStore & { asked: VersionSelector[] } {
  const admissions = [admission(1, 53, '2024-12-31'), admission(2, 54, '2025-01-15')];
  const censuses = [census(1, '2024-12-31', 'none'), census(2, '2025-03-01', 'formed')];
  function pick<T extends { revision: number; asOf: string }>(versions: T[], selector: VersionSelector): T | null {
    if (selector.kind === 'revision') return versions.find((v) => v.revision === selector.revision) ?? null;
    const eligible = selector.kind === 'asOf' ? versions.filter((v) => v.asOf <= selector.asOf) : versions;
    return eligible.at(-1) ?? null;
  }
  const asked: VersionSelector[] = [];
  return {
    asked,
    admissionRecord: async (org, period, selector) => {
      asked.push(selector);
      return org === 'muong-khuong' && period === '2024' ? pick(admissions, selector) : null;
    },
    cellCensus: async (org, selector) => {
      asked.push(selector);
      return org === 'muong-khuong' ? pick(censuses, selector) : null;
    },
    organization: async (slug) => (slug === 'muong-khuong' ? { validTo: '2025-06-30', successors: ['xa-muong-khuong'] } : null),
    // The town under an illustrative district, beside a sister town without figures, closed in 2025.
    subordinates: async (slug, period) =>
      slug === 'huyen-minh-hoa' && period === '2024'
        ? {
            organization: { slug: 'huyen-minh-hoa', name: 'Đảng bộ huyện minh họa' },
            validTo: null,
            successors: [],
            subordinates: [
              { organization, validTo: '2025-06-30', successors: closing.successors },
              { organization: { slug: 'thi-tran-khac', name: 'Đảng bộ thị trấn khác' }, validTo: '2025-06-30', successors: [] },
            ],
          }
        : null,
  };
}

const TODAY = '2026-01-05';

function params(element: 'party-target-gauge' | 'party-cell-map' | 'party-target-ranking', query: string): EmbedParams {
  const parsed = parseEmbedQuery(element, new URLSearchParams(query));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('selectorOf and readDay', () => {
  it('prefers a revision, then a day, else the current version', () => {
    expect(selectorOf({ revision: 2, asOf: null })).toEqual({ kind: 'revision', revision: 2 });
    expect(selectorOf({ revision: null, asOf: '2024-12-31' })).toEqual({ kind: 'asOf', asOf: '2024-12-31' });
    expect(selectorOf({})).toEqual(CURRENT);
  });

  it('reads a pinned revision as of its figures’ day, so its answer never changes', () => {
    expect(readDay({ kind: 'revision', revision: 1 }, '2024-12-31', TODAY)).toBe('2024-12-31');
    expect(readDay({ kind: 'asOf', asOf: '2025-07-01' }, '2024-12-31', TODAY)).toBe('2025-07-01');
    expect(readDay(CURRENT, '2024-12-31', TODAY)).toBe(TODAY);
  });
});

describe('readAdmissions', () => {
  it('answers the live figures, a pinned revision and the figures as of a day', async () => {
    const s = store();
    expect(await readAdmissions(s, 'muong-khuong', '2024', CURRENT, TODAY)).toMatchObject({ ok: true, body: { admitted: 54, revision: 2, delta: 34 } });
    expect(await readAdmissions(s, 'muong-khuong', '2024', { kind: 'revision', revision: 1 }, TODAY)).toMatchObject({
      ok: true,
      body: { admitted: 53, revision: 1 },
    });
    expect(await readAdmissions(s, 'muong-khuong', '2024', { kind: 'asOf', asOf: '2025-01-01' }, TODAY)).toMatchObject({ ok: true, body: { admitted: 53 } });
  });

  it('says the closing only to reads about a day after it', async () => {
    const s = store();
    const live = await readAdmissions(s, 'muong-khuong', '2024', CURRENT, TODAY);
    const pinned = await readAdmissions(s, 'muong-khuong', '2024', { kind: 'revision', revision: 1 }, TODAY);
    expect(live.ok && live.body.succeededBy).toEqual({ validTo: '2025-06-30', successors: closing.successors });
    expect(pinned.ok && pinned.body.succeededBy).toBeNull();
  });

  it('tells an unknown organisation from missing figures', async () => {
    const s = store();
    expect(await readAdmissions(s, 'nowhere', '2024', CURRENT, TODAY)).toEqual({ ok: false, notFound: 'No organization named "nowhere"' });
    expect(await readAdmissions(s, 'muong-khuong', '2024', { kind: 'revision', revision: 9 }, TODAY)).toEqual({
      ok: false,
      notFound: 'No admissions of "muong-khuong" recorded for 2024 at revision 9; it existed until 2025-06-30 and was succeeded by xa-muong-khuong',
    });
  });
});

describe('readCells', () => {
  it('answers the census of a day and tells a missing census', async () => {
    const s = store();
    expect(await readCells(s, 'muong-khuong', { kind: 'asOf', asOf: '2025-01-01' }, TODAY)).toMatchObject({
      ok: true,
      body: { revision: 1, counts: { none: 1 } },
    });
    expect(await readCells(s, 'muong-khuong', { kind: 'asOf', asOf: '2020-01-01' }, TODAY)).toEqual({
      ok: false,
      notFound: 'No cell census of "muong-khuong" on or before 2020-01-01',
    });
  });
});

describe('readEmbed and describeEmbed', () => {
  it('name and describe a revision-pinned gauge by the pinned figures, a live one by the live figures', async () => {
    const s = store();
    const pinned = await readEmbed(s, params('party-target-gauge', 'org=muong-khuong&period=2024&revision=1'), TODAY);
    const live = await readEmbed(s, params('party-target-gauge', 'org=muong-khuong&period=2024'), TODAY);
    if (!pinned.ok || !live.ok) throw new Error('both reads must answer');
    expect(describeEmbed(pinned.body, { lang: 'vi', label: null }).summary).toContain('Đã kết nạp 53 đảng viên');
    expect(describeEmbed(live.body, { lang: 'vi', label: null }).summary).toContain('Đã kết nạp 54 đảng viên');
    expect(s.asked).toEqual([{ kind: 'revision', revision: 1 }, CURRENT]);
  });

  it('pins a map by its as-of day, and gives the kinds of its cells', async () => {
    const s = store();
    const read = await readEmbed(s, params('party-cell-map', 'org=muong-khuong&as-of=2025-01-01&lang=en'), TODAY);
    if (!read.ok) throw new Error(read.notFound);
    const described = describeEmbed(read.body, { lang: 'en', label: 'Mường Khương' });
    expect(described).toEqual({
      title: 'Mường Khương: cell committee status',
      summary: 'Mường Khương: 1 cell, of which no committee yet: 1.',
      kinds: ['residential'],
      ranking: null,
    });
  });
});

describe('readSubordinateAdmissions', () => {
  it('lists every subordinate with its admissions read, or null for one without figures (never a zero), and adds up those it has', async () => {
    const read = await readSubordinateAdmissions(store(), 'huyen-minh-hoa', '2024', CURRENT, '2025-03-01');
    if (!read.ok) throw new Error(read.notFound);
    expect(read.body.organization.slug).toBe('huyen-minh-hoa');
    expect(read.body.subordinates.map((row) => [row.organization.slug, row.admissions?.admitted ?? null])).toEqual([
      ['muong-khuong', 54],
      ['thi-tran-khac', null],
    ]);
    expect(read.body.total).toBeNull();
    expect(read.body.sum).toEqual({ admitted: 54, target: { min: 20, max: 20 }, reporting: 1, count: 2 });
    expect(read.body.difference).toBeNull();
    expect(read.body.asOf).toBeNull();
  });

  it('reads every row as of a pinned day, and says a subordinate closed only to reads about a day after it', async () => {
    const s = store();
    const pinned = await readSubordinateAdmissions(s, 'huyen-minh-hoa', '2024', { kind: 'asOf', asOf: '2025-01-01' }, TODAY);
    if (!pinned.ok) throw new Error(pinned.notFound);
    expect(pinned.body.asOf).toBe('2025-01-01');
    expect(pinned.body.subordinates[0]?.admissions?.admitted).toBe(53);
    expect(pinned.body.subordinates.every((row) => row.succeededBy === null)).toBe(true);
    expect(s.asked.every((selector) => selector.kind === 'asOf')).toBe(true);
    const later = await readSubordinateAdmissions(s, 'huyen-minh-hoa', '2024', CURRENT, TODAY);
    if (!later.ok) throw new Error(later.notFound);
    expect(later.body.subordinates.map((row) => row.succeededBy?.validTo ?? null)).toEqual(['2025-06-30', '2025-06-30']);
    expect(later.body.subordinates[0]?.succeededBy?.successors).toEqual(closing.successors);
  });

  it('tells an unknown organisation', async () => {
    expect(await readSubordinateAdmissions(store(), 'khong-co', '2024', CURRENT, TODAY)).toEqual({ ok: false, notFound: 'No organization named "khong-co"' });
  });

  it('is an embed of its own: named and summed up from the read, in the order and with the label the embed asks for', async () => {
    const read = await readEmbed(store(), params('party-target-ranking', 'org=huyen-minh-hoa&period=2024&sort=name'), '2025-03-01');
    if (!read.ok) throw new Error(read.notFound);
    const described = describeEmbed(read.body, { lang: 'vi', label: null, sort: 'name' });
    expect(described.title).toBe('Đảng bộ huyện minh họa: kết nạp đảng viên theo đơn vị trực thuộc (Năm 2024)');
    expect(described.summary).toBe(
      'Đảng bộ huyện minh họa (Năm 2024): Cộng 1/2 đơn vị trực thuộc có số liệu: Đã kết nạp 54 đảng viên, vượt 34 đảng viên so với chỉ tiêu 20 (đạt 270%); ' +
        'Đảng bộ thị trấn khác: chưa có số liệu; Đảng bộ thị trấn Mường Khương: 54/20, đạt 270% chỉ tiêu.',
    );
    expect(described.ranking).toEqual({ rows: 2, withTotal: false });
  });
});
