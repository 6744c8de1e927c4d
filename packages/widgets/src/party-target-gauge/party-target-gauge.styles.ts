import { css } from '../internal/updating-element.ts';

export const gaugeStyles = css`
  :host {
    min-height: var(--chitieu-gauge-min-height, 24rem);
  }

  .gauge {
    display: flex;
    flex-direction: column;
    flex: 1;
    margin: 0;
  }

  /* Block flow, not grid or flex, from here down: 100 gauges lay out in a fraction of the time. */
  .body {
    flex: 1;
    margin-top: 0.75rem;
    text-align: center;
  }

  .meter {
    position: relative;
    max-width: 18rem;
    margin: 0 auto;
  }

  .dial {
    display: block;
    width: 100%;
    height: auto;
  }

  /* Over the bottom of the dial, inside its arch. */
  .reading {
    position: absolute;
    inset: auto 0 0;
    margin: 0;
    line-height: 1;
  }

  .reading-label {
    display: block;
    margin-bottom: 0.25rem;
    font-size: 0.8125rem;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .value {
    display: block;
    font-size: var(--chitieu-value-font-size, 2.75rem);
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
  }

  .arc-track {
    fill: var(--chitieu-track-color, light-dark(#eaeef2, #2a313c));
  }

  .arc-value {
    fill: var(--chitieu-value-color, light-dark(#b3261e, #ff8a80));
  }

  .stripes-ground {
    fill: var(--chitieu-overshoot-color, light-dark(#8a5a00, #f2c063));
  }

  .stripes-line {
    fill: var(--chitieu-background, light-dark(#ffffff, #161b22));
    opacity: 0.6;
  }

  .arc-shortfall {
    fill: var(--chitieu-shortfall-color, light-dark(#59636e, #9198a1));
    fill-opacity: 0.25;
    stroke: var(--chitieu-shortfall-color, light-dark(#59636e, #9198a1));
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .arc-targetRange {
    fill: var(--chitieu-target-color, currentColor);
  }

  .target {
    stroke: var(--chitieu-target-color, currentColor);
    stroke-width: 3;
    stroke-linecap: round;
  }

  .delta {
    margin: 0.75rem 0 0;
    font-size: 1rem;
    font-weight: 650;
  }

  .target-line {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }
`;
