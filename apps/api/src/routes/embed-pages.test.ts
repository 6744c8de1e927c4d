import { describe, expect, it } from 'vitest';
import { request } from '../../test/request.ts';
import { embedHeightSteps } from '@chitieu/embed';
import { drawnStyle, styleSource } from '../pages/embed-page.ts';

const GAUGE = '/embed/party-target-gauge?org=muong-khuong&period=2024';
const MAP = '/embed/party-cell-map?org=muong-khuong&lang=en';

describe('GET /embed/{element}', () => {
  it('renders the element with its attributes and, for readers without JavaScript, the summary and the image', async () => {
    const res = await request(GAUGE);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<party-target-gauge org="muong-khuong" period="2024">');
    expect(html).toContain(
      '<p class="summary">Đảng bộ thị trấn Mường Khương (Năm 2024): Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%).</p>',
    );
    expect(html).toContain('<noscript><img class="fallback-image" src="/embed/party-target-gauge.svg?org=muong-khuong&amp;period=2024&amp;width=360"');
    expect(html).toContain('<link rel="modulepreload" href="/widgets/v1/chitieu.js">');
    expect(html).toContain('<base target="_top">');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('arrives with the figure already drawn, as the .svg image draws it, beside the element', async () => {
    const res = await request(GAUGE);
    const html = await res.text();
    // Its one inline style, allowed by its hash (embed-page.ts), holding the gauge's heights of the embed contract.
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toBe(drawnStyle(embedHeightSteps('party-target-gauge')));
    expect(res.headers.get('Content-Security-Policy')).toContain(`style-src 'self' ${await styleSource(style)};`);
    expect(style).toContain('@media (min-width:380px){.drawn{min-height:399px}}');
    const image = await (await request('/embed/party-target-gauge.svg?org=muong-khuong&period=2024&width=360')).text();
    expect(image).toMatch(/^<svg[^>]* role="img"/);
    expect(html).toContain(`</party-target-gauge>\n<div class="figure">${image}</div>\n</div>`);
    expect(html).toMatch(/<body>\n<div class="drawn">\n<party-target-gauge /);
  });

  it('carries the oEmbed discovery link, in the page’s language', async () => {
    const html = await (await request(MAP)).text();
    expect(html).toContain('<html lang="en">');
    const origin = 'http://localhost';
    const discovery = `${origin}/oembed?${new URLSearchParams({ url: `${origin}${MAP}`, format: 'json' })}`;
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${discovery.replaceAll('&', '&amp;')}"`);
    expect(html).toContain('Đảng bộ thị trấn Mường Khương: 25 cells, of which');
    // The map's heights follow its 25 cells: 410 px at the oEmbed answer's 640.
    expect(html).toContain('@media (min-width:632px){.drawn{min-height:410px}}');
  });

  it('may be framed by any site, and only the embed pages may', async () => {
    const res = await request(GAUGE);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
  });

  it('answers a reader whose copy is still current with a 304 and no body', async () => {
    const first = await request(GAUGE);
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await request(GAUGE, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Cache-Control')).toBe('public, max-age=60');
    // Another frame's page is another body: its copy does not stand for this one.
    const other = await request(MAP, { headers: { 'If-None-Match': etag } });
    expect(other.status).toBe(200);
    expect(other.headers.get('ETag')).not.toBe(etag);
  });

  it('shows a readable page, not JSON, when the figures do not exist', async () => {
    const res = await request('/embed/party-target-gauge?org=embed-page-nowhere&period=2024');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Không tìm thấy số liệu');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=10');
  });

  it('says what is wrong with an embed code it cannot use', async () => {
    const res = await request('/embed/party-cell-map?org=muong-khuong&colour=dark&lang=en');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('The embed code is not right: unknown parameter &quot;colour&quot;');
  });

  it('writes a title containing HTML as text', async () => {
    const html = await (await request('/embed/party-cell-map?org=muong-khuong&label=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('label="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('draws the figure and points its image under the label, the title the element shows', async () => {
    const html = await (await request(`${GAUGE}&label=Chi%20b%E1%BB%99%20%3CA%3E`)).text();
    expect(html).toContain(
      '<noscript><img class="fallback-image" src="/embed/party-target-gauge.svg?org=muong-khuong&amp;period=2024&amp;width=360&amp;label=Chi+b%E1%BB%99+%3CA%3E"',
    );
    expect(html).toMatch(/<text data-part="title"[^>]*>Chi bộ &lt;A&gt;<\/text>/);
    expect(html).toContain('>Chi bộ &lt;A&gt; · Năm 2024</title>');
    expect(html).not.toContain('<A>');
  });

  it('leaves the static images to their own route', async () => {
    expect((await request('/embed/party-target-gauge.svg?org=muong-khuong&period=2024')).headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
  });
});
