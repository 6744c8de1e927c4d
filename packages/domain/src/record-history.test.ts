import { describe, expect, it } from 'vitest';
import { AdmissionRevisionSchema, CellCensusRevisionSchema, OrganizationRevisionSchema, RevisionAuthorSchema } from './record-history.ts';

const by = { actor: '0123456789abcdef', label: 'Lan', newsroom: 'bao-lao-cai' };
const at = '2025-07-01T08:00:00.000Z';

describe('the history schemas', () => {
  it('name the author by key and label, or nobody for figures loaded with the database', () => {
    expect(RevisionAuthorSchema.parse(by)).toEqual(by);
    expect(RevisionAuthorSchema.parse({ actor: 'admin', label: null, newsroom: null })).toMatchObject({ actor: 'admin' });
    const revision = { revision: 1, updatedAt: at, by: null, record: { name: 'Đảng bộ xã Thử', kind: 'grassroots' } };
    expect(OrganizationRevisionSchema.parse(revision).record).toMatchObject({ parent: null, successors: [] });
  });

  it('carry an admission revision’s figures in the shape a PUT takes, and whether it was a deletion', () => {
    const record = { admitted: 53, target: { min: 20, max: 20 }, asOf: '2024-12-31', sources: [{ publisher: 'Báo Lào Cai' }] };
    const parsed = AdmissionRevisionSchema.parse({ revision: 2, updatedAt: at, by, deleted: false, record });
    expect(parsed.record).toMatchObject({ admitted: 53, breakdown: {}, termToDate: null });
    expect(AdmissionRevisionSchema.safeParse({ revision: 2, updatedAt: at, by, record }).success).toBe(false);
  });

  it('carry a census revision’s day, term, cells and sources', () => {
    const census = { revision: 3, updatedAt: at, by, asOf: '2024-12-31', term: '2020-2025', cells: [], sources: [] };
    expect(CellCensusRevisionSchema.parse(census)).toEqual(census);
    expect(CellCensusRevisionSchema.safeParse({ ...census, revision: 0 }).success).toBe(false);
  });
});
