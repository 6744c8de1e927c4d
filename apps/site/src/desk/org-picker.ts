/**
 * `<desk-org-picker>`: picks one organisation, or several with `multiple`, by searching the directory
 * as one types (the ARIA 1.2 combobox pattern: a text box with a list of suggestions). Each suggestion
 * shows the name, the level and the parent. Arrow keys move through them, Enter picks, Escape closes
 * the list (or, closed, puts back the picked name); picked organisations of `multiple` are tags with a
 * remove button. Light DOM, so the page's label styles apply and the desk's forms read it directly.
 *
 * Properties: `label` (visible label, Vietnamese · English), `value` (the slug picked, or null),
 * `values` (the slugs picked, with `multiple`), `exclude` (slugs not offered, e.g. the organisation
 * itself), `required`, `hint`, `error` (a message shown under the field, e.g. the server's issue).
 * Fires `change` (bubbling) when the pick changes; read `value` / `values`.
 *
 * @example html`<desk-org-picker label="Tổ chức cấp trên · Parent" .value=${'huyen-muong-khuong'} @change=${(e) => (parent = e.target.value)}></desk-org-picker>`
 */
import type { OrganizationRecord } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { KIND_LABELS } from '../organization-kinds.ts';
import { organizationNamed, searchable, searchOrganizations } from '../organization-search.ts';
import './org-picker.css';

/** How long typing pauses before the directory is asked, in ms. */
const SEARCH_DELAY = 250;
/** Suggestions shown at once. */
const SUGGESTIONS = 10;

let pickers = 0;

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
    query: { state: true },
    open: { state: true },
    options: { state: true },
    active: { state: true },
    names: { state: true },
    status: { state: true },
  };
  declare label: string;
  declare value: string | null;
  declare values: string[];
  declare multiple: boolean;
  declare required: boolean;
  declare exclude: string[];
  declare hint: string | null;
  declare error: string | null;
  /** What is typed in the box. */
  declare private query: string;
  declare private open: boolean;
  declare private options: readonly OrganizationRecord[];
  /** The suggestion the arrow keys are on, or -1. */
  declare private active: number;
  /** Names (and parents' names) of organisations shown, by slug. */
  declare private names: ReadonlyMap<string, string>;
  /** What the polite live region says: how many were found, or why none. */
  declare private status: string;
  private readonly uid = `org-picker-${(pickers += 1)}`;
  private timer = 0;
  private search: AbortController | null = null;

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
    this.query = '';
    this.open = false;
    this.options = [];
    this.active = -1;
    this.names = new Map();
    this.status = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
    this.search?.abort();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A value set from outside shows its name in the box (single) or as a tag (multiple).
    if (changed.has('value') || changed.has('values')) {
      for (const slug of this.picked()) void this.learnName(slug);
      if (!this.multiple && changed.has('value') && !this.open) this.query = this.value === null ? '' : (this.names.get(this.value) ?? this.value);
    }
  }

  /** Focuses the text box. */
  override focus(): void {
    this.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
  }

  private picked(): string[] {
    return this.multiple ? this.values : this.value === null ? [] : [this.value];
  }

  private async learnName(slug: string): Promise<void> {
    if (this.names.has(slug)) return;
    const organization = await organizationNamed(slug);
    if (organization === null) return;
    this.names = new Map(this.names).set(slug, organization.name);
    if (!this.multiple && this.value === slug && !this.open) this.query = organization.name;
  }

  private onInput(event: Event): void {
    // The picker's one public event is its own `change`; the text box's typing stays inside.
    event.stopPropagation();
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.runSearch(), SEARCH_DELAY);
  }

  private async runSearch(): Promise<void> {
    this.search?.abort();
    const q = this.query.trim();
    if (!searchable(q)) {
      this.options = [];
      this.active = -1;
      this.status = q === '' ? '' : 'Gõ chữ hoặc số để tìm. · Type letters or digits to search.';
      return;
    }
    const search = new AbortController();
    this.search = search;
    try {
      const page = await searchOrganizations({ q, limit: SUGGESTIONS + this.exclude.length + this.picked().length }, search.signal);
      if (search.signal.aborted) return;
      const hidden = new Set([...this.exclude, ...(this.multiple ? this.values : [])]);
      this.options = page.organizations.filter((organization) => !hidden.has(organization.slug)).slice(0, SUGGESTIONS);
      this.active = this.options.length > 0 ? 0 : -1;
      this.open = true;
      this.status =
        this.options.length === 0
          ? 'Không tìm thấy tổ chức nào. · No organisation found.'
          : `${this.options.length} tổ chức; dùng phím mũi tên để chọn. · ${this.options.length} found; use the arrow keys to pick.`;
      for (const organization of this.options) if (organization.parent !== null) void this.learnName(organization.parent);
      const names = new Map(this.names);
      for (const organization of this.options) names.set(organization.slug, organization.name);
      this.names = names;
    } catch (error) {
      if (search.signal.aborted) return;
      this.options = [];
      this.status = `Không tìm được: ${error instanceof Error ? error.message : String(error)} · The search failed.`;
    }
  }

  private pick(organization: OrganizationRecord): void {
    this.names = new Map(this.names).set(organization.slug, organization.name);
    if (this.multiple) {
      this.values = [...this.values, organization.slug];
      this.query = '';
    } else {
      this.value = organization.slug;
      this.query = organization.name;
    }
    this.close();
    this.status = `Đã chọn ${organization.name}. · Picked.`;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private removePick(slug: string): void {
    this.values = this.values.filter((value) => value !== slug);
    this.status = `Đã bỏ ${this.names.get(slug) ?? slug}. · Removed.`;
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.focus();
  }

  private close(): void {
    clearTimeout(this.timer);
    this.search?.abort();
    this.open = false;
    this.options = [];
    this.active = -1;
  }

  /** Leaving the box (or Escape on a closed list): an emptied single box clears the pick; anything else typed gives way to the pick. */
  private settle(): void {
    this.close();
    if (this.multiple) {
      this.query = '';
      return;
    }
    if (this.query.trim() === '' && this.value !== null) {
      this.value = null;
      this.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    this.query = this.value === null ? '' : (this.names.get(this.value) ?? this.value);
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this.open || count === 0) {
          this.open = true;
          void this.runSearch();
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = (this.active + step + count) % count;
        return;
      }
      case 'Enter': {
        const option = this.options[this.active];
        if (this.open && option !== undefined) {
          event.preventDefault();
          this.pick(option);
        }
        return;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        } else if (!this.multiple) {
          this.query = this.value === null ? '' : (this.names.get(this.value) ?? this.value);
        }
        return;
      case 'Backspace':
        if (this.multiple && this.query === '' && this.values.length > 0) this.removePick(this.values[this.values.length - 1]!);
        return;
    }
  }

  private onFocusOut(event: FocusEvent): void {
    // Focus moving inside the picker (to a tag's remove button) is not leaving it.
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.settle();
  }

  protected override updated(): void {
    this.querySelector(`#${this.uid}-option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  private describe(organization: OrganizationRecord): string {
    const parent = organization.parent === null ? null : (this.names.get(organization.parent) ?? organization.parent);
    return [
      KIND_LABELS[organization.kind],
      parent === null ? null : `thuộc · under ${parent}`,
      organization.validTo === null ? null : `đến · until ${organization.validTo}`,
    ]
      .filter((part) => part !== null)
      .join(' — ');
  }

  protected override render() {
    const id = this.uid;
    const describedBy = [this.hint ? `${id}-hint` : null, this.error ? `${id}-error` : null, this.multiple && this.values.length > 0 ? `${id}-picked` : null]
      .filter((part) => part !== null)
      .join(' ');
    const expanded = this.open && this.options.length > 0;
    return html`<div class="org-picker" @focusout=${this.onFocusOut}>
      <label for=${`${id}-input`}>${this.label}${this.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
      ${
        this.multiple && this.values.length > 0
          ? html`<ul class="org-picker-tags" id=${`${id}-picked`} aria-label=${`Đã chọn · Picked: ${this.label}`}>
            ${this.values.map(
              (slug) =>
                html`<li>
                  <span>${this.names.get(slug) ?? slug}</span>
                  <button type="button" class="org-picker-remove" aria-label=${`Bỏ · Remove ${this.names.get(slug) ?? slug}`} @click=${() => this.removePick(slug)}>
                    ×
                  </button>
                </li>`,
            )}
          </ul>`
          : nothing
      }
      <div class="org-picker-box">
        <input
          id=${`${id}-input`}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${`${id}-listbox`}
          aria-activedescendant=${expanded && this.active >= 0 ? `${id}-option-${this.active}` : nothing}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${this.error ? 'true' : nothing}
          aria-required=${this.required ? 'true' : nothing}
          placeholder="Gõ tên để tìm · Type a name"
          .value=${this.query}
          @input=${this.onInput}
          @change=${(event: Event) => event.stopPropagation()}
          @keydown=${this.onKeydown}
        />
        <ul class="org-picker-list" id=${`${id}-listbox`} role="listbox" aria-label=${this.label} ?hidden=${!expanded}>
          ${this.options.map(
            (organization, index) =>
              html`<li
                id=${`${id}-option-${index}`}
                role="option"
                aria-selected=${index === this.active ? 'true' : 'false'}
                class=${index === this.active ? 'active' : ''}
                @mousedown=${(event: Event) => event.preventDefault()}
                @click=${() => this.pick(organization)}
              >
                <span class="org-picker-name">${organization.name}</span>
                <span class="org-picker-meta">${this.describe(organization)}</span>
              </li>`,
          )}
        </ul>
      </div>
      ${this.hint ? html`<p class="hint" id=${`${id}-hint`}>${this.hint}</p>` : nothing}
      ${this.error ? html`<p class="error-text" id=${`${id}-error`}>${this.error}</p>` : nothing}
      <p class="org-picker-status" role="status">${this.status}</p>
    </div>`;
  }
}

if (!customElements.get('desk-org-picker')) customElements.define('desk-org-picker', DeskOrgPicker);

declare global {
  interface HTMLElementTagNameMap {
    'desk-org-picker': DeskOrgPicker;
  }
}
