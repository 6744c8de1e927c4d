/**
 * Two people, one record: when a save meets 412 (someone saved first), their version is shown beside
 * yours, field by field, and you choose each; nothing typed is lost (cancelling keeps your form and
 * its draft as they were). The forms then save the merged record over the newest revision.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/dialog/dialog.js';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { changedFields, flattenRecord, mergeRecords, type MergeChoice } from './record-fields.ts';

/** What the dialog is asked to merge. */
export interface MergeRequest<T> {
  /** What the person typed. */
  readonly mine: T;
  /** What the server holds now. */
  readonly theirs: T;
  /** Who saved theirs and when, as the history says it (e.g. "Phòng dữ liệu · 2026-12-03 09:14"). */
  readonly theirsBy: string;
  /** A readable name for a field path; the path itself when it has none. */
  readonly label?: (path: string) => string;
  /** A readable value (a status's words rather than its code); the value itself when it has none. */
  readonly format?: (path: string, value: string | number | boolean | null) => string | null;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return String(value);
}

export class DeskMergeDialog extends LitElement {
  static override properties: PropertyDeclarations = { request: { state: true }, choices: { state: true } };
  declare request: MergeRequest<unknown> | null;
  declare choices: Map<string, MergeChoice>;
  private settle: ((merged: unknown) => void) | null = null;

  constructor() {
    super();
    this.request = null;
    this.choices = new Map();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /**
   * Shows both versions and resolves with the merged record once the person chooses, or null when
   * they cancel (their form stays as it was).
   */
  choose<T>(request: MergeRequest<T>): Promise<T | null> {
    this.request = request as MergeRequest<unknown>;
    const changes = changedFields(flattenRecord(request.theirs), flattenRecord(request.mine));
    this.choices = new Map(changes.map((change) => [change.path, 'mine' as MergeChoice]));
    return new Promise((resolve) => {
      this.settle = resolve as (merged: unknown) => void;
    });
  }

  private finish(merged: unknown): void {
    const settle = this.settle;
    this.settle = null;
    this.request = null;
    settle?.(merged);
  }

  private pick(path: string, choice: MergeChoice): void {
    this.choices = new Map(this.choices).set(path, choice);
  }

  protected override render() {
    // The dialog stays in the page and opens through its property, so it moves focus into itself and
    // back to what opened it (a dialog drawn already open does neither).
    const request = this.request;
    return html`
      <wa-dialog
        .open=${request !== null}
        label="Có người đã lưu trước bạn · Someone saved first"
        @wa-hide=${(event: Event) => {
          // Closing (Escape, the close button) is cancelling; inner components' own wa-hide are not ours.
          if (event.target !== event.currentTarget || this.request === null) return;
          event.preventDefault();
          this.finish(null);
        }}
      >
        ${request === null ? nothing : this.body(request)}
      </wa-dialog>
    `;
  }

  private body(request: MergeRequest<unknown>) {
    const theirs = flattenRecord(request.theirs);
    const mine = flattenRecord(request.mine);
    const label = request.label ?? ((path: string) => path);
    const value = (path: string, fields: typeof mine) => {
      const raw = fields.get(path) ?? null;
      return show(request.format?.(path, raw) ?? raw);
    };
    const rows = changedFields(theirs, mine);
    return html`
        <p>
          ${request.theirsBy} đã lưu phiên bản mới hơn. Chọn giữ giá trị nào cho từng ô; bản bạn đã gõ vẫn được giữ nếu bạn hủy.
          <span class="en" lang="en">${request.theirsBy} saved a newer version. Choose which value each field keeps; what you typed is kept if you cancel.</span>
        </p>
        <table class="data merge">
          <caption class="visually-hidden">Các ô khác nhau · Fields that differ</caption>
          <thead>
            <tr>
              <th scope="col">Ô · Field</th>
              <th scope="col">Bản của họ · Theirs</th>
              <th scope="col">Bản của bạn · Yours</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr data-path=${row.path}>
                <th scope="row">${label(row.path)}</th>
                <td>
                  <label
                    ><input
                      type="radio"
                      name=${`merge-${row.path}`}
                      .checked=${this.choices.get(row.path) === 'theirs'}
                      @change=${() => this.pick(row.path, 'theirs')}
                    />
                    ${value(row.path, theirs)}</label
                  >
                </td>
                <td>
                  <label
                    ><input
                      type="radio"
                      name=${`merge-${row.path}`}
                      .checked=${this.choices.get(row.path) === 'mine'}
                      @change=${() => this.pick(row.path, 'mine')}
                    />
                    ${value(row.path, mine)}</label
                  >
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
        <wa-button slot="footer" appearance="outlined" @click=${() => this.finish(null)}>Hủy, giữ bản của tôi trong form · Cancel</wa-button>
        <wa-button slot="footer" variant="brand" @click=${() => this.finish(mergeRecords(request.mine, request.theirs, this.choices))}
          >Dùng các giá trị đã chọn · Use the chosen values</wa-button
        >
    `;
  }
}

customElements.define('desk-merge-dialog', DeskMergeDialog);

declare global {
  interface HTMLElementTagNameMap {
    'desk-merge-dialog': DeskMergeDialog;
  }
}

/**
 * Shows the merge view (one for the whole desk) and resolves with the merged record, or null when
 * the person cancels.
 */
export function chooseMerge<T>(request: MergeRequest<T>): Promise<T | null> {
  let dialog = document.querySelector('desk-merge-dialog');
  if (dialog === null) {
    dialog = document.createElement('desk-merge-dialog');
    document.body.append(dialog);
  }
  return dialog.choose(request);
}
