import { describe, expect, it } from 'vitest';
import { SessionInputSchema, SessionSchema } from './session.ts';

describe('SessionInputSchema', () => {
  it('takes a key and nothing else', () => {
    expect(SessionInputSchema.parse({ key: ' ct_x ' })).toEqual({ key: 'ct_x' });
    expect(SessionInputSchema.safeParse({ key: '' }).success).toBe(false);
    expect(SessionInputSchema.safeParse({ key: 'ct_x', remember: true }).success).toBe(false);
  });
});

describe('SessionSchema', () => {
  it('names the newsroom and the key, and refuses to carry the key itself', () => {
    const session = {
      newsroom: { slug: 'bao-lao-cai', name: 'Báo Lào Cai' },
      key: { id: '0123456789abcdef', label: 'Lan' },
      createdAt: '2026-12-01T08:00:00.000Z',
      expiresAt: '2026-12-01T20:00:00.000Z',
    };
    expect(SessionSchema.parse(session)).toEqual(session);
    expect(SessionSchema.safeParse({ ...session, key: { ...session.key, key: 'ct_x' } }).success).toBe(false);
  });
});
