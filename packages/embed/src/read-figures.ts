// The one read of an embed's figures, honouring its pins: `revision` (exactly that version, forever)
// and `as-of` (the latest figures as of a day). The API's JSON reads, its iframe pages, images and
// oEmbed answers all read through here, with the database layer's functions injected, so a pinned
// embed's title, summary, image and oEmbed answer show the same figures as its element. Knows
// nothing of storage, Workers or HTTP.
import type { AdmissionResponse, CellsResponse } from '@chitieu/domain';
import { admissionResponse, cellsResponse, type StoredAdmission, type StoredCensus } from './read-responses.ts';

/** Which version of a record a read wants. */
export type VersionSelector = { kind: 'current' } | { kind: 'revision'; revision: number } | { kind: 'asOf'; asOf: string };

/** The current version: what a read without a pin answers. */
export const CURRENT: VersionSelector = { kind: 'current' };

/** What the read needs of the database layer (the API passes its D1 queries). */
export interface FigureStore {
  /** The admission record of an organisation for a period, in the selected version; null when there is none or it was deleted. */
  admissionRecord(organization: string, period: string, selector: VersionSelector): Promise<StoredAdmission | null>;
  /** The organisation's census in the selected version; null when there is none. */
  cellCensus(organization: string, selector: VersionSelector): Promise<StoredCensus | null>;
  /** The organisation, to tell "no such organisation" from "no figures"; null when the slug names nothing. */
  organization(slug: string): Promise<{ validTo: string | null; successors: readonly string[] } | null>;
}

/** A read's answer, or why there is none (a sentence for a 404). */
export type ReadOutcome<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly notFound: string };

/** The pins of an embed or a read's query, as a selector: a revision wins, then a day, else the current version. */
export function selectorOf(pins: { revision?: number | null | undefined; asOf?: string | null | undefined }): VersionSelector {
  if (pins.revision !== undefined && pins.revision !== null) return { kind: 'revision', revision: pins.revision };
  if (pins.asOf !== undefined && pins.asOf !== null) return { kind: 'asOf', asOf: pins.asOf };
  return CURRENT;
}

/**
 * The day a read is about, for `succeededBy`: the `asOf` it asked for; for a pinned revision the day
 * of its figures (so the answer never changes); otherwise `today`.
 */
export function readDay(selector: VersionSelector, figuresAsOf: string, today: string): string {
  if (selector.kind === 'asOf') return selector.asOf;
  if (selector.kind === 'revision') return figuresAsOf;
  return today;
}

/** The sentence of a 404 for an organisation slug that names nothing. */
export function organizationNotFoundMessage(slug: string): string {
  return `No organization named "${slug}"`;
}

function which(selector: VersionSelector, asOfWords: string): string {
  if (selector.kind === 'revision') return ` at revision ${selector.revision}`;
  if (selector.kind === 'asOf') return ` ${asOfWords} ${selector.asOf}`;
  return '';
}

/**
 * The admissions read of `organization` for `period` in the version `selector` picks.
 *
 * @example await readAdmissions(store, 'muong-khuong', '2024', { kind: 'revision', revision: 1 }, '2026-01-05')
 * // { ok: true, body: { admitted: 53, revision: 1, … } }
 */
export async function readAdmissions(
  store: FigureStore,
  organization: string,
  period: string,
  selector: VersionSelector,
  today: string,
): Promise<ReadOutcome<AdmissionResponse>> {
  const record = await store.admissionRecord(organization, period, selector);
  if (record) return { ok: true, body: admissionResponse(record, readDay(selector, record.asOf, today)) };
  const found = await store.organization(organization);
  if (!found) return { ok: false, notFound: organizationNotFoundMessage(organization) };
  const closed = found.validTo === null ? '' : `; it existed until ${found.validTo}`;
  const successors = found.successors.length > 0 ? ` and was succeeded by ${found.successors.join(', ')}` : '';
  return { ok: false, notFound: `No admissions of "${organization}" recorded for ${period}${which(selector, 'as of')}${closed}${successors}` };
}

/**
 * The cells read of `organization` in the version `selector` picks (for a day: the latest census on or before it).
 *
 * @example await readCells(store, 'muong-khuong', CURRENT, '2026-01-05') // { ok: true, body: { total: 25, … } }
 */
export async function readCells(store: FigureStore, organization: string, selector: VersionSelector, today: string): Promise<ReadOutcome<CellsResponse>> {
  const census = await store.cellCensus(organization, selector);
  if (census) return { ok: true, body: cellsResponse(census, readDay(selector, census.asOf, today)) };
  if (!(await store.organization(organization))) return { ok: false, notFound: organizationNotFoundMessage(organization) };
  return { ok: false, notFound: `No cell census of "${organization}"${which(selector, 'on or before')}` };
}
