// After a write, every URL that shows the record answers the new figures: not only the canonical
// read, but the images, `?asOf=` reads and other spellings of the same read, which the edge cache
// used to keep for their max-age (and browsers ten minutes more, stale-while-revalidate).
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from './write.ts';

const desk = await newsroomWithKey('stale-desk');
// One host, so every read below shares the one edge cache a reader's city has.
const fetchApi = (path: string) => exports.default.fetch(`https://api.chitieu.test${path}`);
const admitted = async (path: string) => (await (await fetchApi(path)).json<{ admitted: number }>()).admitted;
const svgText = async (path: string) => {
  const res = await fetchApi(path);
  expect(res.status, path).toBe(200);
  return res.text();
};

describe('after a write of admissions', () => {
  it('every cached read, image and spelling of it shows the new figure', async () => {
    await putOrganization(desk.key, 'stale-town');
    await send('/v1/organizations/stale-town/admissions/2025', { key: desk.key, json: admissionBody({ admitted: 17, asOf: '2025-06-30' }) });
    const reads = [
      '/v1/organizations/stale-town/admissions/2025',
      '/v1/organizations/stale-town/admissions/2025?asOf=2025-12-31',
      '/v1/organizations/stale-town/admissions/2025?asOf=2025%2D12%2D31',
      '/v1/organizations/stale%2Dtown/admissions/2025',
    ];
    const images = ['/embed/party-target-gauge.svg?org=stale-town&period=2025', '/embed/party-target-gauge.svg?period=2025&org=stale-town&lang=vi'];
    for (const path of reads) expect(await admitted(path), path).toBe(17);
    for (const path of images) expect(await svgText(path), path).toContain('>17<');

    expect(
      (await send('/v1/organizations/stale-town/admissions/2025', { key: desk.key, json: admissionBody({ admitted: 42, asOf: '2025-06-30' }) })).status,
    ).toBe(200);
    for (const path of reads) expect(await admitted(path), path).toBe(42);
    for (const path of images) {
      const svg = await svgText(path);
      expect(svg, path).toContain('>42<');
      expect(svg, path).not.toContain('>17<');
    }
  });
});

describe('after a write of cells or a rename', () => {
  it('the cell map image, an as-of read and the successor’s name in another organisation’s read are new', async () => {
    await putOrganization(desk.key, 'stale-heir', { name: 'Đảng bộ xã Tên Cũ', validFrom: '2025-07-01' });
    await putOrganization(desk.key, 'stale-cells', { validTo: '2025-06-30', successors: ['stale-heir'] });
    await send('/v1/organizations/stale-cells/cells/na-day', { key: desk.key, json: { ...cellBody(), asOf: '2024-12-31', sources: [SOURCE_JSON] } });
    const asOf = '/v1/organizations/stale-cells/cells?asOf=2025-12-31';
    const image = '/embed/party-cell-map.svg?org=stale-cells';
    expect(await (await fetchApi(asOf)).json()).toMatchObject({ total: 1, succeededBy: { successors: [{ name: 'Đảng bộ xã Tên Cũ' }] } });
    await svgText(image);

    await send('/v1/organizations/stale-cells/cells/sa-ho', { key: desk.key, json: cellBody({ name: 'Sả Hồ' }) });
    expect(await (await fetchApi(asOf)).json()).toMatchObject({ total: 2 });
    expect(await svgText(image)).toContain('Sả Hồ');

    await putOrganization(desk.key, 'stale-heir', { name: 'Đảng bộ xã Tên Mới', validFrom: '2025-07-01' });
    expect(await (await fetchApi(asOf)).json()).toMatchObject({ succeededBy: { successors: [{ name: 'Đảng bộ xã Tên Mới' }] } });
  });
});

describe('live reads', () => {
  it('may be kept by browsers and the edge for a minute at most, with no stale-while-revalidate', async () => {
    for (const path of [
      '/v1/organizations/muong-khuong/admissions/2024',
      '/v1/organizations/muong-khuong/cells?asOf=2024-12-31',
      '/embed/party-target-gauge.svg?org=muong-khuong&period=2024',
    ]) {
      const cacheControl = (await fetchApi(path)).headers.get('Cache-Control') ?? '';
      expect(cacheControl, path).not.toMatch(/stale-while-revalidate/);
      expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1]), path).toBeLessThanOrEqual(60);
    }
  });
});
