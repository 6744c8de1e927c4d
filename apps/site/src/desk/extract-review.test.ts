import type { AdmissionResponse } from '@chitieu/domain';
import { extractFigures } from '@chitieu/domain/extract';
import { describe, expect, it } from 'vitest';
import { admissionDrafts, admissionWrite, figureTarget, marksOf, piecesOf, storedDifferences, type FigureChoice } from './extract-review.ts';

// Our own words, in the style of the reports: a town's year, then a commune it names beside it.
const TEXT =
  'Trong năm 2024, Đảng bộ thị trấn Pha Long kết nạp được 31 đảng viên mới, vượt 11 đảng viên so với chỉ tiêu được giao. ' +
  'Đến nay, toàn Đảng bộ có 212 đảng viên. Đảng bộ xã Tả Ngài Chồ kết nạp 9 đảng viên, đạt 90% chỉ tiêu.';
const { figures } = extractFigures(TEXT, { publishedOn: '2025-01-10' });
const indexOf = (type: string, organization: number) => figures.findIndex((f) => f.type === type && f.organization === organization);
const source = { publisher: 'Báo Thử', title: 'Một bài thử', url: null, publishedOn: '2025-01-10' };

describe('the figures of a pasted article', () => {
  it('says which record field each figure fills; overshoot and percentages are for reference only', () => {
    expect(figureTarget(figures[indexOf('admitted', 0)]!)).toEqual({ record: 'admissions', field: 'admitted' });
    expect(figureTarget(figures[indexOf('target', 1)]!)).toEqual({ record: 'admissions', field: 'target' });
    expect(figureTarget(figures[indexOf('overshoot', 0)]!)).toEqual({ record: null });
    expect(figureTarget(figures[indexOf('percentOfTarget', 1)]!)).toEqual({ record: null });
  });

  it('highlights overlapping spans once and cuts the text into pieces that put it back together', () => {
    const marks = marksOf(figures);
    // The derived target sits on the overshoot's words: one mark carries both.
    const shared = marks.find((m) => m.figures.includes(indexOf('overshoot', 0)))!;
    expect(shared.figures).toContain(indexOf('target', 0));
    const pieces = piecesOf(TEXT, marks);
    expect(pieces.map((p) => p.text).join('')).toBe(TEXT);
    expect(pieces.filter((p) => p.mark !== null).map((p) => p.text)).toContain(TEXT.slice(shared.start, shared.end));
    expect(pieces.find((p) => p.mark !== null && p.text.includes('vượt 11'))).toBeDefined();
  });

  it('fills only accepted figures, with the corrections, and leaves what was dropped or not said empty', () => {
    const choices = new Map<number, FigureChoice>([
      [indexOf('admitted', 0), { decision: 'accepted', value: 32 }],
      [indexOf('target', 0), { decision: 'accepted' }],
      [indexOf('totalMembers', 0), { decision: 'dropped' }],
      [indexOf('admitted', 1), { decision: 'accepted' }],
    ]);
    const drafts = admissionDrafts(figures, choices);
    expect(drafts.map((d) => [d.organization, d.period, d.fields])).toEqual([
      [0, '2024', { admitted: 32, target: { min: 20, max: 20 } }],
      [1, '2024', { admitted: 9 }],
    ]);
    expect(drafts[0]!.asOf).toBeNull();
  });

  it('reports two accepted figures that disagree on one field instead of picking one', () => {
    const text = 'Năm 2024, Đảng bộ xã Bản Phố kết nạp 12 đảng viên. Cũng trong năm 2024, Đảng bộ xã Bản Phố kết nạp được 14 đảng viên.';
    const found = extractFigures(text, {}).figures;
    const admitted = found.flatMap((f, i) => (f.type === 'admitted' ? [i] : []));
    expect(admitted).toHaveLength(2);
    const [draft] = admissionDrafts(found, new Map(admitted.map((i) => [i, { decision: 'accepted' as const }])));
    expect(draft!.clashes).toEqual(['admitted']);
    expect(draft!.fields).toEqual({ admitted: 12 });
  });

  it('compares with the stored record and writes over it only what the person chose, adding the article as a source', () => {
    const stored = {
      admitted: 30,
      target: { min: 20, max: 20 },
      breakdown: {},
      termToDate: null,
      totalMembers: 200,
      asOf: '2024-12-31',
      sources: [{ publisher: 'Báo Cũ', title: null, url: null, publishedOn: null }],
      revision: 3,
    } as unknown as AdmissionResponse;
    const fields = { admitted: 31, target: { min: 20, max: 20 } };
    expect(storedDifferences(stored, fields, null)).toEqual([{ field: 'admitted', stored: '30', proposed: '31' }]);
    expect(admissionWrite({ stored, fields, term: null, asOf: null, keep: new Set(['admitted']), source })).toEqual({
      admitted: 30,
      target: { min: 20, max: 20 },
      breakdown: {},
      termToDate: null,
      totalMembers: 200,
      asOf: '2024-12-31',
      sources: [stored.sources[0], source],
    });
    expect(admissionWrite({ stored: null, fields, term: null, asOf: '2024-12-31', keep: new Set(), source })).toEqual({
      admitted: 31,
      target: { min: 20, max: 20 },
      breakdown: {},
      termToDate: null,
      totalMembers: null,
      asOf: '2024-12-31',
      sources: [source],
    });
  });
});
