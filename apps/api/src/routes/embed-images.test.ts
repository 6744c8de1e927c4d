// The static images as a reader's browser, a newsletter or Apple News fetch them: the seed's figures,
// drawn by the domain, rasterised by the render Worker behind RENDER, cached like the JSON reads.
import { ApiErrorSchema } from '@chitieu/domain';
import { parseXml, xmlElements, xmlText, type XmlElement } from '@chitieu/domain/fixtures';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { pngHeader } from '../../test/png-header.ts';
import { createApp } from '../app.ts';

const ORIGIN = 'https://baolaocai.example.vn';
const fetchApi = (path: string, init?: RequestInit) => exports.default.fetch(`https://api.chitieu.test${path}`, init);

const GAUGE = '/embed/party-target-gauge';
const MAP = '/embed/party-cell-map';

const parts = (root: XmlElement, part: string) =>
  xmlElements(root)
    .filter((e) => e.attributes['data-part'] === part)
    .map(xmlText);

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function svgOf(path: string): Promise<XmlElement> {
  const res = await fetchApi(path);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
  return parseXml(await res.text());
}

describe('GET /embed/party-target-gauge.svg', () => {
  it('draws the article’s 2024 figures: 53, vượt 33, the target 20 and 265%, with the source', async () => {
    const root = await svgOf(`${GAUGE}.svg?org=muong-khuong&period=2024`);
    expect(root.attributes).toMatchObject({ role: 'img', width: '360', lang: 'vi' });
    expect(parts(root, 'value')).toEqual(['53']);
    expect(parts(root, 'delta')).toEqual(['vượt 33 so với chỉ tiêu']);
    expect(parts(root, 'target-line')).toEqual(['Chỉ tiêu: 20 (đạt 265%)']);
    expect(parts(root, 'title')).toEqual(['Đảng bộ thị trấn Mường Khương']);
    expect(parts(root, 'source').join(' ')).toBe('Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”');
    expect(xmlText(root.children[1]!)).toMatch(/^Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 \(đạt 265%\)\./);
  });

  it('follows lang, color-scheme and width as the tag does', async () => {
    const root = await svgOf(`${GAUGE}.svg?org=muong-khuong&period=2024&lang=en&color-scheme=dark&width=480`);
    expect(root.attributes).toMatchObject({ width: '480', lang: 'en' });
    expect(parts(root, 'delta')).toEqual(['33 above target']);
    expect(root.children.find((e) => e.name === 'rect')?.attributes['fill']).toBe('#161b22');
    const alias = await svgOf(`${GAUGE}.svg?org=muong-khuong&period=2024&theme=dark`);
    expect(alias.children.find((e) => e.name === 'rect')?.attributes['fill']).toBe('#161b22');
  });

  it('pins the figures of an as-of day, as a published article does, and 404s before the record', async () => {
    const root = await svgOf(`${GAUGE}.svg?org=muong-khuong&period=2024&as-of=2025-01-15`);
    expect(parts(root, 'value')).toEqual(['53']);
    const before = await fetchApi(`${GAUGE}.svg?org=muong-khuong&period=2024&as-of=2020-01-01`);
    expect(before.status).toBe(404);
  });

  it('draws a term without a target as just the count', async () => {
    const root = await svgOf(`${GAUGE}.svg?org=muong-khuong&period=2020-2025`);
    expect(parts(root, 'value')).toEqual(['93']);
    expect(parts(root, 'delta')).toEqual([]);
  });

  it('may run nothing and load nothing when opened on its own', async () => {
    const res = await fetchApi(`${GAUGE}.svg?org=muong-khuong&period=2024`);
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Disposition')).toBe('inline; filename="party-target-gauge-muong-khuong-2024-vi-light.svg"');
  });
});

describe('GET /embed/party-cell-map.svg', () => {
  it('draws the 25 cells with the legend counting 10 / 5 / 2 / 0 / 8', async () => {
    const root = await svgOf(`${MAP}.svg?org=muong-khuong`);
    expect(root.attributes['width']).toBe('600');
    expect(xmlElements(root).filter((e) => e.attributes['data-part'] === 'tile')).toHaveLength(25);
    expect(
      xmlElements(root)
        .filter((e) => e.attributes['data-part'] === 'legend-item')
        .map(xmlText),
    ).toEqual(['Có chi ủy từ đầu nhiệm kỳ: 10', 'Thành lập trong nhiệm kỳ: 5', 'Chưa có chi ủy: 2', 'Không đủ điều kiện lập chi ủy: 0', 'Không rõ: 8']);
  });

  it('reads the census of an as-of day, and 404s before the first one', async () => {
    const root = await svgOf(`${MAP}.svg?org=muong-khuong&as-of=2024-12-31`);
    expect(parts(root, 'updated')).toEqual(['Cập nhật 31/12/2024']);
    const before = await fetchApi(`${MAP}.svg?org=muong-khuong&as-of=2020-01-01`);
    expect(before.status).toBe(404);
    expect(ApiErrorSchema.parse(await before.json()).error.code).toBe('not_found');
  });
});

describe('GET /embed/{element}.png', () => {
  it('is a whole PNG of the requested width, the SVG’s height in proportion', async () => {
    const svg = await svgOf(`${GAUGE}.svg?org=muong-khuong&period=2024&width=400`);
    const res = await fetchApi(`${GAUGE}.png?org=muong-khuong&period=2024&width=400`);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    const png = pngHeader(new Uint8Array(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([400, Number(svg.attributes['height'])]);
  });

  it('doubles its pixels with scale=2, for high-density screens', async () => {
    const svg = await svgOf(`${MAP}.svg?org=muong-khuong&width=320`);
    const res = await fetchApi(`${MAP}.png?org=muong-khuong&width=320&scale=2&lang=en`);
    expect(res.status, await res.clone().text()).toBe(200);
    const png = pngHeader(new Uint8Array(await res.arrayBuffer()));
    expect(png.width).toBe(640);
    // The English map wraps differently; its height is its own, but whole and doubled.
    expect(png.height % 2).toBe(0);
    expect(Math.abs(png.height - 2 * Number(svg.attributes['height']))).toBeLessThan(200);
  });

  it('answers 503 in the error shape, never a 500, when the renderer is missing, failing or unreachable, for SVG too', async () => {
    const app = createApp();
    const renderers: Array<[string, Fetcher | undefined]> = [
      ['unbound', undefined],
      ['failing', { fetch: async () => Response.json({ error: { code: 'internal_error', message: 'boom' } }, { status: 500 }) } as unknown as Fetcher],
      [
        'throwing',
        {
          fetch: async () => {
            throw new TypeError('network connection lost');
          },
        } as unknown as Fetcher,
      ],
    ];
    for (const [name, RENDER] of renderers.flatMap(([name, render]) => ['png', 'svg'].map((format) => [`${name} ${format}`, render] as const))) {
      const ctx = createExecutionContext();
      const format = name.split(' ')[1];
      const res = await app.fetch(
        new Request(`https://api.chitieu.test${GAUGE}.${format}?org=muong-khuong&period=2024&width=241&lang=en`),
        { ...env, RENDER },
        ctx,
      );
      await waitOnExecutionContext(ctx);
      expect(res.status, name).toBe(503);
      expect(ApiErrorSchema.parse(await res.json()).error.message, name).toMatch(/image cannot be drawn/);
      expect(res.headers.get('Cache-Control'), name).toBe('no-store');
      expect(res.headers.get('Retry-After'), name).toBe('30');
      expect(res.headers.get('Access-Control-Allow-Origin'), name).toBe('*');
    }
  });
});

describe.each([`${GAUGE}.svg?org=muong-khuong&period=2024`, `${MAP}.png?org=muong-khuong&width=300`])('caching of %s', (path) => {
  it('is public like the embed reads: CORS *, a minute fresh, a strong ETag of the body', async () => {
    const res = await fetchApi(path, { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(res.headers.get('ETag')).toBe(`"${await sha256Hex(await res.arrayBuffer())}"`);
  });

  it('answers 304 to a matching If-None-Match, and HEAD with GET’s headers', async () => {
    const tag = (await fetchApi(path)).headers.get('ETag') ?? '';
    const revalidated = await fetchApi(path, { headers: { 'If-None-Match': tag, Origin: ORIGIN } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const head = await fetchApi(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(tag);
    expect(await head.text()).toBe('');
  });
});

describe('the label, the title the element shows instead of the organisation’s name', () => {
  it('titles the SVG and its accessible name with the label, trimmed and escaped, for every element', async () => {
    const label = encodeURIComponent(' <Chi bộ> & "Na Đẩy" ');
    for (const path of [
      `${GAUGE}.svg?org=muong-khuong&period=2024`,
      `${MAP}.svg?org=muong-khuong`,
      '/embed/party-target-ranking.svg?org=muong-khuong&period=2024',
    ]) {
      const res = await fetchApi(`${path}&label=${label}`);
      expect(res.status, path).toBe(200);
      const svg = await res.text();
      expect(svg, path).not.toContain('<Chi');
      const root = parseXml(svg);
      expect(parts(root, 'title'), path).toEqual(['<Chi bộ> & "Na Đẩy"']);
      expect(xmlText(root.children[0]!).startsWith('<Chi bộ> & "Na Đẩy" · '), path).toBe(true);
    }
    const root = await svgOf(`${GAUGE}.svg?org=muong-khuong&period=2024&label=Chi%20b%E1%BB%99%20Na%20%C4%90%E1%BA%A9y`);
    expect(JSON.stringify(root)).not.toContain('Mường Khương');
  });

  it('reaches the PNG too: another title, other pixels', async () => {
    const png = async (query: string) => {
      const res = await fetchApi(`${GAUGE}.png?org=muong-khuong&period=2024&width=300${query}`);
      expect(res.status).toBe(200);
      return sha256Hex(await res.arrayBuffer());
    };
    expect(await png('&label=Chi%20b%E1%BB%99%20Na%20%C4%90%E1%BA%A9y')).not.toBe(await png(''));
  });

  it('is part of the cache key: each label is drawn once and kept apart', async () => {
    const app = createApp();
    const asked: Array<string | null> = [];
    const RENDER = {
      fetch: (input: string, init?: RequestInit) => {
        asked.push(new URL(input).searchParams.get('label'));
        return env.RENDER.fetch(input, init);
      },
    } as unknown as Fetcher;
    const get = async (label: string) => {
      const ctx = createExecutionContext();
      const res = await app.fetch(
        new Request(`https://api.chitieu.test${GAUGE}.svg?org=muong-khuong&period=2024&width=257&label=${label}`),
        { ...env, RENDER },
        ctx,
      );
      await waitOnExecutionContext(ctx);
      expect(res.status).toBe(200);
      return { etag: res.headers.get('ETag'), title: parts(parseXml(await res.text()), 'title').join(' ') };
    };
    const first = await get('Chi%20b%E1%BB%99%20A');
    const other = await get('Chi%20b%E1%BB%99%20B');
    const again = await get('Chi+b%E1%BB%99+A');
    expect([first.title, other.title, again.title]).toEqual(['Chi bộ A', 'Chi bộ B', 'Chi bộ A']);
    expect(other.etag).not.toBe(first.etag);
    expect(again.etag).toBe(first.etag);
    // The third, the first's label spelt otherwise, came from the cache.
    expect(asked).toEqual(['Chi bộ A', 'Chi bộ B']);
  });

  it.each([
    ['empty', '%20%20'],
    ['over 200 characters', 'a'.repeat(201)],
    ['holding a control character', 'Na%07Day'],
    ['given twice', 'A&label=B'],
  ])('a label %s is a 400 naming label', async (_, label) => {
    for (const path of [`${GAUGE}.svg?org=muong-khuong&period=2024`, `${MAP}.png?org=muong-khuong`]) {
      const res = await fetchApi(`${path}&label=${label}`);
      expect(res.status, path).toBe(400);
      const body = ApiErrorSchema.parse(await res.json());
      expect(body.error.code).toBe('validation_failed');
      expect(JSON.stringify(body.error), path).toContain('"path":["query","label"]');
    }
  });
});

describe('bad image requests', () => {
  it.each([
    ['no org', `${GAUGE}.svg?period=2024`],
    ['no period for a gauge', `${GAUGE}.svg?org=muong-khuong`],
    ['a bad period', `${GAUGE}.png?org=muong-khuong&period=20x4`],
    ['a hostile org', `${MAP}.svg?org=%3Cscript%3E`],
    ['a width under 240', `${MAP}.svg?org=muong-khuong&width=100`],
    ['a width over 1600', `${MAP}.png?org=muong-khuong&width=99999`],
    ['a width that is not a number', `${GAUGE}.svg?org=muong-khuong&period=2024&width=1e3`],
    ['an unknown language', `${GAUGE}.svg?org=muong-khuong&period=2024&lang=fr`],
    ['an unknown scheme', `${GAUGE}.svg?org=muong-khuong&period=2024&color-scheme=sepia`],
    ['two different schemes', `${GAUGE}.svg?org=muong-khuong&period=2024&color-scheme=dark&theme=light`],
    ['a repeated parameter', `${MAP}.svg?org=muong-khuong&org=lao-cai`],
    ['an unknown parameter', `${MAP}.svg?org=muong-khuong&colour=dark`],
    ['a period for the map', `${MAP}.svg?org=muong-khuong&period=2024`],
    ['a scale for the SVG', `${MAP}.svg?org=muong-khuong&scale=2`],
    ['a scale of 3', `${MAP}.png?org=muong-khuong&scale=3`],
    ['an impossible as-of', `${MAP}.svg?org=muong-khuong&as-of=2024-02-30`],
  ])('%s is a 400 in the error shape, readable cross-origin and briefly cached', async (_, path) => {
    const res = await fetchApi(path, { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(400);
    expect(ApiErrorSchema.parse(await res.json()).error.code).toBe('validation_failed');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=10');
    expect(res.headers.get('ETag')).toBeNull();
  });

  it.each([
    ['an unknown organisation', `${MAP}.svg?org=ha-noi`],
    ['a period with no record', `${GAUGE}.png?org=muong-khuong&period=1999`],
  ])('%s is a 404 in the error shape', async (_, path) => {
    const res = await fetchApi(path);
    expect(res.status).toBe(404);
    expect(ApiErrorSchema.parse(await res.json()).error.code).toBe('not_found');
  });

  it('refuses other methods with 405 and Allow', async () => {
    const res = await fetchApi(`${GAUGE}.svg?org=muong-khuong&period=2024`, { method: 'POST', body: '<svg/>' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });
});
