/**
 * The organisation's cell census as an editable table (`#/org/{slug}/cells`): the census's day, term
 * and sources, one row per cell; rows added, deleted, selected and changed in bulk, pasted from a
 * spreadsheet. Checked in the browser with the API's own schema and rules, saved as one revision
 * with If-Match; a 412 opens the merge view. Typing is kept as a draft until it is saved.
 */
import {
  CELL_KINDS,
  cellKindLabel,
  COMMITTEE_STATUSES,
  committeeStatusLabel,
  type CellsResponse,
  type OrganizationRecord,
  type Session,
  type WriteWarning,
} from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ApiError, api } from './api.ts';
import {
  censusText,
  censusWarnings,
  checkCensus,
  comparable,
  emptyRow,
  fromComparable,
  newRowId,
  rowOf,
  rowWarnings,
  type CellRowText,
  type CellWarning,
  type CensusText,
  type FieldProblem,
  type SourceText,
} from './cell-rows.ts';
import { dropDraft, readDraft, writeDraft } from './drafts.ts';
import { openEmbedCodes } from './embed-dialog.ts';
import { chooseMerge } from './merge-dialog.ts';
import { applyPaste, parsePastedCells, type PastedCells } from './pasted-cells.ts';
import { changedFields, flattenRecord, mergeRecords, type MergeChoice } from './record-fields.ts';
import { routeHref } from './route.ts';
import { UnsavedGuardController } from './unsaved-guard-controller.ts';
import './desk-table.css';

type Comparable = ReturnType<typeof comparable>;
/** What the draft keeps: the text, and the census it was typed over (for a three-way merge). */
interface CellsDraft {
  readonly text: CensusText;
  readonly base: Comparable | null;
}
type CellsWriteAnswer = CellsResponse & { warnings: WriteWarning[] };
type RowField = Exclude<keyof CellRowText, 'id'>;

/** The table's columns: the field, its header (Vietnamese · English). */
const COLUMNS: readonly { field: RowField; label: string }[] = [
  { field: 'name', label: 'Tên chi bộ · Name' },
  { field: 'slug', label: 'Mã · Slug' },
  { field: 'kind', label: 'Loại · Kind' },
  { field: 'committee', label: 'Chi ủy · Committee' },
  { field: 'fullMembers', label: 'Đảng viên chính thức · Full members' },
  { field: 'committeeFormedOn', label: 'Ngày lập chi ủy · Committee formed on' },
];

const SOURCE_FIELDS: readonly { field: keyof SourceText; label: string; type: string }[] = [
  { field: 'publisher', label: 'Nơi đăng · Publisher', type: 'text' },
  { field: 'title', label: 'Tên bài · Title', type: 'text' },
  { field: 'url', label: 'Đường dẫn · Link', type: 'url' },
  { field: 'publishedOn', label: 'Ngày đăng · Published on', type: 'date' },
];

const bilingual = (vi: string, en: string) => `${vi} · ${en}`;
const kindLabel = (kind: string) =>
  (CELL_KINDS as readonly string[]).includes(kind) ? bilingual(cellKindLabel(kind as never, 'vi'), cellKindLabel(kind as never, 'en')) : kind;
const statusLabel = (status: string) =>
  (COMMITTEE_STATUSES as readonly string[]).includes(status)
    ? bilingual(committeeStatusLabel(status as never, 'vi'), committeeStatusLabel(status as never, 'en'))
    : status;

/** The name a row goes by in labels and messages. */
function rowName(row: CellRowText, index: number): string {
  return row.name.trim() || row.slug.trim() || `dòng ${index + 1} · row ${index + 1}`;
}

/** The input id a problem's path points to, for the rows as they were checked. */
function targetOf(path: string, rows: readonly CellRowText[]): string | null {
  const cell = rowOf(path);
  if (cell) {
    const row = rows[cell.index];
    return row ? `cell-${row.id}-${COLUMNS.some((c) => c.field === cell.field) ? cell.field : 'slug'}` : null;
  }
  if (path === 'asOf' || path === 'term') return `census-${path}`;
  const source = /^sources(?:\.\d+)?(?:\.(\w+))?/.exec(path);
  if (source) return `source-${source[1] ?? 'publisher'}`;
  return null;
}

interface ShownProblem extends FieldProblem {
  readonly target: string | null;
}

export class DeskCellsEditor extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    org: { attribute: false },
    phase: { state: true },
    orgName: { state: true },
    values: { state: true },
    problems: { state: true },
    formProblem: { state: true },
    status: { state: true },
    restored: { state: true },
    acknowledged: { state: true },
    serverWarnings: { state: true },
    savedRevision: { state: true },
    selected: { state: true },
    bulkStatus: { state: true },
    pasteText: { state: true },
    pasted: { state: true },
    busy: { state: true },
  };
  declare session: Session;
  declare org: string | null;
  declare phase: 'loading' | 'ready' | 'missing' | 'failed';
  declare orgName: string;
  declare values: CensusText;
  declare problems: readonly ShownProblem[];
  declare formProblem: string | null;
  declare status: string;
  declare restored: boolean;
  declare acknowledged: ReadonlySet<string>;
  declare serverWarnings: readonly CellWarning[];
  declare savedRevision: number | null;
  declare selected: ReadonlySet<string>;
  declare bulkStatus: string;
  declare pasteText: string;
  declare pasted: PastedCells | null;
  declare busy: boolean;
  /** The census as the server last gave it (the base of the three-way merge). */
  private server: CensusText = censusText(null);
  private baseRevision: number | null = null;
  private storedSources: CellsResponse['sources'] = [];
  private loadedOrg: string | null = null;

  constructor() {
    super();
    new UnsavedGuardController(this, () => this.dirty());
    this.org = null;
    this.phase = 'loading';
    this.orgName = '';
    this.values = censusText(null);
    this.problems = [];
    this.formProblem = null;
    this.status = '';
    this.restored = false;
    this.acknowledged = new Set();
    this.serverWarnings = [];
    this.savedRevision = null;
    this.selected = new Set();
    this.bulkStatus = 'existing';
    this.pasteText = '';
    this.pasted = null;
    this.busy = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    if (this.org && this.org !== this.loadedOrg) {
      this.loadedOrg = this.org;
      void this.load(this.org);
    }
  }

  private get draftKey(): string {
    return `cells:${this.org ?? ''}`;
  }

  private dirty(): boolean {
    return this.phase === 'ready' && this.differs();
  }

  /** Whether the text differs from the census as the server gave it. */
  private differs(): boolean {
    const typedSource = Object.values(this.values.source).some((value) => value.trim() !== '');
    return typedSource || JSON.stringify(comparable(this.values)) !== JSON.stringify(comparable(this.server));
  }

  private async load(org: string): Promise<void> {
    this.phase = 'loading';
    try {
      const organization = await api<OrganizationRecord>(`/v1/organizations/${encodeURIComponent(org)}`);
      this.orgName = organization.body.name;
    } catch (error) {
      this.phase = error instanceof ApiError && error.status === 404 ? 'missing' : 'failed';
      return;
    }
    let census: CellsResponse | null = null;
    try {
      census = (await api<CellsResponse>(`/v1/organizations/${encodeURIComponent(org)}/cells`)).body;
    } catch (error) {
      // No census yet: the table starts empty and the first save starts one.
      if (!(error instanceof ApiError && error.status === 404)) {
        this.phase = 'failed';
        return;
      }
    }
    this.takeServer(census);
    const draft = readDraft<CellsDraft>(this.draftKey);
    if (draft && draft.values.text) {
      // Ids are per page: give the restored rows new ones so rows added later never share one.
      this.values = { ...draft.values.text, rows: draft.values.text.rows.map((row) => ({ ...row, id: newRowId() })) };
      this.baseRevision = draft.baseRevision;
      this.mergeBase = draft.values.base;
      this.restored = this.differs();
      if (!this.restored) dropDraft(this.draftKey);
    }
    this.phase = 'ready';
  }

  /** The base of a three-way merge: the census the text was typed over (unknown for an old draft). */
  private mergeBase: Comparable | null = null;

  private takeServer(census: CellsResponse | null): void {
    this.server = censusText(census);
    this.values = { ...this.server, rows: this.server.rows.map((row) => ({ ...row })) };
    this.baseRevision = census?.revision ?? null;
    this.storedSources = census?.sources ?? [];
    this.mergeBase = comparable(this.server);
    this.selected = new Set();
  }

  /** Every change goes through here: the draft is kept, the problems of the field changed are cleared. */
  private change(values: CensusText, clear: readonly string[] = []): void {
    this.values = values;
    this.savedRevision = null;
    if (clear.length > 0) this.problems = this.problems.filter((problem) => problem.target === null || !clear.includes(problem.target));
    if (this.differs()) writeDraft<CellsDraft>(this.draftKey, { text: values, base: this.mergeBase }, this.baseRevision);
    else dropDraft(this.draftKey);
  }

  private setCensusField(field: 'asOf' | 'term', value: string): void {
    this.change({ ...this.values, [field]: value }, [`census-${field}`]);
  }

  private setSourceField(field: keyof SourceText, value: string): void {
    this.change({ ...this.values, source: { ...this.values.source, [field]: value } }, [`source-${field}`]);
  }

  private setRowField(id: string, field: RowField, value: string): void {
    this.change({ ...this.values, rows: this.values.rows.map((row) => (row.id === id ? { ...row, [field]: value } : row)) }, [`cell-${id}-${field}`]);
  }

  private async addRow(): Promise<void> {
    const row = emptyRow();
    this.change({ ...this.values, rows: [...this.values.rows, row] });
    this.status = 'Đã thêm một dòng · A row was added';
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#cell-${row.id}-name`)?.focus();
  }

  private async deleteRows(ids: ReadonlySet<string>): Promise<void> {
    const count = this.values.rows.filter((row) => ids.has(row.id)).length;
    this.change({ ...this.values, rows: this.values.rows.filter((row) => !ids.has(row.id)) });
    this.problems = this.problems.filter((problem) => ![...ids].some((id) => problem.target?.startsWith(`cell-${id}-`)));
    this.selected = new Set([...this.selected].filter((id) => !ids.has(id)));
    this.status = `Đã xóa ${count} dòng (lưu để ghi lại) · ${count} row(s) deleted (save to record it)`;
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>('#add-row')?.focus();
  }

  private toggle(id: string, on: boolean): void {
    const selected = new Set(this.selected);
    if (on) selected.add(id);
    else selected.delete(id);
    this.selected = selected;
  }

  private toggleAll(on: boolean): void {
    this.selected = on ? new Set(this.values.rows.map((row) => row.id)) : new Set();
  }

  private applyBulkStatus(): void {
    const count = this.selected.size;
    const ids = [...this.selected].map((id) => `cell-${id}-committee`);
    this.change({ ...this.values, rows: this.values.rows.map((row) => (this.selected.has(row.id) ? { ...row, committee: this.bulkStatus } : row)) }, ids);
    this.status = `Đã đổi tình trạng chi ủy của ${count} dòng thành “${statusLabel(this.bulkStatus)}” · Committee status of ${count} row(s) changed`;
  }

  private readPaste(text = this.pasteText): void {
    this.pasteText = text;
    this.pasted = parsePastedCells(text);
    const good = this.pasted.lines.filter((line) => line.ok).length;
    const bad = this.pasted.lines.length - good;
    this.status = `Đã đọc ${good} dòng, ${bad} dòng không đọc được · Read ${good} row(s), ${bad} could not be read`;
  }

  private usePaste(replace: boolean): void {
    const rows = (this.pasted?.lines ?? []).flatMap((line) => (line.ok ? [line.row] : []));
    this.change({ ...this.values, rows: applyPaste(this.values.rows, rows, replace) });
    this.status = replace
      ? `Bảng nay là ${rows.length} dòng đã dán · The table is now the ${rows.length} pasted row(s)`
      : `Đã thêm hoặc cập nhật ${rows.length} dòng · ${rows.length} row(s) added or updated`;
    this.pasted = null;
    this.pasteText = '';
  }

  /** A spreadsheet range pasted into the table goes to the paste box, read and shown before it is used. */
  private onTablePaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text.includes('\t') && !text.trim().includes('\n')) return;
    event.preventDefault();
    this.readPaste(text);
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#paste-preview')?.focus());
  }

  private async showProblems(problems: readonly FieldProblem[], rows: readonly CellRowText[]): Promise<void> {
    this.problems = problems.map((problem) => ({ ...problem, target: targetOf(problem.path, rows) }));
    this.status = `Chưa lưu: ${problems.length} chỗ cần sửa · Not saved: ${problems.length} problem(s) to fix`;
    await this.updateComplete;
    const first = this.problems.find((problem) => problem.target !== null && this.querySelector(`#${problem.target}`));
    if (first?.target) this.querySelector<HTMLElement>(`#${first.target}`)?.focus();
    else this.querySelector<HTMLElement>('#problems')?.focus();
  }

  private async save(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy || !this.org) return;
    this.formProblem = null;
    const rows = this.values.rows;
    const checked = checkCensus(this.values);
    if (!checked.ok) {
      await this.showProblems(checked.problems, rows);
      return;
    }
    this.busy = true;
    this.status = 'Đang lưu… · Saving…';
    try {
      const answer = await api<CellsWriteAnswer>(`/v1/organizations/${encodeURIComponent(this.org)}/cells`, {
        method: 'PUT',
        json: checked.body,
        ifMatch: this.baseRevision === null ? null : `"${this.baseRevision}"`,
      });
      this.busy = false;
      this.saved(answer.body);
    } catch (error) {
      this.busy = false;
      if (error instanceof ApiError && error.status === 412) {
        await this.merge();
      } else if (error instanceof ApiError && error.issues.length > 0) {
        await this.showProblems(
          error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
          rows,
        );
      } else {
        this.formProblem =
          error instanceof ApiError
            ? error.message
            : 'Không kết nối được máy chủ; bản nháp vẫn được giữ. — The server could not be reached; the draft is kept.';
        this.status = 'Chưa lưu · Not saved';
      }
    }
  }

  private saved(census: CellsWriteAnswer): void {
    this.takeServer(census);
    dropDraft(this.draftKey);
    this.restored = false;
    this.problems = [];
    this.serverWarnings = censusWarnings(census.warnings);
    this.savedRevision = census.revision ?? null;
    this.status = `Đã lưu, phiên bản ${census.revision ?? '?'} · Saved as revision ${census.revision ?? '?'}`;
  }

  /** Someone saved first: their changes where only they changed, then the person chooses where both did. */
  private async merge(): Promise<void> {
    if (!this.org) return;
    let theirs: CellsResponse;
    try {
      theirs = (await api<CellsResponse>(`/v1/organizations/${encodeURIComponent(this.org)}/cells`)).body;
    } catch {
      this.formProblem =
        'Có người đã lưu trước nhưng không đọc được bản của họ; bản của bạn vẫn còn. — Someone saved first and their version could not be read; yours is kept.';
      return;
    }
    const theirsRecord = comparable(censusText(theirs));
    let mine: Comparable = comparable(this.values);
    if (this.mergeBase !== null) {
      // A field only they changed takes their value without asking; the dialog shows only what both touched.
      const base = flattenRecord(this.mergeBase);
      const mineFields = flattenRecord(mine);
      const choices = new Map<string, MergeChoice>();
      for (const change of changedFields(mineFields, flattenRecord(theirsRecord))) {
        const unchangedByMe =
          (base.has(change.path) ? base.get(change.path) : undefined) === (mineFields.has(change.path) ? mineFields.get(change.path) : undefined);
        if (unchangedByMe) choices.set(change.path, 'theirs');
      }
      mine = mergeRecords(mine, theirsRecord, choices);
    }
    const conflicts = changedFields(flattenRecord(theirsRecord), flattenRecord(mine));
    const merged =
      conflicts.length === 0
        ? mine
        : await chooseMerge({
            mine,
            theirs: theirsRecord,
            theirsBy: `Phiên bản ${theirs.revision ?? '?'} · ${theirs.updatedAt ?? ''}`,
            label: (path) => this.fieldLabel(path, mine, theirsRecord),
          });
    if (merged === null) {
      this.status = 'Chưa lưu; bản của bạn vẫn còn trong bảng · Not saved; your version stays in the table';
      return;
    }
    this.values = fromComparable(merged, this.values.source);
    this.baseRevision = theirs.revision ?? null;
    this.storedSources = theirs.sources;
    this.mergeBase = theirsRecord;
    this.server = censusText(theirs);
    writeDraft<CellsDraft>(this.draftKey, { text: this.values, base: this.mergeBase }, this.baseRevision);
    await this.save();
  }

  private fieldLabel(path: string, mine: Comparable, theirs: Comparable): string {
    const [first, slug, field] = path.split('.');
    if (first !== 'cells' || slug === undefined) return path === 'asOf' ? 'Ngày số liệu · As of' : path === 'term' ? 'Nhiệm kỳ · Term' : path;
    const cell = [...mine.cells, ...theirs.cells].find((c) => c.slug === slug);
    const column = COLUMNS.find((c) => c.field === field);
    return `${cell?.name || slug} — ${column?.label ?? field ?? ''}`;
  }

  private discardDraft(): void {
    dropDraft(this.draftKey);
    this.values = { ...this.server, rows: this.server.rows.map((row) => ({ ...row, id: newRowId() })) };
    this.mergeBase = comparable(this.server);
    this.restored = false;
    this.problems = [];
    this.status = 'Đã bỏ bản nháp · Draft discarded';
  }

  private acknowledge(warning: CellWarning): void {
    this.acknowledged = new Set(this.acknowledged).add(warning.key);
    this.status = 'Đã ghi nhận cảnh báo · Warning acknowledged';
  }

  private problemOf(target: string): ShownProblem | undefined {
    return this.problems.find((problem) => problem.target === target);
  }

  private describedBy(target: string, warning: CellWarning | undefined): string | typeof nothing {
    const ids = [this.problemOf(target) ? `${target}-error` : null, warning ? `${target}-warning` : null].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  private fieldNote(target: string, warning: CellWarning | undefined): TemplateResult | typeof nothing {
    const problem = this.problemOf(target);
    return html`${problem ? html`<span class="error-text field-note" id=${`${target}-error`}>${problem.message}</span>` : nothing}${
      warning ? html`<span class="warning-text field-note" id=${`${target}-warning`}>${warning.message}</span>` : nothing
    }`;
  }

  private cellInput(row: CellRowText, index: number, column: (typeof COLUMNS)[number], warning: CellWarning | undefined): TemplateResult {
    const id = `cell-${row.id}-${column.field}`;
    const label = `${column.label} — ${rowName(row, index)}`;
    const invalid = this.problemOf(id) ? 'true' : 'false';
    const describedBy = this.describedBy(id, warning);
    const onInput = (event: Event) => this.setRowField(row.id, column.field, (event.target as HTMLInputElement | HTMLSelectElement).value);
    if (column.field === 'kind' || column.field === 'committee') {
      const options = column.field === 'kind' ? CELL_KINDS : COMMITTEE_STATUSES;
      const text = column.field === 'kind' ? kindLabel : statusLabel;
      return html`<select id=${id} aria-label=${label} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onInput}>
          ${options.map((option) => html`<option value=${option} ?selected=${row[column.field] === option}>${text(option)}</option>`)}
        </select>
        ${this.fieldNote(id, warning)}`;
    }
    const type = column.field === 'committeeFormedOn' ? 'date' : 'text';
    return html`<input
        id=${id}
        type=${type}
        aria-label=${label}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        inputmode=${column.field === 'fullMembers' ? 'numeric' : nothing}
        size=${column.field === 'fullMembers' ? 5 : 16}
        .value=${row[column.field]}
        @input=${onInput}
      />
      ${this.fieldNote(id, warning)}`;
  }

  private censusInput(field: 'asOf' | 'term', label: TemplateResult, type: string, hint: string | null): TemplateResult {
    const id = `census-${field}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${type}
        .value=${this.values[field]}
        aria-invalid=${this.problemOf(id) ? 'true' : 'false'}
        aria-describedby=${this.problemOf(id) ? `${id}-error` : nothing}
        placeholder=${hint ?? nothing}
        @input=${(event: Event) => this.setCensusField(field, (event.target as HTMLInputElement).value)}
      />
      ${this.fieldNote(id, undefined)}
    </div>`;
  }

  private renderWarnings(warnings: readonly CellWarning[]): TemplateResult | typeof nothing {
    const open = warnings.filter((warning) => !this.acknowledged.has(warning.key));
    const seen = warnings.length - open.length;
    if (warnings.length === 0) return nothing;
    return html`<section class="panel warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">Cảnh báo theo Điều lệ <span class="en" lang="en">Warnings from the Charter rules</span></h2>
      <p class="hint">
        Vẫn lưu được; hãy kiểm tra lại nguồn. <span class="en" lang="en">You can still save; check the source again.</span>
        ${seen > 0 ? html`Đã ghi nhận ${seen} · ${seen} acknowledged` : nothing}
      </p>
      ${
        open.length > 0
          ? html`<ul>
            ${open.map((warning) => {
              const index = this.values.rows.findIndex((row) => row.id === warning.rowId);
              const row = this.values.rows[index];
              const where = row ? rowName(row, index) : this.orgName;
              return html`<li data-code=${warning.code}>
                <strong>${where}</strong>: ${warning.message}
                <button type="button" class="small" @click=${() => this.acknowledge(warning)}>Đã hiểu · Acknowledge<span class="visually-hidden">: ${where}</span></button>
              </li>`;
            })}
          </ul>`
          : nothing
      }
    </section>`;
  }

  private renderPaste(): TemplateResult {
    const pasted = this.pasted;
    const good = pasted?.lines.filter((line) => line.ok).length ?? 0;
    return html`<section class="panel" aria-labelledby="paste-heading">
      <h2 id="paste-heading">Dán từ bảng tính <span class="en" lang="en">Paste from a spreadsheet</span></h2>
      <p class="hint" id="paste-hint">
        Chép các dòng trong Excel hoặc Google Sheets rồi dán vào đây (hoặc vào bảng). Cột theo thứ tự của bảng, hoặc dòng đầu là tên cột.
        <span class="en" lang="en">Copy rows in a spreadsheet and paste them here (or into the table): in the table’s column order, or with a first line of headers.</span>
      </p>
      <label for="paste-box">Các dòng đã chép · Copied rows</label>
      <textarea id="paste-box" rows="4" aria-describedby="paste-hint" .value=${this.pasteText} @input=${(e: Event) => (this.pasteText = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="row"><button type="button" @click=${() => this.readPaste()}>Đọc các dòng · Read the rows</button></div>
      ${
        pasted
          ? html`<div id="paste-preview" tabindex="-1" class="paste-preview">
            ${pasted.problem ? html`<p class="error-text" role="alert">${pasted.problem}</p>` : nothing}
            <table class="data">
              <caption>
                Đã hiểu ${good} / ${pasted.lines.length} dòng${pasted.header ? ' (dòng đầu là tên cột)' : ''} · Understood ${good} of ${pasted.lines.length} row(s)${
                  pasted.header ? ' (first line read as headers)' : ''
                }
              </caption>
              <thead>
                <tr>
                  <th scope="col">Dòng · Line</th>
                  <th scope="col">Mã · Slug</th>
                  <th scope="col">Tên · Name</th>
                  <th scope="col">Loại · Kind</th>
                  <th scope="col">Chi ủy · Committee</th>
                  <th scope="col">ĐV chính thức · Full members</th>
                </tr>
              </thead>
              <tbody>
                ${pasted.lines.map((line) =>
                  line.ok
                    ? html`<tr>
                        <th scope="row">${line.line}</th>
                        <td>${line.row.slug}</td>
                        <td>${line.row.name || '—'}</td>
                        <td>${kindLabel(line.row.kind)}</td>
                        <td>${statusLabel(line.row.committee)}</td>
                        <td>${line.row.fullMembers || '—'}</td>
                      </tr>`
                    : html`<tr class="rejected">
                        <th scope="row">${line.line}</th>
                        <td colspan="5" class="error-text">Không đọc được · Not understood: ${line.problems.join('; ')}</td>
                      </tr>`,
                )}
              </tbody>
            </table>
            <div class="row">
              <button type="button" ?disabled=${good === 0} @click=${() => this.usePaste(false)}>Thêm / cập nhật ${good} dòng · Add or update ${good} row(s)</button>
              <button type="button" ?disabled=${good === 0} @click=${() => this.usePaste(true)}>Thay cả bảng · Replace the whole table</button>
              <button type="button" @click=${() => (this.pasted = null)}>Bỏ · Dismiss</button>
            </div>
          </div>`
          : nothing
      }
    </section>`;
  }

  protected override render() {
    const org = this.org ?? '';
    if (this.phase === 'loading')
      return html`<main aria-busy="true"><h1>Chi bộ <span class="en" lang="en">Cells</span></h1><p role="status">Đang tải… · Loading…</p></main>`;
    if (this.phase === 'missing' || this.phase === 'failed') {
      return html`<main>
        <h1>Chi bộ <span class="en" lang="en">Cells</span></h1>
        <p role="alert">
          ${
            this.phase === 'missing'
              ? html`Không có tổ chức “${org}”. <span class="en" lang="en">There is no organisation “${org}”.</span>`
              : html`Không tải được dữ liệu. <span class="en" lang="en">The data could not be loaded.</span>`
          }
        </p>
        <p><a href=${routeHref({ screen: 'directory' })}>Về danh bạ · Back to the directory</a></p>
      </main>`;
    }
    const rows = this.values.rows;
    const warnings = [...rowWarnings(this.values), ...this.serverWarnings];
    const warningFor = (row: CellRowText, field: RowField) =>
      warnings.find((warning) => warning.rowId === row.id && warning.field === field && !this.acknowledged.has(warning.key));
    const allSelected = rows.length > 0 && rows.every((row) => this.selected.has(row.id));
    return html`<main class="cells-editor">
      <h1>Chi bộ của ${this.orgName} <span class="en" lang="en">Cells</span></h1>
      <p class="row">
        <a href=${routeHref({ screen: 'organization', org })}>← ${this.orgName}</a>
        <a href=${routeHref({ screen: 'import', org })}>Nhập từ CSV · Import a CSV</a>
        <a href=${routeHref({ screen: 'history', org, record: 'cells' })}>Lịch sử · History</a>
      </p>
      ${
        this.restored
          ? html`<div class="panel notice" data-testid="draft-restored">
            Đã khôi phục bản nháp chưa lưu. <span class="en" lang="en">Your unsaved draft was restored.</span>
            <button type="button" class="small" @click=${() => this.discardDraft()}>Bỏ bản nháp · Discard the draft</button>
          </div>`
          : nothing
      }
      <p role="status" class="status">${this.status}</p>
      ${this.formProblem ? html`<p role="alert" class="error-text">${this.formProblem}</p>` : nothing}
      ${
        this.problems.length > 0
          ? html`<div class="panel problems" id="problems" tabindex="-1" aria-labelledby="problems-heading">
            <h2 id="problems-heading">Cần sửa ${this.problems.length} chỗ <span class="en" lang="en">${this.problems.length} problem(s) to fix</span></h2>
            <ul>
              ${this.problems.map((problem) => html`<li>${problem.target ? html`<a href=${`#${problem.target}`} @click=${(e: Event) => this.goTo(e, problem.target)}>${this.problemLabel(problem)}</a>` : this.problemLabel(problem)}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <form novalidate @submit=${(event: Event) => void this.save(event)}>
        <fieldset class="panel">
          <legend>Đợt thống kê <span class="en" lang="en">Census</span></legend>
          <div class="row">
            ${this.censusInput('asOf', html`Ngày số liệu <span class="en" lang="en">As of</span>`, 'date', null)}
            ${this.censusInput('term', html`Nhiệm kỳ <span class="en" lang="en">Term</span>`, 'text', '2020-2025')}
          </div>
          ${
            this.storedSources.length > 0
              ? html`<p class="hint">
                Nguồn đã ghi · Sources recorded:
                ${this.storedSources.map((source, i) => html`${i > 0 ? '; ' : ''}${source.publisher ?? source.url}${source.title ? html` — ${source.title}` : nothing}`)}
              </p>`
              : nothing
          }
          <fieldset>
            <legend>
              Thêm nguồn <span class="en" lang="en">Add a source</span>
              <span class="hint">(bắt buộc với đợt thống kê mới · required for a new census)</span>
            </legend>
            <div class="row">
              ${SOURCE_FIELDS.map(({ field, label, type }) => {
                const id = `source-${field}`;
                return html`<div class="field">
                  <label for=${id}>${label}</label>
                  <input
                    id=${id}
                    type=${type}
                    .value=${this.values.source[field]}
                    aria-invalid=${this.problemOf(id) ? 'true' : 'false'}
                    aria-describedby=${this.problemOf(id) ? `${id}-error` : nothing}
                    @input=${(event: Event) => this.setSourceField(field, (event.target as HTMLInputElement).value)}
                  />
                  ${this.fieldNote(id, undefined)}
                </div>`;
              })}
            </div>
          </fieldset>
        </fieldset>
        ${this.renderWarnings(warnings)}
        <section class="panel" aria-labelledby="cells-heading">
          <h2 id="cells-heading">Các chi bộ (${rows.length}) <span class="en" lang="en">Cells</span></h2>
          <div class="row toolbar">
            <button type="button" id="add-row" @click=${() => void this.addRow()}>Thêm dòng · Add a row</button>
            <div class="field">
              <label for="bulk-status">Chi ủy cho các dòng đã chọn · Committee for the selected rows</label>
              <select id="bulk-status" @change=${(e: Event) => (this.bulkStatus = (e.target as HTMLSelectElement).value)}>
                ${COMMITTEE_STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.bulkStatus}>${statusLabel(status)}</option>`)}
              </select>
            </div>
            <button type="button" ?disabled=${this.selected.size === 0} @click=${() => this.applyBulkStatus()}>
              Áp dụng cho ${this.selected.size} dòng · Apply to ${this.selected.size} row(s)
            </button>
            <button type="button" ?disabled=${this.selected.size === 0} @click=${() => void this.deleteRows(this.selected)}>
              Xóa ${this.selected.size} dòng đã chọn · Delete ${this.selected.size} selected
            </button>
          </div>
          <div class="table-scroll">
            <table class="data cells-table" @paste=${(e: ClipboardEvent) => this.onTablePaste(e)}>
              <caption class="visually-hidden">
                Các chi bộ của ${this.orgName} · Cells
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input type="checkbox" id="select-all" aria-label="Chọn tất cả · Select all rows" .checked=${allSelected} @change=${(e: Event) => this.toggleAll((e.target as HTMLInputElement).checked)} />
                  </th>
                  ${COLUMNS.map((column) => html`<th scope="col">${column.label}</th>`)}
                  <th scope="col"><span class="visually-hidden">Xóa · Delete</span></th>
                </tr>
              </thead>
              <tbody>
                ${
                  rows.length === 0
                    ? html`<tr>
                      <td colspan=${COLUMNS.length + 2} class="hint">Chưa có chi bộ nào. Thêm dòng hoặc dán từ bảng tính. · No cells yet: add a row or paste from a spreadsheet.</td>
                    </tr>`
                    : rows.map(
                        (row, index) => html`<tr data-row=${row.slug}>
                        <td>
                          <input
                            type="checkbox"
                            aria-label=${`Chọn · Select — ${rowName(row, index)}`}
                            .checked=${this.selected.has(row.id)}
                            @change=${(e: Event) => this.toggle(row.id, (e.target as HTMLInputElement).checked)}
                          />
                        </td>
                        ${COLUMNS.map((column) => html`<td>${this.cellInput(row, index, column, warningFor(row, column.field))}</td>`)}
                        <td>
                          <button type="button" class="small" @click=${() => void this.deleteRows(new Set([row.id]))}>
                            Xóa · Delete<span class="visually-hidden"> — ${rowName(row, index)}</span>
                          </button>
                        </td>
                      </tr>`,
                      )
                }
              </tbody>
            </table>
          </div>
        </section>
        <div class="row actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>Lưu · Save</button>
          ${
            this.savedRevision !== null
              ? html`<span data-testid="saved-revision">Phiên bản ${this.savedRevision} · Revision ${this.savedRevision}</span>
                <button type="button" @click=${() => openEmbedCodes({ element: 'party-cell-map', org, period: null, revision: this.savedRevision })}>
                  Mã nhúng · Embed code
                </button>`
              : nothing
          }
        </div>
      </form>
      ${this.renderPaste()}
    </main>`;
  }

  private problemLabel(problem: ShownProblem): string {
    const cell = rowOf(problem.path);
    if (cell && problem.target) {
      const id = problem.target.replace(/^cell-/, '').replace(/-\w+$/, '');
      const index = this.values.rows.findIndex((row) => row.id === id);
      const row = this.values.rows[index];
      const column = COLUMNS.find((c) => c.field === cell.field);
      return `${row ? rowName(row, index) : `dòng ${cell.index + 1}`} — ${column?.label ?? cell.field}: ${problem.message}`;
    }
    return `${problem.path || '—'}: ${problem.message}`;
  }

  private goTo(event: Event, target: string | null): void {
    event.preventDefault();
    if (target) this.querySelector<HTMLElement>(`#${target}`)?.focus();
  }
}

customElements.define('desk-cells-editor', DeskCellsEditor);

declare global {
  interface HTMLElementTagNameMap {
    'desk-cells-editor': DeskCellsEditor;
  }
}
