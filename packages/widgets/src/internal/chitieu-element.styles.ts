import { css } from './updating-element.ts';

/** Host, theme and state styles every element shares; element styles come after and may override. */
export const baseStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    position: relative;
    color-scheme: light dark;
    font-family: var(--chitieu-font-family, inherit);
    color: var(--chitieu-text-color, light-dark(#1f2328, #e6edf3));
    background: var(--chitieu-background, light-dark(#ffffff, #161b22));
    border: var(--chitieu-border, 1px solid light-dark(#d1d9e0, #3d444d));
    border-radius: var(--chitieu-radius, 0.5rem);
    padding: var(--chitieu-padding, 1rem);
    line-height: 1.4;
    text-align: start;
  }

  :host([color-scheme='light']) {
    color-scheme: light;
  }

  :host([color-scheme='dark']) {
    color-scheme: dark;
  }

  /* The static image of the figure (the embed code's own, in the tag) stands in the
     element's whole box, as before definition. */
  :host(:state(drawn)) {
    padding: 0;
    border: 0;
    background: none;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .status {
    display: grid;
    align-content: center;
    justify-items: start;
    gap: 0.5rem;
    flex: 1;
  }

  .status-message {
    margin: 0;
    font-weight: 600;
  }

  .status[data-state='loading'] .status-message {
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
    font-weight: 400;
  }

  .status[data-state='error'] .status-message {
    color: var(--chitieu-error-color, light-dark(#b3261e, #ff8a80));
  }

  .title {
    margin: 0;
    font-size: var(--chitieu-title-font-size, 1.0625rem);
    font-weight: 700;
    line-height: 1.3;
  }

  .subtitle {
    margin: 0.125rem 0 0;
    font-size: 0.875rem;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 1rem;
    margin-top: 0.75rem;
    font-size: 0.8125rem;
    color: var(--chitieu-muted-color, light-dark(#59636e, #9198a1));
  }

  .footer a {
    color: inherit;
  }

  /* The closing of an organisation under figures whose period ended before it: a line of its own. */
  .footer .closing {
    flex-basis: 100%;
  }

  .notice {
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid;
  }
`;
