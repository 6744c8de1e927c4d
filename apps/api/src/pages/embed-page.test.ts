import { parseEmbedQuery, type EmbedParams } from '@chitieu/embed';
import { describe, expect, it } from 'vitest';
import { DRAWN_CSS, DRAWN_CSS_SOURCE, embedPageUrl, oembedUrl, renderEmbedPage } from './embed-page.ts';

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

  it('names the inline style by its hash, as the Content Security Policy allows it', async () => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(DRAWN_CSS)));
    expect(DRAWN_CSS_SOURCE).toBe(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
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
