// A published article keeps the numbers it was written with: an embed pinned with `revision` or
// `as-of` shows the pinned figures everywhere a reader or a CMS meets it (the element's read, the
// iframe page's title and no-JavaScript summary, the oEmbed answer), while the live embed moves on.
import { describe, expect, it } from 'vitest';
import { request } from './request.ts';
import { admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from './write.ts';

const desk = await newsroomWithKey('pin-desk');
const ORG = 'pin-town';
await putOrganization(desk.key, ORG, { name: 'Đảng bộ thị trấn Ghim' });

// The 2024 admissions: 53 as of the year's end (revision 1), corrected to 54 in January (revision 2).
const first = await send(`/v1/organizations/${ORG}/admissions/2024`, { key: desk.key, json: admissionBody({ admitted: 53, asOf: '2024-12-31' }) });
const second = await send(`/v1/organizations/${ORG}/admissions/2024`, { key: desk.key, json: admissionBody({ admitted: 54, asOf: '2025-01-15' }) });

// Its cells: one residential cell (census revision 1), then an agency cell as well (revision 2), which
// adds a group of tiles and so makes the map taller.
const census1 = await send(`/v1/organizations/${ORG}/cells/na-day`, { key: desk.key, json: { ...cellBody(), asOf: '2024-12-31', sources: [SOURCE_JSON] } });
const census2 = await send(`/v1/organizations/${ORG}/cells/uy-ban`, {
  key: desk.key,
  json: cellBody({ name: 'Ủy ban thị trấn', kind: 'agency', committee: 'none' }),
});

const GAUGE = `/embed/party-target-gauge?org=${ORG}&period=2024`;
const MAP = `/embed/party-cell-map?org=${ORG}`;

async function page(path: string): Promise<{ status: number; title: string; summary: string }> {
  const res = await request(path);
  const html = await res.text();
  return { status: res.status, title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '', summary: /<p class="summary">([^<]*)<\/p>/.exec(html)?.[1] ?? '' };
}

async function oembed(path: string): Promise<{ status: number; body: { title?: string; height?: number; html?: string } }> {
  const res = await request(`/oembed?${new URLSearchParams({ url: `http://localhost${path}` })}`);
  return { status: res.status, body: await res.json() };
}

describe('the writes this file pins', () => {
  it('made two revisions of the admissions and two of the census', async () => {
    expect([first.status, second.status]).toEqual([201, 200]);
    expect([census1.status, census2.status]).toEqual([201, 201]);
    expect(await (await request(`/v1/organizations/${ORG}/admissions/2024`)).json()).toMatchObject({ admitted: 54, revision: 2 });
  });
});

describe('a gauge pinned to revision 1', () => {
  it('says 53 in its summary while the live gauge says 54', async () => {
    const pinned = await page(`${GAUGE}&revision=1`);
    const live = await page(GAUGE);
    expect(pinned.status).toBe(200);
    expect(pinned.summary).toBe('Đảng bộ thị trấn Ghim (Năm 2024): Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%).');
    expect(live.summary).toBe('Đảng bộ thị trấn Ghim (Năm 2024): Đã kết nạp 54 đảng viên, vượt 34 đảng viên so với chỉ tiêu 20 (đạt 270%).');
    expect(pinned.title).toBe('Đảng bộ thị trấn Ghim: kết nạp đảng viên (Năm 2024)');
  });

  it('is a page of nothing found, and no oEmbed, when the revision does not exist', async () => {
    expect((await page(`${GAUGE}&revision=7`)).status).toBe(404);
    expect((await oembed(`${GAUGE}&revision=7`)).status).toBe(404);
  });
});

describe('a gauge pinned with as-of', () => {
  it('shows the figures as of that day: 53 on 1 January, 54 later', async () => {
    expect((await page(`${GAUGE}&as-of=2025-01-01`)).summary).toContain('Đã kết nạp 53 đảng viên');
    expect((await page(`${GAUGE}&as-of=2025-02-01`)).summary).toContain('Đã kết nạp 54 đảng viên');
  });

  it('has no page and no oEmbed answer for a day before its first figures', async () => {
    expect((await page(`${GAUGE}&as-of=2024-06-30`)).status).toBe(404);
    expect((await oembed(`${GAUGE}&as-of=2024-06-30`)).status).toBe(404);
  });
});

describe('a map pinned to census revision 1', () => {
  it('summarises one cell and starts its oEmbed iframe at that census’s height, while the live map has two cells and is taller', async () => {
    const pinned = await page(`${MAP}&revision=1`);
    const live = await page(MAP);
    expect(pinned.summary).toBe('Đảng bộ thị trấn Ghim: 1 chi bộ, trong đó thành lập trong nhiệm kỳ: 1.');
    expect(live.summary).toBe('Đảng bộ thị trấn Ghim: 2 chi bộ, trong đó thành lập trong nhiệm kỳ: 1; chưa có chi ủy: 1.');
    const pinnedOembed = await oembed(`${MAP}&revision=1`);
    const liveOembed = await oembed(MAP);
    expect(pinnedOembed.status).toBe(200);
    expect(pinnedOembed.body.height).toBeLessThan(liveOembed.body.height!);
    expect(pinnedOembed.body.html).toContain(`height="${pinnedOembed.body.height}"`);
  });

  it('shows the census of an as-of day', async () => {
    expect((await page(`${MAP}&as-of=2024-12-31`)).summary).toContain('2 chi bộ');
  });
});

describe('the images of a pinned embed', () => {
  const value = async (path: string) => {
    const res = await request(path);
    const svg = await res.text();
    return { status: res.status, cacheControl: res.headers.get('Cache-Control'), value: /data-part="value"[^>]*>(?:<tspan[^>]*>)?([^<]*)</.exec(svg)?.[1] };
  };

  it('draw the pinned revision, kept for good, while the live image draws the latest', async () => {
    const pinned = await value(`/embed/party-target-gauge.svg?org=${ORG}&period=2024&revision=1`);
    const live = await value(`/embed/party-target-gauge.svg?org=${ORG}&period=2024`);
    expect(pinned).toEqual({ status: 200, cacheControl: 'public, max-age=31536000, immutable', value: '53' });
    expect(live).toMatchObject({ status: 200, value: '54' });
    expect(live.cacheControl).not.toContain('immutable');
  });

  it('are the ones the pinned iframe page falls back to without JavaScript', async () => {
    const html = await (await request(`${GAUGE}&revision=1`)).text();
    expect(html).toContain(`src="/embed/party-target-gauge.svg?org=${ORG}&amp;period=2024&amp;revision=1&amp;width=360"`);
  });

  it('refuse a revision and an as-of at once, and a revision that does not exist', async () => {
    expect((await request(`/embed/party-cell-map.svg?org=${ORG}&revision=1&as-of=2024-12-31`)).status).toBe(400);
    expect((await request(`/embed/party-cell-map.svg?org=${ORG}&revision=9`)).status).toBe(404);
  });
});
