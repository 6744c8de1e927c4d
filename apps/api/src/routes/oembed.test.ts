import { describe, expect, it } from 'vitest';
import { request } from '../../test/request.ts';

const ORIGIN = 'http://localhost';
const GAUGE = `${ORIGIN}/embed/party-target-gauge?org=muong-khuong&period=2024`;
const oembed = (query: Record<string, string>) => request(`/oembed?${new URLSearchParams(query)}`);

describe('GET /oembed', () => {
  it('answers a rich oEmbed 1.0 response whose html is only an iframe of the page', async () => {
    const res = await oembed({ url: GAUGE, format: 'json' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Đảng bộ thị trấn Mường Khương: kết nạp đảng viên (Năm 2024)',
      provider_name: 'Chỉ Tiêu',
      provider_url: `${ORIGIN}/`,
      width: 400,
      height: 399,
    });
    expect(body['html']).toBe(
      `<iframe src="${GAUGE.replaceAll('&', '&amp;')}" width="400" height="399" title="Đảng bộ thị trấn Mường Khương: kết nạp đảng viên (Năm 2024)" frameborder="0"></iframe>`,
    );
  });

  it('takes json as the default format, and keeps within maxwidth and maxheight', async () => {
    const body = (await (await oembed({ url: `${ORIGIN}/embed/party-cell-map?org=muong-khuong`, maxwidth: '360', maxheight: '300' })).json()) as {
      width: number;
      height: number;
      html: string;
    };
    expect(body.width).toBe(360);
    expect(body.height).toBe(300);
    expect(body.html).toContain('width="360" height="300"');
  });

  it('answers 501 for XML, which it does not serve', async () => {
    expect((await oembed({ url: GAUGE, format: 'xml' })).status).toBe(501);
  });

  it.each([
    ['another site', 'https://example.com/embed/party-target-gauge?org=muong-khuong&period=2024'],
    ['another page of ours', `${ORIGIN}/docs`],
    ['an element we do not have', `${ORIGIN}/embed/party-pie?org=muong-khuong`],
    ['an embed code with a typo', `${ORIGIN}/embed/party-target-gauge?org=muong-khuong`],
    ['figures that do not exist', `${ORIGIN}/embed/party-target-gauge?org=oembed-nowhere&period=2024`],
    ['not a URL', 'muong-khuong'],
  ])('answers 404 for %s', async (_what, url) => {
    const res = await oembed({ url });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers 400 without a url or with a width that is not a number', async () => {
    expect((await request('/oembed')).status).toBe(400);
    expect((await oembed({ url: GAUGE, maxwidth: 'wide' })).status).toBe(400);
  });
});
