/**
 * `<desk-organization>`: an organisation's page: its details, every admission record (by period) and
 * its cell census, each previewed by the real element in an iframe of this origin's embed page, with
 * its last change (who, when) and the actions: edit, history, embed code. Another newsroom's
 * organisation is shown read-only (the API would refuse its writes and its histories anyway).
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import type { AdmissionHistory, CellHistory, CellsResponse, OrganizationHistory, OrganizationRecord, RevisionAuthor, Session, Target } from '@chitieu/domain';
import { cellMapTitle, gaugeTitle, periodName, RESERVED_HEIGHTS } from '@chitieu/embed';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { readHeightMessage } from '../height-messages.ts';
import { KIND_LABELS } from '../organization-kinds.ts';
import { organizationNamed } from '../organization-search.ts';
import { api, ApiError } from './api.ts';
import { censusDays, type CensusDay } from './census-days.ts';
import { openEmbedCodes } from './embed-dialog.ts';
import { authorText, changeTime } from './last-change.ts';
import { routeHref } from './route.ts';
import './organization.css';

/** One period of GET /v1/organizations/{org}/admissions. */
interface AdmissionPeriod {
  readonly period: string;
  readonly admitted: number;
  readonly target: Target | null;
  readonly asOf: string;
  readonly revision: number;
  readonly updatedAt: string;
  readonly deleted: boolean;
}

/** Who changed a record last and when; `by` undefined when this newsroom may not see who. */
interface LastChange {
  readonly updatedAt: string;
  readonly by?: RevisionAuthor | null;
}

interface Page {
  readonly organization: OrganizationRecord;
  readonly admissions: readonly AdmissionPeriod[];
  readonly cells: CellsResponse | null;
  readonly own: boolean;
  /** Whether organisations are recorded under it, so each period can also be shown as a ranking of them. */
  readonly hasSubordinates: boolean;
}

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly reason: string }
  | ({ readonly kind: 'ready' } & Page);

/** The period's figures in brief: '53 / chỉ tiêu 20'. */
function figuresText(period: AdmissionPeriod): string {
  if (period.target === null) return `${period.admitted} đảng viên · members (không có chỉ tiêu · no target)`;
  const target = period.target.min === period.target.max ? `${period.target.min}` : `${period.target.min}–${period.target.max}`;
  return `${period.admitted} đảng viên · members / chỉ tiêu · target ${target}`;
}

export class DeskOrganization extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    org: { attribute: false },
    loaded: { state: true },
    names: { state: true },
    changes: { state: true },
    censuses: { state: true },
  };
  declare session: Session;
  declare org: string | null;
  declare loaded: Loaded;
  /** Names of the parent and successors, by slug. */
  declare names: ReadonlyMap<string, string>;
  /** The last change of each record: 'organization', 'admissions/{period}', 'cells'. */
  declare changes: ReadonlyMap<string, LastChange>;
  /** Every census day, from the cell history (its own newsroom only). */
  declare censuses: readonly CensusDay[];
  private generation = 0;

  constructor() {
    super();
    this.org = null;
    this.loaded = { kind: 'loading' };
    this.names = new Map();
    this.changes = new Map();
    this.censuses = [];
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  /** The previews report their content's height (as /site/v1/resize.js reads it): each iframe fits its element. */
  private readonly onMessage = (event: MessageEvent): void => {
    const height = readHeightMessage(event.data);
    if (height === null) return;
    for (const frame of this.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.height = String(height);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('org') && this.org !== null) void this.load(this.org);
  }

  private async load(slug: string): Promise<void> {
    const current = ++this.generation;
    this.loaded = { kind: 'loading' };
    this.changes = new Map();
    this.censuses = [];
    const path = `/v1/organizations/${encodeURIComponent(slug)}`;
    try {
      const [organization, periods, cells, subordinates] = await Promise.all([
        api<OrganizationRecord>(path),
        api<{ admissions: AdmissionPeriod[] }>(`${path}/admissions`),
        api<CellsResponse>(`${path}/cells`).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }),
        api<{ organizations: unknown[] }>(`/v1/organizations?${new URLSearchParams({ parent: slug, limit: '1' })}`),
      ]);
      if (current !== this.generation) return;
      const own = organization.body.newsroom === this.session.newsroom.slug;
      const page: Page = {
        organization: organization.body,
        admissions: periods.body.admissions,
        cells: cells?.body ?? null,
        own,
        hasSubordinates: subordinates.body.organizations.length > 0,
      };
      this.loaded = { kind: 'ready', ...page };
      void this.nameRelatives(page.organization);
      void this.loadChanges(page, current);
    } catch (error) {
      if (current !== this.generation) return;
      this.loaded =
        error instanceof ApiError && error.status === 404
          ? { kind: 'missing' }
          : { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  private async nameRelatives(organization: OrganizationRecord): Promise<void> {
    const slugs = [...(organization.parent === null ? [] : [organization.parent]), ...organization.successors];
    const found = await Promise.all(slugs.map((slug) => organizationNamed(slug)));
    const names = new Map(this.names);
    for (const relative of found) if (relative !== null) names.set(relative.slug, relative.name);
    this.names = names;
  }

  /**
   * The last change of each record. Its newsroom reads who from the histories; anyone else sees only
   * when (the histories name the newsroom's staff, so the API keeps them to it).
   */
  private async loadChanges(page: Page, current: number): Promise<void> {
    const changes = new Map<string, LastChange>([
      ['organization', { updatedAt: page.organization.updatedAt }],
      ...page.admissions.map((period): [string, LastChange] => [`admissions/${period.period}`, { updatedAt: period.updatedAt }]),
      ...(page.cells === null ? [] : [['cells', { updatedAt: page.cells.updatedAt }] as [string, LastChange]]),
    ]);
    this.changes = changes;
    if (!page.own) return;
    const path = `/v1/organizations/${encodeURIComponent(page.organization.slug)}`;
    const newest = (revisions: readonly { updatedAt: string; by: RevisionAuthor | null }[]): LastChange | null =>
      revisions[0] === undefined ? null : { updatedAt: revisions[0].updatedAt, by: revisions[0].by };
    const reads: Array<Promise<[string, LastChange | null]>> = [
      api<OrganizationHistory>(`${path}/revisions`).then((answer) => ['organization', newest(answer.body.revisions)]),
      ...page.admissions.map((period) =>
        api<AdmissionHistory>(`${path}/admissions/${encodeURIComponent(period.period)}/revisions`).then((answer): [string, LastChange | null] => [
          `admissions/${period.period}`,
          newest(answer.body.revisions),
        ]),
      ),
      ...(page.cells === null
        ? []
        : [
            api<CellHistory>(`${path}/cells/revisions`).then((answer): [string, LastChange | null] => {
              if (current === this.generation) this.censuses = censusDays(answer.body.revisions);
              return ['cells', newest(answer.body.revisions)];
            }),
          ]),
    ];
    const settled = await Promise.allSettled(reads);
    if (current !== this.generation) return;
    const known = new Map(changes);
    for (const result of settled) if (result.status === 'fulfilled' && result.value[1] !== null) known.set(result.value[0], result.value[1]);
    this.changes = known;
  }

  private renderChange(record: string) {
    const change = this.changes.get(record);
    if (change === undefined) return nothing;
    return html`<p class="hint last-change" data-record=${record}>
      Thay đổi lần cuối · Last change: <time datetime=${change.updatedAt}>${changeTime(change.updatedAt)}</time>
      ${change.by === undefined ? nothing : html` — <span class="last-change-by">${authorText(change.by)}</span>`}
    </p>`;
  }

  private link(slug: string) {
    return html`<a href=${routeHref({ screen: 'organization', org: slug })}>${this.names.get(slug) ?? slug}</a>`;
  }

  private renderDetails(page: Page) {
    const { organization } = page;
    return html`<dl class="org-details">
      <dt>Cấp · Level</dt>
      <dd>${KIND_LABELS[organization.kind]}</dd>
      <dt>Mã · Slug</dt>
      <dd><code>${organization.slug}</code></dd>
      <dt>Trực thuộc · Under</dt>
      <dd>${organization.parent === null ? '—' : this.link(organization.parent)}</dd>
      <dt>Hiệu lực · Valid</dt>
      <dd>
        ${organization.validFrom ?? 'không rõ · unknown'} → ${organization.validTo ?? 'nay · today'}
        ${organization.validTo === null ? nothing : html`<span class="org-closed">(đã đóng · closed)</span>`}
      </dd>
      ${
        organization.successors.length > 0
          ? html`<dt>Kế tiếp · Succeeded by</dt>
            <dd>
              <ul class="inline-list">
                ${organization.successors.map((slug) => html`<li>${this.link(slug)}</li>`)}
              </ul>
            </dd>`
          : nothing
      }
      <dt>Tòa soạn quản lý · Maintained by</dt>
      <dd>${page.own ? this.session.newsroom.name : organization.newsroom}</dd>
      <dt>Phiên bản · Revision</dt>
      <dd>${organization.revision}</dd>
    </dl>`;
  }

  private renderAdmission(page: Page, period: AdmissionPeriod) {
    const slug = page.organization.slug;
    const name = periodName(period.period, 'vi');
    const record = `admissions/${period.period}`;
    const embed = `/embed/party-target-gauge?${new URLSearchParams({ org: slug, period: period.period })}`;
    return html`<article class="panel org-record" data-period=${period.period} aria-labelledby=${`period-${period.period}`}>
      <h3 id=${`period-${period.period}`}>${name}</h3>
      ${
        period.deleted
          ? html`<p><strong>Đã xóa khỏi số liệu công khai. · Deleted from the public figures.</strong> Lịch sử vẫn giữ. · The history keeps it.</p>`
          : html`<p>${figuresText(period)} · số liệu đến · as of ${period.asOf} · phiên bản · revision ${period.revision}</p>
            <iframe
              class="org-preview"
              src=${embed}
              title=${`Xem trước · Preview: ${gaugeTitle(page.organization.name, period.period, 'vi')}`}
              height=${parseFloat(RESERVED_HEIGHTS['party-target-gauge']) * 16}
            ></iframe>`
      }
      ${this.renderChange(record)}
      <div class="row org-actions">
        ${
          page.own
            ? html`<a href=${routeHref({ screen: 'admissions-form', org: slug, period: period.period })}>Sửa ${name} · Edit</a>
              <a href=${routeHref({ screen: 'history', org: slug, record })}>Lịch sử ${name} · History</a>`
            : nothing
        }
        ${
          period.deleted
            ? nothing
            : html`<wa-button
              size="small"
              appearance="outlined"
              @click=${() => openEmbedCodes({ element: 'party-target-gauge', org: slug, period: period.period, revision: period.revision })}
              >Mã nhúng ${name} · Embed code</wa-button
            >`
        }

      </div>
    </article>`;
  }

  private renderCells(page: Page) {
    const slug = page.organization.slug;
    const cells = page.cells;
    return html`<section aria-labelledby="org-cells">
      <h2 id="org-cells">Chi bộ trực thuộc <span class="en" lang="en">Cells</span></h2>
      ${
        cells === null
          ? html`<p>Chưa có số liệu chi bộ. <span class="en" lang="en">No cell census yet.</span></p>`
          : html`<article class="panel org-record">
            <p>
              ${cells.total} chi bộ · cells · số liệu đến · as of ${cells.asOf}${cells.term === null ? nothing : html` · nhiệm kỳ · term ${cells.term}`} · phiên bản ·
              revision ${cells.revision}
            </p>
            <iframe
              class="org-preview"
              src=${`/embed/party-cell-map?${new URLSearchParams({ org: slug })}`}
              title=${`Xem trước · Preview: ${cellMapTitle(page.organization.name, 'vi')}`}
              height=${parseFloat(RESERVED_HEIGHTS['party-cell-map']) * 16}
            ></iframe>
            ${this.renderChange('cells')} ${this.renderCensuses(slug)}
          </article>`
      }
      <div class="row org-actions">
        ${
          page.own
            ? html`<a href=${routeHref({ screen: 'cells', org: slug })}>Sửa chi bộ · Edit the cells</a>
              <a href=${routeHref({ screen: 'import', org: slug })}>Nhập từ CSV · Import a CSV</a>
              ${cells === null ? nothing : html`<a href=${routeHref({ screen: 'history', org: slug, record: 'cells' })}>Lịch sử chi bộ · History of the cells</a>`}`
            : nothing
        }
        ${
          cells === null
            ? nothing
            : html`<wa-button
              size="small"
              appearance="outlined"
              @click=${() => openEmbedCodes({ element: 'party-cell-map', org: slug, period: null, revision: cells.revision ?? null })}
              >Mã nhúng bản đồ chi bộ · Embed code</wa-button
            >`
        }
      </div>
    </section>`;
  }

  /** The census of every day (a later census starts from the one before, so earlier days keep their figures). */
  private renderCensuses(slug: string) {
    if (this.censuses.length < 2) return nothing;
    return html`<table class="data census-days">
      <caption>
        Số liệu theo ngày
        <span class="en" lang="en">Censuses by date</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Ngày số liệu · As of</th>
          <th scope="col">Chi bộ · Cells</th>
          <th scope="col">Phiên bản · Revision</th>
          <th scope="col">Thay đổi lần cuối · Last change</th>
        </tr>
      </thead>
      <tbody>
        ${this.censuses.map(
          (day) =>
            html`<tr>
              <th scope="row"><a href=${`/embed/party-cell-map?${new URLSearchParams({ org: slug, 'as-of': day.asOf })}`} target="_blank" rel="noopener">${day.asOf}</a></th>
              <td>${day.cells}</td>
              <td>${day.revision}</td>
              <td><time datetime=${day.updatedAt}>${changeTime(day.updatedAt)}</time> — ${authorText(day.by)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  protected override render() {
    const loaded = this.loaded;
    if (loaded.kind === 'loading')
      return html`<main aria-busy="true">
        <h1>Tổ chức <span class="en" lang="en">Organisation</span></h1>
        <p role="status">Đang tải… · Loading…</p>
      </main>`;
    if (loaded.kind === 'missing' || loaded.kind === 'failed')
      return html`<main>
        <h1>Không mở được tổ chức <span class="en" lang="en">The organisation could not be opened</span></h1>
        <p role="alert">
          ${loaded.kind === 'missing' ? html`Không có tổ chức “${this.org}”. · There is no organisation “${this.org}”.` : html`${loaded.reason}`}
        </p>
        <p><a href=${routeHref({ screen: 'directory' })}>Về danh bạ tổ chức · Back to the directory</a></p>
      </main>`;
    const slug = loaded.organization.slug;
    return html`<main>
      <p class="hint"><a href=${routeHref({ screen: 'directory' })}>Danh bạ tổ chức · Directory</a></p>
      <h1>${loaded.organization.name}</h1>
      ${
        loaded.own
          ? nothing
          : html`<p class="panel">
            Tổ chức này do tòa soạn ${loaded.organization.newsroom} quản lý: bạn xem và lấy mã nhúng được, nhưng không sửa được.
            <span class="en" lang="en">Another newsroom maintains this organisation: you can read it and embed its figures, not change them.</span>
          </p>`
      }
      <section aria-labelledby="org-details">
        <h2 id="org-details">Thông tin <span class="en" lang="en">Details</span></h2>
        ${this.renderDetails(loaded)} ${this.renderChange('organization')}
        <div class="row org-actions">
          ${
            loaded.own
              ? html`<a href=${routeHref({ screen: 'organization-form', org: slug, parent: null })}>Sửa thông tin · Edit the details</a>
                <a href=${routeHref({ screen: 'history', org: slug, record: 'organization' })}>Lịch sử · History</a>`
              : nothing
          }
          <a href=${routeHref({ screen: 'organization-form', org: null, parent: slug })}>Thêm tổ chức trực thuộc · Add one under it</a>
          <a href=${`${routeHref({ screen: 'directory' })}?parent=${encodeURIComponent(slug)}`}>Tổ chức trực thuộc · Those under it</a>
        </div>
      </section>
      <section aria-labelledby="org-admissions">
        <h2 id="org-admissions">Kết nạp đảng viên <span class="en" lang="en">Admissions</span></h2>
        ${loaded.admissions.length === 0 ? html`<p>Chưa có số liệu kết nạp. <span class="en" lang="en">No admissions yet.</span></p>` : nothing}
        ${loaded.admissions.map((period) => this.renderAdmission(loaded, period))}
        ${
          loaded.own
            ? html`<p><a href=${routeHref({ screen: 'admissions-form', org: slug, period: null })}>Thêm năm hoặc nhiệm kỳ · Add a year or term</a></p>`
            : nothing
        }
      </section>
      ${this.renderCells(loaded)} ${loaded.hasSubordinates ? this.renderRanking(loaded) : nothing}
    </main>`;
  }

  /**
   * The ranking of the organisations under it for a period (<party-target-ranking>): its figures are
   * theirs, so it is offered whenever there are any, for the period typed (the latest of its own, or
   * last year, to start with).
   */
  private renderRanking(page: Page) {
    const slug = page.organization.slug;
    const start = page.admissions[0]?.period ?? String(new Date().getFullYear() - 1);
    const open = (event: SubmitEvent) => {
      event.preventDefault();
      const period = String(new FormData(event.currentTarget as HTMLFormElement).get('period') ?? '').trim();
      if (period) openEmbedCodes({ element: 'party-target-ranking', org: slug, period, revision: null });
    };
    return html`<section aria-labelledby="org-ranking">
      <h2 id="org-ranking">Xếp hạng các tổ chức trực thuộc <span class="en" lang="en">Ranking of the organisations under it</span></h2>
      <form class="row" @submit=${open}>
        <p>
          <label for="ranking-period">Kỳ · Period</label>
          <input id="ranking-period" name="period" .value=${start} required inputmode="numeric" autocomplete="off" aria-describedby="ranking-period-hint" />
        </p>
        <wa-button type="submit" size="small" appearance="outlined">Mã nhúng xếp hạng · Ranking embed code</wa-button>
      </form>
      <p id="ranking-period-hint" class="hint">
        Năm (2024) hoặc nhiệm kỳ (2020-2025): mỗi tổ chức trực thuộc so với chỉ tiêu của chính nó.
        <span class="en" lang="en">A year or a term: each organisation under it against its own target.</span>
      </p>
    </section>`;
  }
}

customElements.define('desk-organization', DeskOrganization);

declare global {
  interface HTMLElementTagNameMap {
    'desk-organization': DeskOrganization;
  }
}
