// Reads the values a data desk types into a spreadsheet (counts with thousands separators, Vietnamese dates, target ranges); knows nothing of columns or storage.
import { isIsoDate } from './date.ts';

/** A value read from a spreadsheet field: the value (null for a blank field), or why it cannot be read. */
export type FieldValue<T> = { ok: true; value: T | null } | { ok: false; message: string };

const blank = (text: string) => text.trim() === '';
const invalid = (message: string): { ok: false; message: string } => ({ ok: false, message });

// Spreadsheets in vi-VN group thousands with a dot, in en with a comma; some with a (narrow) no-break space.
const GROUPED = /^\d{1,3}(?:([.,\u0020\u00a0\u202f])\d{3})(?:\1\d{3})*$/;

/**
 * A whole number as typed: `53`, `1783`, `1.783` (vi-VN), `1,783` (en) or `1 783`. A count is never
 * fractional, so a dot or comma followed by exactly three digits can only group thousands.
 *
 * @example readCount('1.783') // { ok: true, value: 1783 }
 * @example readCount('') // { ok: true, value: null }
 */
export function readCount(text: string): FieldValue<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (/^\d+$/.test(trimmed) || GROUPED.test(trimmed)) {
    const value = Number(trimmed.replace(/\D/g, ''));
    if (Number.isSafeInteger(value)) return { ok: true, value };
  }
  return invalid('must be a whole number such as 53 or 1.783');
}

/**
 * A day as typed: ISO `2024-12-31`, or day first as Vietnamese write it, `31/12/2024` (also with
 * dots or one-digit day and month). Never month first.
 *
 * @example readDate('1/7/2025') // { ok: true, value: '2025-07-01' }
 */
export function readDate(text: string): FieldValue<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(trimmed);
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}` : trimmed;
  return isIsoDate(iso) ? { ok: true, value: iso } : invalid('must be a real day written 2024-12-31 or 31/12/2024');
}

/**
 * A target as typed: one number (`20`) or a range (`90-100`, `90–100`, `90 - 100`).
 *
 * @example readTarget('90–100') // { ok: true, value: { min: 90, max: 100 } }
 */
export function readTarget(text: string): FieldValue<{ min: number; max: number }> {
  if (blank(text)) return { ok: true, value: null };
  const parts = text.split(/\s*[-–—]\s*/);
  if (parts.length > 2) return invalid('must be a number such as 20 or a range such as 90-100');
  const [min, max = min] = parts.map((part) => readCount(part));
  if (!min?.ok || !max?.ok || min.value === null || max.value === null) {
    return invalid('must be a number such as 20 or a range such as 90-100');
  }
  return { ok: true, value: { min: min.value, max: max.value } };
}

/** A text field: trimmed, null when blank. */
export function readText(text: string): string | null {
  return blank(text) ? null : text.trim();
}
