/**
 * The desk's frame: who is signed in, the screens and the way between them. Nobody signed in sees
 * the sign-in; a session that ends (401 anywhere) comes back to it. Screens are light-DOM Lit
 * elements styled by desk.css; Web Awesome provides the controls and dialogs.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import type { Session } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { SIGNED_OUT_EVENT } from './api.ts';
import { FRAGMENT_REPLACED_EVENT, parseRoute, routeHref, type DeskRoute } from './route.ts';
import { currentSession, signOut } from './session.ts';
import { SIGNED_IN_EVENT } from './sign-in-view.ts';
import { hasUnsavedChanges, LEAVE_QUESTION } from './unsaved-guard.ts';
import './sign-in-view.ts';
import './directory-view.ts';

/**
 * The screens past the directory, each loaded the first time it is opened, so signing in and finding
 * an organisation do not wait for the forms' schemas or the report reader's view. A screen's tag is
 * drawn at once; it upgrades when its module arrives (Lit keeps the properties set before that).
 */
const LATER_SCREENS: Partial<Record<DeskRoute['screen'], () => Promise<unknown>>> = {
  organization: () => import('./organization-view.ts'),
  'organization-form': () => import('./organization-form.ts'),
  'admissions-form': () => import('./admissions-form.ts'),
  cells: () => import('./cells-editor.ts'),
  import: () => import('./import-view.ts'),
  history: () => import('./history-view.ts'),
  extract: () => import('./extract-view.ts'),
};

type SessionState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly session: Session }
  | { readonly kind: 'unreachable' };

/** The title of each screen, for the tab and the history list. */
const TITLES: Record<DeskRoute['screen'], string> = {
  directory: 'Danh bạ tổ chức · Directory',
  organization: 'Tổ chức · Organisation',
  'organization-form': 'Sửa tổ chức · Organisation',
  'admissions-form': 'Kết nạp đảng viên · Admissions',
  cells: 'Chi bộ · Cells',
  import: 'Nhập CSV · Import',
  history: 'Lịch sử · History',
  extract: 'Từ bài viết · From an article',
  'not-found': 'Không tìm thấy · Not found',
};

export class DeskApp extends LitElement {
  static override properties: PropertyDeclarations = { state: { state: true }, route: { state: true }, unloadable: { state: true } };
  declare state: SessionState;
  declare route: DeskRoute;
  /** A screen whose module could not be loaded (offline, or a new version deployed meanwhile). */
  declare unloadable: DeskRoute['screen'] | null;
  /** The fragment on screen, to go back to when leaving is cancelled. */
  private shownHash = location.hash;

  constructor() {
    super();
    this.state = { kind: 'checking' };
    this.route = parseRoute(location.hash);
    this.unloadable = null;
  }

  private load(screen: DeskRoute['screen']): void {
    const load = LATER_SCREENS[screen];
    if (load === undefined) return;
    load().then(
      () => {
        if (this.unloadable === screen) this.unloadable = null;
      },
      () => {
        this.unloadable = screen;
      },
    );
  }

  protected override createRenderRoot(): HTMLElement {
    // The page's own <main> is a placeholder until the desk draws.
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener(SIGNED_OUT_EVENT, this.onSignedOut);
    window.addEventListener(FRAGMENT_REPLACED_EVENT, this.onFragmentReplaced);
    this.addEventListener(SIGNED_IN_EVENT, this.onSignedIn as EventListener);
    void this.checkSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener(SIGNED_OUT_EVENT, this.onSignedOut);
    window.removeEventListener(FRAGMENT_REPLACED_EVENT, this.onFragmentReplaced);
    this.removeEventListener(SIGNED_IN_EVENT, this.onSignedIn as EventListener);
    super.disconnectedCallback();
  }

  private async checkSession(): Promise<void> {
    try {
      const session = await currentSession();
      this.state = session === null ? { kind: 'signed-out' } : { kind: 'signed-in', session };
    } catch {
      this.state = { kind: 'unreachable' };
    }
  }

  private readonly onHashChange = (): void => {
    if (location.hash === this.shownHash) return;
    if (hasUnsavedChanges() && !window.confirm(LEAVE_QUESTION)) {
      // Put the address back without another question.
      history.replaceState(null, '', this.shownHash || '#/');
      return;
    }
    this.shownHash = location.hash;
    this.route = parseRoute(location.hash);
  };

  /** The screen rewrote its own address: that is the one to come back to (its element stays as it is). */
  private readonly onFragmentReplaced = (): void => {
    this.shownHash = location.hash;
  };

  private readonly onSignedIn = (event: CustomEvent<Session>): void => {
    this.state = { kind: 'signed-in', session: event.detail };
  };

  private readonly onSignedOut = (): void => {
    this.state = { kind: 'signed-out' };
  };

  private async signOut(): Promise<void> {
    if (hasUnsavedChanges() && !window.confirm(LEAVE_QUESTION)) return;
    await signOut().catch(() => undefined);
    this.state = { kind: 'signed-out' };
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('route') && !changed.has('state')) return;
    document.title = `${this.state.kind === 'signed-in' ? TITLES[this.route.screen] : 'Đăng nhập · Sign in'} — Bàn dữ liệu Chỉ Tiêu`;
    // A new screen is announced by moving focus to its heading (not on the first draw).
    if (changed.has('route') && changed.get('route') !== undefined) {
      this.querySelector<HTMLElement>('main h1')?.setAttribute('tabindex', '-1');
      this.querySelector<HTMLElement>('main h1')?.focus();
    }
  }

  private screen(route: DeskRoute, session: Session) {
    this.load(route.screen);
    if (this.unloadable === route.screen) {
      return html`<main>
        <h1>Không mở được màn hình này <span class="en" lang="en">This screen could not be opened</span></h1>
        <p role="alert">
          Kiểm tra kết nối rồi tải lại trang; bản nháp của bạn vẫn được giữ.
          <span class="en" lang="en">Check the connection and reload the page; your drafts are kept.</span>
        </p>
      </main>`;
    }
    switch (route.screen) {
      case 'directory':
        return html`<desk-directory .session=${session}></desk-directory>`;
      case 'organization':
        return html`<desk-organization .session=${session} .org=${route.org}></desk-organization>`;
      case 'organization-form':
        return html`<desk-organization-form .session=${session} .org=${route.org} .parent=${route.parent}></desk-organization-form>`;
      case 'admissions-form':
        return html`<desk-admissions-form .session=${session} .org=${route.org} .period=${route.period}></desk-admissions-form>`;
      case 'cells':
        return html`<desk-cells-editor .session=${session} .org=${route.org}></desk-cells-editor>`;
      case 'import':
        return html`<desk-import .session=${session} .org=${route.org}></desk-import>`;
      case 'history':
        return html`<desk-history .session=${session} .org=${route.org} .record=${route.record}></desk-history>`;
      case 'extract':
        return html`<desk-extract .session=${session}></desk-extract>`;
      case 'not-found':
        return html`<main>
          <h1>Không có trang này <span class="en" lang="en">No such screen</span></h1>
          <p><a href=${routeHref({ screen: 'directory' })}>Về danh bạ tổ chức · Back to the directory</a></p>
        </main>`;
    }
  }

  protected override render() {
    switch (this.state.kind) {
      case 'checking':
        return html`<main aria-busy="true"><h1>Bàn dữ liệu <span class="en" lang="en">Data desk</span></h1><p role="status">Đang tải… · Loading…</p></main>`;
      case 'unreachable':
        return html`<main>
          <h1>Bàn dữ liệu <span class="en" lang="en">Data desk</span></h1>
          <p role="alert">Không kết nối được máy chủ. <span class="en" lang="en">The server could not be reached.</span></p>
          <wa-button @click=${() => void this.checkSession()}>Thử lại · Try again</wa-button>
        </main>`;
      case 'signed-out':
        return html`<desk-sign-in></desk-sign-in>`;
      case 'signed-in': {
        const { session } = this.state;
        return html`
          <nav class="desk-bar" aria-label="Bàn dữ liệu · Data desk">
            <ul class="desk-links">
              <li><a href="#/" aria-current=${this.route.screen === 'directory' ? 'page' : nothing}>Danh bạ tổ chức <span class="en" lang="en">Directory</span></a></li>
              <li><a href="#/extract" aria-current=${this.route.screen === 'extract' ? 'page' : nothing}>Từ bài viết <span class="en" lang="en">From an article</span></a></li>
            </ul>
            <p class="hint">
              <span data-testid="signed-in-as">${session.newsroom.name}${session.key.label ? html` · ${session.key.label}` : nothing}</span>
              <wa-button size="small" appearance="outlined" @click=${() => void this.signOut()}>Đăng xuất · Sign out</wa-button>
            </p>
          </nav>
          ${this.screen(this.route, session)}
        `;
      }
    }
  }
}

customElements.define('desk-app', DeskApp);

declare global {
  interface HTMLElementTagNameMap {
    'desk-app': DeskApp;
  }
}
