// How the elements that still render Lit templates (the map and the ranking) put them in their shadow
// root: lit-html's render(), with event listeners called on the element as LitElement does, and
// nothing of Lit's ReactiveElement. This module imports lit-html alone, so the embed build can put it
// with lit-html and the directives in a chunk of their own (vite.config.ts), which a page of gauges
// never downloads.
import { render } from 'lit/html.js';

/** Renders a template, or a node (the status view) as a template's child value would be, into the element's shadow root. */
export function renderTemplate(content: unknown, host: HTMLElement & { readonly renderRoot: ShadowRoot }): void {
  render(content, host.renderRoot, { host });
}
