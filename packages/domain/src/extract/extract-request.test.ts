import { describe, expect, it } from 'vitest';
import { ExtractRequestSchema, MAX_EXTRACT_TEXT_LENGTH } from './extract-request.ts';

describe('ExtractRequestSchema', () => {
  it('counts the length of the text in NFC, so decomposed Vietnamese is not refused for its extra marks', () => {
    const words = 'ường'.repeat(MAX_EXTRACT_TEXT_LENGTH / 4);
    expect(words.normalize('NFD').length).toBeGreaterThan(MAX_EXTRACT_TEXT_LENGTH);
    expect(ExtractRequestSchema.safeParse({ text: words.normalize('NFD') }).success).toBe(true);
    expect(ExtractRequestSchema.safeParse({ text: `${words}a` }).success).toBe(false);
  });

  it('refuses a blank text, an unknown field and a source with a link that is not http(s)', () => {
    expect(ExtractRequestSchema.safeParse({ text: '  ' }).success).toBe(false);
    expect(ExtractRequestSchema.safeParse({ text: 'a', lang: 'vi' }).success).toBe(false);
    const bad = ExtractRequestSchema.safeParse({ text: 'a', source: { publisher: 'Báo', url: 'javascript:alert(1)' } });
    expect(bad.error?.issues[0]?.path).toEqual(['source', 'url']);
  });
});
