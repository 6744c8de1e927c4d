import { imageQuery, parseEmbedQuery, parseLabel, type EmbedElement } from '@chitieu/embed';
import { describe, expect, it } from 'vitest';
import { apiBase, apiUrl, DEFAULT_TIMEOUT_MS, imageUrl, pinOf, readTimeout, readUrl } from './api-base.ts';

describe('apiBase', () => {
  it('uses the api attribute, keeping a proxy path', () => {
    expect(apiBase('https://api.example.vn')).toBe('https://api.example.vn/');
    expect(apiBase(' https://news.example.vn/chitieu?x=1#y ')).toBe('https://news.example.vn/chitieu/');
  });

  it('falls back to the origin the bundle was loaded from', () => {
    expect(apiBase(undefined, 'http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787/');
    expect(apiBase('', 'http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787/');
    expect(apiBase(null)).toBe(`${new URL(import.meta.url).origin}/`);
  });

  it('refuses anything but http(s)', () => {
    expect(apiBase('javascript:alert(1)')).toBeNull();
    expect(apiBase('ftp://example.vn')).toBeNull();
    expect(apiBase('not a url')).toBeNull();
  });
});

describe('apiUrl', () => {
  it('encodes each path segment and skips empty query values', () => {
    expect(apiUrl('https://a.vn/p/', ['v1', 'organizations', 'a/b'], { asOf: '2024-12-31', x: null })).toBe(
      'https://a.vn/p/v1/organizations/a%2Fb?asOf=2024-12-31',
    );
  });
});

describe('pinOf', () => {
  it('lets a revision win over a day, except for the ranking, whose rows have revisions of their own', () => {
    const both = { org: 'muong-khuong', asOf: '2024-12-31', revision: '2' };
    expect(pinOf('party-target-gauge', both)).toEqual({ revision: '2' });
    expect(pinOf('party-cell-map', both)).toEqual({ revision: '2' });
    expect(pinOf('party-target-ranking', both)).toEqual({ asOf: '2024-12-31' });
    expect(pinOf('party-target-gauge', { org: 'muong-khuong', asOf: '2024-12-31', revision: '' })).toEqual({ asOf: '2024-12-31' });
  });

  it('pins nothing when neither is given, and the ranking nothing for a revision alone', () => {
    expect(pinOf('party-target-gauge', { org: 'muong-khuong', asOf: null, revision: null })).toEqual({});
    expect(pinOf('party-target-ranking', { org: 'tinh-lao-cai', revision: '2' })).toEqual({});
  });
});

describe('readUrl and imageUrl', () => {
  const origin = 'https://api.example.vn';

  it('builds each element’s read, a revision winning over a day, the ranking pinned by day only', () => {
    const pins = { org: 'muong-khuong', period: '2024', asOf: '2024-12-31', revision: '2' };
    expect(readUrl('party-target-gauge', pins, origin)).toBe(`${origin}/v1/organizations/muong-khuong/admissions/2024?revision=2`);
    expect(readUrl('party-cell-map', { ...pins, revision: null }, origin)).toBe(`${origin}/v1/organizations/muong-khuong/cells?asOf=2024-12-31`);
    expect(readUrl('party-target-ranking', pins, origin)).toBe(`${origin}/v1/organizations/muong-khuong/subordinates/admissions/2024?asOf=2024-12-31`);
  });

  it('has no URL without an organisation, a needed period or a usable api', () => {
    expect(readUrl('party-target-gauge', { org: 'muong-khuong' }, origin)).toBeNull();
    expect(readUrl('party-cell-map', { org: null }, origin)).toBeNull();
    expect(readUrl('party-cell-map', { org: 'a', api: 'ftp://x' }, origin)).toBeNull();
    expect(imageUrl('party-target-gauge', { org: 'muong-khuong' }, origin)).toBeNull();
  });

  it('gives the static image of the same pinned figures, in the element’s language, scheme and width', () => {
    expect(
      imageUrl(
        'party-target-gauge',
        { org: 'muong-khuong', period: '2024', revision: '2', asOf: '2024-12-31', lang: 'en-GB', dark: true, width: 358.4 },
        origin,
      ),
    ).toBe(`${origin}/embed/party-target-gauge.svg?org=muong-khuong&period=2024&revision=2&lang=en&color-scheme=dark&width=358`);
    expect(imageUrl('party-cell-map', { org: 'muong-khuong', period: '2024', asOf: '2024-12-31', lang: 'vi', width: 100 }, origin)).toBe(
      `${origin}/embed/party-cell-map.svg?org=muong-khuong&as-of=2024-12-31`,
    );
    expect(imageUrl('party-target-ranking', { org: 'tinh-lao-cai', period: '2024', asOf: '2024-12-31', revision: '2' }, origin)).toBe(
      `${origin}/embed/party-target-ranking.svg?org=tinh-lao-cai&period=2024&as-of=2024-12-31`,
    );
    expect(imageUrl('party-target-ranking', { org: 'tinh-lao-cai', period: '2024', revision: '2' }, origin)).toBe(
      `${origin}/embed/party-target-ranking.svg?org=tinh-lao-cai&period=2024`,
    );
    expect(imageUrl('party-cell-map', { org: 'muong-khuong', api: 'ftp://x' }, origin)).toBeNull();
  });

  it('titles the image with the element’s label, trimmed, as the element titles itself; none for a blank label', () => {
    expect(imageUrl('party-target-gauge', { org: 'muong-khuong', period: '2024', label: ' Chi bộ "A & B" ', width: 360 }, origin)).toBe(
      `${origin}/embed/party-target-gauge.svg?org=muong-khuong&period=2024&width=360&label=Chi+b%E1%BB%99+%22A+%26+B%22`,
    );
    expect(imageUrl('party-cell-map', { org: 'muong-khuong', label: null }, origin)).toBe(`${origin}/embed/party-cell-map.svg?org=muong-khuong`);
    expect(imageUrl('party-cell-map', { org: 'muong-khuong', label: ' ' }, origin)).toBeNull();
    expect(imageUrl('party-cell-map', { org: 'muong-khuong', label: '' }, origin)).toBeNull();
  });
});

describe('imageUrl and the embed contract’s imageQuery', () => {
  const origin = 'https://api.chitieu.test';
  // The tag's attributes as the builder writes them (the iframe page's query, the same names), the
  // element's colour scheme and width: the loader's early image and the builder's, oEmbed's and the
  // iframe page's image of the same embed must be one URL, one cached image.
  it.each<[EmbedElement, Record<string, string>, number | undefined]>([
    ['party-target-gauge', { org: 'muong-khuong', period: '2024' }, undefined],
    ['party-target-gauge', { org: 'muong-khuong', period: '2024', label: '  Chi bộ  Na Đẩy ' }, 360],
    ['party-target-gauge', { org: 'muong-khuong', period: '2020-2025', revision: '2', lang: 'en', label: 'Mường Khương' }, 358],
    ['party-target-gauge', { org: 'muong-khuong', period: '2024', 'as-of': '2024-12-31', 'color-scheme': 'dark', label: 'A & B = "100%"' }, 1600],
    ['party-cell-map', { org: 'muong-khuong', 'as-of': '2024-12-31', lang: 'en', label: 'Tổ dân phố số 1 / 2' }, 240],
    ['party-cell-map', { org: 'muong-khuong', revision: '3', 'color-scheme': 'dark' }, 640],
    ['party-target-ranking', { org: 'tinh-lao-cai', period: '2024', 'as-of': '2024-12-31', 'color-scheme': 'light', label: '\u00A0Huyện Bát Xát\u00A0' }, 720],
  ])('agree for %s %o at width %s', (element, attributes, width) => {
    const params = parseEmbedQuery(element, new URLSearchParams(attributes));
    if ('error' in params) throw new Error(params.error);
    const a = (name: string): string | undefined => attributes[name];
    const url = imageUrl(
      element,
      {
        org: a('org'),
        period: a('period'),
        asOf: a('as-of'),
        revision: a('revision'),
        lang: a('lang'),
        label: a('label'),
        dark: a('color-scheme') === 'dark',
        ...(width === undefined ? {} : { width }),
      },
      origin,
    );
    expect(url).toBe(`${origin}/embed/${element}.svg?${imageQuery(params, width)}`);
  });

  it('agree on the title the API reads for a label typed decomposed, which the loader sends as written', () => {
    const label = ' Mu\u031Bo\u031B\u0300ng Khu\u031Bo\u031Bng ';
    const params = parseEmbedQuery('party-cell-map', new URLSearchParams({ org: 'muong-khuong', label }));
    if ('error' in params) throw new Error(params.error);
    const loaders = new URL(imageUrl('party-cell-map', { org: 'muong-khuong', label }, origin)!).searchParams;
    const contracts = imageQuery(params);
    expect(contracts.get('label')).toBe('M\u01B0\u1EDDng Kh\u01B0\u01A1ng');
    // The image route reads `label` with parseLabel: the same title, so the same image.
    expect(parseLabel(loaders.get('label')!)).toBe(contracts.get('label'));
    loaders.delete('label');
    contracts.delete('label');
    expect(loaders.toString()).toBe(contracts.toString());
  });
});

describe('readTimeout', () => {
  it('takes the attribute, falls back on a typo and caps at two minutes', () => {
    expect(readTimeout(2500)).toBe(2500);
    expect([readTimeout(Number.NaN), readTimeout(0), readTimeout(-1), readTimeout(undefined)]).toEqual([
      DEFAULT_TIMEOUT_MS,
      DEFAULT_TIMEOUT_MS,
      DEFAULT_TIMEOUT_MS,
      DEFAULT_TIMEOUT_MS,
    ]);
    expect(readTimeout(1e9)).toBe(120_000);
  });
});
