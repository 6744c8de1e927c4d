// Numbers, percentages, dates, targets and figure sentences for readers, with Intl only (Workers, Node and browsers); knows nothing of the DOM.
import type { Progress } from './admission.ts';
import { isIsoDate } from './date.ts';
import { INTL_LOCALES, type Lang } from './locale.ts';
import { message } from './messages.ts';
import { dateText, integerText, percentDigits } from './plain-digits.ts';
import { progress } from './progress.ts';
import type { Source } from './source.ts';
import type { Target } from './target.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(INTL_LOCALES[lang], options)));
  return format;
}

function assertFinite(value: number, what: string): void {
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
 * A ratio as a percentage, the sign right after the digits in both languages, as Vietnamese papers
 * and CLDR write it (`86,66%`, `265%`). Intl does the ×100, so 2.65 never becomes 265.00000000000003.
 *
 * @param maxFractionDigits digits after the decimal mark, 1 by default.
 * @throws {RangeError} for NaN or ±Infinity.
 * @example formatPercent(0.8666, 'vi') // '86,7%'
 * @example formatPercent(0.8666, 'vi', 2) // '86,66%'
 * @example formatPercent(2.65, 'en') // '265%'
 */
export function formatPercent(ratio: number, lang: Lang, maxFractionDigits = 1): string {
  assertFinite(ratio, 'ratio');
  const plain = percentDigits(ratio, lang, maxFractionDigits);
  if (plain !== null) return `${plain}%`;
  const parts = numberFormat(lang, { style: 'percent', maximumFractionDigits: maxFractionDigits }).formatToParts(ratio);
  const digits = parts
    .filter((part) => part.type !== 'percentSign' && !(part.type === 'literal' && /^\s+$/u.test(part.value)))
    .map((part) => part.value)
    .join('');
  return `${digits}%`;
}

/**
 * The percentage of the target a figure shows, or null when it shows none: within a range the ratio
 * is measured against its floor, and a percentage there reads as a claim about the whole range, so
 * only over- and undershoots carry one. The elements, the images and the sentences all ask this.
 *
 * @example targetPercent({ delta: 33, ratio: 2.65, status: 'above' }, 'vi') // '265%'
 * @example targetPercent({ delta: 0, ratio: 1, status: 'within' }, 'vi') // null
 */
export function targetPercent(p: Progress | null, lang: Lang): string | null {
  if (p === null || p.status === 'within' || p.ratio === null) return null;
  return formatPercent(p.ratio, lang);
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
  const key = `d|${lang}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      lang === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
    cache.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALES[lang], { ...options, timeZone: 'UTC' })));
  }
  return format.format(date);
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

/**
 * The overshoot or shortfall in words.
 *
 * @example deltaSentence({ delta: 33, ratio: 2.65, status: 'above' }, 'vi') // 'vượt 33 so với chỉ tiêu'
 * @example deltaSentence({ delta: -4, ratio: 0.8, status: 'below' }, 'en') // '4 short of target'
 */
export function deltaSentence(p: Progress, lang: Lang): string {
  if (p.status === 'within') return message(lang, 'delta.within');
  return message(lang, p.status === 'above' ? 'delta.above' : 'delta.below', { delta: formatNumber(Math.abs(p.delta), lang) });
}

/**
 * The admissions figure as one sentence: what was admitted, against what target, by how much and
 * (above or below the target) the percentage reached. A zero target has no percentage.
 *
 * @throws {RangeError} as `progress()` does for impossible counts or targets.
 * @example admissionValueText({ admitted: 53, target: { min: 20, max: 20 } }, 'vi')
 * // 'Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20 (đạt 265%)'
 * @example admissionValueText({ admitted: 53, target: { min: 20, max: 20 } }, 'en')
 * // 'Admitted 53 members, 33 members above the target of 20 (265%)'
 */
export function admissionValueText(a: { admitted: number; target: Target | null }, lang: Lang): string {
  const p = progress(a.admitted, a.target);
  if (p === null || a.target === null) return message(lang, 'admission.noTarget', { count: a.admitted });
  const sentence = message(lang, `admission.${p.status}`, {
    count: a.admitted,
    target: formatTarget(a.target, lang),
    // "vượt 33 đảng viên so với chỉ tiêu 20": the difference is counted in members, as the sources say it.
    delta: message(lang, 'label.members', { count: Math.abs(p.delta) }),
  });
  const percent = targetPercent(p, lang);
  return percent === null ? sentence : `${sentence} ${message(lang, 'admission.ratio', { percent })}`;
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
export function sourceLine(sources: Source[], lang: Lang): string {
  const described = sources.map((source) => describeSource(source, lang)).filter((text) => text !== '');
  if (described.length === 0) return message(lang, 'source.none');
  return message(lang, 'source.line', { sources: described.join('; '), count: described.length });
}
