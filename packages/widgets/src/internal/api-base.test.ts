import { describe, expect, it } from 'vitest';
import { apiBase, apiUrl, DEFAULT_TIMEOUT_MS, pinOf, readTimeout, readUrl } from './api-base.ts';

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
    expect(apiUrl('https://a.vn/p/', ['v1', 'organizations', 'a/b'], { asOf: '2024-12-31', revision: '' })).toBe(
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

describe('readUrl', () => {
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
