import { describe, expect, it } from 'vitest';
import { INTL_LOCALES, intlFor, langOfTag, LANGS, resolveLang } from './locale.ts';

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

  it('takes the first listed of equal weights, and ignores a weight that is not a finite number', () => {
    expect(resolveLang('en;q=0.5, vi;q=0.5')).toBe('en');
    expect(resolveLang('vi, en')).toBe('vi');
    expect(resolveLang(`en;q=${'9'.repeat(400)}, vi;q=0.1`)).toBe('vi');
    expect(resolveLang('en;q=1.2.3, vi;q=0.1')).toBe('vi');
  });

  it('covers every language with an Intl locale', () => {
    expect(LANGS.map((lang) => INTL_LOCALES[lang])).toEqual(['vi-VN', 'en-GB']);
  });
});

describe('langOfTag', () => {
  it('gives English for English of any region, however written', () => {
    for (const tag of ['en', 'EN', ' en-GB', 'en_US', 'en-Latn-VN']) expect(langOfTag(tag), tag).toBe('en');
  });

  it('gives Vietnamese for Vietnamese, other languages, tags that only begin with "en" and nothing', () => {
    for (const tag of ['vi', 'vi-VN', 'fr', 'eng', 'enx', 'en2', '', ' ', 'x-en', null, undefined]) expect(langOfTag(tag), String(tag)).toBe('vi');
  });

  it('agrees with resolveLang on every single tag', () => {
    for (const tag of ['en', 'en-GB', 'vi', 'vi-VN', 'fr', 'EN-us', 'zh-Hant', '']) expect(langOfTag(tag), tag).toBe(resolveLang(tag));
  });
});

describe('intlFor', () => {
  it('makes one Intl object per kind, language and options, in the language’s locale', () => {
    const grouped = intlFor(Intl.NumberFormat, 'vi');
    expect(intlFor(Intl.NumberFormat, 'vi')).toBe(grouped);
    expect(grouped.resolvedOptions().locale).toBe('vi-VN');
    expect(intlFor(Intl.NumberFormat, 'en')).not.toBe(grouped);
    expect(intlFor(Intl.NumberFormat, 'vi', { style: 'percent' })).not.toBe(grouped);
    expect(intlFor(Intl.NumberFormat, 'vi', { style: 'percent' })).toBe(intlFor(Intl.NumberFormat, 'vi', { style: 'percent' }));
    expect(intlFor(Intl.PluralRules, 'en')).toBeInstanceOf(Intl.PluralRules);
    expect(intlFor(Intl.PluralRules, 'en').select(1)).toBe('one');
  });
});
