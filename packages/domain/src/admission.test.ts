import { describe, expect, it } from 'vitest';
import { AdmissionInputSchema, AdmissionResponseSchema, ProgressSchema, TermToDateSchema } from './admission.ts';

const source = { publisher: 'Báo Lào Cai' };
const input = { admitted: 53, target: { min: 20, max: 20 }, asOf: '2024-12-31', sources: [source] };

describe('AdmissionInputSchema', () => {
  it('fills what the data desk may leave out with null or empty', () => {
    expect(AdmissionInputSchema.parse({ admitted: 93, asOf: '2024-12-31', sources: [source] })).toMatchObject({
      target: null,
      breakdown: {},
      termToDate: null,
      totalMembers: null,
    });
  });

  it('rejects a record without a source, with a bad date or a bad count', () => {
    for (const bad of [
      { ...input, sources: [] },
      { ...input, sources: [{ title: 'x' }] },
      { ...input, asOf: '2024-02-30' },
      { ...input, admitted: -1 },
      { ...input, admitted: 5.5 },
      { ...input, target: { min: 30, max: 20 } },
      { ...input, totalMembers: -3 },
      { ...input, termToDate: { term: '2025-2020', admitted: 1 } },
      { ...input, breakdown: { youth: { unit: 'share', exact: 1.5 } } },
      { ...input, delta: 33 },
    ]) {
      expect(AdmissionInputSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('TermToDateSchema', () => {
  it('needs a term, not a year', () => {
    expect(TermToDateSchema.safeParse({ term: '2020-2025', admitted: 93 }).success).toBe(true);
    expect(TermToDateSchema.safeParse({ term: '2024', admitted: 93 }).success).toBe(false);
  });
});

describe('ProgressSchema', () => {
  it('rejects a fractional delta, a negative ratio and an unknown status', () => {
    expect(ProgressSchema.safeParse({ delta: 33, ratio: 2.65, status: 'above' }).success).toBe(true);
    expect(ProgressSchema.safeParse({ delta: 0.5, ratio: 1, status: 'within' }).success).toBe(false);
    expect(ProgressSchema.safeParse({ delta: 0, ratio: -1, status: 'within' }).success).toBe(false);
    expect(ProgressSchema.safeParse({ delta: 0, ratio: 1, status: 'met' }).success).toBe(false);
  });
});

describe('AdmissionResponseSchema', () => {
  it('accepts the full read and rejects a bad period', () => {
    const response = {
      organization: { slug: 'muong-khuong', name: 'Đảng bộ thị trấn Mường Khương' },
      period: '2024',
      admitted: 53,
      target: { min: 20, max: 20 },
      delta: 33,
      progress: { delta: 33, ratio: 2.65, status: 'above' },
      breakdown: {},
      termToDate: { term: '2020-2025', admitted: 93 },
      totalMembers: 454,
      asOf: '2024-12-31',
      sources: [{ publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null }],
    };
    expect(AdmissionResponseSchema.safeParse(response).success).toBe(true);
    expect(AdmissionResponseSchema.safeParse({ ...response, period: '2025-2020' }).success).toBe(false);
    const stored = { ...response, revision: 2, updatedAt: '2025-01-15T03:04:05.678Z', succeededBy: null };
    expect(AdmissionResponseSchema.parse(stored)).toEqual(stored);
    expect(AdmissionResponseSchema.safeParse({ ...stored, updatedAt: '2025-01-15' }).success).toBe(false);
  });
});
