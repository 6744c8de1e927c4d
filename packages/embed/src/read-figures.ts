// The one read of an embed's figures, honouring its pins: `revision` (exactly that version, forever)
// and `as-of` (the latest figures as of a day). The API's JSON reads, its iframe pages, images and
// oEmbed answers all read through here, with the database layer's functions injected, so a pinned
// embed's title, summary, image and oEmbed answer show the same figures as its element. Knows
// nothing of storage, Workers or HTTP.
import {
  subordinateAdmissionsResponse,
  succession,
  type AdmissionResponse,
  type CellsResponse,
  type OrganizationRef,
  type SubordinateAdmissionsResponse,
} from '@chitieu/domain';
import { admissionResponse, cellsResponse, type StoredAdmission, type StoredCensus } from './read-responses.ts';

/** Which version of a record a read wants. */
export type VersionSelector = { kind: 'current' } | { kind: 'revision'; revision: number } | { kind: 'asOf'; asOf: string };

/** The current version: what a read without a pin answers. */
export const CURRENT = { kind: 'current' } as const satisfies VersionSelector;

/** An organisation as a ranking lists it: its name, and its closing for `succeededBy`. */
export interface RankedOrganization {
  readonly organization: OrganizationRef;
  /** Its last day, or null while it exists. */
  readonly validTo: string | null;
  readonly successors: readonly OrganizationRef[];
}

/** A parent and the subordinates that existed during a period, by name. */
export interface StoredFamily extends RankedOrganization {
  readonly subordinates: readonly RankedOrganization[];
}

/** A ranking's pin: the current figures or those as of a day (a ranking has no revision of its own). */
export type DaySelector = Exclude<VersionSelector, { kind: 'revision' }>;

/** What the read needs of the database layer (the API passes its D1 queries). */
export interface FigureStore {
  /** The admission record of an organisation for a period, in the selected version; null when there is none or it was deleted. */
  admissionRecord(organization: string, period: string, selector: VersionSelector): Promise<StoredAdmission | null>;
  /** The organisation's census in the selected version; null when there is none. */
  cellCensus(organization: string, selector: VersionSelector): Promise<StoredCensus | null>;
  /** The organisation, to tell "no such organisation" from "no figures"; null when the slug names nothing. */
  organization(slug: string): Promise<{ validTo: string | null; successors: readonly string[] } | null>;
  /** The organisation and those whose parent it is that existed at some time in `period`; null when the slug names nothing. */
  subordinates(slug: string, period: string): Promise<StoredFamily | null>;
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

/**
 * The ranking read of `organization`'s subordinates for `period`: each one's admissions read (null
 * when it has none), the organisation's own record as the total, their sum and difference, as of the
 * pinned day or `today`. Which subordinates are listed follows the organisations as they are now;
 * the pin fixes the figures.
 *
 * @example await readSubordinateAdmissions(store, 'tinh-lao-cai', '2024', CURRENT, '2026-01-05')
 * // { ok: true, body: { subordinates: [{ organization: …, admissions: { admitted: 120, … } }, …], sum: {…}, … } }
 */
export async function readSubordinateAdmissions(
  store: FigureStore,
  organization: string,
  period: string,
  selector: DaySelector,
  today: string,
): Promise<ReadOutcome<SubordinateAdmissionsResponse>> {
  const family = await store.subordinates(organization, period);
  if (!family) return { ok: false, notFound: organizationNotFoundMessage(organization) };
  const day = selector.kind === 'asOf' ? selector.asOf : today;
  // One query per organisation, all at once: a ranking holds a few dozen.
  const [total, ...records] = await Promise.all([
    store.admissionRecord(organization, period, selector),
    ...family.subordinates.map((row) => store.admissionRecord(row.organization.slug, period, selector)),
  ]);
  return {
    ok: true,
    body: subordinateAdmissionsResponse({
      organization: family.organization,
      period,
      asOf: selector.kind === 'asOf' ? selector.asOf : null,
      total: total ? admissionResponse(total, day) : null,
      subordinates: family.subordinates.map((row, i) => {
        const record = records[i] ?? null;
        return {
          organization: record?.organization ?? row.organization,
          admissions: record ? admissionResponse(record, day) : null,
          succeededBy: succession({ validTo: row.validTo }, day, row.successors),
        };
      }),
      succeededBy: succession({ validTo: family.validTo }, day, family.successors),
    }),
  };
}
