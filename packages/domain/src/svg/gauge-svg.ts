// The target gauge as a standalone SVG, drawn from the same geometry and words as <party-target-gauge>; knows nothing of HTTP or the DOM.
import type { AdmissionResponse } from '../admission.ts';
import { formatDate, formatNumber, formatTarget, sourceLine } from '../format.ts';
import { admissionValueText, deltaSentence, targetPercent } from '../gauge-text.ts';
import { gaugeGeometry, type GaugeArcKind } from '../gauge-geometry.ts';
import { message } from '../messages.ts';
import { periodLabel } from '../period-label.ts';
import { clean, footer, heading, overshootFill, overshootPattern, PADDING, px, svgDocument, textLines } from './svg-frame.ts';
import { resolveSvgOptions, type SvgOptions, type SvgPalette } from './svg-options.ts';
import { textWidth, wrapText } from './text-width.ts';

/** Width of a gauge image unless asked otherwise: the element in a phone column. */
export const GAUGE_SVG_DEFAULT_WIDTH = 360;
/** The dial never grows past the element's (18rem), however wide the image. */
const DIAL_MAX_WIDTH = 288;
const VALUE_FONT = { size: 44, weight: 800 };

function arcPaint(kind: GaugeArcKind, palette: SvgPalette, idPrefix: string): string {
  switch (kind) {
    case 'track':
      return `fill="${palette.track}"`;
    case 'value':
      return `fill="${palette.value}"`;
    case 'overshoot':
      return overshootFill(idPrefix);
    case 'shortfall':
      return `fill="${palette.shortfall}" fill-opacity="0.25" stroke="${palette.shortfall}" stroke-width="1.5" stroke-dasharray="4 3"`;
    case 'targetRange':
      return `fill="${palette.text}"`;
  }
}

/**
 * An admissions gauge as an SVG document, for `<img>`, newsletters and the PNG renderer: the title,
 * the period, the semicircle with the value arc, the overshoot (striped) or shortfall (dashed) band
 * and the target tick, the achieved number, the overshoot or shortfall in words, the target line and
 * the source footer, as the element shows them. `<title>` and `<desc>` carry the figures as text.
 * Every value comes from the response; every text is escaped.
 *
 * @throws {RangeError} for a width or id prefix out of bounds (see SvgOptions).
 * @example
 * const svg = renderGaugeSvg(response, { lang: 'vi', theme: 'light', width: 360 });
 * // '<svg xmlns="http://www.w3.org/2000/svg" width="360" … role="img" …>…53…vượt 33 so với chỉ tiêu…</svg>'
 */
export function renderGaugeSvg(data: AdmissionResponse, options: SvgOptions): string {
  const { lang, width, idPrefix, palette } = resolveSvgOptions(options, { width: GAUGE_SVG_DEFAULT_WIDTH, idPrefix: 'chitieu-gauge' });
  // What the element titles itself: the journalist's label, else the organisation's name.
  const title = options.label ?? data.organization.name;
  const inner = width - 2 * PADDING;
  const subtitle = periodLabel(data.period, lang);
  const head = heading(title, subtitle, width, palette);
  let y = PADDING + head.height + 12;

  const g = gaugeGeometry({ value: data.admitted, target: data.target });
  const dialWidth = Math.min(inner, DIAL_MAX_WIDTH);
  const scale = dialWidth / g.width;
  const dialHeight = g.height * scale;
  const dialX = (width - dialWidth) / 2;
  const arcs = g.arcs.map((arc) => `<path data-arc="${arc.kind}" d="${arc.d}" ${arcPaint(arc.kind, palette, idPrefix)}/>`).join('');
  const tick = g.targetTick
    ? `<line data-part="target" x1="${px(g.targetTick.x1)}" y1="${px(g.targetTick.y1)}" x2="${px(g.targetTick.x2)}" y2="${px(g.targetTick.y2)}"` +
      ` stroke="${palette.text}" stroke-width="3" stroke-linecap="round"/>`
    : '';
  const dial =
    `<svg data-part="dial" x="${px(dialX)}" y="${px(y)}" width="${px(dialWidth)}" height="${px(dialHeight)}"` +
    ` viewBox="0 0 ${px(g.width)} ${px(g.height)}">${arcs}${tick}</svg>`;

  // The reading sits in the dial's hollow, as the element's does; a long number shrinks to stay inside it.
  const value = formatNumber(data.admitted, lang);
  const hollow = (g.radius - g.thickness) * scale;
  const valueSize = Math.min(VALUE_FONT.size * Math.min(1, dialWidth / DIAL_MAX_WIDTH), (1.7 * hollow) / textWidth(value, { ...VALUE_FONT, size: 1 }));
  const centre = width / 2;
  const dialBottom = y + dialHeight;
  const valueText = textLines([value], centre, dialBottom - valueSize * 1.02, {
    ...VALUE_FONT,
    size: valueSize,
    fill: palette.text,
    anchor: 'middle',
    part: 'value',
  });
  const labelSize = 13;
  const label = textLines([message(lang, 'label.admitted')], centre, dialBottom - valueSize * 0.75 - 8 - labelSize * 1.3, {
    size: labelSize,
    fill: palette.muted,
    anchor: 'middle',
    part: 'reading-label',
  });
  y = dialBottom;

  const p = data.progress;
  let sentences = '';
  if (p) {
    const deltaFont = { size: 16, weight: 700 };
    const delta = textLines(wrapText(deltaSentence(p, lang), inner, deltaFont), centre, y + 12, {
      ...deltaFont,
      fill: palette.text,
      anchor: 'middle',
      part: 'delta',
    });
    y += 12 + delta.height;
    sentences += delta.markup;
  }
  if (data.target) {
    const shown = targetPercent(p, lang);
    const percent = shown === null ? null : message(lang, 'admission.ratio', { percent: shown });
    const targetLine = [`${message(lang, 'label.target')}: ${formatTarget(data.target, lang)}`, percent].filter(Boolean).join(' ');
    const targetFont = { size: 14 };
    const line = textLines(wrapText(targetLine, inner, targetFont), centre, y, { ...targetFont, fill: palette.muted, anchor: 'middle', part: 'target-line' });
    y += line.height;
    sentences += line.markup;
  }

  const source = sourceLine(data.sources, lang);
  const foot = footer(source, data.asOf, lang, width, y + 12, palette);
  const height = y + 12 + foot.height + PADDING;

  const desc = [`${admissionValueText({ admitted: data.admitted, target: data.target }, lang)}.`];
  if (data.termToDate) {
    const term = periodLabel(data.termToDate.term, lang) ?? data.termToDate.term;
    desc.push(`${message(lang, 'label.termToDate')} (${term}): ${formatNumber(data.termToDate.admitted, lang)}.`);
  }
  if (data.totalMembers !== null) desc.push(`${message(lang, 'label.totalMembers')}: ${formatNumber(data.totalMembers, lang)}.`);
  desc.push(`${source}.`, `${message(lang, 'label.updated')} ${formatDate(data.asOf, lang)}.`);

  const defs = overshootPattern(idPrefix, palette);

  return svgDocument({
    width,
    height,
    lang,
    idPrefix,
    title: [clean(title), subtitle].filter(Boolean).join(' · '),
    desc: desc.join(' '),
    palette,
    defs,
    body: head.markup + dial + label.markup + valueText.markup + sentences + foot.markup,
  });
}
