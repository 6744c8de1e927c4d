// Numbers, percentages, dates, targets and source lines for readers (the gauge's sentences: gauge-text.ts): plain digits where the result is certain (plain-digits.ts), Intl otherwise (Workers, Node and browsers); knows nothing of the DOM.
import { isIsoDate } from './date.ts';
import { intlFor, type Lang } from './locale.ts';
import { commonMessage } from './common-messages.ts';
import { dateText, integerText } from './plain-digits.ts';
import type { Source } from './source.ts';
import type { Target } from './target.ts';

/** A cached Intl.NumberFormat of the language (for gauge-text.ts). */
export function numberFormat(lang: Lang, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return intlFor(Intl.NumberFormat, lang, options);
}

/** Refuses NaN and ±Infinity, which no reader should ever see. */
export function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
}

/**
 * A number with the language's separators.
 *
 * @throws {RangeError} for NaN or ±Infinity, which no reader should ever see.
 * @example formatNumber(1783, 'vi') // '1.783'
 * @example formatNumber(1783, 'en') // '1,783'
 */
export function formatNumber(value: number, lang: Lang): string {
  assertFinite(value, 'value');
  return integerText(value, lang) ?? numberFormat(lang).format(value);
}

/**
 * A calendar date. The ISO date is a day, not an instant, so it is formatted in UTC and never shifts
 * a day whatever the reader's time zone.
 *
 * @throws {RangeError} when `iso` is not a real YYYY-MM-DD date.
 * @example formatDate('2024-12-31', 'vi') // '31/12/2024'
 * @example formatDate('2024-12-31', 'en') // '31 Dec 2024'
 */
export function formatDate(iso: string, lang: Lang): string {
  if (!isIsoDate(iso)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const plain = dateText(iso, lang);
  if (plain !== null) return plain;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would map years 0–99 to 1900–1999
  const vi = lang === 'vi';
  return intlFor(Intl.DateTimeFormat, lang, { day: vi ? '2-digit' : 'numeric', month: vi ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/**
 * A target: one number, or a range joined by an en dash.
 *
 * @example formatTarget({ min: 20, max: 20 }, 'vi') // '20'
 * @example formatTarget({ min: 90, max: 100 }, 'vi') // '90–100'
 */
export function formatTarget(target: Target, lang: Lang): string {
  return target.min === target.max ? formatNumber(target.min, lang) : `${formatNumber(target.min, lang)}–${formatNumber(target.max, lang)}`;
}

function describeSource(source: Source, lang: Lang): string {
  const parts: string[] = [];
  if (source.publisher) parts.push(source.publisher);
  if (source.title) parts.push(`“${source.title}”`);
  if (!source.publisher && !source.title && source.url) parts.push(hostOf(source.url));
  if (source.publishedOn) parts.push(formatDate(source.publishedOn, lang));
  return parts.join(', ');
}

// No URL class here: the package compiles against plain ES2023 so it cannot lean on a DOM or Workers global.
function hostOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1] ?? url;
}

/**
 * The credit line under a figure: publisher, title in quotes and date of each source, separated by
 * semicolons. Links are left to the element, which can make them clickable.
 *
 * @example sourceLine([{ publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null }], 'vi')
 * // 'Nguồn: Báo Lào Cai, “Kết quả vượt bậc trong phát triển đảng viên”'
 */
export function sourceLine(sources: readonly Source[], lang: Lang): string {
  const described = sources.map((source) => describeSource(source, lang)).filter((text) => text !== '');
  if (described.length === 0) return commonMessage(lang, 'source.none');
  return commonMessage(lang, 'source.line', { sources: described.join('; '), count: described.length });
}
