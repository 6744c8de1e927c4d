/**
 * Who last changed a record and when, as the organisation page says it: the key's label (or the
 * administrator, or nobody on record for figures loaded with the database) and the time in Vietnam.
 * Knows nothing of the page or the API.
 */
import type { RevisionAuthor } from '@chitieu/domain';

/**
 * The author of a revision in words.
 *
 * @example authorText({ actor: 'c0e5e27c766a66bc', label: 'Phòng dữ liệu — Lan', newsroom: 'bao-lao-cai' }) // 'Phòng dữ liệu — Lan'
 * @example authorText(null) // 'không ghi nhận · not on record'
 */
export function authorText(by: RevisionAuthor | null): string {
  if (by === null) return 'không ghi nhận · not on record';
  if (by.actor === 'admin') return 'quản trị viên · the administrator';
  return by.label ?? `khóa · key ${by.actor}`;
}

/**
 * A revision's time as a person in Vietnam reads it (UTC+7, no daylight saving).
 *
 * @example changeTime('2026-12-03T09:14:05.120Z') // '03/12/2026 16:14'
 */
export function changeTime(timestamp: string): string {
  const at = new Date(Date.parse(timestamp) + 7 * 60 * 60 * 1000);
  if (Number.isNaN(at.getTime())) return timestamp;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
}
