import { describe, expect, it } from 'vitest';
import { OrganizationInputSchema, OrganizationRecordSchema, OrganizationRefSchema, OrganizationSchema } from './organization.ts';

const town = { slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương', kind: 'grassroots' };

describe('OrganizationSchema', () => {
  it('fills an open-ended validity and no successors by default', () => {
    expect(OrganizationSchema.parse(town)).toEqual({ ...town, parent: null, validFrom: null, validTo: null, successors: [] });
  });

  it('accepts an organisation closed by the July 2025 reform', () => {
    expect(OrganizationSchema.safeParse({ ...town, validTo: '2025-06-30', successors: ['xa-moi'] }).success).toBe(true);
  });

  it('rejects a validity that ends before it starts', () => {
    expect(OrganizationSchema.safeParse({ ...town, validFrom: '2025-07-01', validTo: '2025-06-30' }).success).toBe(false);
  });

  it('rejects bad slugs, bad dates, unknown kinds and blank names', () => {
    for (const bad of [
      { ...town, slug: 'Mường Khương' },
      { ...town, parent: 'huyen muong khuong' },
      { ...town, successors: ['-x'] },
      { ...town, validTo: '2025-02-30' },
      { ...town, kind: 'commune' },
      { ...town, name: ' ' },
    ]) {
      expect(OrganizationSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('OrganizationRefSchema', () => {
  it('needs a valid slug and a name, nothing else', () => {
    expect(OrganizationRefSchema.safeParse({ slug: 'muong-khuong', name: 'x' }).success).toBe(true);
    expect(OrganizationRefSchema.safeParse({ slug: 'muong khuong', name: 'x' }).success).toBe(false);
    expect(OrganizationRefSchema.safeParse({ slug: 'a', name: 'x', kind: 'grassroots' }).success).toBe(false);
  });
});

describe('OrganizationInputSchema', () => {
  const input = { name: 'Đảng bộ thị trấn Mường Khương', kind: 'grassroots' };

  it('is the read without the slug, which is the path', () => {
    expect(OrganizationInputSchema.parse(input)).toEqual({ ...input, parent: null, validFrom: null, validTo: null, successors: [] });
    expect(OrganizationInputSchema.safeParse({ ...input, slug: 'muong-khuong' }).success).toBe(false);
  });

  it('closes an organisation with its last day and successors', () => {
    expect(OrganizationInputSchema.safeParse({ ...input, validTo: '2025-06-30', successors: ['xa-a', 'xa-b'] }).success).toBe(true);
  });

  it('needs a last day for successors, each named once', () => {
    const noDay = OrganizationInputSchema.safeParse({ ...input, successors: ['xa-a'] });
    expect(noDay.error?.issues[0]?.path).toEqual(['validTo']);
    const twice = OrganizationInputSchema.safeParse({ ...input, validTo: '2025-06-30', successors: ['xa-a', 'xa-a'] });
    expect(twice.error?.issues[0]?.path).toEqual(['successors']);
  });

  it('rejects what the server computes or does not know', () => {
    for (const extra of [{ revision: 2 }, { updatedAt: '2025-01-01T00:00:00.000Z' }, { newsroom: 'bao-lao-cai' }]) {
      expect(OrganizationInputSchema.safeParse({ ...input, ...extra }).success).toBe(false);
    }
  });
});

describe('OrganizationRecordSchema', () => {
  it('adds the newsroom, the revision and the time of the last change to the read', () => {
    const record = { ...OrganizationSchema.parse(town), newsroom: 'bao-lao-cai', revision: 1, updatedAt: '2024-12-31T00:00:00.000Z' };
    expect(OrganizationRecordSchema.parse(record)).toEqual(record);
    expect(OrganizationRecordSchema.safeParse({ ...record, revision: 0 }).success).toBe(false);
  });
});
