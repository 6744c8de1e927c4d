// GET /v1/organizations as the data desk's directory: search ignoring diacritics and case, filters,
// and cursor pages. Every test scopes itself to a newsroom of its own (all test files share one D1).
import { OrganizationRecordSchema } from '@chitieu/domain';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { request, type ErrorBody } from '../../test/request.ts';
import { newsroomWithKey, putOrganization } from '../../test/write.ts';

const desk = await newsroomWithKey('dir-desk');

type Page = { organizations: { slug: string; parent: string | null }[]; nextCursor: string | null };

async function list(query: string): Promise<Page> {
  const res = await request(`/v1/organizations?${query}`);
  expect(res.status).toBe(200);
  const page = await res.json<Page>();
  for (const organization of page.organizations) OrganizationRecordSchema.parse(organization);
  return page;
}

const slugs = async (query: string) => (await list(query)).organizations.map((o) => o.slug);

await putOrganization(desk.key, 'dir-tinh', { name: 'Đảng bộ tỉnh Thử', kind: 'provincial' });
await putOrganization(desk.key, 'dir-dong-tam', { name: 'Đảng bộ xã Đồng Tâm', parent: 'dir-tinh' });
await putOrganization(desk.key, 'dir-ban-lau', { name: 'Đảng bộ xã Bản Lầu', parent: 'dir-tinh', validTo: '2025-06-30' });
await putOrganization(desk.key, 'dir-huyen', { name: 'Đảng bộ huyện Thử', kind: 'district', parent: 'dir-tinh' });

describe('searching with q', () => {
  it('finds “Mường Khương” for muong khuong, ignoring diacritics and case', async () => {
    const found = await slugs('q=muong%20khuong');
    expect(found).toEqual(expect.arrayContaining(['huyen-muong-khuong', 'muong-khuong']));
    expect(found).not.toContain('lao-cai');
    expect(await slugs(`q=${encodeURIComponent('MƯỜNG KHƯƠNG')}`)).toEqual(found);
    expect(await slugs(`q=${encodeURIComponent('Mường Khương'.normalize('NFD'))}`)).toEqual(found);
  });

  it('folds đ and Đ to d', async () => {
    expect(await slugs('q=dong%20tam&newsroom=dir-desk')).toEqual(['dir-dong-tam']);
    expect(await slugs(`q=${encodeURIComponent('ĐỒNG TÂM')}&newsroom=dir-desk`)).toEqual(['dir-dong-tam']);
  });

  it('finds by slug too', async () => {
    expect(await slugs('q=dir-ban-lau')).toEqual(['dir-ban-lau']);
  });

  it('finds an organisation by its new name after a rename through the API', async () => {
    await putOrganization(desk.key, 'dir-renamed', { name: 'Chi bộ Bắc Hà' });
    expect(await slugs('q=bac%20ha&newsroom=dir-desk')).toEqual(['dir-renamed']);
    await putOrganization(desk.key, 'dir-renamed', { name: 'Chi bộ Si Ma Cai' });
    // Other URLs than the one read above: that answer may stay in the edge cache for its minute.
    expect(await slugs('q=si%20ma%20cai&newsroom=dir-desk')).toEqual(['dir-renamed']);
    expect(await slugs('q=bac%20ha&newsroom=dir-desk&kind=grassroots')).toEqual([]);
  });

  it('stays right when a row is renamed or added by SQL that knows nothing of the search column', async () => {
    await putOrganization(desk.key, 'dir-sql', { name: 'Chi bộ Pha Long' });
    expect(await slugs('q=pha%20long&newsroom=dir-desk')).toEqual(['dir-sql']);
    await env.DB.batch([
      env.DB.prepare("UPDATE organizations SET name = 'Chi bộ Tả Ngài Chồ' WHERE slug = 'dir-sql'"),
      env.DB.prepare("INSERT INTO organizations (slug, name, kind) VALUES ('dir-sql-new', 'Chi bộ Tả Gia Khâu', 'grassroots')"),
    ]);
    expect(await slugs('q=ta%20ngai%20cho')).toEqual(['dir-sql']);
    expect(await slugs('q=pha%20long&newsroom=dir-desk&kind=grassroots')).toEqual([]);
    expect(await slugs('q=ta%20gia%20khau')).toEqual(['dir-sql-new']);
  });
});

describe('filters', () => {
  it('parent lists the organisations directly under one, each naming its parent; parent= those under none', async () => {
    const { organizations } = await list('parent=dir-tinh');
    expect(organizations.map((o) => [o.slug, o.parent])).toEqual([
      ['dir-ban-lau', 'dir-tinh'],
      ['dir-dong-tam', 'dir-tinh'],
      ['dir-huyen', 'dir-tinh'],
    ]);
    const roots = await slugs('parent=&newsroom=dir-desk');
    expect(roots).toContain('dir-tinh');
    expect(roots).not.toContain('dir-dong-tam');
  });

  it('kind, newsroom and status combine', async () => {
    expect(await slugs('kind=district&newsroom=dir-desk')).toEqual(['dir-huyen']);
    expect(await slugs('parent=dir-tinh&status=closed')).toEqual(['dir-ban-lau']);
    expect(await slugs('parent=dir-tinh&status=open')).toEqual(['dir-dong-tam', 'dir-huyen']);
    expect(await slugs('newsroom=bao-lao-cai&status=closed')).toContain('muong-khuong');
    expect(await slugs('newsroom=bao-lao-cai&status=open')).not.toContain('muong-khuong');
  });
});

describe('pages', () => {
  it('walk the whole list with the cursor, in slug order, each organisation once', async () => {
    const everything = await slugs('newsroom=dir-desk&limit=200');
    expect(everything.length).toBeGreaterThanOrEqual(6);
    const walked: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await list(`newsroom=dir-desk&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`);
      expect(page.organizations.length).toBeLessThanOrEqual(2);
      walked.push(...page.organizations.map((o) => o.slug));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 20);
    expect(walked).toEqual(everything);
    expect(walked).toEqual([...walked].sort());
    expect(pages).toBe(Math.ceil(everything.length / 2));
  });

  it('stay stable when an organisation is added before the cursor between two pages', async () => {
    const bulk = await newsroomWithKey('dir-stable');
    for (const slug of ['dir-stable-b', 'dir-stable-d', 'dir-stable-f']) await putOrganization(bulk.key, slug);
    const first = await list('newsroom=dir-stable&limit=2');
    expect(first.organizations.map((o) => o.slug)).toEqual(['dir-stable-b', 'dir-stable-d']);
    await putOrganization(bulk.key, 'dir-stable-a');
    const second = await list(`newsroom=dir-stable&limit=2&cursor=${first.nextCursor}`);
    expect(second.organizations.map((o) => o.slug)).toEqual(['dir-stable-f']);
    expect(second.nextCursor).toBeNull();
  });

  it('hold 50 by default once any parameter is given', async () => {
    const { id } = (await env.DB.prepare("INSERT INTO newsrooms (slug, name) VALUES ('dir-bulk', 'Bulk') RETURNING id").first<{ id: number }>()) ?? { id: 0 };
    await env.DB.batch(
      Array.from({ length: 51 }, (_, i) =>
        env.DB.prepare("INSERT INTO organizations (slug, name, kind, newsroom_id) VALUES (?1, ?2, 'grassroots', ?3)").bind(
          `dir-bulk-${String(i).padStart(2, '0')}`,
          `Chi bộ số ${i}`,
          id,
        ),
      ),
    );
    const page = await list('newsroom=dir-bulk');
    expect(page.organizations).toHaveLength(50);
    expect(page.nextCursor).not.toBeNull();
    expect((await list(`newsroom=dir-bulk&cursor=${page.nextCursor}`)).organizations.map((o) => o.slug)).toEqual(['dir-bulk-50']);
    expect(await slugs('q=chi%20bo%20so%2050')).toEqual(['dir-bulk-50']);
  });

  it('without any parameter hold every organisation, as before paging existed', async () => {
    const page = await list('');
    expect(page.nextCursor).toBeNull();
    expect(page.organizations.length).toBeGreaterThan(50);
    expect(page.organizations.map((o) => o.slug)).toEqual(expect.arrayContaining(['muong-khuong', 'dir-tinh', 'dir-bulk-50']));
  });
});

describe('bad parameters', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    [`cursor=${btoa('o1:Not A Slug')}`, 'cursor'],
    ['kind=village', 'kind'],
    ['status=gone', 'status'],
    ['q=%25%25%25', 'q'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['parent=Bad%20Slug', 'parent'],
    ['sort=name', ''],
  ])('answer 400 naming the parameter for %s', async (query, name) => {
    const res = await request(`/v1/organizations?${query}`);
    expect(res.status).toBe(400);
    const { error } = await res.json<ErrorBody>();
    expect(error.code).toBe('validation_failed');
    expect(error.issues?.[0]?.path).toEqual(name === '' ? ['query'] : ['query', name]);
  });
});
