// The ranking's rows and its table lines as HTML text, written in one pass and parsed by the browser
// at once: forty rows drawn through a Lit template each (and their bars through five more) cost several
// times what one parse does. Every text and attribute from the API is escaped here; nothing else
// writes these strings. The roving tab stop is set on the parsed rows by the element, not written here.
import type { BarSpan, RankingBar } from '@chitieu/domain';
import { escapeHtml } from './ranking-markup.ts';
import type { RankingFigure } from './ranking-figure.ts';

type Row = RankingFigure['rows'][number];

const pct = (fraction: number) => `${fraction * 100}%`;

// Percentages of the bar's width, as attributes: a strict CSP allows them where it refuses inline styles.
const rect = (s: BarSpan, kind: string, fill = '') =>
  `<rect class="${kind}" part="bar-${kind}" x="${pct(s.from)}" width="${pct(s.to - s.from)}" y="5" height="12"${fill}/>`;

function barHtml(bar: RankingBar | null): string {
  if (bar === null) return '';
  return (
    '<svg class="bar" part="bar" aria-hidden="true" focusable="false" width="100%" height="22"><rect class="track" x="0" width="100%" y="5" height="12"/>' +
    rect(bar.value, 'value') +
    (bar.overshoot ? rect(bar.overshoot, 'overshoot', ' fill="url(#overshoot-stripes)"') : '') +
    (bar.shortfall ? rect(bar.shortfall, 'shortfall') : '') +
    (bar.targetBand
      ? `<rect class="band" part="target-band" x="${pct(bar.targetBand.from)}" width="${pct(bar.targetBand.to - bar.targetBand.from)}" y="0" height="3"/>`
      : '') +
    (bar.targetTick === null ? '' : `<line class="tick" part="target" x1="${pct(bar.targetTick)}" x2="${pct(bar.targetTick)}" y1="0" y2="22"/>`) +
    '</svg>'
  );
}

function rowHtml(row: Row, index: number): string {
  const name = escapeHtml(row.name);
  return (
    `<div class="row" part="${row.highlighted ? 'row row-highlight' : 'row'}" role="listitem" data-index="${index}" data-slug="${escapeHtml(row.slug)}"` +
    ` data-status="${row.status}" tabindex="-1" aria-label="${escapeHtml(row.label)}"${row.highlighted ? ' aria-current="true"' : ''}>` +
    `<span class="name" part="name" aria-hidden="true" title="${name}">${name}` +
    (row.closing ? ` <span class="closing" part="closing">${escapeHtml(row.closing)}</span>` : '') +
    `</span><span class="outcome" part="outcome" aria-hidden="true">${escapeHtml(row.outcome)}</span>` +
    barHtml(row.bar) +
    `<span class="figures" part="figures" aria-hidden="true">${escapeHtml(row.figures ?? '')}</span></div>`
  );
}

/** Every row of the list, in order. */
export const rowsHtml = (rows: readonly Row[]): string => rows.map(rowHtml).join('');

/** Every line of the screen readers' table body: the name as the row's header, then its three cells, escaped. */
export const tableRowsHtml = (rows: readonly Row[]): string =>
  rows.map((row) => `<tr><th scope="row">${escapeHtml(row.name)}</th>${row.cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
