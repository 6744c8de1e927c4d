/**
 * `<desk-history>`: every revision of one record (an organisation, its admissions of a period, or its
 * cells), newest first, with who wrote it, when, and what changed field by field against the revision
 * before it. Any revision opens to its full content and, for figures, a live preview pinned to it;
 * restoring one writes its record back as a new revision over the newest (If-Match), so nothing is lost.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/dialog/dialog.js';
import type { AdmissionHistory, CellHistory, OrganizationHistory, OrganizationRecord, RevisionAuthor, Session } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { api, ApiError } from './api.ts';
import { fieldLabel } from './field-label.ts';
import { historyRecord, type HistoryRecord } from './history-record.ts';
import { changedFields, flattenRecord, type FieldChange } from './record-fields.ts';
import { routeHref } from './route.ts';

/** One revision as the screen shows it, whatever the record. */
interface Entry {
  readonly revision: number;
  readonly updatedAt: string;
  readonly by: RevisionAuthor | null;
  readonly deleted: boolean;
  /** What the revision held, in the shape that is compared (and, where it can be, written back). */
  readonly record: unknown;
  /** What changed against the revision before it; null for the first. */
  readonly changes: readonly FieldChange[] | null;
}

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; entries: readonly Entry[] };

/** What the screen tells after an action: a success (status) or a problem (alert). */
type Notice = { kind: 'ok' | 'problem'; text: TemplateResult | string } | null;

// Vietnam's time, whatever the computer's zone: the newsroom's day is the day the figures are about.
const WHEN = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

function who(by: RevisionAuthor | null): TemplateResult {
  if (by === null) return html`Nạp cùng cơ sở dữ liệu <span class="en" lang="en">Loaded with the database</span>`;
  if (by.actor === 'admin') return html`Quản trị viên <span class="en" lang="en">Administrator</span>`;
  if (by.label) return html`${by.label}`;
  return html`Khóa ${by.actor} <span class="en" lang="en">Key ${by.actor}</span>`;
}

function show(value: string | number | boolean | null): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  return String(value);
}

function label(path: string): TemplateResult {
  const { vi, en } = fieldLabel(path);
  return html`${vi} <span class="en" lang="en">${en}</span>`;
}

/** Newest first, each compared with the one after it in the list (the one before it in time). */
function entriesOf(revisions: readonly Omit<Entry, 'changes'>[]): Entry[] {
  return revisions.map((entry, index) => {
    const older = revisions[index + 1];
    // An emptied list and a still-empty one both flatten to null: not a change worth a row.
    const changes = older === undefined ? null : changedFields(flattenRecord(older.record), flattenRecord(entry.record)).filter((c) => c.before !== c.after);
    return { ...entry, changes };
  });
}

export class DeskHistory extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    org: { attribute: false },
    record: { attribute: false },
    load: { state: true },
    organization: { state: true },
    opened: { state: true },
    confirming: { state: true },
    asked: { state: true },
    restoring: { state: true },
    notice: { state: true },
  };
  declare session: Session;
  declare org: string;
  /** `organization`, `admissions/{period}` or `cells`, as the route says. */
  declare record: string;
  declare load: Load;
  declare organization: OrganizationRecord | null;
  /** The revisions whose full content is shown. */
  declare opened: ReadonlySet<number>;
  /** The revision the restore dialog asks about while it is open. */
  declare confirming: Entry | null;
  /** The revision the dialog last asked about, kept while it closes. */
  declare asked: Entry | null;
  declare restoring: boolean;
  declare notice: Notice;
  private loads = 0;
  /** The element to focus once the dialog has closed (it gives the focus back to its trigger first). */
  private focusAfterHide: string | null = null;

  constructor() {
    super();
    this.load = { kind: 'loading' };
    this.organization = null;
    this.opened = new Set();
    this.confirming = null;
    this.asked = null;
    this.restoring = false;
    this.notice = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get target(): HistoryRecord | null {
    return historyRecord(this.org, this.record);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('org') || changed.has('record')) {
      this.opened = new Set();
      this.notice = null;
      this.load = { kind: 'loading' };
      void this.reload();
    }
  }

  /** Reads the organisation and the history again; a later call wins over an earlier one still running. */
  private async reload(): Promise<readonly Entry[] | null> {
    const target = this.target;
    const load = ++this.loads;
    if (target === null) {
      this.load = { kind: 'failed', message: `Không có lịch sử “${this.record}” · No such history` };
      return null;
    }
    try {
      const [organization, history] = await Promise.all([
        api<OrganizationRecord>(`/v1/organizations/${encodeURIComponent(this.org)}`),
        api<OrganizationHistory | AdmissionHistory | CellHistory>(target.historyPath),
      ]);
      if (load !== this.loads) return null;
      this.organization = organization.body;
      const entries = entriesOf(
        target.kind === 'cells'
          ? (history.body as CellHistory).revisions.map(({ revision, updatedAt, by, asOf, term, cells, sources }) => ({
              revision,
              updatedAt,
              by,
              deleted: false,
              record: { asOf, term, cells, sources },
            }))
          : (history.body as OrganizationHistory | AdmissionHistory).revisions.map((entry) => ({
              revision: entry.revision,
              updatedAt: entry.updatedAt,
              by: entry.by,
              deleted: 'deleted' in entry ? entry.deleted : false,
              record: entry.record,
            })),
      );
      this.load = { kind: 'loaded', entries };
      return entries;
    } catch (error) {
      if (load !== this.loads) return null;
      const message =
        error instanceof ApiError && error.status === 404
          ? `Không tìm thấy bản ghi này · This record was not found (${error.message})`
          : `Không tải được lịch sử · The history could not be loaded (${error instanceof Error ? error.message : String(error)})`;
      this.load = { kind: 'failed', message };
      return null;
    }
  }

  private toggle(revision: number): void {
    const opened = new Set(this.opened);
    if (opened.has(revision)) opened.delete(revision);
    else opened.add(revision);
    this.opened = opened;
  }

  private async restore(entry: Entry): Promise<void> {
    const target = this.target;
    if (target === null || this.load.kind !== 'loaded') return;
    const newest = this.load.entries[0];
    if (newest === undefined) return;
    this.restoring = true;
    try {
      const { path, method, json } = target.restore(entry.revision, entry.record);
      const answer = await api<{ warnings?: { message: string }[] }>(path, { method, json, ifMatch: `"${newest.revision}"` });
      const entries = await this.reload();
      this.confirming = null;
      const restored = entries?.[0];
      const warnings = answer.body?.warnings ?? [];
      if (restored === undefined || restored.revision === newest.revision) {
        this.notice = { kind: 'ok', text: 'Bản này giống bản mới nhất, không có gì thay đổi · It equals the newest revision: nothing changed' };
        return;
      }
      this.opened = new Set([restored.revision]);
      this.focusAfterHide = `#revision-${restored.revision}-heading`;
      this.notice = {
        kind: 'ok',
        text: html`Đã khôi phục phiên bản ${entry.revision} thành phiên bản mới ${restored.revision}.
          <span class="en" lang="en">Revision ${entry.revision} was restored as the new revision ${restored.revision}.</span>
          ${warnings.length > 0 ? html`<ul class="warning-text">${warnings.map((w) => html`<li>${w.message}</li>`)}</ul>` : nothing}`,
      };
    } catch (error) {
      this.confirming = null;
      if (error instanceof ApiError && error.status === 412) {
        this.notice = {
          kind: 'problem',
          text: html`Có người vừa thay đổi bản ghi này nên chưa khôi phục; danh sách đã được tải lại, hãy xem rồi thử lại.
            <span class="en" lang="en">Someone changed this record meanwhile, so nothing was restored; the list was reloaded: review it and try again.</span>`,
        };
        await this.reload();
      } else {
        const issues = error instanceof ApiError ? error.issues : [];
        this.notice = {
          kind: 'problem',
          text: html`Không khôi phục được · Could not restore: ${error instanceof Error ? error.message : String(error)}
            ${issues.length > 0 ? html`<ul>${issues.map((issue) => html`<li>${issue.path}: ${issue.message}</li>`)}</ul>` : nothing}`,
        };
      }
    } finally {
      this.restoring = false;
    }
  }

  private renderChanges(entry: Entry): TemplateResult {
    if (entry.deleted) return html`<p>Bản ghi đã bị xóa khỏi các lượt đọc. <span class="en" lang="en">The record was taken out of reads.</span></p>`;
    if (entry.changes === null) return html`<p>Phiên bản đầu tiên. <span class="en" lang="en">The first revision.</span></p>`;
    if (entry.changes.length === 0) return html`<p>Không đổi ô nào. <span class="en" lang="en">No field changed.</span></p>`;
    return html`<table class="data history-changes">
      <caption>
        Thay đổi so với phiên bản trước
        <span class="en" lang="en">Changes from the revision before</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Ô · Field</th>
          <th scope="col">Trước · Before</th>
          <th scope="col">Sau · After</th>
        </tr>
      </thead>
      <tbody>
        ${entry.changes.map(
          (change) => html`<tr data-path=${change.path}>
            <th scope="row">${label(change.path)}</th>
            <td>${show(change.before)}</td>
            <td>${show(change.after)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderContent(entry: Entry, newest: Entry, target: HistoryRecord): TemplateResult {
    const preview = entry.deleted ? null : target.previewPath(entry.revision);
    return html`
      <table class="data history-content">
        <caption>
          Toàn bộ phiên bản ${entry.revision}
          <span class="en" lang="en">All of revision ${entry.revision}</span>
        </caption>
        <tbody>
          ${[...flattenRecord(entry.record)].map(
            ([path, value]) => html`<tr>
              <th scope="row">${label(path)}</th>
              <td>${show(value)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        preview === null
          ? nothing
          : html`<iframe
            class="history-preview"
            src=${preview}
            title=${`Xem trước phiên bản ${entry.revision} · Preview of revision ${entry.revision}`}
            loading="lazy"
          ></iframe>`
      }
      ${
        entry === newest
          ? html`<p class="hint">Đây là phiên bản mới nhất. <span class="en" lang="en">This is the newest revision.</span></p>`
          : entry.deleted
            ? html`<p class="hint">
                Phiên bản này xóa bản ghi; khôi phục phiên bản trước nó để đưa số liệu trở lại.
                <span class="en" lang="en">This revision deleted the record; restore the one before it to bring the figures back.</span>
              </p>`
            : html`<wa-button
              variant="brand"
              appearance="outlined"
              ?disabled=${this.restoring}
              @click=${() => {
                this.confirming = entry;
                this.asked = entry;
              }}
              >Khôi phục phiên bản ${entry.revision} · Restore revision ${entry.revision}</wa-button
            >`
      }
    `;
  }

  private renderEntry(entry: Entry, newest: Entry, target: HistoryRecord): TemplateResult {
    const open = this.opened.has(entry.revision);
    const id = `revision-${entry.revision}`;
    return html`<li class="panel history-entry" data-revision=${entry.revision}>
      <h2 id=${`${id}-heading`} tabindex="-1">
        Phiên bản ${entry.revision} <span class="en" lang="en">Revision ${entry.revision}</span>
        ${entry === newest ? html`<span class="hint">· mới nhất <span class="en" lang="en">newest</span></span>` : nothing}
      </h2>
      <p class="hint">
        <span data-testid="revision-author">${who(entry.by)}</span> ·
        <time datetime=${entry.updatedAt}>${WHEN.format(new Date(entry.updatedAt))}</time>
      </p>
      ${this.renderChanges(entry)}
      <button
        type="button"
        class="history-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`${id}-content`}
        @click=${() => this.toggle(entry.revision)}
      >
        ${open ? `Thu gọn phiên bản ${entry.revision} · Close revision ${entry.revision}` : `Mở phiên bản ${entry.revision} · Open revision ${entry.revision}`}
      </button>
      <div id=${`${id}-content`} class="stack history-open" ?hidden=${!open}>${open ? this.renderContent(entry, newest, target) : nothing}</div>
    </li>`;
  }

  private afterHide(event: Event): void {
    if (event.target !== event.currentTarget) return;
    this.confirming = null;
    const selector = this.focusAfterHide;
    this.focusAfterHide = null;
    // After the dialog's own return of the focus to its trigger, which it schedules the same way.
    if (selector !== null) setTimeout(() => this.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Always in the page, opened by a property, so the dialog keeps track of its trigger and honours autofocus. */
  private renderDialog(): TemplateResult {
    const entry = this.asked;
    return html`<wa-dialog
      .open=${this.confirming !== null}
      label=${entry === null ? 'Khôi phục · Restore' : `Khôi phục phiên bản ${entry.revision}? · Restore revision ${entry.revision}?`}
      @wa-after-hide=${this.afterHide}
    >
      ${
        entry === null
          ? nothing
          : html`<p>
            Số liệu của phiên bản ${entry.revision} sẽ được ghi lại thành một phiên bản mới; các phiên bản khác vẫn được giữ.
            <span class="en" lang="en">The figures of revision ${entry.revision} are written back as a new revision; every other revision is kept.</span>
          </p>`
      }
      <wa-button
        slot="footer"
        appearance="outlined"
        @click=${() => {
          this.confirming = null;
        }}
        >Hủy · Cancel</wa-button
      >
      <wa-button slot="footer" variant="brand" autofocus ?loading=${this.restoring} @click=${() => {
        if (entry !== null) void this.restore(entry);
      }}
        >Khôi phục · Restore</wa-button
      >
    </wa-dialog>`;
  }

  protected override render() {
    const target = this.target;
    const name = this.organization?.name ?? this.org;
    const closed = this.organization?.validTo ? this.organization.validTo : null;
    return html`<main>
      <h1>Lịch sử: ${target?.title.vi ?? this.record} <span class="en" lang="en">History: ${target?.title.en ?? this.record}</span></h1>
      <p>
        <a href=${routeHref({ screen: 'organization', org: this.org })} data-testid="history-organization">${name}</a>
        ${closed ? html` · <span class="hint">đã đóng ngày ${closed} <span class="en" lang="en">closed on ${closed}</span></span>` : nothing}
      </p>
      <nav aria-label="Lịch sử khác · Other histories">
        <ul class="desk-links">
          <li>
            <a
              href=${routeHref({ screen: 'history', org: this.org, record: 'organization' })}
              aria-current=${target?.kind === 'organization' ? 'page' : nothing}
              >Tổ chức <span class="en" lang="en">Organisation</span></a
            >
          </li>
          <li>
            <a href=${routeHref({ screen: 'history', org: this.org, record: 'cells' })} aria-current=${target?.kind === 'cells' ? 'page' : nothing}
              >Chi bộ <span class="en" lang="en">Cells</span></a
            >
          </li>
        </ul>
      </nav>
      <div role="status" class=${this.notice?.kind === 'ok' ? '' : 'visually-hidden'}>${this.notice?.kind === 'ok' ? this.notice.text : nothing}</div>
      <div role="alert" class="error-text">${this.notice?.kind === 'problem' ? this.notice.text : nothing}</div>
      ${this.renderList(target)} ${this.renderDialog()}
    </main>`;
  }

  private renderList(target: HistoryRecord | null): TemplateResult {
    switch (this.load.kind) {
      case 'loading':
        return html`<p role="status" aria-busy="true">Đang tải lịch sử… · Loading the history…</p>`;
      case 'failed':
        return html`<p role="alert" class="error-text">${this.load.message}</p>`;
      case 'loaded': {
        const [newest] = this.load.entries;
        if (newest === undefined || target === null) {
          return html`<p>Chưa có phiên bản nào. <span class="en" lang="en">No revisions yet.</span></p>`;
        }
        return html`<ol class="history-list" aria-label="Các phiên bản, mới nhất trước · Revisions, newest first">
          ${repeat(
            this.load.entries,
            (entry) => entry.revision,
            (entry) => this.renderEntry(entry, newest, target),
          )}
        </ol>`;
      }
    }
  }
}

customElements.define('desk-history', DeskHistory);

declare global {
  interface HTMLElementTagNameMap {
    'desk-history': DeskHistory;
  }
}
