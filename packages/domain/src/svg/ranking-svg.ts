// The ranking of subordinate organisations as a standalone SVG, drawn from the same bars, order and
// words as <party-target-ranking>; knows nothing of HTTP or the DOM.
import { sourceLine } from '../format.ts';
import { admissionValueText } from '../gauge-text.ts';
import { rankingMessage } from '../ranking-messages.ts';
import { periodLabel } from '../period-label.ts';
import { rankingBars, type BarSpan } from '../ranking-bars.ts';
import { rankSubordinates } from '../ranking-order.ts';
import { rankingFiguresText, rankingOutcomeText, rankingTotalsText } from '../ranking-text.ts';
import { distinctSources } from '../source-identity.ts';
import type { SubordinateAdmissionsResponse } from '../subordinate-admissions.ts';
import { clean, footer, heading, overshootFill, overshootPattern, PADDING, px, svgDocument, textLines } from './svg-frame.ts';
import { resolveSvgOptions, type SvgOptions } from './svg-options.ts';
import { textWidth, wrapText } from './text-width.ts';

/** Width of a ranking image unless asked otherwise: a newsletter column, as the map's. */
export const RANKING_SVG_DEFAULT_WIDTH = 600;

const NAME_FONT = { size: 14, weight: 600 };
const FIGURES_FONT = { size: 14, weight: 700 };
const OUTCOME_FONT = { size: 13 };
const HEADER_FONT = { size: 14 };
const BAR_HEIGHT = 12;
const ROW_GAP = 10;

/**
 * A ranking as an SVG document, for `<img>`, newsletters and the PNG renderer: the parent's name and
 * period, its own total, the subordinates' sum and the difference in words, then one row per
 * subordinate in the element's default order (percentage of target): name, admitted/target, a bar
 * up to the target with the overshoot striped and the shortfall dashed, the target as a tick (a range
 * as a band), and the outcome in words; a subordinate without figures says so and has no bar.
 * `<title>` and `<desc>` carry every row as text.
 *
 * @throws {RangeError} for a width or id prefix out of bounds (see SvgOptions).
 * @example renderRankingSvg(response, { lang: 'vi', width: 600 }) // '<svg … role="img" …>…chưa có số liệu…</svg>'
 */
export function renderRankingSvg(data: SubordinateAdmissionsResponse, options: SvgOptions): string {
  const { lang, width, idPrefix, palette } = resolveSvgOptions(options, { width: RANKING_SVG_DEFAULT_WIDTH, idPrefix: 'chitieu-ranking' });
  // What the element titles itself: the journalist's label, else the organisation's name.
  const title = options.label ?? data.organization.name;
  const inner = width - 2 * PADDING;
  const subtitle = periodLabel(data.period, lang);
  const head = heading(title, subtitle, width, palette);
  let y = PADDING + head.height + 8;
  let body = head.markup;

  const totals = rankingTotalsText({ total: data.total, sum: data.sum, difference: data.difference }, lang);
  const headerLines: Array<[string, string, number]> = [];
  if (totals.total) headerLines.push([totals.total, 'total', 700]);
  if (totals.sum) headerLines.push([totals.sum, 'sum', 400]);
  for (const difference of totals.differences) headerLines.push([difference, 'difference', 700]);
  if (data.subordinates.length === 0) headerLines.push([rankingMessage(lang, 'ranking.none'), 'none', 400]);
  for (const [text, part, weight] of headerLines) {
    const font = { ...HEADER_FONT, weight };
    const lines = textLines(wrapText(clean(text), inner, font), PADDING, y, { ...font, fill: part === 'sum' ? palette.muted : palette.text, part });
    body += lines.markup;
    y += lines.height + 4;
  }
  y += 8;

  const rows = rankSubordinates(data.subordinates, 'percent', lang);
  const { bars } = rankingBars(rows.map((row) => row.admissions));
  const rect = (span: BarSpan, top: number, height: number, paint: string, part: string) =>
    `<rect data-part="${part}" x="${px(PADDING + span.from * inner)}" y="${px(top)}" width="${px((span.to - span.from) * inner)}" height="${px(height)}" ${paint}/>`;
  rows.forEach((row, i) => {
    const figures = rankingFiguresText(row.admissions, lang);
    const figuresWidth = figures === null ? 0 : textWidth(figures, FIGURES_FONT) + 12;
    const name = textLines(wrapText(clean(row.organization.name), inner - figuresWidth, NAME_FONT), PADDING, y, {
      ...NAME_FONT,
      fill: palette.text,
      part: 'name',
    });
    body += `<g data-part="row" data-slug="${clean(row.organization.slug)}">${name.markup}`;
    if (figures !== null) body += textLines([figures], width - PADDING, y, { ...FIGURES_FONT, fill: palette.text, anchor: 'end', part: 'figures' }).markup;
    y += name.height + 4;
    const bar = bars[i];
    if (bar) {
      body += rect({ from: 0, to: 1 }, y, BAR_HEIGHT, `fill="${palette.track}"`, 'track');
      if (bar.targetBand) body += rect(bar.targetBand, y - 4, 3, `fill="${palette.text}"`, 'target-band');
      body += rect(bar.value, y, BAR_HEIGHT, `fill="${palette.value}"`, 'value');
      if (bar.overshoot) body += rect(bar.overshoot, y, BAR_HEIGHT, overshootFill(idPrefix), 'overshoot');
      if (bar.shortfall) {
        body += rect(
          bar.shortfall,
          y + 0.75,
          BAR_HEIGHT - 1.5,
          `fill="${palette.shortfall}" fill-opacity="0.25" stroke="${palette.shortfall}" stroke-width="1.5" stroke-dasharray="4 3"`,
          'shortfall',
        );
      }
      if (bar.targetTick !== null) {
        const x = px(PADDING + bar.targetTick * inner);
        body += `<line data-part="target" x1="${x}" y1="${px(y - 4)}" x2="${x}" y2="${px(y + BAR_HEIGHT + 4)}" stroke="${palette.text}" stroke-width="2.5" stroke-linecap="round"/>`;
      }
      y += BAR_HEIGHT + 4;
    }
    const outcome = textLines(wrapText(rankingOutcomeText(row.admissions, lang), inner, OUTCOME_FONT), PADDING, y, {
      ...OUTCOME_FONT,
      fill: palette.muted,
      part: row.admissions === null ? 'no-figures' : 'outcome',
    });
    body += `${outcome.markup}</g>`;
    y += outcome.height + ROW_GAP;
  });

  const records = [data.total, ...data.subordinates.map((row) => row.admissions)].flatMap((read) => (read ? [read] : []));
  const source = sourceLine(distinctSources(records.flatMap((read) => read.sources)), lang);
  const asOf = data.asOf ?? records.map((read) => read.asOf).reduce<string | null>((latest, day) => (latest === null || day > latest ? day : latest), null);
  const foot = footer(source, asOf, lang, width, y + 4, palette);
  body += foot.markup;
  const height = y + 4 + foot.height + PADDING;

  const desc = [
    ...[totals.total, totals.sum, ...totals.differences].filter((line): line is string => line !== null),
    ...rows.map((row) =>
      rankingMessage(lang, 'ranking.row', {
        name: row.organization.name,
        figures: row.admissions ? admissionValueText(row.admissions, lang) : rankingMessage(lang, 'ranking.noFigures'),
      }),
    ),
    source,
  ].map((line) => `${line}.`);

  const defs = overshootPattern(idPrefix, palette);

  return svgDocument({
    width,
    height,
    lang,
    idPrefix,
    title: [clean(title), subtitle, rankingMessage(lang, 'ranking.rows', { count: data.subordinates.length })].filter(Boolean).join(' · '),
    desc: desc.join(' '),
    palette,
    defs,
    body,
  });
}
