// What an embed shows, read once with its pins, and how it is named and described: the iframe page's
// title and no-JavaScript summary, the oEmbed title and height, and the image all come from this read,
// so a pinned embed never describes live figures. Knows nothing of storage, the DOM or HTTP.
import type { AdmissionResponse, CellKind, CellsResponse } from '@chitieu/domain';
import type { EmbedParams } from './embed-params.ts';
import { cellMapSummary, cellMapTitle, gaugeSummary, gaugeTitle } from './embed-summary.ts';
import { readAdmissions, readCells, selectorOf, type FigureStore, type ReadOutcome } from './read-figures.ts';

/** The figures behind an embed, in the read's own shape. */
export type EmbedRead =
  | { readonly element: 'party-target-gauge'; readonly figures: AdmissionResponse }
  | { readonly element: 'party-cell-map'; readonly figures: CellsResponse };

/** How an embed is named and described to readers without the element. */
export interface EmbedDescription {
  /** The embed's name: the page's title, the oEmbed title. */
  readonly title: string;
  /** The one sentence a reader without the element reads. */
  readonly summary: string;
  /** Map only: the kind of each cell it draws, which its height depends on. */
  readonly kinds: readonly CellKind[];
}

/**
 * The figures `params` shows, pinned as it says (`revision`, `as-of`), as of `today` for a live read.
 *
 * @example await readEmbed(store, parsedParams, '2026-01-05') // { ok: true, body: { element: 'party-target-gauge', figures: { admitted: 53, … } } }
 */
export async function readEmbed(store: FigureStore, params: EmbedParams, today: string): Promise<ReadOutcome<EmbedRead>> {
  const selector = selectorOf(params);
  if (params.element === 'party-target-gauge') {
    const read = await readAdmissions(store, params.org, params.period ?? '', selector, today);
    return read.ok ? { ok: true, body: { element: params.element, figures: read.body } } : read;
  }
  const read = await readCells(store, params.org, selector, today);
  return read.ok ? { ok: true, body: { element: params.element, figures: read.body } } : read;
}

/** The title, summary and (for a map) cell kinds of an embed, from its read, in its language, with the journalist's label if any. */
export function describeEmbed(read: EmbedRead, params: Pick<EmbedParams, 'lang' | 'label'>): EmbedDescription {
  const { lang, label } = params;
  if (read.element === 'party-target-gauge') {
    const data = read.figures;
    return { title: gaugeTitle(label ?? data.organization.name, data.period, lang), summary: gaugeSummary(data, lang, label), kinds: [] };
  }
  const data = read.figures;
  return { title: cellMapTitle(label ?? data.organization.name, lang), summary: cellMapSummary(data, lang, label), kinds: data.cells.map((cell) => cell.kind) };
}
