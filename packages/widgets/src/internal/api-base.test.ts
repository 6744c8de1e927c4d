import { describe, expect, it } from 'vitest';
import { apiBase, apiUrl } from './api-base.ts';

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
