/**
 * PLACEHOLDER API (the directory helper implements it with the directory's search): picks one
 * organisation, or several with `multiple`, by searching the directory as one types.
 *
 * Properties: `label` (visible label, Vietnamese · English), `value` (the slug picked, or null),
 * `values` (the slugs picked, with `multiple`), `exclude` (slugs not offered, e.g. the organisation
 * itself), `required`, `hint`, `error` (a message shown under the field, e.g. the server's issue).
 * Fires `change` (bubbling) when the pick changes; read `value` / `values`.
 */
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';

export class DeskOrgPicker extends LitElement {
  static override properties: PropertyDeclarations = {
    label: {},
    value: {},
    values: { attribute: false },
    multiple: { type: Boolean },
    required: { type: Boolean },
    exclude: { attribute: false },
    hint: {},
    error: {},
  };
  declare label: string;
  declare value: string | null;
  declare values: string[];
  declare multiple: boolean;
  declare required: boolean;
  declare exclude: string[];
  declare hint: string | null;
  declare error: string | null;

  constructor() {
    super();
    this.label = '';
    this.value = null;
    this.values = [];
    this.multiple = false;
    this.required = false;
    this.exclude = [];
    this.hint = null;
    this.error = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    if (this.multiple) this.values = text ? text.split(/[\s,]+/) : [];
    else this.value = text || null;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const id = `picker-${Math.random().toString(36).slice(2, 8)}`;
    return html`<label for=${id}>${this.label}</label>
      <input id=${id} .value=${this.multiple ? this.values.join(', ') : (this.value ?? '')} @change=${this.onInput} ?required=${this.required} />
      ${this.hint ? html`<p class="hint">${this.hint}</p>` : nothing} ${this.error ? html`<p class="error-text">${this.error}</p>` : nothing}`;
  }
}

customElements.define('desk-org-picker', DeskOrgPicker);

declare global {
  interface HTMLElementTagNameMap {
    'desk-org-picker': DeskOrgPicker;
  }
}
