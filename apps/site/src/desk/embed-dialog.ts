/**
 * PLACEHOLDER API (the directory helper implements it): the record's embed codes one click away,
 * live or pinned to a revision, from the builder's one code generator (../embed-codes.ts).
 */
import type { EmbedElement } from '@chitieu/embed';

/** What to embed: the element, the organisation, the period for a gauge, and the revision to pin to (null for live). */
export interface EmbedRequest {
  readonly element: EmbedElement;
  readonly org: string;
  readonly period: string | null;
  readonly revision: number | null;
}

/** Opens the embed-codes dialog for `request`. */
export function openEmbedCodes(request: EmbedRequest): void {
  console.info('embed codes', request);
}
