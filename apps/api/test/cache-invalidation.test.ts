// A write retires the edge-cache entries of the reads it changed (it raises their read generation),
// so a live embed shows the new figure at once in every location; a pinned read is cached as immutable.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { admissionBody, cellBody, clientAddress, newsroomWithKey, putOrganization, SOURCE_JSON } from './write.ts';

const desk = await newsroomWithKey('cache-desk');
// Through the deployed Worker's own fetch, as embeds and the data desk reach it.
const fetchApi = (path: string, init: RequestInit = {}) => exports.default.fetch(`https://api.chitieu.test${path}`, init);
const write = (path: string, json: unknown, method = 'PUT') =>
  fetchApi(path, {
    method,
    body: JSON.stringify(json),
    headers: { Authorization: `Bearer ${desk.key}`, 'Content-Type': 'application/json', 'CF-Connecting-IP': clientAddress() },
  });
const read = async <T>(path: string) => (await fetchApi(path)).json<T>();

describe('after a write', () => {
  it('the admissions read answers the new figure, not the cached one', async () => {
    await putOrganization(desk.key, 'cache-town');
    await write('/v1/organizations/cache-town/admissions/2025', admissionBody({ admitted: 10 }));
    const path = '/v1/organizations/cache-town/admissions/2025';
    const first = await fetchApi(path);
    expect(await first.json()).toMatchObject({ admitted: 10, revision: 1 });
    expect(await read(path)).toMatchObject({ admitted: 10 });

    await write(path, admissionBody({ admitted: 11 }));
    const after = await fetchApi(path);
    expect(await after.json()).toMatchObject({ admitted: 11, revision: 2 });
    expect(after.headers.get('ETag')).not.toBe(first.headers.get('ETag'));
  });

  it('the cells read answers the new census, after a PUT, a DELETE and an import', async () => {
    await putOrganization(desk.key, 'cache-cells');
    const path = '/v1/organizations/cache-cells/cells';
    await write('/v1/organizations/cache-cells/cells/na-day', { ...cellBody(), asOf: '2024-12-31', sources: [SOURCE_JSON] });
    expect(await read(path)).toMatchObject({ total: 1 });
    await write('/v1/organizations/cache-cells/cells/sa-ho', cellBody({ name: 'Sả Hồ' }));
    expect(await read(path)).toMatchObject({ total: 2, revision: 2 });
    await fetchApi('/v1/organizations/cache-cells/cells/sa-ho', { method: 'DELETE', headers: { Authorization: `Bearer ${desk.key}` } });
    expect(await read(path)).toMatchObject({ total: 1, revision: 3 });
    await fetchApi('/v1/organizations/cache-cells/import', {
      method: 'POST',
      body: 'name,kind,committee,asOf\nLao Chải,residential,none,2024-12-31\n',
      headers: { Authorization: `Bearer ${desk.key}`, 'Content-Type': 'text/csv' },
    });
    expect(await read(path)).toMatchObject({ total: 2, revision: 4 });
  });

  it('renaming or closing an organisation refreshes its own read, the list, and the reads of its figures', async () => {
    await putOrganization(desk.key, 'cache-renamed');
    await write('/v1/organizations/cache-renamed/admissions/2025', admissionBody());
    await write('/v1/organizations/cache-renamed/cells/na-day', { ...cellBody(), asOf: '2024-12-31', sources: [SOURCE_JSON] });
    const list = async () =>
      (await read<{ organizations: { slug: string; name: string }[] }>('/v1/organizations')).organizations.find((o) => o.slug === 'cache-renamed');
    expect(await list()).toMatchObject({ name: 'Đảng bộ cache-renamed' });
    expect(await read('/v1/organizations/cache-renamed/admissions/2025')).toMatchObject({ organization: { name: 'Đảng bộ cache-renamed' } });
    expect(await read('/v1/organizations/cache-renamed/cells')).toMatchObject({ succeededBy: null });

    await write('/v1/organizations/cache-renamed', { name: 'Đảng bộ xã mới', kind: 'grassroots', validTo: '2025-06-30' });
    expect(await list()).toMatchObject({ name: 'Đảng bộ xã mới' });
    expect(await read('/v1/organizations/cache-renamed')).toMatchObject({ name: 'Đảng bộ xã mới', revision: 2 });
    expect(await read('/v1/organizations/cache-renamed/admissions/2025')).toMatchObject({ organization: { name: 'Đảng bộ xã mới' } });
    expect(await read('/v1/organizations/cache-renamed/cells')).toMatchObject({ succeededBy: { validTo: '2025-06-30' } });
  });
});

describe('reads pinned to a revision', () => {
  it('are cached a year as immutable, and keep answering the same after later writes', async () => {
    await putOrganization(desk.key, 'cache-pinned');
    await write('/v1/organizations/cache-pinned/admissions/2025', admissionBody({ admitted: 3 }));
    const pinned = '/v1/organizations/cache-pinned/admissions/2025?revision=1';
    const first = await fetchApi(pinned);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const body = await first.text();
    await write('/v1/organizations/cache-pinned/admissions/2025', admissionBody({ admitted: 4 }));
    const again = await fetchApi(pinned);
    expect(await again.text()).toBe(body);
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(await read('/v1/organizations/cache-pinned/admissions/2025')).toMatchObject({ admitted: 4 });
  });

  it('that do not exist yet are not kept, so the revision is served once it is written', async () => {
    await putOrganization(desk.key, 'cache-future');
    await write('/v1/organizations/cache-future/admissions/2025', admissionBody());
    const future = '/v1/organizations/cache-future/admissions/2025?revision=2';
    expect((await fetchApi(future)).status).toBe(404);
    await write('/v1/organizations/cache-future/admissions/2025', admissionBody({ admitted: 40 }));
    expect(await read(future)).toMatchObject({ admitted: 40, revision: 2 });
  });
});

describe('reads as of a day', () => {
  it('stay cached only for the embed max-age (a minute), the bound on a stale figure after a write elsewhere', async () => {
    await putOrganization(desk.key, 'cache-asof');
    await write('/v1/organizations/cache-asof/admissions/2025', admissionBody());
    const res = await fetchApi('/v1/organizations/cache-asof/admissions/2025?asOf=2025-12-31');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
  });
});
