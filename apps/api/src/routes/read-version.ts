/** How a read's query picks a version (`?asOf=`, `?revision=`, or the current one), and the headers a pinned read gets. */
import { parseRevision } from '@chitieu/domain';
import { selectorOf as selectorOfPins, type VersionSelector } from '@chitieu/embed';
import { PINNED_CACHE_CONTROL } from '../http/cache-policy.ts';

/** The selector of a read's (already validated) query. */
export function selectorOf(query: { asOf?: string | undefined; revision?: string | undefined }): VersionSelector {
  return selectorOfPins({ revision: query.revision === undefined ? null : (parseRevision(query.revision) ?? 0), asOf: query.asOf ?? null });
}

/** Headers of a successful read: a pinned revision may be cached as immutable. */
export function readHeaders(selector: VersionSelector): Record<string, string> {
  return selector.kind === 'revision' ? { 'Cache-Control': PINNED_CACHE_CONTROL } : {};
}
