// The domain wraps text by a table of the bundled font's widths; here the real font draws it, and
// nothing may spill into the image's padding.
import { sampleAdmissionResponse, sampleCellsResponse, manyCells, SEED_ADMISSIONS_2024, SEED_CELLS } from '@chitieu/domain/fixtures';
import { renderCellMapSvg, renderGaugeSvg, textWidth, type SvgTheme } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { rasterisePixels, type Pixels } from '../src/rasterise.ts';

/** Columns [from, to) that hold any pixel other than the background, between the rounded corners. */
function inkedColumns(image: Pixels, from: number, to: number, background: [number, number, number]): number[] {
  const inked = new Set<number>();
  // Rows clear of the rounded corners (radius 8).
  for (let y = 9; y < image.height - 9; y++) {
    for (let x = from; x < to; x++) {
      const i = (y * image.width + x) * 4;
      const distance = Math.abs(image.rgba[i]! - background[0]) + Math.abs(image.rgba[i + 1]! - background[1]) + Math.abs(image.rgba[i + 2]! - background[2]);
      if (distance > 24) inked.add(x);
    }
  }
  return [...inked].sort((a, b) => a - b);
}

const LONG_NAME = 'Đảng bộ xã Bản Lầu, huyện Mường Khương, tỉnh Lào Cai (sáp nhập từ ngày 01/7/2025)';
const LONG_SOURCE = {
  publisher: 'Báo và Phát thanh, Truyền hình Lào Cai',
  title: 'Kết quả vượt bậc trong phát triển đảng viên ở Mường Khương',
  url: null,
  publishedOn: '2024-12-30',
};

const CASES: Array<[string, string, SvgTheme]> = [
  ['the seed gauge, 240 px', renderGaugeSvg(SEED_ADMISSIONS_2024, { lang: 'vi', width: 240 }), 'light'],
  [
    'a long-named gauge, 240 px, dark',
    renderGaugeSvg(sampleAdmissionResponse(1783, { min: 90, max: 100 }, { organization: { slug: 'x', name: LONG_NAME }, sources: [LONG_SOURCE] }), {
      lang: 'vi',
      width: 240,
      theme: 'dark',
    }),
    'dark',
  ],
  [
    'an English gauge, 300 px',
    renderGaugeSvg(sampleAdmissionResponse(16, { min: 20, max: 20 }, { organization: { slug: 'x', name: LONG_NAME } }), { lang: 'en', width: 300 }),
    'light',
  ],
  ['the seed map, 240 px', renderCellMapSvg(SEED_CELLS, { lang: 'vi', width: 240 }), 'light'],
  [
    'a long-named map of 40 cells, 260 px, English',
    renderCellMapSvg(sampleCellsResponse(manyCells(40), { organization: { slug: 'x', name: LONG_NAME }, sources: [LONG_SOURCE] }), { lang: 'en', width: 260 }),
    'light',
  ],
];

const BACKGROUND: Record<SvgTheme, [number, number, number]> = { light: [0xff, 0xff, 0xff], dark: [0x16, 0x1b, 0x22] };

describe('text drawn by the bundled font', () => {
  it.each(CASES)('%s keeps every mark out of the 16 px padding', async (_, svg, theme) => {
    const image = await rasterisePixels(svg);
    // 2 px in from the edge: the border and its anti-aliasing.
    expect(inkedColumns(image, 2, 14, BACKGROUND[theme]), 'left padding').toEqual([]);
    expect(inkedColumns(image, image.width - 14, image.width - 2, BACKGROUND[theme]), 'right padding').toEqual([]);
  });

  it('draws Vietnamese text about as wide as the domain’s width table says', async () => {
    for (const [text, weight] of [
      ['Đảng bộ thị trấn Mường Khương', 400],
      ['vượt 33 so với chỉ tiêu', 700],
      ['Chỉ tiêu: 20 (đạt 265%)', 400],
    ] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="40"><rect width="800" height="40" fill="#fff"/><text x="0" y="28" font-size="20" font-weight="${weight}">${text}</text></svg>`;
      const image = await rasterisePixels(svg);
      const inked = inkedColumns(image, 0, 800, [255, 255, 255]);
      const drawn = (inked.at(-1) ?? 0) + 1;
      const estimated = textWidth(text, { size: 20, weight });
      // Ink stops a side bearing short of the advance.
      expect(drawn, text).toBeLessThanOrEqual(estimated + 1);
      expect(drawn, text).toBeGreaterThan(estimated - 6);
    }
  });
});
