import { describe, expect, it } from 'vitest';
import { INTL_LOCALES, LANGS, resolveLang } from './locale.ts';

describe('resolveLang', () => {
  it('defaults to Vietnamese for nothing, junk or an unsupported language', () => {
    expect(resolveLang()).toBe('vi');
    expect(resolveLang(null)).toBe('vi');
    expect(resolveLang('')).toBe('vi');
    expect(resolveLang('fr')).toBe('vi');
    expect(resolveLang(';;;q=')).toBe('vi');
  });

  it('accepts plain and regional tags in any case', () => {
    expect(resolveLang('en')).toBe('en');
    expect(resolveLang('EN-us')).toBe('en');
    expect(resolveLang('vi-VN')).toBe('vi');
    expect(resolveLang('en_GB')).toBe('en');
  });

  it('reads an Accept-Language list by weight', () => {
    expect(resolveLang('fr-FR, en;q=0.5')).toBe('en');
    expect(resolveLang('en;q=0.4, vi;q=0.9')).toBe('vi');
    expect(resolveLang('en;q=0, fr')).toBe('vi');
  });

  it('covers every language with an Intl locale', () => {
    expect(LANGS.map((lang) => INTL_LOCALES[lang])).toEqual(['vi-VN', 'en-GB']);
  });
});
