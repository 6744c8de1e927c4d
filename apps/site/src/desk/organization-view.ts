/** PLACEHOLDER: replaced by the screen's real implementation. */
import type { Session } from '@chitieu/domain';
import { html, LitElement, type PropertyDeclarations } from 'lit';

export class DeskOrganization extends LitElement {
  static override properties: PropertyDeclarations = { session: { attribute: false }, org: { attribute: false } };
  declare session: Session;
  declare org: string | null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return html`<main><h1>desk-organization</h1></main>`;
  }
}

customElements.define('desk-organization', DeskOrganization);
