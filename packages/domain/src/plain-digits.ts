// Numbers, percentages and dates written without Intl where the result is certain: the first
// Intl.NumberFormat or DateTimeFormat a page creates costs tens of milliseconds (ICU loads the
// locale's data), and an element showing a few integers should not pay it. Anything outside these
// plain cases (exponents, unsafe integers, English dates) returns null and the caller asks Intl.
// The tests hold every path to Intl's own output. Knows nothing of messages or the DOM.
import type { Lang } from './locale.ts';

const GROUP: Readonly<Record<Lang, string>> = { vi: '.', en: ',' };
const DECIMAL: Readonly<Record<Lang, string>> = { vi: ',', en: '.' };

/** Plain decimal digits grouped by threes: '1783' → '1.783'. */
function grouped(digits: string, lang: Lang): string {
  // A separator at every digit boundary followed by a whole number of groups of three.
  return digits.replace(/\B(?=(\d{3})+$)/g, GROUP[lang]);
}

/**
 * A safe integer as Intl.NumberFormat writes it in `lang` (`1.783`, `-42`), or null for anything else.
 *
 * @example integerText(1783, 'vi') // '1.783'
 * @example integerText(0.5, 'vi') // null
 */
export function integerText(value: number, lang: Lang): string | null {
  // A minus sign is no digit: the grouping starts after it.
  return Number.isSafeInteger(value) && !Object.is(value, -0) ? grouped(String(value), lang) : null;
}

/**
 * A non-negative ratio as a percentage's digits (`86,7`, `2.650`, no sign), rounded half away from
 * zero to `maxFractionDigits` as Intl does on the ratio's shortest decimal form; null when that form
 * has an exponent or the ratio is negative.
 *
 * @example percentDigits(0.8666, 'vi', 1) // '86,7'
 */
export function percentDigits(ratio: number, lang: Lang, maxFractionDigits: number): string | null {
  if (!(ratio >= 0) || !Number.isFinite(ratio) || !Number.isInteger(maxFractionDigits) || maxFractionDigits < 0) return null;
  return percentText(ratio, lang, maxFractionDigits);
}

/**
 * percentDigits without its checks, for a caller whose ratio is finite and not negative (a progress
 * ratio) and whose digits are a whole number of 0 or more: null only when the ratio's shortest decimal
 * form has an exponent.
 */
export function percentText(ratio: number, lang: Lang, maxFractionDigits: number): string | null {
  const shortest = String(ratio);
  if (shortest.includes('e')) return null;
  const [whole = '0', fraction = ''] = shortest.split('.');
  // ×100: the decimal point moves two places right.
  const point = whole.length + 2;
  const digits = (whole + fraction).padEnd(point + maxFractionDigits + 1, '0');
  const kept = digits.slice(0, point + maxFractionDigits);
  // The digit after the kept ones (the padding guarantees there is one) rounds them up from 5.
  const scaled = (BigInt(kept) + BigInt(digits[point + maxFractionDigits]! >= '5')).toString().padStart(maxFractionDigits + 1, '0');
  const integer = scaled.slice(0, scaled.length - maxFractionDigits);
  const decimals = scaled.slice(scaled.length - maxFractionDigits).replace(/0+$/, '');
  return grouped(integer, lang) + (decimals ? DECIMAL[lang] + decimals : '');
}

/**
 * A calendar date in Vietnamese as Intl writes day, month and year (`31/12/2024`), from its ISO
 * form; null for English and for years before 1000 (Intl drops their leading zeros).
 *
 * @example dateText('2024-12-31', 'vi') // '31/12/2024'
 */
export function dateText(iso: string, lang: Lang): string | null {
  if (lang !== 'vi' || iso[0] === '0') return null;
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
