import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { ExtractionSchema } from './extraction.ts';
import type { ExtractedFigure } from './extracted-figure.ts';

const quote = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);
const ofType = (figures: ExtractedFigure[], type: ExtractedFigure['type']) => figures.filter((f) => f.type === type);

describe('extractFigures', () => {
  const text =
    'Năm 2024, Đảng bộ thị trấn Mường Khương kết nạp 53 đảng viên mới (vượt 33 đảng viên so với chỉ tiêu được giao). ' +
    'Lũy kế từ đầu nhiệm kỳ 2020 - 2025, Đảng bộ kết nạp được 93 đảng viên, nâng tổng số đảng viên lên 454 đảng viên.';

  it('answers the wire shape, with the organisation first', () => {
    const extraction = ExtractionSchema.parse(extractFigures(text));
    expect(extraction.organizations).toEqual([{ name: 'Đảng bộ thị trấn Mường Khương', kind: 'grassroots', span: { start: 10, end: 39 } }]);
  });

  it('derives the target from the overshoot and cites the words of both figures', () => {
    const { figures } = extractFigures(text);
    const [target] = ofType(figures, 'target');
    expect(target).toMatchObject({ value: { min: 20, max: 20 }, period: '2024', organization: 0 });
    expect(target?.derivation?.explanation).toBe('53 − 33 = 20');
    expect(target?.derivation?.from.map((span) => quote(text, span))).toEqual(['kết nạp 53 đảng viên', 'vượt 33 đảng viên so với chỉ tiêu được giao']);
  });

  it('reads the term to date with its term, and the total membership of the year', () => {
    const { figures } = extractFigures(text);
    expect(ofType(figures, 'termToDate')).toEqual([expect.objectContaining({ value: 93, term: '2020-2025', period: '2024' })]);
    const [total] = ofType(figures, 'totalMembers');
    expect(total && quote(text, total.span)).toBe('nâng tổng số đảng viên lên 454 đảng viên');
  });

  it('points into text typed in NFD at the decomposed words', () => {
    const decomposed = text.normalize('NFD');
    const nfc = extractFigures(text);
    const nfd = extractFigures(decomposed);
    expect(nfd.figures.map((f) => f.value)).toEqual(nfc.figures.map((f) => f.value));
    for (const [i, figure] of nfd.figures.entries()) {
      expect(quote(decomposed, figure.span).normalize('NFC')).toBe(quote(text, nfc.figures[i]!.span));
    }
    expect(decomposed.length).toBeGreaterThan(text.length);
  });

  it('says a target was met without inventing what it was', () => {
    const { figures } = extractFigures('Năm 2024, Đảng bộ xã Tả Van kết nạp 14 đảng viên, đạt chỉ tiêu đề ra.');
    expect(figures.map((f) => [f.type, f.value])).toEqual([
      ['organization', 'Đảng bộ xã Tả Van'],
      ['admitted', 14],
      ['targetStatus', 'met'],
    ]);
  });

  it('reads a rate of the membership as nothing, not as a share of the target', () => {
    expect(extractFigures('Năm 2024 kết nạp 30 đảng viên, đạt tỷ lệ 6,2% so với tổng số đảng viên.').figures.map((f) => f.type)).toEqual(['admitted']);
  });

  it('rounds a target from a percentage only as far as the text allows, and says so', () => {
    const exact = extractFigures('Năm 2024 kết nạp 36 ĐV mới, đạt 72% chỉ tiêu.').figures;
    expect(ofType(exact, 'target')).toEqual([
      expect.objectContaining({ value: { min: 50, max: 50 }, derivation: expect.objectContaining({ explanation: '36 ÷ 72% = 50' }) }),
    ]);
    const rounded = extractFigures('Năm 2024 kết nạp 100 đảng viên, đạt 111% kế hoạch.').figures;
    expect(ofType(rounded, 'target')[0]?.derivation?.explanation).toBe('100 ÷ 111% ≈ 90: the only whole target that rounds to 111%');
    const coarse = extractFigures('Năm 2024 kết nạp 1.783 đảng viên, đạt 100% kế hoạch.').figures;
    expect(ofType(coarse, 'target')).toEqual([]);
  });

  it('gives the figures not said of another organisation to the one in the context', () => {
    const extraction = extractFigures('Năm 2024 kết nạp 12 đảng viên.', { organization: { name: 'Đảng bộ xã Nậm Chày', kind: 'grassroots' } });
    expect(extraction.organizations).toEqual([{ name: 'Đảng bộ xã Nậm Chày', kind: 'grassroots', span: null }]);
    expect(extraction.figures).toEqual([expect.objectContaining({ type: 'admitted', value: 12, organization: 0 })]);
  });

  it('takes the year of "tính đến ngày 15-9" from the publication day when the text has none', () => {
    const { figures } = extractFigures('Tính đến ngày 15-9, Đảng bộ xã Bản Xen kết nạp 11 đảng viên.', { publishedOn: '2024-09-20' });
    expect(ofType(figures, 'admitted')).toEqual([expect.objectContaining({ value: 11, asOf: '2024-09-15' })]);
  });

  it('proposes nothing for an empty text', () => {
    expect(extractFigures('')).toEqual({ organizations: [], figures: [] });
  });
});
