import { describe, expect, it } from 'vitest';
import { DeletionSchema, parseRevision, RevisionSchema, RevisionTextSchema, TimestampSchema } from './revision.ts';

describe('parseRevision', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['2147483647', 2_147_483_647],
  ])('reads %j as %i', (text, value) => expect(parseRevision(text)).toBe(value));

  it.each(['0', '01', '-1', '+1', '1.0', '1e3', ' 1', '"1"', '', '2147483648', '99999999999', 'abc'])('refuses %j', (text) => {
    expect(parseRevision(text)).toBeNull();
  });
});

describe('RevisionSchema and RevisionTextSchema', () => {
  it('accept positive whole numbers only', () => {
    expect(RevisionSchema.safeParse(1).success).toBe(true);
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(RevisionSchema.safeParse(bad).success).toBe(false);
    expect(RevisionTextSchema.safeParse('3').success).toBe(true);
    expect(RevisionTextSchema.safeParse('x').success).toBe(false);
  });
});

describe('TimestampSchema', () => {
  it('accepts what Date#toISOString writes, and nothing looser', () => {
    expect(TimestampSchema.safeParse(new Date(0).toISOString()).success).toBe(true);
    for (const bad of ['2024-12-31', '2024-12-31T00:00:00Z', '2024-12-31 00:00:00.000Z', '2024-13-01T00:00:00.000Z']) {
      expect(TimestampSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('DeletionSchema', () => {
  it('says what was deleted and as which revision', () => {
    const deletion = { resource: '/v1/organizations/x/admissions/2025', deleted: true, revision: 3, updatedAt: '2025-07-01T00:00:00.000Z' };
    expect(DeletionSchema.parse(deletion)).toEqual(deletion);
    expect(DeletionSchema.safeParse({ ...deletion, deleted: false }).success).toBe(false);
  });
});
