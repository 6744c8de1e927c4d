// The static image's query (/embed/{element}.svg and .png) for the embed contract (imageQuery: the
// builder, oEmbed, the iframe page), and the pin of a read, which the hosted loader uses too (widgets
// api-base.ts). No imports but a type, and a few hundred bytes: `pinOf` rides in the hosted loader, so
// it reads the tag's attributes as written and leaves checking them to the API.
import type { EmbedElement } from './embed-elements.ts';

/** The attributes an image depends on, as the tag writes them (null or undefined when absent), and how it is drawn. */
export interface ImageQueryAttributes {
  readonly org: string | null | undefined;
  readonly period?: string | null | undefined;
  readonly asOf?: string | null | undefined;
  readonly revision?: string | null | undefined;
  /** The element's `lang`: English for `en` or `en-…`, else Vietnamese. */
  readonly lang?: string | null | undefined;
  /** Drawn dark; light otherwise (an image cannot follow the reader). */
  readonly dark?: boolean | undefined;
  /** CSS pixels; left out unless within the renderer's 240–1600 (domain SVG_MIN_WIDTH, SVG_MAX_WIDTH), and rounded. */
  readonly width?: number | undefined;
  /** The title instead of the organisation's name, as written. */
  readonly label?: string | null | undefined;
}

/** How a read is pinned: to a revision, or to the figures as of a day; at most one of them. */
export interface Pin {
  readonly revision?: string;
  readonly asOf?: string;
}

/**
 * How an element's figures are pinned: a revision wins over a day (the API refuses both); the ranking
 * is pinned by day only, since each of its rows has revisions of its own. Empty when nothing pins them.
 *
 * @example pinOf('party-target-gauge', { org: 'muong-khuong', asOf: '2024-12-31', revision: '2' }) // { revision: '2' }
 * @example pinOf('party-target-ranking', { org: 'tinh-lao-cai', asOf: '2024-12-31', revision: '2' }) // { asOf: '2024-12-31' }
 */
export function pinOf(element: EmbedElement, a: ImageQueryAttributes): Pin {
  return a.revision && element !== 'party-target-ranking' ? { revision: a.revision } : a.asOf ? { asOf: a.asOf } : {};
}

/** The image query's parameters by name, in the order they are written; null, undefined and '' are left out. */
export type ImageQueryEntries = Readonly<Record<string, string | number | null | undefined>>;

/**
 * The query of an element's static image: its organisation and period (none for a map), its pin
 * (pinOf), then how it is drawn, the defaults left out (Vietnamese, light, the renderer's width), and
 * its title. A blank label comes out as '': no image can show an empty title, so none is asked for.
 *
 * @example imageQueryEntries('party-target-gauge', { org: 'muong-khuong', period: '2024', lang: 'en', width: 360, label: ' Na Đẩy ' })
 * // { org: 'muong-khuong', period: '2024', revision: undefined, 'as-of': undefined, lang: 'en', 'color-scheme': null, width: 360, label: 'Na Đẩy' }
 */
export function imageQueryEntries(element: EmbedElement, a: ImageQueryAttributes): ImageQueryEntries {
  const { revision, asOf } = pinOf(element, a);
  const width = a.width ?? 0;
  return {
    org: a.org,
    period: element === 'party-cell-map' ? null : a.period,
    revision,
    'as-of': asOf,
    // Absent, it reads 'undefined' or 'null': Vietnamese.
    lang: /^\s*en\b/i.test(`${a.lang}`) ? 'en' : null,
    'color-scheme': a.dark ? 'dark' : null,
    width: width >= 240 && width <= 1600 ? Math.round(width) : null,
    // The element's title, so the image shows what the element will. Trimmed, to find a blank one; the
    // API reads it as every form of the embed does (parseLabel: NFC too), so a label typed decomposed
    // gets the same image. Composing it here would cost the loader 13 B gzip and change no image.
    label: a.label?.trim(),
  };
}
