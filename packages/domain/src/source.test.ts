import { describe, expect, it } from 'vitest';
import { SourceSchema } from './source.ts';

describe('SourceSchema', () => {
  it('accepts a publisher without a link and fills the missing fields with null', () => {
    expect(SourceSchema.parse({ publisher: 'Báo Lào Cai' })).toEqual({ publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null });
  });

  it('accepts a link without a publisher', () => {
    expect(SourceSchema.safeParse({ url: 'https://baolaocai.vn/a' }).success).toBe(true);
  });

  it('rejects a source with neither publisher nor url', () => {
    const result = SourceSchema.safeParse({ title: 'Kết quả vượt bậc trong phát triển đảng viên' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['publisher']);
  });

  it('rejects blank publishers, non-http links, bad dates and unknown fields', () => {
    expect(SourceSchema.safeParse({ publisher: '   ' }).success).toBe(false);
    expect(SourceSchema.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
    expect(SourceSchema.safeParse({ url: 'ftp://example.vn/x' }).success).toBe(false);
    expect(SourceSchema.safeParse({ publisher: 'Báo Lào Cai', publishedOn: '2024-02-30' }).success).toBe(false);
    expect(SourceSchema.safeParse({ publisher: 'Báo Lào Cai', author: 'x' }).success).toBe(false);
  });
});
