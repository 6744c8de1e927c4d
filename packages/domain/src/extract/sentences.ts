/**
 * Splits NFC report text into sentences, the unit within which a figure and the words around it are
 * read together. Knows nothing of figures; keeps "1.783", "30.5" and "TP. Lào Cai" whole.
 */
import type { Span } from './normalized-text.ts';

// A full stop, question or exclamation mark (and closing quotes or brackets) before a space and a
// capital or a digit, except after "TP" ("TP. Lào Cai"); or a line break.
const BOUNDARY = /(?<!(?:^|\s)TP)[.!?…]+["'”’)\]]*\s+(?=[\p{Lu}\d"“'(])|\n+/gu;

/**
 * The sentences of `text` as spans, in order, without empty ones.
 *
 * @example sentenceSpans('Năm 2024 kết nạp 53. Tổng số 454.') // [{ start: 0, end: 20 }, { start: 21, end: 33 }]
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].trimEnd().length;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}
