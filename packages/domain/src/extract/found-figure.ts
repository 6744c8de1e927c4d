/**
 * A figure as a phrase finder reports it, before the reader places it in an organisation, a period
 * and a day; and the helpers finders share to walk a sentence. Offsets are into the NFC text.
 */
import type { CellKind, CommitteeStatus } from '../cell.ts';
import type { Target } from '../target.ts';
import type { Span } from './normalized-text.ts';

type CellCountType = 'cells' | 'cellsWithCommittee' | 'cellsWithoutCommittee' | 'cellsFormedCommittee';

export type Found =
  | { type: 'admitted' | 'overshoot' | 'shortfall' | 'totalMembers' | 'termToDate'; value: number; span: Span }
  | { type: 'target'; value: Target; perYear: boolean; span: Span }
  /** `decimals`: how precisely the text wrote the percentage, which bounds the target it implies. */
  | { type: 'percentOfTarget'; value: number; decimals: number; numberText: string; span: Span }
  | { type: 'targetStatus'; value: 'met' | 'exceeded' | 'missed'; span: Span }
  | { type: CellCountType; value: number; cellKind: CellKind | null; when: 'termStart' | null; span: Span }
  | { type: 'namedCell'; value: string; cellKind: CellKind | null; committee: CommitteeStatus; span: Span };

/** A match in one sentence, with absolute offsets for it and its named groups. */
export type SentenceMatch = {
  match: RegExpExecArray;
  /** The whole match's span in the text. */
  span: Span;
  /** A named group's span in the text, or null when the group did not take part. */
  group: (name: string) => Span | null;
  /** A named group's text, or undefined. */
  text: (name: string) => string | undefined;
  /** The sentence's text before the match (at most 400 characters of it). */
  before: string;
  /** The sentence's text before the match, back to the last comma, semicolon, colon or bracket. */
  clauseBefore: string;
};

const CLAUSE_END = new Set([',', ';', ':', '(', ')', '\n']);
const MAX_LOOK_BACK = 400;

/** Every match of `pattern` (flags must include `d` and `g`) within `sentence` of `text`. */
export function* sentenceMatches(pattern: RegExp, text: string, sentence: Span): Generator<SentenceMatch> {
  const body = text.slice(sentence.start, sentence.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
    const match = m;
    // Cues further back than this are not about this figure, and a bound keeps a text with no full
    // stop from costing time in the square of its length.
    const before = body.slice(Math.max(0, match.index - MAX_LOOK_BACK), match.index);
    let lastClauseEnd = before.length - 1;
    while (lastClauseEnd >= 0 && !CLAUSE_END.has(before[lastClauseEnd] ?? '')) lastClauseEnd -= 1;
    yield {
      match,
      span: { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length },
      group: (name) => {
        const at = match.indices?.groups?.[name];
        return at ? { start: sentence.start + at[0], end: sentence.start + at[1] } : null;
      },
      text: (name) => match.groups?.[name],
      before,
      clauseBefore: before.slice(lastClauseEnd + 1),
    };
  }
}

/** Reads a count group as a number (thousands with dots). */
export function countOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number(text.replace(/\./g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** Drops a figure whose words lie inside a longer phrase read as a figure of the same type and value (two patterns, one phrase). */
export function withoutNested(found: Found[]): Found[] {
  const inside = (a: Found, b: Found) => b.span.start <= a.span.start && a.span.end <= b.span.end && b.span.end - b.span.start > a.span.end - a.span.start;
  return found.filter((f) => !found.some((g) => g !== f && g.type === f.type && JSON.stringify(g.value) === JSON.stringify(f.value) && inside(f, g)));
}
