import { STATUS_ORDER, STATUS_PALETTE, statusPattern } from '@chitieu/domain';
import { css } from '../internal/updating-element.ts';

// Kept cheap to paint: every tile takes its colour directly, and the marks of a status are one
// pattern-filled path per group over its tiles (each element filled with a pattern builds and paints
// it again: one per tile was about half of a large map's paint), and the
// focus rings are hidden by visibility, not opacity (which gave each tile's ring a paint effect of its
// own), still laid out so a tile's box stays the same.
export const cellMapStyles = css`
  /* Only while loading: a map's height depends on its number of cells, unknown until they arrive. */
  :host(:state(loading)) {
    min-height: var(--chitieu-map-min-height, 30rem);
  }

  .map {
    display: flex;
    flex-direction: column;
    flex: 1;
    margin: 0;
  }

  /* Sized by its width and height attributes (0). */
  .pattern-defs {
    position: absolute;
    overflow: hidden;
  }

  .tiles {
    display: grid;
    gap: 1rem;
    margin-top: 0.75rem;
  }

  .group-heading,
  .legend-title {
    margin: 0 0 0.375rem;
    font-size: 0.8125rem;
    font-weight: 600;
  }

  .group-heading {
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .group-tiles {
    position: relative;
  }

  .group-tiles svg {
    display: block;
    overflow: visible;
  }

  /* A tile is one rect (map-view.ts), filled with its status colour (statusStyles) as a legend swatch's. */
  .tile {
    cursor: default;
    outline: none;
  }

  .tile-marks {
    pointer-events: none;
  }

  .tile-ring {
    visibility: hidden;
    fill: none;
    stroke: var(--chitieu-focus-color, light-dark(#0969da, #4493f8));
    stroke-width: 2.5;
  }

  /* A group's two rings, each on its tile (map-view.ts): one ring shows for a tile hovered and
     focus-visible at once, and the pointer on a shown ring keeps it, as on a ring of the tile's own. */
  .tile:hover:not(:focus-visible) ~ .hover-ring,
  .hover-ring:hover,
  .tile:focus-visible ~ .focus-ring {
    visibility: visible;
  }

  .pattern-ink {
    fill: var(--chitieu-pattern-color, rgb(255 255 255 / 0.8));
  }

  .pattern-line {
    stroke: var(--chitieu-pattern-color, rgb(255 255 255 / 0.8));
    stroke-width: 1.5;
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    display: grid;
    width: max-content;
    max-width: 16rem;
    padding: 0.375rem 0.5rem;
    border-radius: 0.375rem;
    background: var(--chitieu-text-color, light-dark(#1f2328, #e6edf3));
    color: var(--chitieu-background, light-dark(#ffffff, #161b22));
    font-size: 0.8125rem;
    line-height: 1.3;
    pointer-events: none;
  }

  .tooltip-name {
    font-weight: 650;
  }

  .legend {
    margin-top: 1rem;
  }

  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  .swatch {
    flex: none;
    width: 1rem;
    height: 1rem;
  }
`;

/**
 * One rule per committee status, filling the tiles and the legend swatch that carry its class
 * (`status-formed`) with its colour, taken from the domain's palette so the map, the legend
 * and the server-side SVG agree, and overridable with --chitieu-status-<status>-color; a status drawn
 * as an outline (no colour of its own to tell it by) also gets its dashed stroke, on its tiles and its
 * swatch. Written minified, as the embed build minifies the `css` literals (this is a plain string).
 */
export const statusStyles = STATUS_ORDER.map(
  (status) =>
    `.status-${status}{fill:var(--chitieu-status-${status}-color,${STATUS_PALETTE[status]})` +
    `${statusPattern(status) === 'outline' ? ';stroke:var(--chitieu-text-color,light-dark(#1f2328,#e6edf3));stroke-width:1.5;stroke-dasharray:3 2' : ''}}`,
).join('');
