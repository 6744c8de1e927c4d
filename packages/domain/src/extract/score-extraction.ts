/**
 * Precision and recall of the report reader on a corpus of texts with known figures, per figure type.
 * A proposed figure counts as right only when its value, its organisation, what the corpus checks of
 * its period and kind, and its span (which must quote the number) all agree. Knows nothing of how
 * the figures were found.
 */
import type { ExpectedFigure, CorpusCase } from './extraction-corpus.ts';
import { FIGURE_TYPES, type ExtractedFigure, type FigureType } from './extracted-figure.ts';
import { extractFigures } from './extract-figures.ts';
import type { Extraction } from './extraction.ts';

type TypeScore = { type: FigureType | 'all'; expected: number; proposed: number; correct: number; precision: number; recall: number };

export type CorpusScore = {
  byType: TypeScore[];
  overall: TypeScore;
  /** Every proposal that matched nothing, and every expected figure nothing matched, to read when a score drops. */
  wrong: { case: string; figure: ExtractedFigure; quoted: string }[];
  missed: { case: string; figure: ExpectedFigure }[];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// The number as a vi-VN text writes it: a stated figure's span must contain it.
const written = (value: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);

function quotesItsValue(figure: ExtractedFigure, quoted: string): boolean {
  if (figure.derivation !== null) return true;
  if (typeof figure.value === 'number') return quoted.includes(written(figure.value));
  if (figure.type === 'organization') return quoted.includes(figure.value.replace(/^Đảng bộ (?:thị trấn|xã|phường|huyện|thị xã|thành phố|quận|tỉnh) /u, ''));
  if (typeof figure.value === 'string') return figure.type === 'targetStatus' || quoted.includes(figure.value);
  return quoted.includes(written(figure.value.min)) && quoted.includes(written(figure.value.max));
}

function matches(expected: ExpectedFigure, figure: ExtractedFigure, extraction: Extraction, defaultOrg: string | null | undefined): boolean {
  if (expected.type !== figure.type || !same(expected.value, figure.value)) return false;
  const org = expected.org === undefined ? defaultOrg : expected.org;
  if (figure.type !== 'organization' && org !== undefined) {
    const name = figure.organization === null ? null : (extraction.organizations[figure.organization]?.name ?? null);
    if (name !== org) return false;
  }
  const fields = figure as Record<string, unknown>;
  for (const key of ['period', 'asOf', 'term', 'cellKind', 'when', 'committee', 'perYear'] as const) {
    if (expected[key] !== undefined && fields[key] !== expected[key]) return false;
  }
  return expected.derived === undefined || expected.derived === (figure.derivation !== null);
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Runs the reader on every case and scores what it proposes against what each case expects. */
export function scoreExtraction(corpus: readonly CorpusCase[]): CorpusScore {
  const counts = new Map<FigureType, { expected: number; proposed: number; correct: number }>(
    FIGURE_TYPES.map((type) => [type, { expected: 0, proposed: 0, correct: 0 }]),
  );
  const wrong: CorpusScore['wrong'] = [];
  const missed: CorpusScore['missed'] = [];
  for (const item of corpus) {
    const extraction = extractFigures(item.text, item.context);
    const open = [...item.figures];
    for (const expected of item.figures) counts.get(expected.type)!.expected += 1;
    for (const figure of extraction.figures) {
      const count = counts.get(figure.type)!;
      count.proposed += 1;
      const quoted = item.text.slice(figure.span.start, figure.span.end).normalize('NFC');
      const at = open.findIndex((expected) => matches(expected, figure, extraction, item.org));
      if (at !== -1 && quotesItsValue(figure, quoted)) {
        count.correct += 1;
        open.splice(at, 1);
      } else {
        wrong.push({ case: item.id, figure, quoted });
      }
    }
    for (const figure of open) missed.push({ case: item.id, figure });
  }
  const score = (type: TypeScore['type'], c: { expected: number; proposed: number; correct: number }): TypeScore => ({
    type,
    ...c,
    precision: ratio(c.correct, c.proposed),
    recall: ratio(c.correct, c.expected),
  });
  const byType = [...counts].map(([type, c]) => score(type, c));
  const total = byType.reduce((sum, s) => ({ expected: sum.expected + s.expected, proposed: sum.proposed + s.proposed, correct: sum.correct + s.correct }), {
    expected: 0,
    proposed: 0,
    correct: 0,
  });
  return { byType, overall: score('all', total), wrong, missed };
}

/** The scores as a Markdown table, one row per figure type and one for all. */
export function scoreTable(score: CorpusScore): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const rows = [...score.byType, score.overall].map(
    (s) =>
      `| ${s.type === 'all' ? '**all figures**' : s.type} | ${s.expected} | ${s.proposed} | ${s.correct} | ` +
      `${s.proposed === 0 ? '–' : pct(s.precision)} | ${s.expected === 0 ? '–' : pct(s.recall)} |`,
  );
  return ['| figure type | expected | proposed | correct | precision | recall |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
