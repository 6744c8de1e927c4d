// oEmbed: the embed page announces its oEmbed endpoint, and the answer has what the oEmbed 1.0 spec
// requires of a `rich` answer (https://oembed.com, sections 2.3.4 and 2.3.4.4).
import { describe, expect, it } from 'vitest';
import { contentHeight, drawnFrame, eventually, useBrowser } from './browser.ts';

const session = useBrowser();

describe('oEmbed', () => {
  for (const path of ['/embed/party-target-gauge?org=muong-khuong&period=2024', '/embed/party-cell-map?org=muong-khuong&lang=en']) {
    it(`is discovered from ${path} and answers a valid rich response`, async () => {
      const page = await session.page();
      await page.goto(`${session.baseUrl}${path}`);
      const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
      expect(discovery).toBe(`${session.baseUrl}/oembed?${new URLSearchParams({ url: `${session.baseUrl}${path}`, format: 'json' })}`);

      const res = await fetch(discovery!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await res.json()) as Record<string, unknown>;
      // Required of every answer, and of rich answers.
      expect(body['type']).toBe('rich');
      expect(body['version']).toBe('1.0');
      for (const field of ['width', 'height']) expect(Number.isInteger(body[field]) && (body[field] as number) > 0, field).toBe(true);
      expect(typeof body['html']).toBe('string');
      // Optional fields, when present, have the spec's types.
      expect(typeof body['title']).toBe('string');
      expect(body['provider_name']).toBe('Chỉ Tiêu');
      expect(body['provider_url']).toBe(`${session.baseUrl}/`);
      // The html is an iframe of the page, and nothing else.
      const html = body['html'] as string;
      expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain(`src="${`${session.baseUrl}${path}`.replaceAll('&', '&amp;')}"`);
      expect(html).toContain(`width="${body['width']}"`);
      expect(html).toContain(`height="${body['height']}"`);
    });
  }

  it('keeps within maxwidth and maxheight', async () => {
    const url = `${session.baseUrl}/embed/party-cell-map?org=muong-khuong`;
    const res = await fetch(`${session.baseUrl}/oembed?${new URLSearchParams({ url, format: 'json', maxwidth: '320', maxheight: '400' })}`);
    const body = (await res.json()) as { width: number; height: number };
    expect(body.width).toBeLessThanOrEqual(320);
    expect(body.height).toBeLessThanOrEqual(400);
  });

  it('answers 404 for a link that is not ours and 501 for XML', async () => {
    const elsewhere = await fetch(
      `${session.baseUrl}/oembed?${new URLSearchParams({ url: 'https://example.com/embed/party-target-gauge?org=x&period=2024' })}`,
    );
    expect(elsewhere.status).toBe(404);
    const xml = await fetch(
      `${session.baseUrl}/oembed?${new URLSearchParams({ url: `${session.baseUrl}/embed/party-cell-map?org=muong-khuong`, format: 'xml' })}`,
    );
    expect(xml.status).toBe(501);
  });

  it('declares a height close to what the page reports once it has drawn', async () => {
    for (const [path, width] of [
      ['/embed/party-target-gauge?org=muong-khuong&period=2024', 400],
      ['/embed/party-cell-map?org=muong-khuong', 640],
    ] as const) {
      const url = `${session.baseUrl}${path}`;
      const body = (await (await fetch(`${session.baseUrl}/oembed?${new URLSearchParams({ url })}`)).json()) as { width: number; height: number };
      expect(body.width).toBe(width);
      const page = await session.page();
      const parent = session.publish(
        `/oembed-${width}`,
        `<!doctype html><body style="margin:0">${((await (await fetch(`${session.baseUrl}/oembed?${new URLSearchParams({ url })}`)).json()) as { html: string }).html}</body>`,
      );
      const heights: number[] = [];
      await page.exposeFunction('reportHeight', (height: number) => heights.push(height));
      await page.addInitScript(() => {
        window.addEventListener('message', (event) => {
          if (event.data?.type === 'chitieu:height') (window as unknown as { reportHeight(h: number): void }).reportHeight(event.data.height);
        });
      });
      await page.goto(parent);
      const frame = await drawnFrame(page, 'iframe');
      // What the page reports once drawn: its last message, once the content has settled to that height.
      const drawn = await eventually(async () => {
        const height = await contentHeight(frame);
        expect(heights.at(-1)).toBe(height);
        return height;
      });
      console.info(`oEmbed height of ${path}: declared ${body.height}, drawn ${drawn}`);
      expect(Math.abs(body.height - drawn)).toBeLessThanOrEqual(40);
    }
  });
});
