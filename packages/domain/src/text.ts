// Text hygiene for names and identifiers (Unicode NFC, whitespace, Vietnamese-aware slugs); knows nothing of schemas or storage.
import { MAX_SLUG_LENGTH } from './slug.ts';

/**
 * Returns the text in Unicode NFC with surrounding whitespace trimmed and inner runs collapsed to one
 * space. Vietnamese typed on some keyboards arrives decomposed (NFD); comparing or storing it
 * without NFC makes "Mường Khương" two different names.
 *
 * @example normalizeText('  Mu\u031Bo\u031B\u0300ng   Khương ') // 'Mường Khương'
 */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Returns the text in lower case without diacritics, `đ`/`Đ` as `d` (Unicode does not decompose
 * them); NFC and NFD input give the same result. The one folding rule of slugs and searches.
 *
 * @example foldDiacritics('Đảng bộ Mường Khương') // 'dang bo muong khuong'
 */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Turns a Vietnamese name into a slug that matches SLUG_PATTERN: diacritics dropped, `đ`/`Đ` become
 * `d` (Unicode does not decompose them), every run of other characters becomes one hyphen. NFC and
 * NFD input give the same slug. Slugs longer than 100 characters are cut at a hyphen where possible.
 *
 * @throws {RangeError} when nothing usable is left (an empty or punctuation-only name), because an
 *   empty identifier would silently collide with every other empty one.
 * @example slugify('Mường Khương') // 'muong-khuong'
 * @example slugify('Chúng Chải B') // 'chung-chai-b'
 */
export function slugify(s: string): string {
  let slug = foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
  }
  if (slug === '') throw new RangeError(`Cannot make a slug from ${JSON.stringify(s)}: no letters or digits`);
  return slug;
}
