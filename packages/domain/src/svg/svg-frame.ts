// The frame every server-drawn figure shares, as the elements draw it: title and subtitle, a source footer, and the SVG root with its text alternative. Knows nothing of gauges or maps.
import { formatDate } from '../format.ts';
import type { Lang } from '../locale.ts';
import { message } from '../messages.ts';
import { escapeXml, withoutForbiddenXml } from './escape-xml.ts';
import { SVG_FONT_FAMILY, type SvgPalette } from './svg-options.ts';
import { textWidth, wrapText, type TextFont } from './text-width.ts';

/** Inner spacing of the frame, the elements' default --chitieu-padding (1rem). */
export const PADDING = 16;
const LINE_HEIGHT = 1.3;

/** Coordinates in markup: two decimals at most, never `-0`. */
export function px(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

export interface TextStyle extends TextFont {
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  /** A `data-part` name on every line, for tests and for styling an inlined SVG. */
  part?: string;
}

/** Lines of text whose first line box starts at `top`; returns the markup and the height the lines take. */
export function textLines(lines: readonly string[], x: number, top: number, style: TextStyle): { markup: string; height: number } {
  const lineHeight = style.size * LINE_HEIGHT;
  // DejaVu's ascent plus half the leading puts the baseline about one font size below the line box's top.
  const markup = lines
    .map(
      (line, i) =>
        `<text${style.part ? ` data-part="${style.part}"` : ''} x="${px(x)}" y="${px(top + i * lineHeight + style.size)}" font-size="${px(style.size)}"` +
        `${style.weight && style.weight !== 400 ? ` font-weight="${style.weight}"` : ''} fill="${style.fill}"` +
        `${style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : ''}>${escapeXml(line)}</text>`,
    )
    .join('');
  return { markup, height: lines.length * lineHeight };
}

/**
 * Text as readers must see it: NFC, without characters XML cannot carry, one space between words.
 * No-break spaces stay: a source may hold words together with them.
 */
export function clean(text: string): string {
  return withoutForbiddenXml(text)
    .normalize('NFC')
    .replace(/[ \t\n\r\f\v]+/g, ' ')
    .trim();
}

/** The title (bold) and the subtitle (muted) at the top of the frame. */
export function heading(title: string, subtitle: string | null, width: number, palette: SvgPalette): { markup: string; height: number } {
  const inner = width - 2 * PADDING;
  const titleFont = { size: 17, weight: 700 };
  const t = textLines(wrapText(clean(title), inner, titleFont), PADDING, PADDING, { ...titleFont, fill: palette.text, part: 'title' });
  if (subtitle === null) return { markup: t.markup, height: t.height };
  const subtitleFont = { size: 14 };
  const s = textLines(wrapText(clean(subtitle), inner, subtitleFont), PADDING, PADDING + t.height + 2, {
    ...subtitleFont,
    fill: palette.muted,
    part: 'subtitle',
  });
  return { markup: t.markup + s.markup, height: t.height + 2 + s.height };
}

/** The credit line ("Nguồn: …") and the day the figures describe ("Cập nhật 31/12/2024"), muted, at `top`. */
export function footer(source: string, asOf: string | null, lang: Lang, width: number, top: number, palette: SvgPalette) {
  const inner = width - 2 * PADDING;
  const font = { size: 13 };
  const lines = wrapText(clean(source), inner, font);
  const updated = asOf === null ? null : `${message(lang, 'label.updated')} ${formatDate(asOf, lang)}`;
  const style = { ...font, fill: palette.muted, part: 'source' };
  const text = textLines(lines, PADDING, top, style);
  if (updated === null) return text;
  // Beside the source when it fits on the last line, as the elements' footer wraps.
  const last = lines.at(-1) ?? '';
  const gap = 16;
  const besideX = PADDING + textWidth(last, font) + gap;
  if (lines.length > 0 && besideX + textWidth(updated, font) <= width - PADDING) {
    const beside = textLines([updated], besideX, top + text.height - font.size * LINE_HEIGHT, { ...style, part: 'updated' });
    return { markup: text.markup + beside.markup, height: text.height };
  }
  const below = textLines([updated], PADDING, top + text.height, { ...style, part: 'updated' });
  return { markup: text.markup + below.markup, height: text.height + below.height };
}

export interface SvgDocument {
  width: number;
  height: number;
  lang: Lang;
  idPrefix: string;
  /** The accessible name: what the figure is about. */
  title: string;
  /** The text alternative: every figure the image shows, in sentences. */
  desc: string;
  palette: SvgPalette;
  defs?: string;
  body: string;
}

/**
 * The overshoot's stripes, as the gauge and the ranking draw the part of a bar past the target: the
 * `<pattern>` for `defs`, under the id `${idPrefix}-overshoot-stripes` that {@link overshootFill} names.
 */
export function overshootPattern(idPrefix: string, palette: SvgPalette): string {
  return (
    `<pattern id="${idPrefix}-overshoot-stripes" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${palette.overshoot}"/><rect width="2.5" height="6" fill="${palette.background}" fill-opacity="0.6"/></pattern>`
  );
}

/** The `fill` attribute that paints a shape with {@link overshootPattern}. */
export function overshootFill(idPrefix: string): string {
  return `fill="url(#${idPrefix}-overshoot-stripes)"`;
}

/**
 * The standalone SVG document: `role="img"` named by its `<title>` and described by its `<desc>`, so
 * inlined or opened on its own it reads as one image with a text alternative; a bordered background
 * like the elements'.
 */
export function svgDocument(doc: SvgDocument): string {
  const { width, idPrefix, palette } = doc;
  // Whole pixels, so a PNG of the same size has no half-covered last row.
  const height = Math.ceil(doc.height);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}"` +
    ` role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" lang="${doc.lang}" xml:lang="${doc.lang}"` +
    ` font-family="${escapeXml(SVG_FONT_FAMILY)}">` +
    `<title id="${titleId}">${escapeXml(clean(doc.title))}</title>` +
    `<desc id="${descId}">${escapeXml(clean(doc.desc))}</desc>` +
    (doc.defs ? `<defs>${doc.defs}</defs>` : '') +
    `<rect x="0.5" y="0.5" width="${px(width - 1)}" height="${px(height - 1)}" rx="8" fill="${palette.background}" stroke="${palette.border}"/>` +
    doc.body +
    `</svg>`
  );
}
