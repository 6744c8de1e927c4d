/** When two cited sources are the same article: the identity that lets a source be stored once and cited once per record. */
import type { Source } from './source.ts';

/**
 * The canonical identity of a source: the same article cited by several records is stored once.
 *
 * @example sourceFingerprint({ publisher: 'Báo Lào Cai', title: 'Kết quả…', url: null, publishedOn: null })
 * // '["Báo Lào Cai","Kết quả…",null,null]'
 */
export function sourceFingerprint(source: Source): string {
  return JSON.stringify([source.publisher, source.title, source.url, source.publishedOn]);
}

/**
 * The sources without repeats (by fingerprint), in their first order: a record cites a source once.
 *
 * @example distinctSources([a, b, a]) // [a, b]
 */
export function distinctSources(sources: readonly Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) if (!seen.has(sourceFingerprint(source))) seen.set(sourceFingerprint(source), source);
  return [...seen.values()];
}
