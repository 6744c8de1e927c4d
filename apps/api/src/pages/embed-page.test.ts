import { parseEmbedQuery, type EmbedParams } from '@chitieu/embed';
import { describe, expect, it, vi } from 'vitest';
import { DRAWN_CSS, drawnStyle, embedPageUrl, oembedUrl, renderEmbedPage, STYLE_SOURCES_KEPT, styleSource } from './embed-page.ts';

const params = parseEmbedQuery('party-cell-map', new URLSearchParams('org=muong-khuong&theme=paper&color-scheme=light')) as EmbedParams;

describe('renderEmbedPage', () => {
  const html = renderEmbedPage({ origin: 'https://chitieu.example', params, title: 'A & B', summary: '25 chi bộ <b>', imageWidth: 600 });

  it('names its newsroom theme for the client script, and loads only files of this origin', () => {
    expect(html).toContain('<html lang="vi" data-theme="paper">');
    expect(html).toContain('<party-cell-map org="muong-khuong" color-scheme="light">');
    const links = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((src) => !src.startsWith('/') && !src.startsWith('https://chitieu.example/'))).toEqual([]);
  });

  it('escapes the title and the summary', () => {
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toContain('<p class="summary">25 chi bộ &lt;b&gt;</p>');
  });

  it('puts a figure drawn on the server beside the element, and the element alone without one', () => {
    expect(html).not.toContain('class="drawn"');
    const drawn = renderEmbedPage({ origin: 'https://chitieu.example', params, title: 'A', summary: 'B', imageWidth: 600, figure: '<svg role="img"></svg>' });
    expect(drawn).toMatch(/<div class="drawn">\n<party-cell-map [^]*<\/party-cell-map>\n<div class="figure"><svg role="img"><\/svg><\/div>\n<\/div>/);
    // No stylesheet request before the first paint: its style is inline.
    expect(drawn).toContain(`<style>${DRAWN_CSS}</style>`);
    expect(drawn).not.toContain('<link rel="stylesheet"');
    // Its element's code is fetched at once, run by embed-frame.js once the figure is on screen.
    expect(drawn).toContain('<link rel="modulepreload" href="/widgets/v1/chitieu.js">');
    expect(drawn).not.toContain('<script type="module"');
    expect(html).toContain('<script type="module" src="/widgets/v1/chitieu.js"></script>');
    expect(html).not.toContain('<style>');
    expect(html).toContain('<link rel="stylesheet" href="/site/v1/embed-frame.css">');
  });

  it('names an inline style by its SHA-256 hash, as the Content Security Policy allows it', async () => {
    // sha256('') in base64, a known value.
    expect(await styleSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(await styleSource(DRAWN_CSS)).not.toBe(await styleSource(drawnStyle([[280, 460]])));
  });

  it('hashes a style once per isolate, keeping the most recently used styles’ hashes', async () => {
    const digest = vi.spyOn(crypto.subtle, 'digest');
    try {
      // Styles of this test alone, so what other tests hashed does not count.
      const style = (n: number) => `${DRAWN_CSS}.drawn{min-height:${n}px}/*${crypto.randomUUID()}*/`;
      const kept = style(1);
      const first = await styleSource(kept);
      expect(await styleSource(kept)).toBe(first);
      expect(digest).toHaveBeenCalledTimes(1);
      const others = Array.from({ length: STYLE_SOURCES_KEPT }, (_, i) => style(i + 2));
      for (const other of others.slice(0, -1)) await styleSource(other);
      // Used again, it outlives the older ones when the next style arrives.
      expect(await styleSource(kept)).toBe(first);
      await styleSource(others.at(-1)!);
      expect(await styleSource(kept)).toBe(first);
      expect(digest).toHaveBeenCalledTimes(STYLE_SOURCES_KEPT + 1);
      // The least recently used was let go, and is hashed again, to the same source.
      const oldest = await styleSource(others[0]!);
      expect(digest).toHaveBeenCalledTimes(STYLE_SOURCES_KEPT + 2);
      expect(oldest).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    } finally {
      digest.mockRestore();
    }
  });

  it('keeps the drawn cell at the contract’s height for the frame’s width, narrowest first, and no other height', () => {
    const style = drawnStyle([
      [280, 460],
      [380, 399],
      [480, 384],
    ]);
    expect(style.startsWith(DRAWN_CSS)).toBe(true);
    expect(style.slice(DRAWN_CSS.length)).toBe(
      '.drawn{min-height:460px}@media (min-width:380px){.drawn{min-height:399px}}@media (min-width:480px){.drawn{min-height:384px}}',
    );
    // The element's own reserved height would outgrow the frame while it loads.
    expect(DRAWN_CSS).toContain('.drawn>*{grid-area:1/1;min-width:0;min-height:0}');
    const drawn = renderEmbedPage({
      origin: 'https://chitieu.example',
      params,
      title: 'A',
      summary: 'B',
      imageWidth: 600,
      figure: '<svg></svg>',
      style: drawnStyle([[280, 622]]),
    });
    expect(drawn).toContain(`<style>${drawnStyle([[280, 622]])}</style>`);
  });

  it('draws its image in the theme’s colour scheme', () => {
    expect(html).toContain('/embed/party-cell-map.svg?org=muong-khuong&amp;width=600');
  });
});

describe('embedPageUrl and oembedUrl', () => {
  it('are absolute, as oEmbed discovery needs', () => {
    const page = embedPageUrl('https://chitieu.example', params);
    expect(page).toBe('https://chitieu.example/embed/party-cell-map?org=muong-khuong&color-scheme=light&theme=paper');
    expect(oembedUrl('https://chitieu.example', page)).toBe(`https://chitieu.example/oembed?url=${encodeURIComponent(page)}&format=json`);
  });
});
