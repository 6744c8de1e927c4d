import { describe, expect, it } from 'vitest';
import { rasterise, rasterisePixels, type Pixels } from './rasterise.ts';

const svg = (body: string, width = 200, height = 60) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`;

/** Pixels darker than the white ground: the ink a glyph left. */
function ink(pixels: Pixels): number {
  let count = 0;
  for (let i = 0; i < pixels.rgba.length; i += 4) if ((pixels.rgba[i] ?? 255) < 200) count++;
  return count;
}

function glyph(char: string, weight = 400): Promise<Pixels> {
  return rasterisePixels(svg(`<text x="10" y="45" font-size="40" font-weight="${weight}" fill="#000">${char}</text>`, 60, 60));
}

function sameImage(a: Pixels, b: Pixels): boolean {
  return a.rgba.length === b.rgba.length && a.rgba.every((value, i) => value === b.rgba[i]);
}

describe('rasterise', () => {
  it('draws a PNG at the requested width, height in proportion', async () => {
    const png = await rasterise(svg('<circle cx="100" cy="30" r="20" fill="#b3261e"/>'), 400);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const ihdr = new DataView(png.buffer, png.byteOffset + 16, 8);
    expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([400, 120]);
  });

  it('draws at the SVG’s own size without a width', async () => {
    const pixels = await rasterisePixels(svg('', 123, 45));
    expect([pixels.width, pixels.height]).toEqual([123, 45]);
  });

  it.each([...'ắặềệổờợữựĐđƠơƯưăâêô'])('draws %s in Vietnamese, regular and bold, never the missing-glyph box', async (char) => {
    const missing = await glyph('\uE000');
    for (const weight of [400, 700]) {
      const drawn = await glyph(char, weight);
      expect(ink(drawn), `${char} ${weight}`).toBeGreaterThan(20);
      expect(sameImage(drawn, missing), `${char} ${weight} is the notdef box`).toBe(false);
    }
  });

  it('draws a Vietnamese sentence as wide as its letters, not as empty boxes', async () => {
    const text = await rasterisePixels(svg('<text x="5" y="40" font-size="24" fill="#000">Đảng bộ thị trấn Mường Khương</text>', 500, 60));
    const boxes = await rasterisePixels(svg(`<text x="5" y="40" font-size="24" fill="#000">${'\uE000'.repeat(29)}</text>`, 500, 60));
    expect(ink(text)).toBeGreaterThan(500);
    expect(sameImage(text, boxes)).toBe(false);
  });

  it('refuses what it cannot read, and entity declarations', async () => {
    await expect(rasterise('not svg')).rejects.toMatchObject({ status: 400 });
    await expect(
      rasterise('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('refuses a width out of bounds and an image of too many pixels', async () => {
    await expect(rasterise(svg(''), 0)).rejects.toMatchObject({ status: 400 });
    await expect(rasterise(svg(''), 5000)).rejects.toMatchObject({ status: 400 });
    await expect(rasterise(svg('', 10, 10000), 4000)).rejects.toMatchObject({ status: 413 });
  });
});
