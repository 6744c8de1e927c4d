import { describe, expect, it } from 'vitest';
import { fieldLabel } from './field-label.ts';

describe('fieldLabel', () => {
  it('names a top-level field in both languages', () => {
    expect(fieldLabel('admitted')).toEqual({ vi: 'Số kết nạp', en: 'Admitted' });
  });

  it('names a nested field after its parent', () => {
    expect(fieldLabel('target.min')).toEqual({ vi: 'Chỉ tiêu, tối thiểu', en: 'Target, minimum' });
    expect(fieldLabel('breakdown.youth.exact')).toEqual({ vi: 'Cơ cấu, tuổi đoàn, số chính xác', en: 'Breakdown, youth-union age, exact' });
  });

  it('numbers sources from 1 and names a cell by its slug', () => {
    expect(fieldLabel('sources.0.title')).toEqual({ vi: 'Nguồn 1: tiêu đề', en: 'Source 1: title' });
    expect(fieldLabel('cells.na-day.committee')).toEqual({ vi: 'Chi bộ na-day: chi ủy', en: 'Cell na-day: committee' });
  });

  it('keeps a field it does not know as its path', () => {
    expect(fieldLabel('somethingNew')).toEqual({ vi: 'somethingNew', en: 'somethingNew' });
  });
});
