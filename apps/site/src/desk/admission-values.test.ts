import type { AdmissionInput } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { admissionValues, checkAdmissions, emptyAdmissions, figure, type AdmissionValues } from './admission-values.ts';

const SOURCE = { publisher: 'Báo Lào Cai', title: 'Bài viết', url: 'https://baolaocai.vn/bai', publishedOn: '2025-01-05' };

function filled(patch: Partial<AdmissionValues> = {}): AdmissionValues {
  return { ...emptyAdmissions(null), period: '2024', admitted: '53', target: '20', asOf: '2024-12-31', sources: [SOURCE], ...patch };
}

const ORG = { slug: 'x', validFrom: null, validTo: null, successors: [] };

describe('figure', () => {
  it('reads numbers as Vietnamese write them, and leaves what is not one for the schema to name', () => {
    expect(figure('1.783')).toBe(1783);
    expect(figure('1 783')).toBe(1783);
    expect(figure(' 53 ')).toBe(53);
    expect(figure('60,5')).toBe(60.5);
    expect(figure('')).toBeUndefined();
    expect(figure('năm mươi')).toBe('năm mươi');
  });
});

describe('checkAdmissions', () => {
  it('makes exactly the API’s AdmissionInput from a single target and one source', () => {
    const check = checkAdmissions(filled(), ORG);
    expect(check).toEqual({
      ok: true,
      period: '2024',
      warnings: [],
      input: { admitted: 53, target: { min: 20, max: 20 }, breakdown: {}, termToDate: null, totalMembers: null, asOf: '2024-12-31', sources: [SOURCE] },
    });
  });

  it('makes a range target, term to date and a share breakdown typed as a percentage', () => {
    const values = filled({
      targetMode: 'range',
      targetMin: '40',
      targetMax: '45',
      termToDateTerm: '2020-2025',
      termToDateAdmitted: '93',
      breakdown: {
        ...emptyAdmissions(null).breakdown,
        youth: { mode: 'bounds', unit: 'share', exact: '', min: '60', minExclusive: true, max: '', maxExclusive: false, note: '' },
      },
    });
    const check = checkAdmissions(values, ORG);
    expect(check.ok && check.input).toMatchObject({
      target: { min: 40, max: 45 },
      termToDate: { term: '2020-2025', admitted: 93 },
      breakdown: { youth: { unit: 'share', exact: null, min: 0.6, minExclusive: true, max: null, maxExclusive: false, note: null } },
    });
  });

  it('names each problem’s field: the period, a count, an empty list of sources', () => {
    const check = checkAdmissions(filled({ period: '24', admitted: '-3', sources: [{ publisher: '', title: '', url: '', publishedOn: '' }] }), ORG);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map((problem) => problem.path).sort()).toEqual(['admitted', 'period', 'sources.0']);
  });

  it('refuses, as the server would, figures outside the organisation’s life or a term total below the year', () => {
    const closed = checkAdmissions(filled(), { ...ORG, validTo: '2024-06-30' });
    expect(!closed.ok && closed.problems).toEqual([expect.objectContaining({ path: 'asOf' })]);
    const below = checkAdmissions(filled({ termToDateTerm: '2020-2025', termToDateAdmitted: '40' }), ORG);
    expect(!below.ok && below.problems).toEqual([expect.objectContaining({ path: 'termToDate.admitted' })]);
  });

  it('answers the write’s warnings before anything is sent', () => {
    const check = checkAdmissions(filled({ totalMembers: '30' }), ORG);
    expect(check.ok && check.warnings.map((warning) => [warning.code, warning.path])).toEqual([['total_below_admitted', ['totalMembers']]]);
  });
});

describe('admissionValues', () => {
  it('shows a stored record as typed values and makes the same record back', () => {
    const record: AdmissionInput = {
      admitted: 53,
      target: { min: 90, max: 100 },
      breakdown: { youth: { unit: 'share', exact: null, min: 0.6, max: null, minExclusive: true, maxExclusive: false, note: null } },
      termToDate: { term: '2020-2025', admitted: 93 },
      totalMembers: 454,
      asOf: '2024-12-31',
      sources: [SOURCE],
    };
    const values = admissionValues('2024', record);
    expect(values).toMatchObject({ targetMode: 'range', targetMin: '90', targetMax: '100', totalMembers: '454' });
    expect(values.breakdown.youth).toMatchObject({ mode: 'bounds', unit: 'share', min: '60' });
    const check = checkAdmissions(values, ORG);
    expect(check.ok && check.input).toEqual(record);
  });
});
