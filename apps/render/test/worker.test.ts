// The Worker as the API calls it: POST /embed/{element}.svg|.png with the read's JSON, the image back,
// or the API's error shape.
import { MANY_CELLS, parseXml, SEED_ADMISSIONS_2024, SEED_CELLS, xmlElements, xmlText } from '@chitieu/domain/fixtures';
import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/limits.ts';
import { colourCount, decodePng } from './png.ts';

const GAUGE = '/embed/party-target-gauge';
const MAP = '/embed/party-cell-map';

const post = (path: string, body: BodyInit, type = 'application/json') =>
  exports.default.fetch(`https://render.chitieu.test${path}`, { method: 'POST', body, headers: { 'Content-Type': type } });

// The Worker's first request loads its modules through Vite and compiles resvg: seconds, many more on a
// busy machine. Done once before the tests, so each test's time is its own work.
beforeAll(async () => {
  const res = await post(`${GAUGE}.png?lang=vi&theme=light&width=240`, JSON.stringify(SEED_ADMISSIONS_2024));
  expect(res.status).toBe(200);
});

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  const body = await res.json<{ error: { code: string; message: string } }>();
  expect(Object.keys(body)).toEqual(['error']);
  return body.error;
}

describe('POST /embed/{element}.svg', () => {
  it('draws the gauge of the read it is given, in the language, theme and width asked', async () => {
    const res = await post(`${GAUGE}.svg?lang=en&theme=dark&width=480`, JSON.stringify(SEED_ADMISSIONS_2024));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    const root = parseXml(await res.text());
    expect(root.attributes).toMatchObject({ width: '480', lang: 'en' });
    expect(
      xmlElements(root)
        .filter((e) => e.attributes['data-part'] === 'delta')
        .map(xmlText),
    ).toEqual(['33 above target']);
  });

  it('titles the image with the label it is given, trimmed and escaped, instead of the organisation’s name', async () => {
    const label = encodeURIComponent(' <Chi bộ> & "Na Đẩy" ');
    const res = await post(`${GAUGE}.svg?lang=vi&theme=light&width=360&label=${label}`, JSON.stringify(SEED_ADMISSIONS_2024));
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(svg).not.toContain('<Chi');
    const root = parseXml(svg);
    expect(
      xmlElements(root)
        .filter((e) => e.attributes['data-part'] === 'title')
        .map(xmlText),
    ).toEqual(['<Chi bộ> & "Na Đẩy"']);
    expect(xmlText(root.children[0]!)).toBe('<Chi bộ> & "Na Đẩy" · Năm 2024');
    expect(svg).not.toContain(SEED_ADMISSIONS_2024.organization.name);
  });

  it('draws the cell map, 25 tiles', async () => {
    const res = await post(`${MAP}.svg?lang=vi&theme=light&width=600`, JSON.stringify(SEED_CELLS));
    const root = parseXml(await res.text());
    expect(xmlElements(root).filter((e) => e.attributes['data-part'] === 'tile')).toHaveLength(25);
  });
});

describe('POST /embed/{element}.png', () => {
  it('draws the article’s gauge as a PNG width × scale px wide, with real content', async () => {
    const svg = await (await post(`${GAUGE}.svg?lang=vi&theme=light&width=360`, JSON.stringify(SEED_ADMISSIONS_2024))).text();
    const res = await post(`${GAUGE}.png?lang=vi&theme=light&width=360&scale=2`, JSON.stringify(SEED_ADMISSIONS_2024));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    const png = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('Content-Length'))).toBe(png.byteLength);
    const image = await decodePng(png);
    expect([image.width, image.height]).toEqual([720, 2 * Number(/height="(\d+)"/.exec(svg)?.[1])]);
    // White ground, dark text, red value arc, striped overshoot, anti-aliasing: many colours.
    expect(colourCount(image)).toBeGreaterThan(50);
  });

  it('draws 128 cells in the dark theme', async () => {
    const res = await post(`${MAP}.png?lang=en&theme=dark&width=640`, JSON.stringify(MANY_CELLS));
    expect(res.status).toBe(200);
    const image = await decodePng(new Uint8Array(await res.arrayBuffer()));
    expect(image.width).toBe(640);
    expect(colourCount(image)).toBeGreaterThan(20);
  });
});

describe('what the renderer refuses', () => {
  it('a body over the size limit: 413, by Content-Length or by counting a stream', async () => {
    const res = await post(`${MAP}.png?lang=vi&theme=light&width=600`, 'x'.repeat(MAX_BODY_BYTES + 1));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(MAX_BODY_BYTES / 4)));
        controller.close();
      },
    });
    expect((await post(`${MAP}.png?lang=vi&theme=light&width=600`, stream)).status).toBe(413);
  });

  it.each([
    ['a width under 240', 'lang=vi&theme=light&width=100', 'width'],
    ['a width over 1600', 'lang=vi&theme=light&width=5000', 'width'],
    ['no width', 'lang=vi&theme=light', 'width'],
    ['an unknown language', 'lang=fr&theme=light&width=360', 'lang'],
    ['an unknown theme', 'lang=vi&theme=auto&width=360', 'theme'],
    ['a scale of 3', 'lang=vi&theme=light&width=360&scale=3', 'scale'],
    ['an empty label', 'lang=vi&theme=light&width=360&label=%20', 'label'],
    ['a label of 201 characters', `lang=vi&theme=light&width=360&label=${'a'.repeat(201)}`, 'label'],
    ['a label with a control character', 'lang=vi&theme=light&width=360&label=Na%00Day', 'label'],
  ])('%s: 400 naming it', async (_, query, name) => {
    const res = await post(`${GAUGE}.png?${query}`, JSON.stringify(SEED_ADMISSIONS_2024));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('bad_request');
    expect(error.message.startsWith(`${name} `)).toBe(true);
  });

  it('a body that is not the element’s read: 400; another content type: 415; an empty body: 400', async () => {
    expect((await post(`${GAUGE}.svg?lang=vi&theme=light&width=360`, JSON.stringify(SEED_CELLS))).status).toBe(400);
    expect((await post(`${GAUGE}.svg?lang=vi&theme=light&width=360`, '{"admitted":')).status).toBe(400);
    expect((await post(`${GAUGE}.svg?lang=vi&theme=light&width=360`, '<svg/>', 'image/svg+xml')).status).toBe(415);
    expect((await post(`${GAUGE}.svg?lang=vi&theme=light&width=360`, '')).status).toBe(400);
  });

  it('anything but POST to an element’s image', async () => {
    const get = await exports.default.fetch(`https://render.chitieu.test${GAUGE}.png`);
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST');
    for (const path of ['/', '/png', '/embed/party-unknown.svg', `${GAUGE}.gif`]) {
      const res = await post(path, '{}');
      expect(res.status, path).toBe(404);
      expect((await errorOf(res)).code).toBe('not_found');
    }
  });
});
