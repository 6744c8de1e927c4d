// The cell-committee status map as a standalone SVG, drawn from the same layout, colours and patterns as <party-cell-map>; knows nothing of HTTP or the DOM.
import type { CellKind, CellsResponse, CommitteeStatus } from '../cell.ts';
import { formatDate, sourceLine } from '../format.ts';
import { cellDisplayName, cellKindLabel, committeeStatusLabel } from '../map-messages.ts';
import { message } from '../messages.ts';
import { countStatuses } from '../status-counts.ts';
import { STATUS_ORDER, statusColor, statusPattern, tileLayout, type StatusPattern } from '../tile-layout.ts';
import { escapeXml } from './escape-xml.ts';
import { periodLabel } from '../period-label.ts';
import { clean, footer, heading, PADDING, px, svgDocument, textLines } from './svg-frame.ts';
import { resolveSvgOptions, type SvgOptions, type SvgPalette } from './svg-options.ts';
import { textWidth, wrapText } from './text-width.ts';

/** Width of a map image unless asked otherwise: a newsletter column. */
export const CELL_MAP_SVG_DEFAULT_WIDTH = 600;

const HEADING_FONT = { size: 13, weight: 600 };
const LEGEND_FONT = { size: 14 };
const SWATCH = 16;

function patternMarks(pattern: StatusPattern, ink: string): string {
  switch (pattern) {
    case 'stripes':
      return `<rect width="3" height="8" fill="${ink}" fill-opacity="0.8"/>`;
    case 'cross':
      return `<path d="M0 0L8 8M8 0L0 8" stroke="${ink}" stroke-opacity="0.8" stroke-width="1.5"/>`;
    case 'dots':
      return `<circle cx="4" cy="4" r="1.75" fill="${ink}" fill-opacity="0.8"/>`;
    case 'solid':
    case 'outline':
      return '';
  }
}

/** One pattern per status, as the element defines them: the status colour, and marks so colour is never the only cue. */
function patternDefs(idPrefix: string, palette: SvgPalette): string {
  return STATUS_ORDER.map((status) => {
    const pattern = statusPattern(status);
    return (
      `<pattern id="${idPrefix}-pattern-${status}" data-pattern="${pattern}" patternUnits="userSpaceOnUse" width="8" height="8"` +
      `${pattern === 'stripes' ? ' patternTransform="rotate(45)"' : ''}>` +
      `<rect width="8" height="8" fill="${statusColor(status)}"/>${patternMarks(pattern, palette.patternInk)}</pattern>`
    );
  }).join('');
}

/** A tile or swatch filled with its status pattern; `outline` (unknown) is inset and dashed, so it shows on white. */
function statusRect(status: CommitteeStatus, size: number, idPrefix: string, palette: SvgPalette, radius: number): string {
  const outline = statusPattern(status) === 'outline';
  const inset = outline ? 1 : 0;
  return (
    `<rect x="${inset}" y="${inset}" width="${px(size - 2 * inset)}" height="${px(size - 2 * inset)}" rx="${radius}" fill="url(#${idPrefix}-pattern-${status})"` +
    `${outline ? ` stroke="${palette.text}" stroke-width="1.5" stroke-dasharray="3 2"` : ''}/>`
  );
}

/**
 * A cell-committee status map as an SVG document, for `<img>`, newsletters and the PNG renderer:
 * the title, term and number of cells, every cell as a tile grouped by kind (with a heading and
 * count per group), coloured and patterned by status exactly as the element draws it, a legend that
 * counts each status, and the source footer. Each tile carries a `<title>` with the cell's name and
 * status; `<desc>` lists the counts and every named cell by status. Unnamed cells stay unnamed.
 *
 * @throws {RangeError} for a width or id prefix out of bounds (see SvgOptions).
 * @example
 * const svg = renderCellMapSvg(response, { lang: 'vi', width: 600 });
 * // '<svg … role="img" …>…Thành lập trong nhiệm kỳ: 5…</svg>'
 */
export function renderCellMapSvg(data: CellsResponse, options: SvgOptions): string {
  const { lang, width, idPrefix, palette } = resolveSvgOptions(options, { width: CELL_MAP_SVG_DEFAULT_WIDTH, idPrefix: 'chitieu-cell-map' });
  // What the element titles itself: the journalist's label, else the organisation's name.
  const title = options.label ?? data.organization.name;
  const inner = width - 2 * PADDING;
  const term = data.term === null ? null : periodLabel(data.term, lang);
  const subtitle = [term, message(lang, 'cell.count', { count: data.cells.length })].filter(Boolean).join(' · ');
  const head = heading(title, subtitle, width, palette);
  let y = PADDING + head.height + 12;
  let body = head.markup;

  // Group headings may wrap in a narrow image; every group gets room for the tallest.
  const kinds = new Map<CellKind, number>();
  for (const cell of data.cells) kinds.set(cell.kind, (kinds.get(cell.kind) ?? 0) + 1);
  const headings = new Map(
    [...kinds].map(([kind, count]) => [kind, wrapText(`${cellKindLabel(kind, lang)} · ${message(lang, 'cell.count', { count })}`, inner, HEADING_FONT)]),
  );
  const headingHeight = Math.max(1, ...[...headings.values()].map((lines) => lines.length)) * HEADING_FONT.size * 1.3 + 6;
  const layout = tileLayout(data.cells, { width: inner, headerHeight: headingHeight, groupGap: 16 });
  const named = new Map<CommitteeStatus, string[]>(STATUS_ORDER.map((status) => [status, []]));

  for (const group of layout.groups) {
    const lines = headings.get(group.kind) ?? [];
    body += textLines(lines, PADDING, y + group.y, { ...HEADING_FONT, fill: palette.muted, part: 'group-heading' }).markup;
    const unnamed = group.tiles.filter((t) => t.cell.name === null).length;
    let ordinal = 0;
    for (const tile of group.tiles) {
      const { cell } = tile;
      const name = cellDisplayName(cell, lang, cell.name === null && unnamed > 1 ? ++ordinal : undefined);
      if (cell.name !== null) named.get(cell.committee)?.push(clean(name));
      body +=
        `<g data-part="tile" data-status="${cell.committee}" data-pattern="${statusPattern(cell.committee)}"` +
        ` transform="translate(${px(PADDING + tile.x)} ${px(y + tile.y)})">` +
        `<title>${escapeXml(clean(`${name}: ${committeeStatusLabel(cell.committee, lang)}`))}</title>` +
        `${statusRect(cell.committee, tile.size, idPrefix, palette, 3)}</g>`;
    }
  }
  if (layout.groups.length === 0) {
    const empty = textLines([message(lang, 'state.empty')], PADDING, y, { size: 14, fill: palette.muted, part: 'empty' });
    body += empty.markup;
    y += empty.height;
  } else {
    y += layout.height;
  }

  // The legend: a title, then one swatch and "label: count" per status, flowing in rows.
  y += 16;
  const legendTitle = textLines([message(lang, 'legend.title')], PADDING, y, { ...HEADING_FONT, fill: palette.text, part: 'legend-title' });
  body += legendTitle.markup;
  y += legendTitle.height + 6;
  const counts = countStatuses(data.cells);
  const lineHeight = LEGEND_FONT.size * 1.3;
  let x = PADDING;
  let rowHeight = 0;
  for (const status of STATUS_ORDER) {
    const text = message(lang, 'legend.item', { label: committeeStatusLabel(status, lang), count: counts[status] });
    const lines = wrapText(text, inner - SWATCH - 6, LEGEND_FONT);
    const itemWidth = SWATCH + 6 + Math.max(...lines.map((line) => textWidth(line, LEGEND_FONT)));
    if (x > PADDING && x + itemWidth > width - PADDING) {
      y += rowHeight + 6;
      x = PADDING;
      rowHeight = 0;
    }
    body +=
      `<g data-part="legend-item" data-status="${status}"><g transform="translate(${px(x)} ${px(y + (lineHeight - SWATCH) / 2)})">` +
      `${statusRect(status, SWATCH, idPrefix, palette, 2)}</g>` +
      `${textLines(lines, x + SWATCH + 6, y, { ...LEGEND_FONT, fill: palette.text }).markup}</g>`;
    x += itemWidth + 16;
    rowHeight = Math.max(rowHeight, lines.length * lineHeight);
  }
  y += rowHeight;

  const source = sourceLine(data.sources, lang);
  const foot = footer(source, data.asOf, lang, width, y + 12, palette);
  body += foot.markup;
  const height = y + 12 + foot.height + PADDING;

  const statuses = STATUS_ORDER.map((status) => {
    const names = named.get(status) ?? [];
    const item = message(lang, 'legend.item', { label: committeeStatusLabel(status, lang), count: counts[status] });
    return names.length > 0 ? `${item} (${names.join(', ')})` : item;
  });
  const desc = [
    `${subtitle}.`,
    `${message(lang, 'legend.title')}: ${statuses.join('; ')}.`,
    `${source}.`,
    `${message(lang, 'label.updated')} ${formatDate(data.asOf, lang)}.`,
  ];

  return svgDocument({
    width,
    height,
    lang,
    idPrefix,
    title: [clean(title), message(lang, 'legend.title'), term].filter(Boolean).join(' · '),
    desc: desc.join(' '),
    palette,
    defs: patternDefs(idPrefix, palette),
    body,
  });
}
