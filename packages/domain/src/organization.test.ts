import { describe, expect, it } from 'vitest';
import { OrganizationRefSchema, OrganizationSchema } from './organization.ts';

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
