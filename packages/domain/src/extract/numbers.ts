/**
 * Numbers as Vietnamese reports write them (`1.783` thousands, `12,5` decimals, `40 - 45` ranges).
 * Knows nothing of what the numbers count.
 */

/**
 * A whole number, with `.` between thousands (`1.783`, `12.045`), or a decimal with `,` (`12,5`).
 * Never followed or preceded by another digit, so `1.5` or `2024-2025` do not pass as one number.
 */
export const NUMBER = String.raw`(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?![\d]|[.,]\d)`;

/** A whole count only: `53`, `1.783`; not `12,5`. */
export const COUNT = String.raw`(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d]|[.,]\d)`;

/** A dash between the ends of a range: hyphen, en dash, em dash, minus, or "đến" / "tới". */
export const RANGE_SEPARATOR = String.raw`\s*[-–—−]\s*|\s+(?:đến|tới)\s+`;

/**
 * Reads a vi-VN number; null when it is not one.
 *
 * @example parseViNumber('1.783') // 1783
 * @example parseViNumber('12,5') // 12.5
 */
export function parseViNumber(text: string): number | null {
  if (!new RegExp(`^${NUMBER}$`).test(text)) return null;
  const value = Number(text.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Digits after the decimal comma: how precisely the text wrote a number (`72` → 0, `12,5` → 1). */
export function decimalsOf(text: string): number {
  const comma = text.indexOf(',');
  return comma === -1 ? 0 : text.length - comma - 1;
}
