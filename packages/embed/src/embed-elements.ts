// The elements an embed can show, and everything every consumer needs to know of each: the site's
// builder and codes, the API's iframe pages, images and oEmbed, the render Worker and the hosted
// script all read this one registry. Knows nothing of the DOM or of HTTP.
import { CELL_MAP_SVG_DEFAULT_WIDTH, GAUGE_SVG_DEFAULT_WIDTH, RANKING_SVG_DEFAULT_WIDTH } from '@chitieu/domain';
import { EMBED_ELEMENTS, RESERVED_HEIGHTS, type EmbedElement } from './reserved-heights.ts';

export { EMBED_ELEMENTS, RESERVED_HEIGHTS, type EmbedElement };

/** Every parameter of an embed: the tag's attribute and the iframe page's query parameter of the same name, in the order they are written. */
export const EMBED_PARAM_NAMES = ['org', 'period', 'revision', 'as-of', 'sort', 'highlight', 'lang', 'color-scheme', 'theme', 'label'] as const;
export type EmbedParamName = (typeof EMBED_PARAM_NAMES)[number];

/** What the contract says of one element. */
export interface EmbedElementSpec {
  /** Width an iframe embed or oEmbed answer starts at when the consumer states none, in CSS pixels. */
  readonly defaultWidth: number;
  /**
   * Height the element keeps while its figures load (a CSS length): what the hosted script reserves
   * before the element is defined and the element's own default min-height, so nothing below moves.
   */
  readonly reservedHeight: string;
  /** Width of its static image (/embed/{tag}.svg, .png) when none is asked for, in px. */
  readonly imageWidth: number;
  /**
   * The parameters it takes: a map has no `period` (it is pinned by `as-of`); `sort` and `highlight`
   * are the ranking's; a ranking is pinned by `as-of` only, since its rows each have revisions of their own.
   */
  readonly params: readonly EmbedParamName[];
  /** Whether a reporting period must be given. */
  readonly needsPeriod: boolean;
}

/** The registry: one entry per element. */
export const EMBED_ELEMENT_SPECS: Readonly<Record<EmbedElement, EmbedElementSpec>> = {
  'party-target-gauge': {
    defaultWidth: 400,
    reservedHeight: RESERVED_HEIGHTS['party-target-gauge'],
    imageWidth: GAUGE_SVG_DEFAULT_WIDTH,
    params: ['org', 'period', 'revision', 'as-of', 'lang', 'color-scheme', 'theme', 'label'],
    needsPeriod: true,
  },
  'party-cell-map': {
    defaultWidth: 640,
    reservedHeight: RESERVED_HEIGHTS['party-cell-map'],
    imageWidth: CELL_MAP_SVG_DEFAULT_WIDTH,
    params: ['org', 'revision', 'as-of', 'lang', 'color-scheme', 'theme', 'label'],
    needsPeriod: false,
  },
  'party-target-ranking': {
    defaultWidth: 640,
    reservedHeight: RESERVED_HEIGHTS['party-target-ranking'],
    imageWidth: RANKING_SVG_DEFAULT_WIDTH,
    params: ['org', 'period', 'as-of', 'sort', 'highlight', 'lang', 'color-scheme', 'theme', 'label'],
    needsPeriod: true,
  },
};

/** The narrowest an embed is drawn, in CSS pixels. */
export const MIN_EMBED_WIDTH = 280;

/** Whether `value` names an element. */
export function isEmbedElement(value: string): value is EmbedElement {
  return (EMBED_ELEMENTS as readonly string[]).includes(value);
}
