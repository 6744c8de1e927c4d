// Options every server-drawn SVG takes (language, theme, width) and their colours; knows nothing of figures.
import type { Lang } from '../locale.ts';

/** The colour schemes an image can be drawn in. An image cannot follow the reader's setting; the embed code picks one. */
export const SVG_THEMES = ['light', 'dark'] as const;
export type SvgTheme = (typeof SVG_THEMES)[number];

/** Narrowest and widest image, in px: a phone column up to a wide newsletter at 2×. */
export const SVG_MIN_WIDTH = 240;
export const SVG_MAX_WIDTH = 1600;

export interface SvgOptions {
  lang: Lang;
  /** 'light' by default. */
  theme?: SvgTheme;
  /** Width in px (the SVG's own size, `viewBox` included), between SVG_MIN_WIDTH and SVG_MAX_WIDTH. */
  width?: number;
  /**
   * Prefix of every id in the document (title, desc, patterns), so two images inlined in one page do
   * not share ids. Letters, digits, `-` and `_`, starting with a letter.
   */
  idPrefix?: string;
  /**
   * The journalist's title, drawn instead of the organisation's name in the heading and the accessible
   * name, as the element's `label` attribute is; escaped like every text. Absent: the organisation's name.
   */
  label?: string;
}

/** The colours of one theme: the elements' CSS custom properties' defaults, so image and element match. */
export interface SvgPalette {
  background: string;
  border: string;
  text: string;
  muted: string;
  value: string;
  overshoot: string;
  shortfall: string;
  track: string;
  /** The ink of stripes, hatching and dots drawn over a tile's colour. */
  patternInk: string;
}

/** Mirrors the `light-dark()` defaults of the elements' styles (packages/widgets). */
export const SVG_PALETTES: Readonly<Record<SvgTheme, SvgPalette>> = {
  light: {
    background: '#ffffff',
    border: '#d1d9e0',
    text: '#1f2328',
    muted: '#59636e',
    value: '#b3261e',
    overshoot: '#8a5a00',
    shortfall: '#59636e',
    track: '#eaeef2',
    patternInk: '#ffffff',
  },
  dark: {
    background: '#161b22',
    border: '#3d444d',
    text: '#e6edf3',
    muted: '#9198a1',
    value: '#ff8a80',
    overshoot: '#f2c063',
    shortfall: '#9198a1',
    track: '#2a313c',
    patternInk: '#ffffff',
  },
};

/**
 * Fonts named in the SVG: DejaVu Sans is what the PNG renderer bundles; Verdana shares its metrics
 * and Vietnamese coverage on most readers' systems.
 */
export const SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, 'Segoe UI', Roboto, Arial, sans-serif";

const ID_PREFIX = /^[A-Za-z][\w-]{0,40}$/;

/** Options with defaults applied and checked. @throws {RangeError} for a width or id prefix out of bounds. */
export function resolveSvgOptions(options: SvgOptions, defaults: { width: number; idPrefix: string }) {
  const width = options.width ?? defaults.width;
  if (!Number.isFinite(width) || width < SVG_MIN_WIDTH || width > SVG_MAX_WIDTH) {
    throw new RangeError(`width must be between ${SVG_MIN_WIDTH} and ${SVG_MAX_WIDTH} px, got ${width}`);
  }
  const idPrefix = options.idPrefix ?? defaults.idPrefix;
  if (!ID_PREFIX.test(idPrefix)) throw new RangeError(`idPrefix must be letters, digits, - or _, got ${JSON.stringify(idPrefix)}`);
  const theme = options.theme ?? 'light';
  return { lang: options.lang, width, idPrefix, theme, palette: SVG_PALETTES[theme] };
}
