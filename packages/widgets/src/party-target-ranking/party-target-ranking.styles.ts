import { css } from '../internal/updating-element.ts';

export const rankingStyles = css`
  :host {
    min-height: var(--chitieu-ranking-min-height, 30rem);
    --row-height: var(--chitieu-ranking-row-height, 3rem);
  }

  /* The table a screen reader reads instead of the bars; only the ranking has one. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .ranking {
    container: ranking / inline-size;
    display: flex;
    flex-direction: column;
    flex: 1;
    margin: 0;
  }

  .total,
  .sum,
  .difference {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
  }

  .total {
    margin-top: 0.5rem;
    font-weight: 650;
  }

  .sum {
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .difference {
    font-weight: 650;
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid var(--chitieu-overshoot-color, light-dark(#8a5a00, #f2c063));
  }

  /* Forty rows in view, then the list scrolls within the element: the page around it never grows further. */
  /* One grid for all rows (each row a subgrid of it), so every bar is as wide as the others: one scale. */
  .rows {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-auto-rows: var(--row-height);
    align-content: start;
    margin: 0.75rem 0 0;
    max-height: calc(40 * var(--row-height));
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .rows.none {
    display: block;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    grid-template-rows: auto 1fr;
    align-items: center;
    column-gap: 0.75rem;
    height: var(--row-height);
    padding: 0.25rem 0.375rem;
    border-radius: 0.25rem;
    outline: none;
  }

  .row:focus-visible {
    box-shadow: inset 0 0 0 2px var(--chitieu-focus-color, light-dark(#0969da, #4493f8));
  }

  .row[part~='row-highlight'] {
    background: var(--chitieu-highlight-color, light-dark(#fff3c4, #3a2f0b));
  }

  .row[part~='row-highlight'] .name {
    font-weight: 750;
  }

  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.9375rem;
    font-weight: 600;
    line-height: 1.3;
  }

  .closing {
    font-weight: 400;
    font-size: 0.8125rem;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .outcome {
    justify-self: end;
    white-space: nowrap;
    font-size: 0.8125rem;
    line-height: 1.3;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .row[data-status='missing'] .outcome {
    font-style: italic;
  }

  .bar {
    display: block;
    grid-column: 1;
    grid-row: 2;
    overflow: visible;
  }

  .defs {
    position: absolute;
  }

  .track {
    fill: var(--chitieu-track-color, light-dark(#eaeef2, #2a313c));
  }

  .value {
    fill: var(--chitieu-value-color, light-dark(#b3261e, #ff8a80));
  }

  /* Past the target: striped, so it reads apart from the value without colour too. */
  .stripes-ground {
    fill: var(--chitieu-overshoot-color, light-dark(#8a5a00, #f2c063));
  }

  .stripes-line {
    fill: var(--chitieu-background, light-dark(#ffffff, #161b22));
    opacity: 0.6;
  }

  /* Still missing: faint and dashed, as on the gauge. */
  .shortfall {
    fill: var(--chitieu-shortfall-color, light-dark(#59636e, #9198a1));
    fill-opacity: 0.25;
    stroke: var(--chitieu-shortfall-color, light-dark(#59636e, #9198a1));
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .band {
    fill: var(--chitieu-target-color, currentColor);
  }

  .tick {
    stroke: var(--chitieu-target-color, currentColor);
    stroke-width: 3;
    stroke-linecap: round;
  }

  .figures {
    grid-column: 2;
    grid-row: 2;
    justify-self: end;
    font-size: 0.875rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  /*
   * A phone column: the name takes a line of its own (names of one province often share their first
   * words), the outcome one under the bar; rows are taller (--chitieu-ranking-narrow-row-height).
   */
  @container ranking (width < 28rem) {
    .rows {
      --row-height: var(--chitieu-ranking-narrow-row-height, 4rem);
    }

    .row {
      grid-template-rows: auto auto auto;
      align-content: center;
      row-gap: 0.125rem;
    }

    .name {
      grid-column: 1 / -1;
    }

    .outcome {
      grid-column: 1 / -1;
      grid-row: 3;
      justify-self: start;
    }
  }
`;
