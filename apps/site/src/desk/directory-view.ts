/**
 * `<desk-directory>`: every organisation, found by name as one types (diacritics and case ignored by
 * the API), narrowed by level, parent, the newsroom's own and open or closed, a page at a time, each
 * under its parent. The search and filters live in the fragment, so the back button comes back to
 * the same list; how many were found is announced politely.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import { ORGANIZATION_KINDS, type OrganizationKind, type OrganizationRecord, type Session } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { KIND_LABELS } from '../organization-kinds.ts';
import { organizationNamed, searchable, searchOrganizations } from '../organization-search.ts';
import { filtersHash, filtersSearch, nestOrganizations, readFilters, type DirectoryFilters, type DirectoryNode } from './directory-filters.ts';
import type { DeskOrgPicker } from './org-picker.ts';
import { replaceFragment, routeHref } from './route.ts';
import './org-picker.ts';
import './directory.css';

/** Organisations per page. */
const PAGE_SIZE = 50;
/** How long typing pauses before the directory is asked, in ms. */
const SEARCH_DELAY = 300;

type Listing =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'ready'; readonly organizations: readonly OrganizationRecord[]; readonly nextCursor: string | null; readonly loadingMore: boolean };

export class DeskDirectory extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    org: { attribute: false },
    filters: { state: true },
    listing: { state: true },
    names: { state: true },
    announcement: { state: true },
  };
  declare session: Session;
  declare org: string | null;
  declare filters: DirectoryFilters;
  declare listing: Listing;
  /** Names of parents outside the list, by slug. */
  declare names: ReadonlyMap<string, string>;
  /** What the polite live region says. */
  declare announcement: string;
  private timer = 0;
  private request: AbortController | null = null;

  constructor() {
    super();
    this.org = null;
    this.filters = readFilters(location.hash);
    this.listing = { kind: 'loading' };
    this.names = new Map();
    this.announcement = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(null);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
    this.request?.abort();
    super.disconnectedCallback();
  }

  private setFilters(filters: DirectoryFilters, delay: number): void {
    this.filters = filters;
    // The fragment keeps the search without a new history entry (and without the frame redrawing).
    replaceFragment(filtersHash(filters));
    clearTimeout(this.timer);
    if (delay === 0) void this.load(null);
    else this.timer = window.setTimeout(() => void this.load(null), delay);
  }

  /** Loads the first page (cursor null) or the page after `cursor`. */
  private async load(cursor: string | null): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    const filters = this.filters;
    if (filters.q.trim() !== '' && !searchable(filters.q)) {
      this.listing = { kind: 'ready', organizations: [], nextCursor: null, loadingMore: false };
      this.announcement = 'Gõ chữ hoặc số để tìm. · Type letters or digits to search.';
      return;
    }
    const before = this.listing.kind === 'ready' && cursor !== null ? this.listing.organizations : [];
    if (cursor === null) this.listing = { kind: 'loading' };
    else if (this.listing.kind === 'ready') this.listing = { ...this.listing, loadingMore: true };
    try {
      const page = await searchOrganizations(filtersSearch(filters, this.session.newsroom.slug, cursor, PAGE_SIZE), request.signal);
      if (request.signal.aborted) return;
      const organizations = [...before, ...page.organizations];
      this.listing = { kind: 'ready', organizations, nextCursor: page.nextCursor, loadingMore: false };
      this.announcement = this.count(organizations.length, page.nextCursor !== null);
      void this.nameParents(organizations);
      if (cursor !== null) {
        await this.updateComplete;
        // Focus goes to the first organisation of the new page when the button is gone.
        if (page.nextCursor === null && page.organizations[0]) this.querySelector<HTMLElement>(`[data-slug="${page.organizations[0].slug}"] a`)?.focus();
      }
    } catch (error) {
      if (request.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.listing = { kind: 'failed', reason };
      this.announcement = `Không tải được danh bạ: ${reason} · The directory could not be loaded.`;
    }
  }

  private count(shown: number, more: boolean): string {
    if (shown === 0) return 'Không tìm thấy tổ chức nào. · No organisation found.';
    return more ? `Đang hiện ${shown} tổ chức; còn nữa. · Showing ${shown}; there are more.` : `${shown} tổ chức. · ${shown} found.`;
  }

  /** Looks up the names of parents the list does not hold, to say what each top-level organisation is under. */
  private async nameParents(organizations: readonly OrganizationRecord[]): Promise<void> {
    const inList = new Set(organizations.map((organization) => organization.slug));
    const wanted = new Set([
      ...organizations.map((organization) => organization.parent).filter((slug): slug is string => slug !== null && !inList.has(slug) && !this.names.has(slug)),
      ...(this.filters.parent !== null && !this.names.has(this.filters.parent) ? [this.filters.parent] : []),
    ]);
    const found = await Promise.all([...wanted].map((slug) => organizationNamed(slug)));
    const names = new Map(this.names);
    for (const organization of found) if (organization !== null) names.set(organization.slug, organization.name);
    this.names = names;
  }

  private onSearch(event: Event): void {
    const q = (event.target as HTMLInputElement).value;
    this.setFilters({ ...this.filters, q }, SEARCH_DELAY);
  }

  private onKind(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilters({ ...this.filters, kind: value === '' ? null : (value as OrganizationKind) }, 0);
  }

  private onStatus(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilters({ ...this.filters, status: value === 'open' || value === 'closed' ? value : null }, 0);
  }

  private onOwn(event: Event): void {
    this.setFilters({ ...this.filters, own: (event.target as HTMLInputElement).checked }, 0);
  }

  private onParent(event: Event): void {
    this.setFilters({ ...this.filters, parent: (event.target as DeskOrgPicker).value }, 0);
  }

  private showChildren(organization: OrganizationRecord): void {
    this.names = new Map(this.names).set(organization.slug, organization.name);
    this.setFilters({ q: '', kind: null, parent: organization.slug, own: false, status: null }, 0);
    this.querySelector<HTMLElement>('#directory-heading')?.focus();
  }

  private clearFilters(): void {
    this.setFilters({ q: '', kind: null, parent: null, own: false, status: null }, 0);
  }

  private renderNode(node: DirectoryNode, top: boolean): unknown {
    const { organization } = node;
    const own = organization.newsroom === this.session.newsroom.slug;
    const parent = top && organization.parent !== null ? (this.names.get(organization.parent) ?? organization.parent) : null;
    return html`<li data-slug=${organization.slug}>
      <div class="directory-entry">
        <a href=${routeHref({ screen: 'organization', org: organization.slug })}>${organization.name}</a>
        <span class="directory-meta">
          ${KIND_LABELS[organization.kind]} · <code>${organization.slug}</code>
          ${parent === null ? nothing : html` · thuộc · under ${parent}`}
          ${organization.validTo === null ? nothing : html` · <span class="directory-closed">đã đóng ngày · closed on ${organization.validTo}</span>`}
          ${own ? nothing : html` · do ${organization.newsroom} quản lý · maintained by ${organization.newsroom}`}
        </span>
        <span class="directory-actions">
          <wa-button size="small" appearance="plain" @click=${() => this.showChildren(organization)}
            >Tổ chức trực thuộc · Under it <span class="visually-hidden">${organization.name}</span></wa-button
          >
          <a href=${routeHref({ screen: 'organization-form', org: null, parent: organization.slug })}
            >Thêm tổ chức trực thuộc · Add one under it<span class="visually-hidden"> ${organization.name}</span></a
          >
        </span>
      </div>
      ${
        node.children.length > 0
          ? html`<ul aria-label=${`Trực thuộc · Under ${organization.name}`}>
            ${node.children.map((child) => this.renderNode(child, false))}
          </ul>`
          : nothing
      }
    </li>`;
  }

  private renderListing() {
    const listing = this.listing;
    if (listing.kind === 'loading') return html`<p class="hint">Đang tải… · Loading…</p>`;
    if (listing.kind === 'failed') return html`<p class="error-text">Không tải được danh bạ: ${listing.reason} · The directory could not be loaded.</p>`;
    if (listing.organizations.length === 0) return html`<p>Không tìm thấy tổ chức nào. <span class="en" lang="en">No organisation found.</span></p>`;
    return html`<ul class="directory-tree" aria-label="Tổ chức · Organisations">
        ${nestOrganizations(listing.organizations).map((node) => this.renderNode(node, true))}
      </ul>
      ${
        listing.nextCursor === null
          ? nothing
          : html`<wa-button ?loading=${listing.loadingMore} @click=${() => void this.load(listing.nextCursor)}>Xem thêm · Show more</wa-button>`
      }`;
  }

  protected override render() {
    const filters = this.filters;
    const parentName = filters.parent === null ? null : (this.names.get(filters.parent) ?? filters.parent);
    const filtered = filters.q !== '' || filters.kind !== null || filters.parent !== null || filters.own || filters.status !== null;
    return html`<main>
      <h1>Danh bạ tổ chức <span class="en" lang="en">Directory of organisations</span></h1>
      <p>
        <a href=${routeHref({ screen: 'organization-form', org: null, parent: null })}>Tổ chức mới · New organisation</a>
      </p>
      <form class="panel directory-filters" role="search" aria-label="Tìm tổ chức · Find organisations" @submit=${(event: Event) => event.preventDefault()}>
        <wa-input
          class="directory-search"
          type="search"
          label="Tìm theo tên · Search by name"
          hint="Không cần gõ dấu: muong khuong tìm được Mường Khương. · Accents optional."
          autocomplete="off"
          .value=${filters.q}
          @input=${this.onSearch}
        ></wa-input>
        <div class="row">
          <label
            >Cấp · Level
            <select @change=${this.onKind}>
              <option value="" ?selected=${filters.kind === null}>Mọi cấp · Any</option>
              ${ORGANIZATION_KINDS.map((kind) => html`<option value=${kind} ?selected=${filters.kind === kind}>${KIND_LABELS[kind]}</option>`)}
            </select></label
          >
          <label
            >Tình trạng · Status
            <select @change=${this.onStatus}>
              <option value="" ?selected=${filters.status === null}>Tất cả · All</option>
              <option value="open" ?selected=${filters.status === 'open'}>Còn hoạt động · Open</option>
              <option value="closed" ?selected=${filters.status === 'closed'}>Đã đóng · Closed</option>
            </select></label
          >
          <label><input type="checkbox" .checked=${filters.own} @change=${this.onOwn} /> Chỉ của ${this.session.newsroom.name} · Only ours</label>
        </div>
        <desk-org-picker label="Trực thuộc tổ chức · Under the organisation" .value=${filters.parent} @change=${this.onParent}></desk-org-picker>
        ${filtered ? html`<div><wa-button size="small" appearance="outlined" @click=${() => this.clearFilters()}>Bỏ lọc · Clear filters</wa-button></div>` : nothing}
      </form>
      <section aria-labelledby="directory-heading">
        <h2 id="directory-heading" tabindex="-1">
          ${parentName === null ? html`Kết quả <span class="en" lang="en">Results</span>` : html`Trực thuộc ${parentName} <span class="en" lang="en">Under it</span>`}
        </h2>
        <p role="status" class="hint directory-count">${this.announcement}</p>
        ${this.renderListing()}
      </section>
    </main>`;
  }
}

customElements.define('desk-directory', DeskDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'desk-directory': DeskDirectory;
  }
}
