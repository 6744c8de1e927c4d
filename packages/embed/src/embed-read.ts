// What an embed shows, read once with its pins, and how it is named and described: the iframe page's
// title and no-JavaScript summary, the oEmbed title and height, and the image all come from this read,
// so a pinned embed never describes live figures. Knows nothing of storage, the DOM or HTTP.
import type { AdmissionResponse, CellKind, CellsResponse, RankingSort, SubordinateAdmissionsResponse } from '@chitieu/domain';
import type { EmbedParams } from './embed-params.ts';
import type { RankingShape } from './embed-size.ts';
import { cellMapSummary, cellMapTitle, gaugeSummary, gaugeTitle, rankingSummary, rankingTitle } from './embed-summary.ts';
import { CURRENT, readAdmissions, readCells, readSubordinateAdmissions, selectorOf, type FigureStore, type ReadOutcome } from './read-figures.ts';

/** The figures behind an embed, in the read's own shape. */
export type EmbedRead =
  | { readonly element: 'party-target-gauge'; readonly figures: AdmissionResponse }
  | { readonly element: 'party-cell-map'; readonly figures: CellsResponse }
  | { readonly element: 'party-target-ranking'; readonly figures: SubordinateAdmissionsResponse };

/** How an embed is named and described to readers without the element. */
export interface EmbedDescription {
  /** The embed's name: the page's title, the oEmbed title. */
  readonly title: string;
  /** The one sentence a reader without the element reads. */
  readonly summary: string;
  /** Map only: the kind of each cell it draws, which its height depends on. */
  readonly kinds: readonly CellKind[];
  /** Ranking only: how many subordinates it lists and whether a total heads them, which its height depends on; null otherwise. */
  readonly ranking: RankingShape | null;
}

/**
 * The figures `params` shows, pinned as it says (`revision`, `as-of`), as of `today` for a live read.
 *
 * @example await readEmbed(store, parsedParams, '2026-01-05') // { ok: true, body: { element: 'party-target-gauge', figures: { admitted: 53, … } } }
 */
export async function readEmbed(store: FigureStore, params: EmbedParams, today: string): Promise<ReadOutcome<EmbedRead>> {
  const selector = selectorOf(params);
  if (params.element === 'party-target-ranking') {
    const day = params.asOf === null ? CURRENT : ({ kind: 'asOf', asOf: params.asOf } as const);
    const read = await readSubordinateAdmissions(store, params.org, params.period ?? '', day, today);
    return read.ok ? { ok: true, body: { element: params.element, figures: read.body } } : read;
  }
  if (params.element === 'party-target-gauge') {
    const read = await readAdmissions(store, params.org, params.period ?? '', selector, today);
    return read.ok ? { ok: true, body: { element: params.element, figures: read.body } } : read;
  }
  const read = await readCells(store, params.org, selector, today);
  return read.ok ? { ok: true, body: { element: params.element, figures: read.body } } : read;
}

/**
 * The title, summary, (for a map) cell kinds and (for a ranking) number of rows of an embed, from its
 * read, in its language, with the journalist's label if any and (a ranking) in its order.
 */
export function describeEmbed(read: EmbedRead, params: Pick<EmbedParams, 'lang' | 'label' | 'sort'>): EmbedDescription {
  const { lang, label } = params;
  if (read.element === 'party-target-gauge') {
    const data = read.figures;
    return { title: gaugeTitle(label ?? data.organization.name, data.period, lang), summary: gaugeSummary(data, lang, label), kinds: [], ranking: null };
  }
  if (read.element === 'party-target-ranking') {
    const data = read.figures;
    const sort: RankingSort = params.sort ?? 'percent';
    return {
      title: rankingTitle(label ?? data.organization.name, data.period, lang),
      summary: rankingSummary(data, lang, label, sort),
      kinds: [],
      ranking: { rows: data.subordinates.length, withTotal: data.total !== null || data.difference !== null },
    };
  }
  const data = read.figures;
  return {
    title: cellMapTitle(label ?? data.organization.name, lang),
    summary: cellMapSummary(data, lang, label),
    kinds: data.cells.map((cell) => cell.kind),
    ranking: null,
  };
}
