/**
 * The record's embed codes one click away: script + tag, iframe, link and image, live or pinned to a
 * revision, each with a copy button, from the builder's one code generator (../embed-codes.ts) and
 * the figures read as the embed reads them (../column-codes.ts). Works for any element of the
 * embed contract's registry.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/dialog/dialog.js';
import { LANGS, type Lang } from '@chitieu/domain';
import { parseEmbedQuery, type EmbedElement, type EmbedParams } from '@chitieu/embed';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { builderHref } from '../builder-link.ts';
import { columnCodes } from '../column-codes.ts';
import type { EmbedCodes } from '../embed-codes.ts';
import './embed-dialog.css';

/** What to embed: the element, the organisation, the period for a gauge, and the revision to pin to (null for live). */
export interface EmbedRequest {
  readonly element: EmbedElement;
  readonly org: string;
  readonly period: string | null;
  readonly revision: number | null;
}

type Pin = 'live' | 'revision';

type Shown =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly codes: EmbedCodes; readonly params: EmbedParams }
  | { readonly kind: 'failed'; readonly reason: string };

/** The codes offered, in order: which of EmbedCodes, its label and its rows. */
const CODES: ReadonlyArray<{ readonly key: keyof EmbedCodes; readonly label: string; readonly hint: string; readonly rows: number }> = [
  {
    key: 'script',
    label: 'Script + thẻ · Script + tag',
    hint: 'Cho trang cho phép script (hầu hết CMS). · For pages that allow scripts (most newsroom CMSs).',
    rows: 6,
  },
  { key: 'iframe', label: 'Iframe', hint: 'Cho trang chỉ nhận iframe. · For pages that take only iframes.', rows: 3 },
  { key: 'link', label: 'Liên kết · Link (oEmbed)', hint: 'Dán thành một dòng riêng trong WordPress, Ghost, Drupal. · Paste on a line of its own.', rows: 2 },
  { key: 'image', label: 'Ảnh · Image', hint: 'Cho bản tin email và báo in: ảnh tĩnh. · For newsletters and print: a still image.', rows: 3 },
];

export class DeskEmbedDialog extends LitElement {
  static override properties: PropertyDeclarations = {
    request: { state: true },
    pin: { state: true },
    lang: { state: true },
    shown: { state: true },
    copied: { state: true },
  };
  declare request: EmbedRequest | null;
  declare pin: Pin;
  declare lang: Lang;
  declare shown: Shown;
  /** What the polite live region last said about copying. */
  declare copied: string;
  /** Where focus was before the dialog opened, to go back to. */
  private opener: HTMLElement | null = null;
  private generation = 0;

  constructor() {
    super();
    this.request = null;
    this.pin = 'live';
    this.lang = 'vi';
    this.shown = { kind: 'loading' };
    this.copied = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Shows the codes of `request`, pinned to its revision when it has one. */
  show(request: EmbedRequest): void {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.request = request;
    this.pin = request.revision === null ? 'live' : 'revision';
    this.lang = 'vi';
    this.copied = '';
    void this.refresh();
  }

  private params(): EmbedParams | { error: string } {
    const request = this.request!;
    const query = new URLSearchParams({ org: request.org });
    if (request.period !== null) query.set('period', request.period);
    if (this.pin === 'revision' && request.revision !== null) query.set('revision', String(request.revision));
    if (this.lang !== 'vi') query.set('lang', this.lang);
    return parseEmbedQuery(request.element, query);
  }

  private async refresh(): Promise<void> {
    const current = ++this.generation;
    this.shown = { kind: 'loading' };
    const params = this.params();
    if ('error' in params) {
      this.shown = { kind: 'failed', reason: params.error };
      return;
    }
    try {
      const codes = await columnCodes(location.origin, params);
      if (current !== this.generation) return;
      this.shown = { kind: 'ready', codes, params };
    } catch (error) {
      if (current !== this.generation) return;
      this.shown = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Asks the dialog to close; it animates out, then {@link closed} clears it. */
  private close(): void {
    const dialog = this.querySelector('wa-dialog');
    if (dialog) dialog.open = false;
  }

  private closed(event: Event): void {
    if (event.target !== event.currentTarget) return;
    this.generation += 1;
    this.request = null;
    const opener = this.opener;
    this.opener = null;
    opener?.focus();
  }

  private async copy(key: keyof EmbedCodes, text: string): Promise<void> {
    const label = CODES.find((code) => code.key === key)?.label ?? key;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `Đã sao chép mã ${label}. · Copied.`;
    } catch {
      // No clipboard permission: select the code so Ctrl+C copies it.
      const area = this.querySelector<HTMLTextAreaElement>(`#embed-code-${key}`);
      area?.focus();
      area?.select();
      this.copied = 'Đã chọn mã; nhấn Ctrl+C để sao chép. · The code is selected; press Ctrl+C to copy it.';
    }
  }

  private choosePin(pin: Pin): void {
    this.pin = pin;
    void this.refresh();
  }

  private chooseLang(lang: Lang): void {
    this.lang = lang;
    void this.refresh();
  }

  private renderCodes() {
    const shown = this.shown;
    if (shown.kind === 'loading') return html`<p role="status">Đang đọc số liệu… · Reading the figures…</p>`;
    if (shown.kind === 'failed') return html`<p role="alert" class="error-text">Không tạo được mã: ${shown.reason} · The codes could not be made.</p>`;
    return html`${CODES.map(
      (code) => html`<div class="embed-code">
          <label for=${`embed-code-${code.key}`}>${code.label}</label>
          <p class="hint" id=${`embed-code-${code.key}-hint`}>${code.hint}</p>
          <textarea
            id=${`embed-code-${code.key}`}
            class="embed-code-text"
            readonly
            spellcheck="false"
            rows=${code.rows}
            aria-describedby=${`embed-code-${code.key}-hint`}
            .value=${shown.codes[code.key]}
          ></textarea>
          <wa-button size="small" appearance="outlined" @click=${() => void this.copy(code.key, shown.codes[code.key])}
            >Sao chép · Copy <span class="visually-hidden">${code.label}</span></wa-button
          >
        </div>`,
    )}
      <p>
        <a href=${builderHref(shown.params)} target="_blank" rel="noopener"
          >Mở trong trình tạo mã nhúng (khổ, giao diện, ngôn ngữ) · Open in the embed builder (size, theme, language)</a
        >
      </p>`;
  }

  protected override render() {
    const request = this.request;
    if (request === null) return nothing;
    return html`<wa-dialog
      open
      label="Mã nhúng · Embed codes"
      class="embed-dialog"
      @wa-after-hide=${this.closed}
    >
      <fieldset class="row">
        <legend>Số liệu · Figures</legend>
        <label
          ><input type="radio" name="embed-pin" value="revision" ?disabled=${request.revision === null} .checked=${this.pin === 'revision'} @change=${() =>
            this.choosePin('revision')} />
          Ghim phiên bản ${request.revision ?? ''} · Pinned to revision ${request.revision ?? ''}</label
        >
        <label
          ><input type="radio" name="embed-pin" value="live" .checked=${this.pin === 'live'} @change=${() => this.choosePin('live')} /> Trực tiếp (luôn mới
          nhất) · Live (always the latest)</label
        >
      </fieldset>
      <p class="hint">
        Bài đã đăng nên ghim: số liệu giữ nguyên dù bàn dữ liệu sửa sau. · A published article should pin: its figures stay as they are whatever the desk
        changes later.
      </p>
      <fieldset class="row">
        <legend>Ngôn ngữ · Language</legend>
        ${LANGS.map(
          (lang) =>
            html`<label
              ><input type="radio" name="embed-lang" value=${lang} .checked=${this.lang === lang} @change=${() => this.chooseLang(lang)} />
              ${lang === 'vi' ? 'Tiếng Việt' : 'English'}</label
            >`,
        )}
      </fieldset>
      ${this.renderCodes()}
      <p class="visually-hidden" role="status">${this.copied}</p>
      <wa-button slot="footer" variant="brand" @click=${() => this.close()}>Đóng · Close</wa-button>
    </wa-dialog>`;
  }
}

if (!customElements.get('desk-embed-dialog')) customElements.define('desk-embed-dialog', DeskEmbedDialog);

declare global {
  interface HTMLElementTagNameMap {
    'desk-embed-dialog': DeskEmbedDialog;
  }
}

/**
 * Opens the embed-codes dialog for `request` (one for the whole desk): pinned to `revision` when it
 * is given (the revision just written), live otherwise; the person may switch.
 *
 * @example openEmbedCodes({ element: 'party-target-gauge', org: 'muong-khuong', period: '2024', revision: 3 })
 */
export function openEmbedCodes(request: EmbedRequest): void {
  let dialog = document.querySelector('desk-embed-dialog');
  if (dialog === null) {
    dialog = document.createElement('desk-embed-dialog');
    document.body.append(dialog);
  }
  dialog.show(request);
}
