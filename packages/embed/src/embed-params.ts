// What an embed shows, in the three forms a journalist can paste: the tag's attributes, the iframe
// page's query (the same names), and the static image's query (a subset). Knows nothing of the DOM
// or of HTTP; the API's /embed pages and images and the builder all read and write embeds through it.
import {
  isIsoDate,
  LANGS,
  MAX_SLUG_LENGTH,
  parsePeriod,
  parseRevision,
  RANKING_SORTS,
  resolveLang,
  SLUG_PATTERN,
  type Lang,
  type RankingSort,
} from '@chitieu/domain';
import { EMBED_ELEMENT_SPECS, EMBED_PARAM_NAMES, type EmbedElement } from './embed-elements.ts';
import { imageQueryEntries } from './image-query.ts';
import { NEWSROOM_THEMES, type NewsroomThemeId } from './themes.ts';

/** The element's own `color-scheme` values. */
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export interface EmbedParams {
  readonly element: EmbedElement;
  readonly org: string;
  /** Gauge and ranking: `2024` or `2020-2025`. */
  readonly period: string | null;
  /** A pin: the latest figures as of this day (map: the census date), or null for live figures. */
  readonly asOf: string | null;
  /**
   * A pin: exactly this revision of the figures (1, 2, …), as a published article keeps the numbers it
   * was written with; null (or absent) for live figures. Never given with `asOf`.
   */
  readonly revision?: number | null;
  readonly lang: Lang;
  readonly colorScheme: ColorScheme;
  /** A newsroom look (fonts, colours) on top of the colour scheme. */
  readonly theme: NewsroomThemeId | null;
  /** Title instead of the organisation's name. */
  readonly label: string | null;
  /** Ranking only: its order when not the default (percentage of target); null or absent for the default. */
  readonly sort?: RankingSort | null;
  /** Ranking only: the slug of the subordinate the article is about, marked in the chart; null or absent for none. */
  readonly highlight?: string | null;
}

/** The longest title a journalist may give instead of the organisation's name. */
export const MAX_LABEL_LENGTH = 200;

// Control characters (tab, line breaks and the rest): none belongs in a one-line title, and XML cannot carry most of them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** What a `label` must be, in the words of every place that refuses one (embed page, images, render Worker). */
export const LABEL_RULE = `must be a title of 1 to ${MAX_LABEL_LENGTH} characters, without control characters`;

/**
 * The title a journalist's `label` gives in every form of the embed, the element's and the images'
 * alike: Unicode NFC (Vietnamese typed decomposed reads as the same letters), trimmed; null when absent
 * or blank (the organisation's name then). Unchecked: parseLabel also checks its length and characters.
 *
 * @example normalizeLabel(' Mu\u031Bo\u031B\u0300ng Khu\u031Bo\u031Bng ') // 'Mường Khương'
 */
export function normalizeLabel(raw: string | null | undefined): string | null {
  return raw?.normalize('NFC').trim() || null;
}

/**
 * A journalist's title as every form of the embed shows it (normalizeLabel): NFC, trimmed; null when it is empty, longer
 * than MAX_LABEL_LENGTH or holds a control character. The embed page and the images read it alike, so an
 * embed code the builder writes never carries an image the image route refuses.
 *
 * @example parseLabel(' Na Đẩy ') // 'Na Đẩy'
 * @example parseLabel('   ') // null
 */
export function parseLabel(raw: string): string | null {
  const label = normalizeLabel(raw);
  return label === null || label.length > MAX_LABEL_LENGTH || CONTROL.test(label) ? null : label;
}

/**
 * Reads an embed page's query. Returns the reason as a sentence for the journalist when it cannot be
 * used: an unknown parameter is refused rather than ignored, so a typo shows up in the preview.
 *
 * @example parseEmbedQuery('party-target-gauge', new URLSearchParams('org=muong-khuong&period=2024'))
 */
export function parseEmbedQuery(element: EmbedElement, query: URLSearchParams): EmbedParams | { error: string } {
  for (const name of new Set(query.keys())) {
    if (!(EMBED_PARAM_NAMES as readonly string[]).includes(name)) return { error: `unknown parameter "${name}"; use ${EMBED_PARAM_NAMES.join(', ')}` };
    if (query.getAll(name).length > 1) return { error: `"${name}" is given more than once` };
  }
  const org = query.get('org') ?? '';
  if (org.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(org)) return { error: 'org must be an organisation slug such as muong-khuong' };
  const period = query.get('period');
  const spec = EMBED_ELEMENT_SPECS[element];
  if (spec.needsPeriod && (period === null || parsePeriod(period) === null)) {
    return { error: 'period must be a year such as 2024 or a term such as 2020-2025' };
  }
  if (!spec.params.includes('period') && period !== null) return { error: 'a cell map has no period; use as-of for a census date' };
  for (const name of new Set(query.keys())) {
    if (!(spec.params as readonly string[]).includes(name)) return { error: `"${name}" is not a parameter of ${element}; it takes ${spec.params.join(', ')}` };
  }
  const sort = query.get('sort');
  if (sort !== null && !(RANKING_SORTS as readonly string[]).includes(sort)) return { error: `sort must be one of ${RANKING_SORTS.join(', ')}` };
  const highlight = query.get('highlight');
  if (highlight !== null && (highlight.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(highlight))) {
    return { error: 'highlight must be the slug of a subordinate organisation, such as huyen-bat-xat' };
  }
  const asOf = query.get('as-of');
  if (asOf !== null && !isIsoDate(asOf)) return { error: 'as-of must be a date written YYYY-MM-DD' };
  const revision = query.get('revision');
  if (revision !== null && parseRevision(revision) === null) return { error: 'revision must be a whole number from 1, such as 1' };
  if (revision !== null && asOf !== null) return { error: 'give revision or as-of, not both' };
  const lang = query.get('lang');
  if (lang !== null && !(LANGS as readonly string[]).includes(lang)) return { error: `lang must be one of ${LANGS.join(', ')}` };
  const colorScheme = query.get('color-scheme') ?? 'auto';
  if (!(COLOR_SCHEMES as readonly string[]).includes(colorScheme)) return { error: `color-scheme must be one of ${COLOR_SCHEMES.join(', ')}` };
  const theme = query.get('theme');
  if (theme !== null && !Object.hasOwn(NEWSROOM_THEMES, theme)) return { error: `theme must be one of ${Object.keys(NEWSROOM_THEMES).join(', ')}` };
  const rawLabel = query.get('label');
  const label = rawLabel === null ? null : parseLabel(rawLabel);
  if (rawLabel !== null && label === null) return { error: `label ${LABEL_RULE}` };
  return {
    element,
    org,
    period: spec.needsPeriod ? period : null,
    asOf,
    revision: revision === null ? null : Number(revision),
    lang: resolveLang(lang),
    colorScheme: colorScheme as ColorScheme,
    theme: theme as NewsroomThemeId | null,
    label,
    ...(spec.params.includes('sort') ? { sort: sort === null || sort === 'percent' ? null : (sort as RankingSort), highlight } : {}),
  };
}

/** The query of the embed page for `params`; defaults (Vietnamese, automatic colours) are left out. */
export function embedQuery(params: EmbedParams): URLSearchParams {
  const query = new URLSearchParams({ org: params.org });
  if (params.period !== null) query.set('period', params.period);
  if ((params.revision ?? null) !== null) query.set('revision', String(params.revision));
  if (params.asOf !== null) query.set('as-of', params.asOf);
  if ((params.sort ?? null) !== null) query.set('sort', params.sort!);
  if ((params.highlight ?? null) !== null) query.set('highlight', params.highlight!);
  if (params.lang !== 'vi') query.set('lang', params.lang);
  if (params.colorScheme !== 'auto') query.set('color-scheme', params.colorScheme);
  if (params.theme !== null) query.set('theme', params.theme);
  if (params.label !== null) query.set('label', params.label);
  return query;
}

/** The element's attributes for `params`, in the order they are written; defaults are left out. */
export function tagAttributes(params: EmbedParams): Array<readonly [string, string]> {
  return [...embedQuery(params)].filter(([name]) => name !== 'theme');
}

/** The colour scheme an image is drawn in: an image cannot follow the reader, so `auto` is light. */
export function imageColorScheme(params: EmbedParams): 'light' | 'dark' {
  if (params.theme !== null) return NEWSROOM_THEMES[params.theme].colorScheme;
  return params.colorScheme === 'dark' ? 'dark' : 'light';
}

/** The query of the static image (/embed/{element}.svg or .png) that shows what `params` shows, pinned as it is, under its `label`. */
export function imageQuery(params: EmbedParams, width?: number): URLSearchParams {
  const query = new URLSearchParams();
  // The image's parameters as image-query.ts writes them.
  const entries = imageQueryEntries(params.element, {
    org: params.org,
    period: params.period,
    revision: (params.revision ?? null) === null ? null : String(params.revision),
    asOf: params.asOf,
    lang: params.lang,
    dark: imageColorScheme(params) === 'dark',
    width,
    label: params.label,
  });
  for (const [name, value] of Object.entries(entries)) if (value) query.set(name, String(value));
  return query;
}
