// The codes of an embed across the article's whole column, as the data desk's embed dialog offers them:
// the figures read from the API at `origin` and described, the height reserved at a phone's width. The
// phone bench (packages/bench/src/phone.ts) pastes these, so it measures the code a journalist gets.
import { parseEmbedQuery, type EmbedElement, type EmbedParams } from '@chitieu/embed';
import { embedCodes, type EmbedCodes } from './embed-codes.ts';
import { describeEmbedFigures, reservedHeight } from './embed-figures.ts';

/** The codes for `params`, reading the figures from `origin`; throws when there are none. */
export async function columnCodes(origin: string, params: EmbedParams, signal?: AbortSignal): Promise<EmbedCodes> {
  const description = await describeEmbedFigures(params, signal, origin);
  return embedCodes({
    origin,
    params,
    width: null,
    height: reservedHeight(params, description, null),
    summary: description.summary,
    title: description.title,
  });
}

/** `columnCodes` for an embed given as its tag and query (`org=muong-khuong&period=2024`); throws on a query the contract refuses. */
export async function columnCodesFor(origin: string, element: EmbedElement, query: URLSearchParams): Promise<EmbedCodes> {
  const params = parseEmbedQuery(element, query);
  if ('error' in params) throw new Error(`not an embed: ${params.error}`);
  return columnCodes(origin, params);
}
