import { describe, expect, it } from 'vitest';
import { CELL_KINDS, CellInputSchema, CellSchema, CellsResponseSchema, CellWriteSchema, StatusCountsSchema } from './cell.ts';

const cell = { name: 'Na Đẩy', kind: 'residential', committee: 'formed' };

describe('CellInputSchema', () => {
  it('keeps an unnamed cell unnamed and its member count unknown', () => {
    expect(CellInputSchema.parse({ kind: 'agencyOrSchool', committee: 'unknown' })).toEqual({
      name: null,
      kind: 'agencyOrSchool',
      committee: 'unknown',
      committeeFormedOn: null,
      fullMembers: null,
    });
  });

  it('allows a formation date only for a committee formed this term', () => {
    expect(CellInputSchema.safeParse({ ...cell, committeeFormedOn: '2023-03-01' }).success).toBe(true);
    expect(CellInputSchema.safeParse({ ...cell, committee: 'existing', committeeFormedOn: '2023-03-01' }).success).toBe(false);
  });

  it('rejects unknown kinds and statuses, blank names, bad dates and fractional members', () => {
    for (const bad of [
      { ...cell, kind: 'village' },
      { ...cell, committee: 'maybe' },
      { ...cell, name: '  ' },
      { ...cell, committeeFormedOn: '2024-02-30' },
      { ...cell, fullMembers: 8.5 },
      { ...cell, fullMembers: -1 },
    ]) {
      expect(CellInputSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('knows the agency-or-school kind the Mường Khương article needs', () => {
    expect(CELL_KINDS).toContain('agencyOrSchool');
  });
});

describe('CellsResponseSchema', () => {
  const response = {
    organization: { slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' },
    term: '2020-2025',
    asOf: '2024-12-31',
    cells: [{ slug: 'na-day', name: 'Na Đẩy', kind: 'residential', committee: 'formed', committeeFormedOn: null, fullMembers: null }],
    counts: { existing: 0, formed: 1, none: 0, ineligible: 0, unknown: 0 },
    total: 1,
    sources: [{ publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null }],
  };

  it('accepts the cells read', () => {
    expect(CellsResponseSchema.safeParse(response).success).toBe(true);
  });

  it('accepts the revision, the time of the last change and a succession, and reads without them', () => {
    const succeededBy = { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }] };
    const full = { ...response, revision: 3, updatedAt: '2025-07-01T02:00:00.000Z', succeededBy };
    expect(CellsResponseSchema.parse(full)).toEqual(full);
    expect(CellsResponseSchema.safeParse({ ...full, succeededBy: null }).success).toBe(true);
    expect(CellsResponseSchema.safeParse({ ...full, revision: 0 }).success).toBe(false);
    expect(CellsResponseSchema.safeParse({ ...full, succeededBy: { validTo: '2025-06-30' } }).success).toBe(false);
  });

  it('rejects a cell with a bad slug and counts missing a status', () => {
    expect(CellSchema.safeParse({ ...response.cells[0], slug: 'Na Đẩy' }).success).toBe(false);
    expect(StatusCountsSchema.safeParse({ existing: 0, formed: 1, none: 0, ineligible: 0 }).success).toBe(false);
    expect(CellsResponseSchema.safeParse({ ...response, asOf: '2024-13-01' }).success).toBe(false);
  });
});

describe('CellWriteSchema', () => {
  const cell = { kind: 'residential', committee: 'formed', name: 'Choán Ván' };

  it('is a cell, optionally with the day, term and sources of its census', () => {
    expect(CellWriteSchema.parse(cell)).toEqual({ ...cell, committeeFormedOn: null, fullMembers: null });
    const sources = [{ publisher: 'Báo Lào Cai' }];
    expect(CellWriteSchema.parse({ ...cell, asOf: '2025-06-30', term: '2020-2025', sources })).toMatchObject({
      asOf: '2025-06-30',
      term: '2020-2025',
      sources: [{ publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null }],
    });
  });

  it('keeps the cell rules and rejects unknown fields and the slug, which is the path', () => {
    for (const bad of [
      { ...cell, committee: 'none', committeeFormedOn: '2025-01-01' },
      { ...cell, asOf: '2025-02-30' },
      { ...cell, term: '2025' },
      { ...cell, sources: [] },
      { ...cell, slug: 'choan-van' },
      { ...cell, counts: {} },
    ]) {
      expect(CellWriteSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
