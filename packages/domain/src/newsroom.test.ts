import { describe, expect, it } from 'vitest';
import { ApiKeyIdSchema, ApiKeySchema, IssuedApiKeySchema, NewsroomInputSchema, NewsroomSchema } from './newsroom.ts';

const at = '2025-07-01T00:00:00.000Z';

describe('NewsroomInputSchema', () => {
  it('takes a slug and a name, trimmed, and nothing else', () => {
    expect(NewsroomInputSchema.parse({ slug: 'bao-lao-cai', name: ' Báo Lào Cai ' })).toEqual({ slug: 'bao-lao-cai', name: 'Báo Lào Cai' });
    for (const bad of [
      { slug: 'Báo', name: 'x' },
      { slug: 'x', name: ' ' },
      { slug: 'x', name: 'x', id: 1 },
    ]) {
      expect(NewsroomInputSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('is read back with its creation time', () => {
    expect(NewsroomSchema.safeParse({ slug: 'x', name: 'X', createdAt: at }).success).toBe(true);
  });
});

describe('API key schemas', () => {
  it('identify a key by 16 hexadecimal digits', () => {
    expect(ApiKeyIdSchema.safeParse('0123456789abcdef').success).toBe(true);
    for (const bad of ['0123456789ABCDEF', '0123456789abcde', 'ct_0123456789abcdef']) expect(ApiKeyIdSchema.safeParse(bad).success).toBe(false);
  });

  it('list a key without its secret, and show the secret only when issuing it', () => {
    const listed = { id: '0123456789abcdef', newsroom: 'bao-lao-cai', label: 'Lan', createdAt: at, revokedAt: null };
    expect(ApiKeySchema.parse(listed)).toEqual(listed);
    expect(ApiKeySchema.safeParse({ ...listed, key: 'ct_x' }).success).toBe(false);
    expect(IssuedApiKeySchema.safeParse({ id: listed.id, key: 'ct_x', newsroom: 'bao-lao-cai', label: 'Lan', createdAt: at }).success).toBe(true);
  });
});
