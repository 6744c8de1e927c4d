import { describe, expect, it } from 'vitest';
import { EXTRACTION_CORPUS } from './extraction-corpus.ts';
import { FIGURE_TYPES } from './extracted-figure.ts';
import { scoreExtraction, scoreTable } from './score-extraction.ts';
import { sentenceSpans } from './sentences.ts';

const score = scoreExtraction(EXTRACTION_CORPUS);

describe('the report reader on its corpus', () => {
  it('has at least 40 sentences, covers every figure type, and holds texts that must yield nothing', () => {
    const sentences = EXTRACTION_CORPUS.reduce((sum, item) => sum + sentenceSpans(item.text.normalize('NFC')).length, 0);
    expect(sentences).toBeGreaterThanOrEqual(40);
    const covered = new Set(EXTRACTION_CORPUS.flatMap((item) => item.figures.map((f) => f.type)));
    expect([...FIGURE_TYPES].filter((type) => !covered.has(type))).toEqual([]);
    expect(EXTRACTION_CORPUS.filter((item) => item.figures.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('proposes almost no wrong figure (precision ≥ 0.97) and finds most (recall ≥ 0.9)', () => {
    expect(score.overall.precision, scoreTable(score)).toBeGreaterThanOrEqual(0.97);
    expect(score.overall.recall, scoreTable(score)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps precision ≥ 0.97 and recall ≥ 0.9 for every type with at least 5 expected figures', () => {
    const weak = score.byType.filter((s) => s.expected >= 5 && (s.precision < 0.97 || s.recall < 0.9));
    expect(weak, scoreTable(score)).toEqual([]);
  });

  it('reads every fact of the source article from a text written like it, with no wrong figure', () => {
    const article = EXTRACTION_CORPUS.filter((item) => item.id === 'muong-khuong-2024');
    const result = scoreExtraction(article);
    expect(result.wrong).toEqual([]);
    expect(result.missed).toEqual([]);
    expect(result.overall.expected).toBeGreaterThanOrEqual(20);
  });

  it('proposes nothing from the texts about other things', () => {
    const silent = EXTRACTION_CORPUS.filter((item) => item.figures.length === 0);
    expect(scoreExtraction(silent).wrong).toEqual([]);
  });
});
