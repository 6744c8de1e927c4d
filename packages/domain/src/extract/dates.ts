/**
 * Years, congress terms and "as of" days as reports write them ("năm 2024", "nhiệm kỳ 2020 - 2025",
 * "tính đến ngày 15-9", "6 tháng đầu năm"). Works on NFC text; knows nothing of figures.
 */
import { isIsoDate } from '../date.ts';
import { parsePeriod } from '../period.ts';
import type { Span } from './normalized-text.ts';

export type TimeMention =
  | { kind: 'year'; year: number; span: Span }
  | { kind: 'term'; term: string; span: Span }
  /** A day; `year` is null when the text leaves it out ("đến ngày 15-9"). */
  | { kind: 'day'; year: number | null; month: number; day: number; span: Span };

const YEAR = /(?<!\p{L})năm\s+(\d{4})(?!\d)/giu;
const TERM = /(?<!\p{L})nhiệm\s+kỳ\s*\(?\s*(\d{4})\s*[-–—−]\s*(\d{4})\s*\)?/giu;
const DAY = /(?<!\p{L})(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{4}))?(?![\d])/giu;
const MONTHS_OF_YEAR = /(?<![\p{L}\d])(\d{1,2})\s+tháng\s+đầu\s+năm(?:\s+(\d{4}))?/giu;

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Every year, term and day the text mentions, in order.
 *
 * @example timeMentions('năm 2024') // [{ kind: 'year', year: 2024, span: { start: 0, end: 8 } }]
 */
export function timeMentions(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  for (const m of text.matchAll(TERM)) {
    const term = `${m[1]}-${m[2]}`;
    if (parsePeriod(term)?.kind === 'term') found.push({ kind: 'term', term, span: { start: m.index, end: m.index + m[0].trimEnd().length } });
  }
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (parsePeriod(String(year))) found.push({ kind: 'year', year, span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(DAY)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    const year = m[3] === undefined ? null : Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    found.push({ kind: 'day', year, month, day, span: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(MONTHS_OF_YEAR)) {
    const months = Number(m[1]);
    if (months < 1 || months > 11) continue;
    const year = m[2] === undefined ? null : Number(m[2]);
    const day = lastDayOf(year ?? 2001, months);
    found.push({ kind: 'day', year, month: months, day, span: { start: m.index, end: m.index + m[0].length } });
    if (year !== null) found.push({ kind: 'year', year, span: { start: m.index, end: m.index + m[0].length } });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** The ISO day of a mention, with `year` filling in a year the text left out; null when it is no real day. */
export function isoDay(mention: { year: number | null; month: number; day: number }, year: number | null): string | null {
  const y = mention.year ?? year;
  if (y === null) return null;
  const iso = `${y}-${String(mention.month).padStart(2, '0')}-${String(mention.day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
