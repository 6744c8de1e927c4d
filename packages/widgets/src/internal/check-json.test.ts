// The browser's validator must agree with the domain's zod schemas it was generated from: whatever
// zod accepts passes, whatever zod refuses fails, except what the tolerant reader deliberately lets
// through (fields it does not read, properties a newer API adds).
import { AdmissionResponseSchema, CellSchema, CellsResponseSchema, SourceSchema } from '@chitieu/domain';
import ADMISSION_RESPONSE from 'virtual:chitieu/wire-schema/admission-response';
import CELLS from 'virtual:chitieu/wire-schema/cells';
import CELLS_RESPONSE from 'virtual:chitieu/wire-schema/cells-response';
import SOURCES from 'virtual:chitieu/wire-schema/sources';
import { describe, expect, it } from 'vitest';
import { seedAdmissions, seedCells } from '../../test/fake-api.ts';
import { checker, type JsonSchema } from './check-json.ts';

type Change = [what: string, change: (value: Record<string, unknown>) => unknown];

const clone = <T>(value: T): T => structuredClone(value);
const valid = (schema: JsonSchema, value: unknown) => checker(schema).safeParse(value).success;

const ADMISSION_CHANGES: Change[] = [
  ['a missing figure', ({ admitted: _, ...rest }) => rest],
  ['a figure written as text', (a) => ({ ...a, admitted: '53' })],
  ['a negative count', (a) => ({ ...a, admitted: -1 })],
  ['a fractional count', (a) => ({ ...a, admitted: 5.5 })],
  ['a reversed target range', (a) => ({ ...a, target: { min: 30, max: 20 } })],
  ['an impossible as-of date', (a) => ({ ...a, asOf: '2024-02-30' })],
  ['an as-of date in another format', (a) => ({ ...a, asOf: '31/12/2024' })],
  ['a period that is neither a year nor a term', (a) => ({ ...a, period: '2024-2023' })],
  ['a term-to-date of a year', (a) => ({ ...a, termToDate: { term: '2024', admitted: 93 } })],
  ['a source with neither publisher nor link', (a) => ({ ...a, sources: [{ publisher: null, title: 'x', url: null, publishedOn: null }] })],
  ['a source link that is not http', (a) => ({ ...a, sources: [{ publisher: 'Báo', title: null, url: 'javascript:alert(1)', publishedOn: null }] })],
  ['an organisation slug with capitals', (a) => ({ ...a, organization: { slug: 'Muong-Khuong', name: 'x' } })],
  ['an update time without its time of day', (a) => ({ ...a, updatedAt: '2025-07-15' })],
  ['an update time on an impossible day', (a) => ({ ...a, updatedAt: '2025-02-30T08:30:00.000Z' })],
  ['an update time that is not UTC', (a) => ({ ...a, updatedAt: '2025-07-15T08:30:00.000+07:00' })],
  ['a closing day that is not a date', (a) => ({ ...a, succeededBy: { validTo: '30/06/2025', successors: [] } })],
  ['a successor without a name', (a) => ({ ...a, succeededBy: { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong' }] } })],
  ['null instead of the record', () => null],
];

const CELLS_CHANGES: Change[] = [
  ['a cell of an unknown kind', (c) => ({ ...c, cells: [{ ...(c['cells'] as object[])[0], kind: 'temple' }] })],
  ['a cell with an unknown status', (c) => ({ ...c, cells: [{ ...(c['cells'] as object[])[0], committee: 'maybe' }] })],
  ['cells that are not a list', (c) => ({ ...c, cells: 'many' })],
  ['an impossible census date', (c) => ({ ...c, asOf: '2024-13-01' })],
];

describe('checker() against the domain schemas', () => {
  it('accepts the seed answers, as zod does', () => {
    expect(AdmissionResponseSchema.safeParse(seedAdmissions()).success).toBe(true);
    expect(valid(ADMISSION_RESPONSE, seedAdmissions())).toBe(true);
    expect(valid(ADMISSION_RESPONSE, seedAdmissions('2020-2025'))).toBe(true);
    expect(CellsResponseSchema.safeParse(seedCells()).success).toBe(true);
    expect(valid(CELLS_RESPONSE, seedCells())).toBe(true);
    expect(valid(CELLS, seedCells().cells)).toBe(true);
    expect(valid(SOURCES, seedCells().sources)).toBe(true);
  });

  it('accepts the revision, update time and successors of a merged organisation, as zod does', () => {
    const succeededBy = { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }] };
    const merged = { ...seedAdmissions(), revision: 2, updatedAt: '2025-07-15T08:30:00.000Z', succeededBy };
    expect(AdmissionResponseSchema.safeParse(merged).success).toBe(true);
    expect(valid(ADMISSION_RESPONSE, merged)).toBe(true);
    const cells = { ...seedCells(), revision: 1, updatedAt: '2025-07-15T08:30:00.000Z', succeededBy: null };
    expect(CellsResponseSchema.safeParse(cells).success).toBe(true);
    expect(valid(CELLS_RESPONSE, cells)).toBe(true);
  });

  it.each(ADMISSION_CHANGES)('refuses admissions with %s, as zod does', (_what, change) => {
    const changed = change(clone(seedAdmissions()) as unknown as Record<string, unknown>);
    expect(AdmissionResponseSchema.safeParse(changed).success).toBe(false);
    expect(valid(ADMISSION_RESPONSE, changed)).toBe(false);
  });

  it.each(CELLS_CHANGES)('refuses cells with %s, as zod does', (_what, change) => {
    const changed = change(clone(seedCells()) as unknown as Record<string, unknown>);
    expect(CellsResponseSchema.safeParse(changed).success).toBe(false);
    expect(valid(CELLS_RESPONSE, changed)).toBe(false);
  });

  it('refuses inline cells and sources that zod refuses', () => {
    const cell = seedCells().cells[0]!;
    for (const cells of [[{ ...cell, slug: 'a b' }], [{ name: 'Na Đẩy' }], {}]) {
      expect(CellSchema.array().safeParse(cells).success).toBe(false);
      expect(valid(CELLS, cells)).toBe(false);
    }
    const source = { publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null };
    for (const sources of [Array.from({ length: 21 }, () => source), [{ ...source, publishedOn: '2024-1-1' }]]) {
      expect(SourceSchema.array().max(20).safeParse(sources).success).toBe(false);
      expect(valid(SOURCES, sources)).toBe(false);
    }
  });

  it('lets through what it does not read, so a cached script survives a newer API', () => {
    const newer = { ...seedAdmissions(), revision: 3, reviewedBy: 'data desk', breakdown: { youth: 'most' } };
    expect(AdmissionResponseSchema.safeParse(newer).success).toBe(false);
    expect(valid(ADMISSION_RESPONSE, newer)).toBe(true);
  });

  it('names the refinements zod cannot put into JSON Schema, so they are checked too', () => {
    const text = JSON.stringify(ADMISSION_RESPONSE);
    for (const check of ['date', 'period', 'term', 'target', 'source', 'timestamp']) expect(text).toContain(`"x-check":"${check}"`);
  });
});
