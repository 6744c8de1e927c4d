// The elements' guards must agree with the domain's zod schemas on what the elements read: whatever
// zod accepts passes, whatever zod refuses fails, except what the tolerant reader deliberately lets
// through (fields it does not read, properties a newer API adds).
import { AdmissionResponseSchema, CellSchema, CellsResponseSchema, SourceSchema, SubordinateAdmissionsResponseSchema } from '@chitieu/domain';
import { sampleRankingResponse } from '@chitieu/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { seedAdmissions, seedCells } from '../../test/fake-api.ts';
import { cellsResponse, inlineCells } from '../party-cell-map/cells-guards.ts';
import { rankingResponse } from '../party-target-ranking/ranking-guard.ts';
import { admission, inlineSources } from './wire-guards.ts';

type Change = [what: string, change: (value: Record<string, unknown>) => unknown];

const clone = <T>(value: T): T => structuredClone(value);
const ranking = () =>
  sampleRankingResponse({ rows: 4, rangeTarget: [1], noFigures: [2], noTarget: [3], total: { admitted: 80, target: { min: 60, max: 60 } } });

const ADMISSION_CHANGES: Change[] = [
  ['a missing figure', ({ admitted: _, ...rest }) => rest],
  ['a figure written as text', (a) => ({ ...a, admitted: '53' })],
  ['a negative count', (a) => ({ ...a, admitted: -1 })],
  ['a fractional count', (a) => ({ ...a, admitted: 5.5 })],
  ['a count beyond the largest', (a) => ({ ...a, admitted: 1e12 })],
  ['a missing target', ({ target: _, ...rest }) => rest],
  ['a reversed target range', (a) => ({ ...a, target: { min: 30, max: 20 } })],
  ['a target without its ceiling', (a) => ({ ...a, target: { min: 30 } })],
  ['an impossible as-of date', (a) => ({ ...a, asOf: '2024-02-30' })],
  ['an as-of date in another format', (a) => ({ ...a, asOf: '31/12/2024' })],
  ['a period that is neither a year nor a term', (a) => ({ ...a, period: '2024-2023' })],
  ['a term-to-date of a year', (a) => ({ ...a, termToDate: { term: '2024', admitted: 93 } })],
  ['a total membership written as text', (a) => ({ ...a, totalMembers: '1783' })],
  ['sources that are not a list', (a) => ({ ...a, sources: 'Báo Lào Cai' })],
  ['a source with neither publisher nor link', (a) => ({ ...a, sources: [{ publisher: null, title: 'x', url: null, publishedOn: null }] })],
  ['a source link that is not http', (a) => ({ ...a, sources: [{ publisher: 'Báo', title: null, url: 'javascript:alert(1)', publishedOn: null }] })],
  ['a source date in another format', (a) => ({ ...a, sources: [{ publisher: 'Báo', title: null, url: null, publishedOn: '2024-1-1' }] })],
  ['an organisation slug with capitals', (a) => ({ ...a, organization: { slug: 'Muong-Khuong', name: 'x' } })],
  ['an organisation without a name', (a) => ({ ...a, organization: { slug: 'muong-khuong' } })],
  ['an update time without its time of day', (a) => ({ ...a, updatedAt: '2025-07-15' })],
  ['an update time on an impossible day', (a) => ({ ...a, updatedAt: '2025-02-30T08:30:00.000Z' })],
  ['an update time that is not UTC', (a) => ({ ...a, updatedAt: '2025-07-15T08:30:00.000+07:00' })],
  ['an update time at hour 25', (a) => ({ ...a, updatedAt: '2025-07-15T25:30:00.000Z' })],
  ['a closing day that is not a date', (a) => ({ ...a, succeededBy: { validTo: '30/06/2025', successors: [] } })],
  ['a successor without a name', (a) => ({ ...a, succeededBy: { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong' }] } })],
  ['null instead of the record', () => null],
  ['a list instead of the record', (a) => [a]],
];

const CELLS_CHANGES: Change[] = [
  ['a cell of an unknown kind', (c) => ({ ...c, cells: [{ ...(c['cells'] as object[])[0], kind: 'temple' }] })],
  ['a cell with an unknown status', (c) => ({ ...c, cells: [{ ...(c['cells'] as object[])[0], committee: 'maybe' }] })],
  ['a cell with a negative membership', (c) => ({ ...c, cells: [{ ...(c['cells'] as object[])[0], fullMembers: -3 }] })],
  ['a cell without a slug', (c) => ({ ...c, cells: [{ ...(c['cells'] as object[])[0], slug: undefined }] })],
  ['cells that are not a list', (c) => ({ ...c, cells: 'many' })],
  ['an impossible census date', (c) => ({ ...c, asOf: '2024-13-01' })],
  ['a term that is a number', (c) => ({ ...c, term: 2020 })],
];

const RANKING_CHANGES: Change[] = [
  ['a subordinate with a malformed read', (r) => ({ ...r, subordinates: [{ ...(r['subordinates'] as object[])[0], admissions: { admitted: 5 } }] })],
  ['a subordinate without its organisation', (r) => ({ ...r, subordinates: [{ admissions: null, succeededBy: null }] })],
  ['a total with a reversed target', (r) => ({ ...r, total: { ...(r['total'] as object), target: { min: 9, max: 1 } } })],
  ['a sum without its count', (r) => ({ ...r, sum: { admitted: 1, target: null, reporting: 1 } })],
  ['a difference written as text', (r) => ({ ...r, difference: { admitted: '3', target: null } })],
  ['more subordinates than any organisation has', (r) => ({ ...r, subordinates: Array.from({ length: 201 }, () => (r['subordinates'] as object[])[0]) })],
  ['a pinned day that is not a date', (r) => ({ ...r, asOf: 'yesterday' })],
];

describe('the guards against the domain schemas', () => {
  it('accept the seed answers, as zod does', () => {
    for (const answer of [seedAdmissions(), seedAdmissions('2020-2025')]) {
      expect(AdmissionResponseSchema.safeParse(answer).success).toBe(true);
      expect(admission(answer)).toBe(true);
    }
    expect(CellsResponseSchema.safeParse(seedCells()).success).toBe(true);
    expect(cellsResponse(seedCells())).toBe(true);
    expect(inlineCells(seedCells().cells)).toBe(true);
    expect(inlineSources(seedCells().sources)).toBe(true);
    expect(SubordinateAdmissionsResponseSchema.safeParse(ranking()).success).toBe(true);
    expect(rankingResponse(ranking())).toBe(true);
  });

  it('accept the revision, update time and successors of a merged organisation, as zod does', () => {
    const succeededBy = { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }] };
    const merged = { ...seedAdmissions(), revision: 2, updatedAt: '2025-07-15T08:30:00.000Z', succeededBy };
    expect(AdmissionResponseSchema.safeParse(merged).success).toBe(true);
    expect(admission(merged)).toBe(true);
    const cells = { ...seedCells(), revision: 1, updatedAt: '2025-07-15T08:30:00.000Z', succeededBy: null };
    expect(CellsResponseSchema.safeParse(cells).success).toBe(true);
    expect(cellsResponse(cells)).toBe(true);
  });

  it.each(ADMISSION_CHANGES)('refuse admissions with %s, as zod does', (_what, change) => {
    const changed = change(clone(seedAdmissions()) as unknown as Record<string, unknown>);
    expect(AdmissionResponseSchema.safeParse(changed).success).toBe(false);
    expect(admission(changed)).toBe(false);
  });

  it.each(CELLS_CHANGES)('refuse cells with %s, as zod does', (_what, change) => {
    const changed = change(clone(seedCells()) as unknown as Record<string, unknown>);
    expect(CellsResponseSchema.safeParse(changed).success).toBe(false);
    expect(cellsResponse(changed)).toBe(false);
  });

  it.each(RANKING_CHANGES)('refuse a ranking with %s, as zod does', (_what, change) => {
    const changed = change(clone(ranking()) as unknown as Record<string, unknown>);
    expect(SubordinateAdmissionsResponseSchema.safeParse(changed).success).toBe(false);
    expect(rankingResponse(changed)).toBe(false);
  });

  it('refuse inline cells and sources that zod refuses', () => {
    const cell = seedCells().cells[0]!;
    for (const cells of [[{ ...cell, slug: 'a b' }], [{ name: 'Na Đẩy' }], {}]) {
      expect(CellSchema.array().safeParse(cells).success).toBe(false);
      expect(inlineCells(cells)).toBe(false);
    }
    const source = { publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null };
    for (const sources of [Array.from({ length: 21 }, () => source), [{ ...source, publishedOn: '2024-1-1' }], [{ title: 'x' }], source]) {
      expect(SourceSchema.array().max(20).safeParse(sources).success).toBe(false);
      expect(inlineSources(sources)).toBe(false);
    }
  });

  it('read a source’s missing fields as null, as zod’s defaults do', () => {
    const sources = [{ publisher: 'Báo Lào Cai' }];
    expect(SourceSchema.array().safeParse(sources).success).toBe(true);
    expect(inlineSources(sources)).toBe(true);
  });

  it('let through what they do not read, so a cached script survives a newer API', () => {
    const newer = { ...seedAdmissions(), revision: 3, reviewedBy: 'data desk', breakdown: { youth: 'most' } };
    expect(AdmissionResponseSchema.safeParse(newer).success).toBe(false);
    expect(admission(newer)).toBe(true);
  });
});
