/**
 * Import a CSV with a preview (`#/org/{slug}/import`): a file is chosen or text pasted, the API's dry
 * run is shown row by row (created / updated / unchanged / rejected, with line, column and reason),
 * the text is fixed in place and checked again, and the import, all or nothing, is confirmed from there.
 */
import { IMPORT_KINDS, type ImportKind, type ImportReport, type ImportRowReport, type OrganizationRecord, type Session } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ApiError, api, type ApiIssue } from './api.ts';
import { lineRange } from './csv-lines.ts';
import { routeHref } from './route.ts';
import { UnsavedGuardController } from './unsaved-guard-controller.ts';
import './desk-table.css';

const OUTCOME_LABELS: Record<ImportRowReport['outcome'], string> = {
  created: 'Tạo mới · Created',
  updated: 'Cập nhật · Updated',
  unchanged: 'Không đổi · Unchanged',
  rejected: 'Bị từ chối · Rejected',
};

const KIND_LABELS: Record<ImportKind | 'auto', string> = {
  auto: 'Tự nhận theo tên cột · Told from the header',
  cells: 'Chi bộ · Cells',
  admissions: 'Kết nạp đảng viên · Admissions',
};

/** A refusal of the whole file (a header the import does not know, a file that is not CSV). */
interface FileProblem {
  readonly message: string;
  readonly issues: readonly ApiIssue[];
}

export class DeskImport extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    org: { attribute: false },
    orgName: { state: true },
    text: { state: true },
    kind: { state: true },
    report: { state: true },
    reportText: { state: true },
    result: { state: true },
    problem: { state: true },
    status: { state: true },
    busy: { state: true },
  };
  declare session: Session;
  declare org: string | null;
  declare orgName: string;
  declare text: string;
  declare kind: ImportKind | 'auto';
  /** The last dry run, and the text it was run on. */
  declare report: ImportReport | null;
  declare reportText: string;
  /** The import done. */
  declare result: ImportReport | null;
  declare problem: FileProblem | null;
  declare status: string;
  declare busy: boolean;
  private loadedOrg: string | null = null;

  constructor() {
    super();
    // Text read or typed but not imported would be lost by leaving.
    new UnsavedGuardController(this, () => this.text.trim() !== '' && this.result === null);
    this.org = null;
    this.orgName = '';
    this.text = '';
    this.kind = 'auto';
    this.report = null;
    this.reportText = '';
    this.result = null;
    this.problem = null;
    this.status = '';
    this.busy = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    if (this.org && this.org !== this.loadedOrg) {
      this.loadedOrg = this.org;
      const org = this.org;
      this.orgName = org;
      api<OrganizationRecord>(`/v1/organizations/${encodeURIComponent(org)}`)
        .then((answer) => {
          if (this.org === org) this.orgName = answer.body.name;
        })
        .catch(() => undefined);
    }
  }

  private path(dryRun: boolean): string {
    const query = new URLSearchParams();
    if (this.kind !== 'auto') query.set('kind', this.kind);
    if (dryRun) query.set('dryRun', 'true');
    const search = query.toString();
    return `/v1/organizations/${encodeURIComponent(this.org ?? '')}/import${search ? `?${search}` : ''}`;
  }

  private async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.text = await file.text();
    this.status = `Đã đọc tệp ${file.name} · Read the file ${file.name}`;
    await this.dryRun();
  }

  private async dryRun(): Promise<void> {
    if (this.busy || !this.org) return;
    if (this.text.trim() === '') {
      this.problem = { message: 'Chưa có nội dung CSV: chọn tệp hoặc dán vào ô. — No CSV yet: choose a file or paste it in the box.', issues: [] };
      await this.focusFirst('#csv-text');
      return;
    }
    this.busy = true;
    this.result = null;
    this.problem = null;
    this.status = 'Đang kiểm tra… · Checking…';
    const text = this.text;
    try {
      const answer = await api<ImportReport>(this.path(true), { method: 'POST', text, contentType: 'text/csv' });
      this.report = answer.body;
      this.reportText = text;
      const { summary } = answer.body;
      this.status =
        summary.rejected > 0
          ? `Kiểm tra xong: ${summary.rejected} dòng bị từ chối, chưa nhập gì · Checked: ${summary.rejected} row(s) rejected, nothing imported`
          : `Kiểm tra xong: ${summary.created} mới, ${summary.updated} cập nhật, ${summary.unchanged} không đổi; có thể nhập · Checked: ready to import`;
      this.busy = false;
      await this.focusFirst(summary.rejected > 0 ? '#dry-run-heading' : '#confirm-import');
    } catch (error) {
      this.busy = false;
      this.report = null;
      this.fail(error);
      await this.focusFirst('#file-problem');
    }
  }

  private async confirm(): Promise<void> {
    if (this.busy || !this.org || this.report === null) return;
    this.busy = true;
    this.status = 'Đang nhập… · Importing…';
    try {
      const answer = await api<ImportReport>(this.path(false), { method: 'POST', text: this.reportText, contentType: 'text/csv' });
      this.result = answer.body;
      this.report = null;
      const { summary } = answer.body;
      this.status = `Đã nhập: ${summary.created} mới, ${summary.updated} cập nhật, ${summary.unchanged} không đổi · Imported: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged`;
      this.busy = false;
      await this.focusFirst('#import-done');
    } catch (error) {
      this.busy = false;
      this.fail(error);
      await this.focusFirst('#file-problem');
    }
  }

  private fail(error: unknown): void {
    if (error instanceof ApiError) {
      this.problem = { message: error.message, issues: error.issues };
      this.status = 'Chưa nhập gì · Nothing was imported';
    } else {
      this.problem = { message: 'Không kết nối được máy chủ. — The server could not be reached.', issues: [] };
    }
  }

  private async focusFirst(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Selects the line in the text box, to fix it in place. */
  private goToLine(line: number): void {
    const box = this.querySelector<HTMLTextAreaElement>('#csv-text');
    const range = lineRange(this.text, line);
    if (!box || !range) return;
    box.focus();
    box.setSelectionRange(range.start, range.end);
  }

  private rowLines(row: ImportRowReport): TemplateResult[] {
    const notes = [...row.issues.map((issue) => ({ issue, kind: 'issue' as const })), ...row.warnings.map((issue) => ({ issue, kind: 'warning' as const }))];
    const head = (span: number) => html`<th scope="row" rowspan=${span}>${row.line}</th>
      <td rowspan=${span}>${row.key ?? '—'}</td>
      <td rowspan=${span}>${OUTCOME_LABELS[row.outcome]}</td>`;
    if (notes.length === 0) return [html`<tr>${head(1)}<td>—</td><td>—</td></tr>`];
    return notes.map(
      ({ issue, kind }, index) => html`<tr class=${row.outcome === 'rejected' ? 'rejected' : ''}>
        ${index === 0 ? head(notes.length) : nothing}
        <td>${issue.path.map(String).join(' ') || '—'}</td>
        <td class=${kind === 'issue' ? 'error-text' : 'warning-text'}>
          ${kind === 'warning' ? 'Cảnh báo · Warning: ' : ''}${issue.message}
          ${
            kind === 'issue' && this.result === null
              ? html`<button type="button" class="small" @click=${() => this.goToLine(row.line)}>Sửa dòng ${row.line} · Fix line ${row.line}</button>`
              : nothing
          }
        </td>
      </tr>`,
    );
  }

  private renderReport(report: ImportReport, heading: TemplateResult, id: string): TemplateResult {
    const { summary } = report;
    return html`<section class="panel" aria-labelledby=${id}>
      <h2 id=${id} tabindex="-1">${heading}</h2>
      <p>
        ${summary.created} mới · created, ${summary.updated} cập nhật · updated, ${summary.unchanged} không đổi · unchanged,
        <strong class=${summary.rejected > 0 ? 'error-text' : ''}>${summary.rejected} bị từ chối · rejected</strong>
        (${KIND_LABELS[report.kind]})
      </p>
      <table class="data" data-testid=${`${id}-table`}>
        <caption class="visually-hidden">
          Kết quả từng dòng · Each row’s result
        </caption>
        <thead>
          <tr>
            <th scope="col">Dòng · Line</th>
            <th scope="col">Mã · Key</th>
            <th scope="col">Kết quả · Outcome</th>
            <th scope="col">Cột · Column</th>
            <th scope="col">Lý do · Reason</th>
          </tr>
        </thead>
        <tbody>
          ${report.rows.flatMap((row) => this.rowLines(row))}
        </tbody>
      </table>
    </section>`;
  }

  protected override render() {
    const org = this.org ?? '';
    const report = this.report;
    const stale = report !== null && this.reportText !== this.text;
    const ready = report !== null && !stale && report.summary.rejected === 0;
    return html`<main class="desk-import">
      <h1>Nhập CSV cho ${this.orgName} <span class="en" lang="en">Import a CSV</span></h1>
      <p class="row">
        <a href=${routeHref({ screen: 'organization', org })}>← ${this.orgName}</a>
        <a href=${routeHref({ screen: 'cells', org })}>Bảng chi bộ · Cell table</a>
      </p>
      <p class="hint" id="import-hint">
        Tệp CSV UTF-8 (dấu phẩy, chấm phẩy hoặc tab), dòng đầu là tên cột, tiếng Việt hoặc tiếng Anh. Nhập là tất cả hoặc không gì cả: kiểm tra trước, rồi xác nhận.
        <span class="en" lang="en"
          >A UTF-8 CSV (comma, semicolon or tab) with a header line, in Vietnamese or English. All or nothing: it is checked first, then you confirm.</span
        >
      </p>
      <p role="status" class="status">${this.status}</p>
      <section class="panel stack" aria-label="Dữ liệu · Data">
        <div class="row">
          <div class="field">
            <label for="csv-file">Chọn tệp CSV · Choose a CSV file</label>
            <input id="csv-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" @change=${(e: Event) => void this.readFile(e)} />
          </div>
          <div class="field">
            <label for="import-kind">Tệp chứa gì · What the file holds</label>
            <select id="import-kind" @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as ImportKind | 'auto')}>
              ${(['auto', ...IMPORT_KINDS] as const).map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${KIND_LABELS[kind]}</option>`)}
            </select>
          </div>
        </div>
        <div class="field">
          <label for="csv-text">Nội dung CSV (sửa được tại chỗ) · CSV text (edit it here)</label>
          <textarea
            id="csv-text"
            rows="10"
            spellcheck="false"
            aria-describedby="import-hint"
            .value=${this.text}
            @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div class="row">
          <button type="button" ?disabled=${this.busy} @click=${() => void this.dryRun()}>
            ${report ? 'Kiểm tra lại · Check again' : 'Kiểm tra (chạy thử) · Check (dry run)'}
          </button>
          ${
            ready
              ? html`<button type="button" class="primary" id="confirm-import" ?disabled=${this.busy} @click=${() => void this.confirm()}>
                Nhập ${report.rows.length} dòng · Import ${report.rows.length} row(s)
              </button>`
              : nothing
          }
        </div>
        ${stale ? html`<p class="hint">Nội dung đã đổi sau lần kiểm tra: kiểm tra lại. · The text changed since the check: check it again.</p>` : nothing}
        ${
          report !== null && report.summary.rejected > 0 && !stale
            ? html`<p class="error-text">Sửa các dòng bị từ chối trong ô trên rồi kiểm tra lại. · Fix the rejected rows in the box above, then check again.</p>`
            : nothing
        }
      </section>
      ${
        this.problem
          ? html`<div class="panel problems" id="file-problem" tabindex="-1" role="alert">
            <p>${this.problem.message}</p>
            ${
              this.problem.issues.length > 0
                ? html`<ul>
                  ${this.problem.issues.map((issue) => html`<li>${issue.path || '—'}: ${issue.message}</li>`)}
                </ul>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${report ? this.renderReport(report, html`Kết quả chạy thử <span class="en" lang="en">Dry run</span>`, 'dry-run-heading') : nothing}
      ${
        this.result
          ? html`${this.renderReport(this.result, html`Đã nhập <span class="en" lang="en">Imported</span>`, 'import-done')}
            <p>
              <a href=${routeHref({ screen: 'organization', org })}>Xem trang của ${this.orgName} · See the organisation’s page</a>
            </p>`
          : nothing
      }
    </main>`;
  }
}

customElements.define('desk-import', DeskImport);

declare global {
  interface HTMLElementTagNameMap {
    'desk-import': DeskImport;
  }
}
