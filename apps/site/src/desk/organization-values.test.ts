import { describe, expect, it } from 'vitest';
import { emptyOrganization, organizationInput, organizationValues, proposeSlug, slugProblems } from './organization-values.ts';

describe('proposeSlug', () => {
  it('follows the domain’s slug rules, NFD typing included, and proposes nothing for a name without letters', () => {
    expect(proposeSlug('Đảng bộ xã Mường Khương')).toBe('dang-bo-xa-muong-khuong');
    expect(proposeSlug('Mu\u031Bo\u031B\u0300ng Khương')).toBe('muong-khuong');
    expect(proposeSlug(' – ')).toBe('');
  });
});

describe('organizationInput', () => {
  it('makes the PUT body, blank days as null, the name in NFC', () => {
    const result = organizationInput({ ...emptyOrganization('muong-khuong'), name: ' Chi bo\u0302\u0323 Na Đẩy ', validFrom: '2020-01-01' });
    expect(result).toEqual({
      ok: true,
      input: { name: 'Chi bộ Na Đẩy', kind: 'grassroots', parent: 'muong-khuong', validFrom: '2020-01-01', validTo: null, successors: [] },
    });
  });

  it('names the field of each problem: successors need a last day', () => {
    const result = organizationInput({ ...emptyOrganization(null), name: 'X', successors: ['xa-muong-khuong'] });
    expect(!result.ok && result.problems).toEqual([expect.objectContaining({ path: 'validTo', vi: expect.stringContaining('ngày kết thúc') })]);
  });

  it('shows a stored organisation and makes the same body back', () => {
    const record = { name: 'Thị trấn', kind: 'grassroots' as const, parent: 'huyen', validFrom: null, validTo: '2025-06-30', successors: ['xa'] };
    const result = organizationInput(organizationValues('tt', record));
    expect(result).toEqual({ ok: true, input: record });
  });
});

describe('slugProblems', () => {
  it('checks a new slug by the domain’s rules, on the slug field', () => {
    expect(slugProblems('chi-bo-na-day')).toEqual([]);
    expect(slugProblems('Chi Bộ')).toEqual([expect.objectContaining({ path: 'slug', vi: expect.stringContaining('chữ thường không dấu') })]);
    expect(slugProblems('').map((problem) => problem.path)).toContain('slug');
  });
});
