/**
 * `<desk-warnings>`: the Party Charter warnings of a write (figures that contradict the Charter but may
 * be what the source says), each to be checked against the source and acknowledged. A form saves only
 * once each is acknowledged; the answer's warnings after a save are listed the same way.
 *
 * Properties: `warnings` ({path, code, message}, the message "Vietnamese / English" as the domain
 * writes it), `heading`. Fires `change` (bubbling) when an acknowledgement changes.
 */
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';

/** A warning as the desk shows it: the path as dotted text. */
export interface DeskWarning {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The key that identifies a warning across checks: the same rule on the same field with the same figures (new figures ask again). */
function warningKey(warning: DeskWarning): string {
  return `${warning.code}@${warning.path}:${warning.message}`;
}

/** A warning's message split into its Vietnamese and English halves. */
function warningText(message: string): { vi: string; en: string | null } {
  const at = message.indexOf(' / ');
  return at < 0 ? { vi: message, en: null } : { vi: message.slice(0, at), en: message.slice(at + 3) };
}

/** The desk's warning of a domain or API warning, whose path may be a list (the API's starts with 'body'). */
export function deskWarning(warning: { path: readonly (string | number)[] | string; code: string; message: string }): DeskWarning {
  const path = typeof warning.path === 'string' ? warning.path : warning.path.filter((part, index) => index > 0 || part !== 'body').join('.');
  return { path, code: warning.code, message: warning.message };
}

export class DeskWarnings extends LitElement {
  static override properties: PropertyDeclarations = { warnings: { attribute: false }, heading: {}, acknowledged: { state: true } };
  declare warnings: readonly DeskWarning[];
  declare heading: string;
  declare acknowledged: ReadonlySet<string>;

  constructor() {
    super();
    this.warnings = [];
    this.heading = 'Cảnh báo · Warnings';
    this.acknowledged = new Set();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Whether every warning shown is acknowledged. */
  get allAcknowledged(): boolean {
    return this.warnings.every((warning) => this.acknowledged.has(warningKey(warning)));
  }

  /** Moves focus to the first warning not yet acknowledged; false when there is none. */
  focusFirstPending(): boolean {
    const pending = this.warnings.find((warning) => !this.acknowledged.has(warningKey(warning)));
    if (!pending) return false;
    this.querySelector<HTMLElement>(`wa-checkbox[data-warning="${CSS.escape(warningKey(pending))}"]`)?.focus();
    return true;
  }

  private toggle(key: string, checked: boolean): void {
    const next = new Set(this.acknowledged);
    if (checked) next.add(key);
    else next.delete(key);
    this.acknowledged = next;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    if (this.warnings.length === 0) return nothing;
    return html`<wa-callout variant="warning">
      <div class="stack">
        <strong>${this.heading}</strong>
        <ul class="warnings">
          ${this.warnings.map((warning) => {
            const key = warningKey(warning);
            const text = warningText(warning.message);
            return html`<li data-code=${warning.code}>
              <p>${text.vi}${text.en ? html` <span class="en" lang="en">${text.en}</span>` : nothing}</p>
              <wa-checkbox
                data-warning=${key}
                .checked=${this.acknowledged.has(key)}
                @change=${(event: Event) => this.toggle(key, (event.target as HTMLInputElement).checked)}
                >Đã đối chiếu với nguồn, vẫn giữ số liệu này <span class="en" lang="en">Checked against the source; keep these figures</span></wa-checkbox
              >
            </li>`;
          })}
        </ul>
      </div>
    </wa-callout>`;
  }
}

customElements.define('desk-warnings', DeskWarnings);

declare global {
  interface HTMLElementTagNameMap {
    'desk-warnings': DeskWarnings;
  }
}
