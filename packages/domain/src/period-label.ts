// The reader-facing name of a reporting period, the one wording every element, image, title and summary uses.
import type { Lang } from './locale.ts';
import { commonMessage } from './common-messages.ts';
import { parsePeriod } from './period.ts';

/**
 * Names a period key ("Năm 2024", "Nhiệm kỳ 2020–2025"), or returns null for a key that is not a period.
 *
 * @example periodLabel('2024', 'vi') // 'Năm 2024'
 * @example periodLabel('2020-2025', 'en') // 'Term 2020–2025'
 */
export function periodLabel(key: string, lang: Lang): string | null {
  const period = parsePeriod(key);
  if (period === null) return null;
  // 'label.year' or 'label.term', each taking its own param: the key's digits as strings (a number param
  // would be grouped: "2.024"), a term's years joined by an en dash.
  return commonMessage(lang, `label.${period.kind}`, { year: key, term: key.replace('-', '–') });
}
