// Checks of the API's answers (and of figures a page script hands over) before anything renders: small
// hand-written guards, one per read, for the fields the elements draw; the map's and the ranking's
// own are beside them (cells-guards.ts, ranking-guard.ts) and build on these. They apply the domain's own rules
// (real dates, periods, terms, slugs, counts, target order, http(s) links) and agree with its zod
// schemas on what an element reads: wire-guards.test.ts compares their verdicts on valid and
// malformed payloads, so they cannot drift apart. zod itself (some 24 kB gzip) stays out of the page.
//
// A tolerant reader: fields a guard does not list are ignored, not refused, so a page holding a cached
// older script keeps working when a newer API adds one.
import { isIsoDate, MAX_COUNT, MAX_SLUG_LENGTH, parsePeriod, SLUG_PATTERN, type AdmissionResponse, type Source } from '@chitieu/domain';

/** True when `value` has the shape the guard checks; a type guard for the type it is declared with. */
export type Guard<T = unknown> = (value: unknown) => value is T;

type Check = (value: unknown) => boolean;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const object =
  (shape: Readonly<Record<string, Check>>, refine: (value: Json) => boolean = () => true): Check =>
  (value) =>
    isObject(value) && Object.keys(shape).every((name) => shape[name]!(value[name])) && refine(value);
export const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
export const list =
  (check: Check, max = Infinity): Check =>
  (value) =>
    Array.isArray(value) && value.length <= max && value.every(check);

export const string: Check = (value) => typeof value === 'string';
export const integer: Check = (value) => Number.isSafeInteger(value);
export const natural: Check = (value) => integer(value) && (value as number) >= 0;
export const count: Check = (value) => natural(value) && (value as number) <= MAX_COUNT;
export const date: Check = (value) => string(value) && isIsoDate(value as string);
export const period: Check = (value) => string(value) && parsePeriod(value as string) !== null;
const term: Check = (value) => string(value) && parsePeriod(value as string)?.kind === 'term';
export const slug: Check = (value) => string(value) && (value as string).length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value as string);
/** An instant in UTC with milliseconds (the domain's TimestampSchema), on a real calendar day. */
export const timestamp: Check = (value) =>
  string(value) && /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/.test(value as string) && date((value as string).slice(0, 10));
/** An http(s) link: the footer makes it a link, and a `javascript:` one must never reach the page. */
const httpUrl: Check = (value) => string(value) && URL.canParse(value as string) && /^https?:$/.test(new URL(value as string).protocol);

export const target = object({ min: count, max: count }, (t) => (t['min'] as number) <= (t['max'] as number));
export const organization = object({ slug, name: string });
export const succession = object({ validTo: date, successors: list(organization) });
/** A field with a default of null in the domain: zod reads a missing one as null. */
const orNull =
  (check: Check): Check =>
  (value) =>
    value === undefined || value === null || check(value);
export const source = object(
  { publisher: orNull(string), title: orNull(string), url: orNull(httpUrl), publishedOn: orNull(date) },
  (s) => (s['publisher'] ?? s['url'] ?? null) !== null,
);
/** What every read of a stored record adds: when it last changed, and whether the organisation had closed. */
export const record = { updatedAt: (value: unknown) => value === undefined || timestamp(value), succeededBy: orNull(succession) };

/** The admissions read (`GET …/admissions/{period}`): what a gauge draws, and each row of a ranking. */
export const admission = object({
  organization,
  period,
  admitted: count,
  target: nullable(target),
  termToDate: nullable(object({ term, admitted: count })),
  totalMembers: nullable(count),
  asOf: date,
  sources: list(source),
  ...record,
}) as Guard<AdmissionResponse>;

/** Sources a page script hands to an element: at most 20. */
export const inlineSources = list(source, 20) as Guard<Source[]>;
