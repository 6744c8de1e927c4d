/**
 * Text in Unicode NFC with a map back to the offsets of the text as given, so a figure found in the
 * normalised text can point at the very characters the reader pasted (typed in NFD or not).
 * Knows nothing of figures or Vietnamese.
 */

/** A half-open range of UTF-16 offsets `[start, end)` into a string. */
export type Span = { start: number; end: number };

/** NFC text and, for each of its characters, where that character came from in the original. */
export type NormalizedText = {
  readonly original: string;
  readonly text: string;
  /** Maps a span of `text` to the span of `original` it was composed from. */
  readonly toOriginal: (span: Span) => Span;
};

// A starter and the combining marks after it: NFC composes within such a cluster, never across one.
const CLUSTER = /[^\p{M}][\p{M}]*|[\p{M}]+/gsu;

/**
 * Normalises `original` to NFC cluster by cluster, keeping where each output character started and
 * ended in the input.
 *
 * @example normalizeWithOffsets('Mu\u031Bo\u031B\u0300ng').toOriginal({ start: 0, end: 5 }) // { start: 0, end: 8 }
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0];
    const from = match.index;
    const composed = cluster.normalize('NFC');
    for (let i = 0; i < composed.length; i += 1) {
      starts.push(from);
      ends.push(from + cluster.length);
    }
    text += composed;
  }
  const toOriginal = ({ start, end }: Span): Span => {
    if (start >= end) {
      const at = start < starts.length ? (starts[start] ?? original.length) : original.length;
      return { start: at, end: at };
    }
    return { start: starts[start] ?? original.length, end: ends[end - 1] ?? original.length };
  };
  return { original, text, toOriginal };
}
