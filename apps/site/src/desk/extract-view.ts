/** PLACEHOLDER: replaced by the screen's real implementation. */
import type { Session } from '@chitieu/domain';
import { html, LitElement, type PropertyDeclarations } from 'lit';

export class DeskExtract extends LitElement {
  static override properties: PropertyDeclarations = { session: { attribute: false }, org: { attribute: false } };
  declare session: Session;
  declare org: string | null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return html`<main><h1>desk-extract</h1></main>`;
  }
}

customElements.define('desk-extract', DeskExtract);
