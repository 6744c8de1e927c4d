// The figures behind an embed, read as the embed reads them (pinned the same way), and what the
// embed codes need of them: the title, the reader's summary and the height to reserve. The builder
// and the data desk's embed dialog both describe an embed through here, with the embed contract's
// own describeEmbed and embedHeight, so their codes cannot differ. Knows nothing of the page.
import { AdmissionResponseSchema, CellsResponseSchema, SubordinateAdmissionsResponseSchema } from '@chitieu/domain';
import { describeEmbed, embedHeight, type EmbedDescription, type EmbedParams, type EmbedRead } from '@chitieu/embed';

/** The width a full-column embed is reserved for: a phone's, where both elements are tallest. */
export const PHONE_WIDTH = 320;

/**
 * The API read behind an embed, pinned as the embed is (`?revision=1`, `?asOf=2024-12-31`, or live).
 *
 * @example embedReadPath({ element: 'party-target-gauge', org: 'muong-khuong', period: '2024', revision: 2, … }) // '/v1/organizations/muong-khuong/admissions/2024?revision=2'
 */
export function embedReadPath(params: EmbedParams): string {
  const org = encodeURIComponent(params.org);
  if (params.element === 'party-target-ranking') {
    // A ranking is pinned by day only: each of its rows has revisions of its own.
    const path = `/v1/organizations/${org}/subordinates/admissions/${encodeURIComponent(params.period ?? '')}`;
    return params.asOf === null ? path : `${path}?asOf=${encodeURIComponent(params.asOf)}`;
  }
  const path =
    params.element === 'party-target-gauge'
      ? `/v1/organizations/${org}/admissions/${encodeURIComponent(params.period ?? '')}`
      : `/v1/organizations/${org}/cells`;
  if ((params.revision ?? null) !== null) return `${path}?revision=${params.revision}`;
  return params.asOf === null ? path : `${path}?asOf=${encodeURIComponent(params.asOf)}`;
}

/**
 * Reads the embed's figures (checked with the domain's schemas) from the API at `origin` (by default
 * the page's own) and describes them; throws when there are none.
 */
export async function describeEmbedFigures(params: EmbedParams, signal?: AbortSignal, origin = ''): Promise<EmbedDescription> {
  const response = await fetch(`${origin}${embedReadPath(params)}`, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const json: unknown = await response.json();
  const read: EmbedRead =
    params.element === 'party-target-gauge'
      ? { element: params.element, figures: AdmissionResponseSchema.parse(json) }
      : params.element === 'party-target-ranking'
        ? { element: params.element, figures: SubordinateAdmissionsResponseSchema.parse(json) }
        : { element: params.element, figures: CellsResponseSchema.parse(json) };
  return describeEmbed(read, params);
}

/** The height to reserve for an embed `width` pixels wide (null: the full column, reserved at a phone's width). */
export function reservedHeight(params: EmbedParams, description: EmbedDescription, width: number | null): number {
  return embedHeight(params.element, width ?? PHONE_WIDTH, description.kinds, description.ranking ?? undefined);
}
