/**
 * What an embed shows, asked of this app's own JSON reads in-process (so an embed page can never
 * disagree with the element in it): the embed's title and its summary sentence, in its language.
 */
import { AdmissionResponseSchema, CellsResponseSchema, message, type CellKind } from '@chitieu/domain';
import type { EmbedParams } from '@chitieu/site/embed-params';
import { cellMapSummary, cellMapTitle, gaugeSummary, gaugeTitle } from '@chitieu/site/embed-summary';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../http/app-env.ts';

export interface EmbedFigures {
  readonly title: string;
  readonly summary: string;
  /** Map only: the kind of each cell it draws, which its height depends on. */
  readonly kinds: readonly CellKind[];
}

/** Why there is nothing to show: the read's status and a sentence for the reader. */
export interface EmbedFailure {
  readonly status: 404 | 400 | 500;
  readonly text: string;
}

/** The JSON read behind an embed: the path the element itself fetches. */
export function readPath(params: EmbedParams): string {
  const org = encodeURIComponent(params.org);
  if (params.element === 'party-target-gauge') return `/v1/organizations/${org}/admissions/${encodeURIComponent(params.period ?? '')}`;
  return `/v1/organizations/${org}/cells${params.asOf === null ? '' : `?asOf=${encodeURIComponent(params.asOf)}`}`;
}

function executionContext(c: Context<AppEnv>): Parameters<Hono<AppEnv>['fetch']>[2] {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}

export async function embedFigures(app: Hono<AppEnv>, c: Context<AppEnv>, params: EmbedParams): Promise<EmbedFigures | EmbedFailure> {
  const request = new Request(new URL(readPath(params), c.req.url), { headers: { Accept: 'application/json' } });
  const res = await app.fetch(request, c.env, executionContext(c));
  const lang = params.lang;
  if (res.status === 404) return { status: 404, text: message(lang, 'state.notFound') };
  if (res.status >= 400 && res.status < 500) return { status: 400, text: message(lang, 'state.invalid') };
  if (!res.ok) return { status: 500, text: message(lang, 'state.error') };
  const body: unknown = await res.json();
  if (params.element === 'party-target-gauge') {
    const data = AdmissionResponseSchema.parse(body);
    const name = params.label ?? data.organization.name;
    return { title: gaugeTitle(name, data.period, lang), summary: gaugeSummary(data, lang, params.label), kinds: [] };
  }
  const data = CellsResponseSchema.parse(body);
  const name = params.label ?? data.organization.name;
  return { title: cellMapTitle(name, lang), summary: cellMapSummary(data, lang, params.label), kinds: data.cells.map((cell) => cell.kind) };
}
