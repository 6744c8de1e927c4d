import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from './slug.ts';
import { normalizeText, slugify } from './text.ts';

describe('normalizeText', () => {
  it('turns decomposed (NFD) Vietnamese into composed NFC', () => {
    const nfd = 'Mường Khương'.normalize('NFD');
    expect(nfd).not.toBe('Mường Khương');
    expect(normalizeText(nfd)).toBe('Mường Khương');
  });

  it('trims and collapses runs of whitespace, including tabs, newlines and no-break spaces', () => {
    expect(normalizeText('  Na \t Đẩy\n\u00a0B  ')).toBe('Na Đẩy B');
  });

  it('leaves an empty string empty', () => {
    expect(normalizeText('   ')).toBe('');
  });
});

describe('slugify', () => {
  it.each([
    ['Mường Khương', 'muong-khuong'],
    ['Chúng Chải B', 'chung-chai-b'],
    ['Sả Hồ', 'sa-ho'],
    ['Na Đẩy', 'na-day'],
    ['ĐẢNG BỘ', 'dang-bo'],
    ['Sa Pả', 'sa-pa'],
    ['Choán Ván', 'choan-van'],
  ])('makes %j into %j', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('gives the same slug for NFD and NFC input', () => {
    for (const name of ['Mường Khương', 'Chúng Chải B', 'Sả Hồ', 'Đảng bộ']) {
      expect(slugify(name.normalize('NFD'))).toBe(slugify(name.normalize('NFC')));
    }
  });

  it('turns punctuation into hyphens and collapses repeats', () => {
    expect(slugify('Hợp tác xã Kinh doanh tổng hợp - Môi trường Mường Khương')).toBe('hop-tac-xa-kinh-doanh-tong-hop-moi-truong-muong-khuong');
    expect(slugify('  --Tổ   dân phố (số 3)!!  ')).toBe('to-dan-pho-so-3');
  });

  it('throws a RangeError when nothing usable is left', () => {
    expect(() => slugify('')).toThrow(RangeError);
    expect(() => slugify(' – … ! ')).toThrow(RangeError);
  });

  it('cuts very long names to at most 100 characters at a word boundary', () => {
    const slug = slugify('Chi bộ '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('always produces a slug that matches SLUG_PATTERN', () => {
    for (const name of ['Ủy ban', 'ấp 3/2', 'Xã Bản Lầu (cũ)', 'Ơ ư Ă â', 'a'.repeat(150)]) {
      expect(slugify(name)).toMatch(SLUG_PATTERN);
    }
  });
});
