/** Search text for finding organisations by name: folded Vietnamese, one space between words. Knows nothing of storage. */
import { foldDiacritics } from './text.ts';

/**
 * The words of a text, diacritics and case folded (`đ` as `d`), every run of other characters one
 * space. A stored name and a typed query both go through it, so `muong khuong`, `Mường Khương` and
 * `MUONG-KHUONG` all find "Đảng bộ thị trấn Mường Khương". Empty when the text has no letters or digits.
 *
 * @example searchText('Đảng bộ thị trấn Mường Khương') // 'dang bo thi tran muong khuong'
 */
export function searchText(s: string): string {
  return foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
