import { describe, expect, it } from 'vitest';
import { embedCodes, reservationStyle } from './embed-codes.ts';
import { parseEmbedQuery, type EmbedParams } from '@chitieu/embed';

const ORIGIN = 'https://chitieu.example';
const gauge = parseEmbedQuery('party-target-gauge', new URLSearchParams('org=muong-khuong&period=2024')) as EmbedParams;
const SUMMARY = 'Đảng bộ thị trấn Mường Khương (Năm 2024): Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%).';

describe('embedCodes', () => {
  const codes = embedCodes({ origin: ORIGIN, params: gauge, height: 383.4, width: null, summary: SUMMARY, title: 'Kết nạp <2024>' });

  it('writes the script and the tag, reserving the measured height, holding the figure’s image with the summary as its alt', () => {
    expect(codes.script).toBe(
      [
        '<script type="module" src="https://chitieu.example/widgets/v1/chitieu.js"></script>',
        '<party-target-gauge org="muong-khuong" period="2024" style="display:flex;flex-direction:column;min-height:384px">',
        `  <img src="https://chitieu.example/embed/party-target-gauge.svg?org=muong-khuong&amp;period=2024&amp;width=360" alt="${SUMMARY}" width="360" height="384" crossorigin="anonymous" style="max-width:100%;height:auto">`,
        '</party-target-gauge>',
      ].join('\n'),
    );
  });

  it('writes an iframe of the embed page, titled, with the script that fits it', () => {
    expect(codes.iframe).toContain(
      '<iframe src="https://chitieu.example/embed/party-target-gauge?org=muong-khuong&amp;period=2024" title="Kết nạp &lt;2024&gt;"',
    );
    expect(codes.iframe).toContain('width="100%" height="384"');
    expect(codes.iframe).toContain('<script async src="https://chitieu.example/site/v1/resize.js"></script>');
    // Neither the frame nor the image is lazy: the host page decides that (embed-codes.ts says why).
    expect(codes.iframe).not.toMatch(/loading=/);
    expect(codes.script).not.toMatch(/loading=/);
  });

  it('gives the link and the images', () => {
    expect(codes.link).toBe('https://chitieu.example/embed/party-target-gauge?org=muong-khuong&period=2024');
    expect(codes.png).toBe('https://chitieu.example/embed/party-target-gauge.png?org=muong-khuong&period=2024&width=360');
    expect(codes.svg).toBe('https://chitieu.example/embed/party-target-gauge.svg?org=muong-khuong&period=2024&width=360');
    expect(codes.image).toContain(`alt="${SUMMARY}"`);
  });

  it('writes names containing HTML as text', () => {
    const hostile = parseEmbedQuery('party-cell-map', new URLSearchParams({ org: 'muong-khuong', label: '"><script>alert(1)</script>' })) as EmbedParams;
    const { script, iframe } = embedCodes({ origin: ORIGIN, params: hostile, height: 400, width: 480, summary: '<b>x</b>', title: '"x"' });
    expect(script).not.toContain('<script>alert');
    expect(script).toContain('label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(script).toContain('alt="&lt;b&gt;x&lt;/b&gt;"');
    // Drawn at the element's width, holding the height the element reserves there, under the element's title.
    expect(script).toContain('/embed/party-cell-map.svg?org=muong-khuong&amp;width=480&amp;label=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E"');
    expect(script).toContain('width="480" height="400"');
    expect(iframe).toContain('title="&quot;x&quot;"');
  });
});

describe('embedCodes with pinned figures', () => {
  const pinned = parseEmbedQuery('party-target-gauge', new URLSearchParams('org=muong-khuong&period=2024&revision=1')) as EmbedParams;
  const codes = embedCodes({ origin: ORIGIN, params: pinned, height: 383, width: null, summary: SUMMARY, title: 'Kết nạp 2024' });

  it('carries a revision pin in the tag, the iframe URL and the link', () => {
    expect(codes.script).toContain('<party-target-gauge org="muong-khuong" period="2024" revision="1" style=');
    expect(codes.iframe).toContain(`<iframe src="${ORIGIN}/embed/party-target-gauge?org=muong-khuong&amp;period=2024&amp;revision=1"`);
    expect(codes.link).toBe(`${ORIGIN}/embed/party-target-gauge?org=muong-khuong&period=2024&revision=1`);
  });

  it('pins the images to the same revision, the one in the tag too', () => {
    expect(codes.script).toContain('.svg?org=muong-khuong&amp;period=2024&amp;revision=1');
    expect(codes.png).toBe(`${ORIGIN}/embed/party-target-gauge.png?org=muong-khuong&period=2024&revision=1&width=360`);
    expect(codes.image).toContain('.png?org=muong-khuong&amp;period=2024&amp;revision=1');
  });

  it('carries an as-of pin everywhere, the images included', () => {
    const asOf = parseEmbedQuery('party-target-gauge', new URLSearchParams('org=muong-khuong&period=2024&as-of=2024-12-31')) as EmbedParams;
    const dated = embedCodes({ origin: ORIGIN, params: asOf, height: 383, width: 480, summary: SUMMARY, title: 'Kết nạp 2024' });
    expect(dated.script).toContain('period="2024" as-of="2024-12-31"');
    expect(dated.link).toBe(`${ORIGIN}/embed/party-target-gauge?org=muong-khuong&period=2024&as-of=2024-12-31`);
    expect(dated.png).toBe(`${ORIGIN}/embed/party-target-gauge.png?org=muong-khuong&period=2024&as-of=2024-12-31&width=480`);
    expect(dated.script).toContain('.svg?org=muong-khuong&amp;period=2024&amp;as-of=2024-12-31');
  });
});

describe('reservationStyle', () => {
  it('adds the width and the newsroom theme when there are some', () => {
    const paper = parseEmbedQuery('party-target-gauge', new URLSearchParams('org=muong-khuong&period=2024&theme=paper')) as EmbedParams;
    const style = reservationStyle({ params: paper, height: 380, width: 480 });
    expect(style).toMatch(/^display:flex;flex-direction:column;min-height:380px;max-width:480px;--chitieu-font-family:/);
    expect(style).toContain('--chitieu-background:#fbf7ef');
  });
});
