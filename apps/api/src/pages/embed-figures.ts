/**
 * What an embed shows, read once through the embed contract's read path (with its `revision` and
 * `as-of` pins) on this Worker's database: its figures, its title and its summary sentence, in its
 * language. The iframe page, its oEmbed answer and the element all show the same pinned figures.
 */
import { message } from '@chitieu/domain';
import { describeEmbed, readEmbed, type EmbedDescription, type EmbedParams, type EmbedRead } from '@chitieu/embed';
import type { Context } from 'hono';
import { figureStore } from '../db/figure-store.ts';
import type { AppEnv } from '../http/app-env.ts';
import { vietnamDay } from '../http/today.ts';

/** The read behind an embed and how it is named and described. */
export type EmbedFigures = EmbedDescription & { readonly read: EmbedRead };

/** Why there is nothing to show: a 404 and a sentence for the reader. */
export interface EmbedFailure {
  readonly status: 404;
  readonly text: string;
}

export async function embedFigures(c: Context<AppEnv>, params: EmbedParams): Promise<EmbedFigures | EmbedFailure> {
  const read = await readEmbed(figureStore(c.var.db), params, vietnamDay());
  if (!read.ok) return { status: 404, text: message(params.lang, 'state.notFound') };
  return { ...describeEmbed(read.body, params), read: read.body };
}
