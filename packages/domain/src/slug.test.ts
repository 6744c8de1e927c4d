import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, SlugSchema } from './slug.ts';

describe('SlugSchema', () => {
  it('accepts lower-case ASCII words joined by single hyphens', () => {
    for (const slug of ['muong-khuong', 'na-day', 'to-dan-pho-chua-ro-ten-10', '2024']) expect(SlugSchema.parse(slug)).toBe(slug);
  });

  it('rejects capitals, diacritics, spaces, doubled, leading or trailing hyphens, and overlong slugs', () => {
    for (const bad of ['Muong-khuong', 'mường-khương', 'muong khuong', 'muong--khuong', '-muong', 'muong-', '', 'muong_khuong', 'a'.repeat(101)]) {
      expect(SlugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('shares its pattern with SLUG_PATTERN', () => {
    expect(SLUG_PATTERN.test('sa-ho')).toBe(true);
    expect(SLUG_PATTERN.test('sả-hồ')).toBe(false);
  });
});
