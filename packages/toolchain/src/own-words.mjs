// Finds text copied from a newspaper article into the repository. The articles themselves are not in
// the repository: each is kept as fingerprints only (hashes of every run of RUN_WORDS words), so a file
// that repeats a sentence of one is found without the repository ever holding the sentence. Knows
// nothing of the project's packages; plain Node.
import { createHash } from 'node:crypto';

/**
 * How many words in a row make a copy. Facts may repeat an article's wording for a few words (names
 * of cells and of the cooperative, the article's title, the short quotation "vượt 33 đảng viên so với
 * mục tiêu"); a run this long is a sentence, not a fact.
 */
export const RUN_WORDS = 12;

/**
 * The words of a text, folded so that case, punctuation and diacritics do not hide a copy.
 * @example words('Đảng bộ, thị trấn!') // ['dang', 'bo', 'thi', 'tran']
 */
export function words(text) {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd').replaceAll('Đ', 'D').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The fingerprint of one run of words: 16 hex digits of its SHA-256. */
function fingerprint(run) {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);
}

/**
 * Every fingerprint of an article, sorted and without repeats: what a fingerprint file holds.
 * @example articleFingerprints(text).length // about the article's number of words
 */
export function articleFingerprints(text, runWords = RUN_WORDS) {
  const all = words(text);
  const prints = new Set();
  for (let i = 0; i + runWords <= all.length; i++) prints.add(fingerprint(all.slice(i, i + runWords)));
  return [...prints].sort();
}

/**
 * The passages of `text` that repeat an article, each as the copied words (folded) and the line where
 * it starts. Overlapping runs are merged into one passage.
 * @example copiedPassages(file, new Set(articleFingerprints(article))) // [{ line: 3, words: 'nam 2024 ...' }]
 */
export function copiedPassages(text, fingerprints, runWords = RUN_WORDS) {
  const lines = text.split('\n');
  const located = lines.flatMap((line, index) => words(line).map((word) => ({ word, line: index + 1 })));
  const passages = [];
  let i = 0;
  while (i + runWords <= located.length) {
    const copied = (start) => fingerprints.has(fingerprint(located.slice(start, start + runWords).map((w) => w.word)));
    if (!copied(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 + runWords <= located.length && copied(end + 1)) end++;
    const span = located.slice(i, end + runWords);
    passages.push({ line: span[0].line, words: span.map((w) => w.word).join(' ') });
    i = end + runWords;
  }
  return passages;
}
