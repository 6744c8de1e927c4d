import { AdmissionInputSchema, OrganizationInputSchema } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { fieldFor, problemsByField, problemsOf, vietnameseOf } from './form-problems.ts';

describe('problemsOf', () => {
  it('says the domain schema’s problems in Vietnamese then English, on the path they name', () => {
    const parsed = AdmissionInputSchema.safeParse({ admitted: -1, target: { min: 30, max: 20 }, asOf: '2024-02-30', sources: [{ url: 'bai-viet' }] });
    expect(parsed.success).toBe(false);
    const problems = problemsOf(parsed.error!.issues);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'admitted', vi: 'Không được là số âm' }),
        expect.objectContaining({ path: 'target.min', vi: 'Số nhỏ nhất không được lớn hơn số lớn nhất', en: 'min must not exceed max' }),
        expect.objectContaining({ path: 'asOf', vi: 'Ngày không có thật hoặc không viết theo dạng YYYY-MM-DD' }),
        expect.objectContaining({ path: 'sources.0.url', vi: 'Đường dẫn không hợp lệ (bắt đầu bằng https://)' }),
      ]),
    );
  });

  it('says a missing required field is required', () => {
    const parsed = OrganizationInputSchema.safeParse({ name: '', kind: 'grassroots' });
    expect(problemsOf(parsed.error!.issues)).toEqual([expect.objectContaining({ path: 'name', vi: 'Cần điền ô này' })]);
    expect(vietnameseOf({ path: ['admitted'], code: 'invalid_type', expected: 'number', message: 'Invalid input', input: undefined })).toBe('Cần điền ô này');
  });

  it('keeps the server’s English and says its rule in Vietnamese by the rule’s code', () => {
    const [problem] = problemsOf([{ path: 'asOf', code: 'after_valid_to', message: '"x" existed until 2024-06-30' }]);
    expect(problem).toEqual({ path: 'asOf', vi: expect.stringContaining('sau ngày tổ chức kết thúc'), en: '"x" existed until 2024-06-30' });
    expect(vietnameseOf({ path: 'parent', message: 'no organisation named "y"; write it first' })).toContain('Không có tổ chức này');
  });

  it('falls back to a general sentence, never an empty one', () => {
    expect(vietnameseOf({ path: 'x', message: 'something new the server says' })).toBe('Giá trị không hợp lệ');
  });
});

describe('fieldFor', () => {
  it('lands a path on its field, or the nearest field above it, or nowhere', () => {
    const fields = ['admitted', 'target.min', 'sources.0', 'sources.0.url'];
    expect(fieldFor('target.min', fields)).toBe('target.min');
    expect(fieldFor('sources.0.url', fields)).toBe('sources.0.url');
    expect(fieldFor('sources.0.publisher', fields)).toBe('sources.0');
    expect(fieldFor('breakdown.youth.exact', fields)).toBeNull();
  });

  it('groups problems by field, those on no field under the empty key', () => {
    const problems = [
      { path: 'admitted', vi: 'a', en: 'a' },
      { path: 'admitted', vi: 'b', en: 'b' },
      { path: 'header.If-Match', vi: 'c', en: 'c' },
    ];
    const byField = problemsByField(problems, ['admitted']);
    expect(byField.get('admitted')?.map((p) => p.vi)).toEqual(['a', 'b']);
    expect(byField.get('')?.map((p) => p.vi)).toEqual(['c']);
  });
});
