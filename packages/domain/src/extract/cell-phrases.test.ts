import { describe, expect, it } from 'vitest';
import { cellPhrases } from './cell-phrases.ts';

const read = (text: string) =>
  cellPhrases(text, { start: 0, end: text.length }).map((f) => {
    if (!('cellKind' in f)) throw new Error(`a cell phrase read as ${f.type}`);
    return [f.type, f.value, f.cellKind, 'when' in f ? f.when : f.committee];
  });

describe('cellPhrases', () => {
  it('reads "41/44 chi bộ thôn có cấp ủy" as 44 residential cells, 41 with a committee', () => {
    expect(read('41/44 chi bộ thôn, tổ dân phố có cấp ủy')).toEqual([
      ['cells', 44, 'residential', null],
      ['cellsWithCommittee', 41, 'residential', null],
    ]);
  });

  it('counts at the start of the term until the text moves to now', () => {
    expect(read('Bước vào nhiệm kỳ, 7 trong số 17 chi bộ tổ dân phố chưa có chi ủy; đến nay 5 chi bộ đã thành lập chi ủy')).toEqual([
      ['cells', 17, 'residential', 'termStart'],
      ['cellsWithoutCommittee', 7, 'residential', 'termStart'],
      ['cellsFormedCommittee', 5, null, null],
    ]);
  });

  it('names the cells only when the list holds as many names as the count', () => {
    expect(read('2 chi bộ (Choán Ván, Sả Hồ) chưa có chi ủy').filter(([type]) => type === 'namedCell')).toEqual([
      ['namedCell', 'Choán Ván', null, 'none'],
      ['namedCell', 'Sả Hồ', null, 'none'],
    ]);
    expect(read('3 chi bộ (Choán Ván, Sả Hồ) chưa có chi ủy').filter(([type]) => type === 'namedCell')).toEqual([]);
  });

  it('does not count cells rated for their work, or cells of a grassroots level', () => {
    expect(read('có 20 chi bộ được xếp loại hoàn thành tốt nhiệm vụ.')).toEqual([]);
    expect(read('có 25 chi bộ cơ sở.')).toEqual([]);
  });
});
