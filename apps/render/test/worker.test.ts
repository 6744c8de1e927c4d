// The Worker as the API calls it: POST /png with an SVG, the PNG back, or the API's error shape.
import { renderCellMapSvg, renderGaugeSvg } from '@chitieu/domain';
import { MANY_CELLS, SEED_ADMISSIONS_2024, SEED_CELLS } from '@chitieu/domain/fixtures';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_SVG_BYTES } from '../src/limits.ts';
import { colourCount, decodePng } from './png.ts';

const post = (svg: BodyInit, query = '', headers: Record<string, string> = { 'Content-Type': 'image/svg+xml' }) =>
  exports.default.fetch(`https://render.chitieu.test/png${query}`, { method: 'POST', body: svg, headers });

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  const body = await res.json<{ error: { code: string; message: string } }>();
  expect(Object.keys(body)).toEqual(['error']);
  return body.error;
}

describe('POST /png', () => {
  it('draws the article’s gauge as a PNG of the requested width, with real content', async () => {
    const svg = renderGaugeSvg(SEED_ADMISSIONS_2024, { lang: 'vi', width: 360 });
    const res = await post(svg, '?width=720');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    const png = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('Content-Length'))).toBe(png.byteLength);
    const image = await decodePng(png);
    const svgHeight = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
    expect(image.width).toBe(720);
    expect(image.height).toBe(Math.ceil(svgHeight * 2));
    // White ground, dark text, red value arc, striped overshoot, anti-aliasing: many colours.
    expect(colourCount(image)).toBeGreaterThan(50);
  });

  it('draws the cell map, 128 cells too', async () => {
    for (const svg of [renderCellMapSvg(SEED_CELLS, { lang: 'vi' }), renderCellMapSvg(MANY_CELLS, { lang: 'en', theme: 'dark', width: 640 })]) {
      const res = await post(svg);
      expect(res.status).toBe(200);
      const image = await decodePng(new Uint8Array(await res.arrayBuffer()));
      expect(image.width).toBe(Number(/width="(\d+)"/.exec(svg)?.[1]));
      expect(colourCount(image)).toBeGreaterThan(20);
    }
  });

  it('refuses an SVG over the size limit with 413, by Content-Length or by counting', async () => {
    const big = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!--${'x'.repeat(MAX_SVG_BYTES)}--></svg>`;
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(MAX_SVG_BYTES / 4)));
        controller.close();
      },
    });
    const streamed = await post(chunked);
    expect(streamed.status).toBe(413);
  });

  it.each([
    ['a width of 0', '?width=0'],
    ['a width over 4096', '?width=5000'],
    ['a width that is not a number', '?width=wide'],
  ])('refuses %s with 400', async (_, query) => {
    const res = await post('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', query);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('bad_request');
  });

  it('refuses a picture of too many pixels with 413', async () => {
    const res = await post('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="100000"/>', '?width=100');
    expect(res.status).toBe(413);
  });

  it('refuses what is not SVG: 400 for broken markup, 415 for another type, 400 for an empty body', async () => {
    expect((await post('<svg><g></svg>')).status).toBe(400);
    expect((await post('{}', '', { 'Content-Type': 'application/json' })).status).toBe(415);
    expect((await post('')).status).toBe(400);
  });

  it('answers only POST /png', async () => {
    const get = await exports.default.fetch('https://render.chitieu.test/png');
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST');
    const elsewhere = await exports.default.fetch('https://render.chitieu.test/', { method: 'POST' });
    expect(elsewhere.status).toBe(404);
    expect((await errorOf(elsewhere)).code).toBe('not_found');
  });
});
