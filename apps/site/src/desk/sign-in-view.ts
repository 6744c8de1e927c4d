/** Sign-in: the key the administrator issued is pasted once and exchanged for a session cookie. */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import type { Session } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { ApiError } from './api.ts';
import { signIn } from './session.ts';

/** Dispatched (bubbling) with the new session once signed in. */
export const SIGNED_IN_EVENT = 'desk-signed-in';

function problem(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Khóa không đúng hoặc đã bị thu hồi. — The key is wrong or has been revoked.';
    if (error.status === 429) return 'Quá nhiều lần thử sai; đợi một phút rồi thử lại. — Too many wrong keys; wait a minute and try again.';
    if (error.status === 403)
      return 'Khóa này không dùng được cho bàn dữ liệu (cần khóa của một tòa soạn). — This key cannot sign in to the desk (it needs a newsroom’s key).';
    return `${error.message}`;
  }
  return 'Không kết nối được máy chủ. — The server could not be reached.';
}

export class DeskSignIn extends LitElement {
  static override properties: PropertyDeclarations = { busy: { state: true }, error: { state: true } };
  declare busy: boolean;
  declare error: string | null;

  constructor() {
    super();
    this.busy = false;
    this.error = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector<HTMLInputElement & { value: string }>('[name="key"]')!;
    const key = input.value.trim();
    if (!key) {
      this.error = 'Dán khóa vào ô trên. — Paste the key in the box above.';
      input.focus();
      return;
    }
    this.busy = true;
    this.error = null;
    try {
      const session: Session = await signIn(key);
      // The key leaves the page as soon as it is exchanged.
      input.value = '';
      this.dispatchEvent(new CustomEvent(SIGNED_IN_EVENT, { detail: session, bubbles: true }));
    } catch (error) {
      this.error = problem(error);
      input.focus();
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    return html`
      <main>
        <h1>Đăng nhập bàn dữ liệu <span class="en" lang="en">Sign in to the data desk</span></h1>
        <form class="panel stack" @submit=${this.submit} novalidate>
          <p>
            Dán khóa mà quản trị viên đã cấp cho bạn. Trang này chỉ gửi khóa một lần để mở phiên làm việc và không lưu khóa.
            <span class="en" lang="en">Paste the key the administrator issued to you. The page sends it once to open a session and never keeps it.</span>
          </p>
          <wa-input name="key" type="password" autocomplete="off" spellcheck="false" required label="Khóa · Key" hint="ct_…"></wa-input>
          ${this.error ? html`<wa-callout variant="danger" role="alert"><span class="error-text">${this.error}</span></wa-callout>` : nothing}
          <div class="row">
            <wa-button type="submit" variant="brand" ?loading=${this.busy}>Đăng nhập · Sign in</wa-button>
          </div>
        </form>
      </main>
    `;
  }
}

customElements.define('desk-sign-in', DeskSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'desk-sign-in': DeskSignIn;
  }
}
