// <party-target-ranking> everywhere the other elements are: its iframe page, its oEmbed answer and its
// SVG and PNG images, all from the one ranking read, on an illustrative province of our own.
import { parseXml, xmlElements, xmlText, type XmlElement } from '@chitieu/domain/fixtures';
import { embedHeight } from '@chitieu/embed';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { pngHeader } from './png-header.ts';
import { admissionBody, clientAddress, newsroomWithKey, putOrganization, send } from './write.ts';

const desk = await newsroomWithKey('rke-desk');
const fetchApi = (path: string) => exports.default.fetch(`https://api.chitieu.test${path}`);
const write = (path: string, json: unknown) => send(path, { key: desk.key, json, ip: clientAddress() });

await putOrganization(desk.key, 'rke-tinh', { name: 'Đảng bộ tỉnh Thí Điểm', kind: 'provincial' });
await putOrganization(desk.key, 'rke-a', { name: 'Đảng bộ huyện A', kind: 'district', parent: 'rke-tinh' });
await putOrganization(desk.key, 'rke-b', { name: 'Đảng bộ huyện B', kind: 'district', parent: 'rke-tinh' });
await putOrganization(desk.key, 'rke-c', { name: 'Đảng bộ huyện C', kind: 'district', parent: 'rke-tinh' });
await write('/v1/organizations/rke-a/admissions/2024', admissionBody({ admitted: 53, target: { min: 20, max: 20 }, asOf: '2024-12-31' }));
await write('/v1/organizations/rke-b/admissions/2024', admissionBody({ admitted: 42, target: { min: 40, max: 45 }, asOf: '2024-12-31' }));

const QUERY = 'org=rke-tinh&period=2024';
const parts = (root: XmlElement, part: string) =>
  xmlElements(root)
    .filter((e) => e.attributes['data-part'] === part)
    .map(xmlText);

describe('the ranking’s iframe page', () => {
  it('holds the element with the page’s parameters, named and summed up from the read for readers without JavaScript', async () => {
    const res = await fetchApi(`/embed/party-target-ranking?${QUERY}&sort=name&highlight=rke-b`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<party-target-ranking org="rke-tinh" period="2024" sort="name" highlight="rke-b"');
    expect(html).toContain('<title>Đảng bộ tỉnh Thí Điểm: kết nạp đảng viên theo đơn vị trực thuộc (Năm 2024)');
    expect(html).toContain('Đảng bộ huyện C: chưa có số liệu');
    expect(html).toContain('Đảng bộ huyện A: 53/20, đạt 265% chỉ tiêu');
  });

  it('refuses a revision pin, which a ranking has not, naming it', async () => {
    const res = await fetchApi(`/embed/party-target-ranking?${QUERY}&revision=1`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('revision');
  });
});

describe('the ranking’s oEmbed answer', () => {
  it('names the ranking and gives a height for its rows', async () => {
    const url = `https://api.chitieu.test/embed/party-target-ranking?${QUERY}`;
    const res = await fetchApi(`/oembed?${new URLSearchParams({ url })}`);
    expect(res.status).toBe(200);
    const body = await res.json<{ title: string; width: number; height: number; html: string }>();
    expect(body.title).toBe('Đảng bộ tỉnh Thí Điểm: kết nạp đảng viên theo đơn vị trực thuộc (Năm 2024)');
    expect(body.width).toBe(640);
    expect(body.height).toBe(embedHeight('party-target-ranking', 640, [], { rows: 3, withTotal: false }));
    expect(body.height).toBeGreaterThan(embedHeight('party-target-ranking', 640, [], { rows: 0, withTotal: false }));
    expect(body.html).toContain(`src="${url.replace('&', '&amp;')}"`);
  });
});

describe('the ranking’s images', () => {
  it('draws every subordinate as the element does, the one without figures in words', async () => {
    const res = await fetchApi(`/embed/party-target-ranking.svg?${QUERY}`);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    const root = parseXml(await res.text());
    expect(root.attributes).toMatchObject({ role: 'img', width: '600' });
    expect(parts(root, 'name')).toEqual(['Đảng bộ huyện A', 'Đảng bộ huyện B', 'Đảng bộ huyện C']);
    expect(parts(root, 'no-figures')).toEqual(['chưa có số liệu']);
    expect(parts(root, 'figures')).toEqual(['53/20', '42/40–45']);
  });

  it('rasterises it as a PNG of the asked width and scale', async () => {
    const res = await fetchApi(`/embed/party-target-ranking.png?${QUERY}&width=400&scale=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(pngHeader(new Uint8Array(await res.arrayBuffer())).width).toBe(800);
  });

  it('refuses a revision and answers 404 for an unknown organisation', async () => {
    expect((await fetchApi(`/embed/party-target-ranking.svg?${QUERY}&revision=1`)).status).toBe(400);
    expect((await fetchApi('/embed/party-target-ranking.svg?org=rke-khong-co&period=2024')).status).toBe(404);
  });
});
