/** How a read picks a version (`?asOf=`, `?revision=`, or the current one) and which day it is about, for `succeededBy`. */
import { parseRevision } from '@chitieu/domain';
import type { Context } from 'hono';
import { CURRENT, type VersionSelector } from '../db/admission-records.ts';
import { PINNED_CACHE_CONTROL } from '../http/cache-policy.ts';
import { vietnamDay } from '../http/today.ts';

export function selectorOf(query: { asOf?: string | undefined; revision?: string | undefined }): VersionSelector {
  if (query.revision !== undefined) return { kind: 'revision', revision: parseRevision(query.revision) ?? 0 };
  if (query.asOf !== undefined) return { kind: 'asOf', asOf: query.asOf };
  return CURRENT;
}

/**
 * The day a read is about: the `asOf` it asked for; for a pinned revision the day of its figures (so
 * the answer never changes); otherwise today in Vietnam.
 */
export function readDay(selector: VersionSelector, figuresAsOf: string): string {
  if (selector.kind === 'asOf') return selector.asOf;
  if (selector.kind === 'revision') return figuresAsOf;
  return vietnamDay();
}

/** Headers of a successful read: a pinned revision may be cached as immutable. */
export function readHeaders(selector: VersionSelector): Record<string, string> {
  return selector.kind === 'revision' ? { 'Cache-Control': PINNED_CACHE_CONTROL } : {};
}

/** The path of the request, for Location headers and audit entries. */
export function pathOf(c: Context): string {
  return new URL(c.req.url).pathname;
}
