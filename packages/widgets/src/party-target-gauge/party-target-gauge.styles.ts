import { css } from 'lit';

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

  .body {
    display: grid;
    justify-items: center;
    align-content: start;
    flex: 1;
    gap: 0.25rem;
    margin-top: 0.75rem;
  }

  .meter {
    display: grid;
    width: 100%;
    max-width: 18rem;
  }

  .meter > * {
    grid-area: 1 / 1;
  }

  .dial {
    display: block;
    width: 100%;
    height: auto;
  }

  .reading {
    display: flex;
    flex-direction: column;
    align-items: center;
    align-self: end;
    justify-self: center;
    margin: 0;
    line-height: 1;
  }

  .reading-label {
    margin-bottom: 0.25rem;
    font-size: 0.8125rem;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .value {
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
    margin: 0.5rem 0 0;
    font-size: 1rem;
    font-weight: 650;
    text-align: center;
  }

  .target-line {
    margin: 0;
    font-size: 0.875rem;
    text-align: center;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }
`;
