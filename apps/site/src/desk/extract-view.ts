/**
 * "Từ bài viết · From an article" (#/extract): paste a report and its source, let the API's reader
 * (POST /v1/extract) propose the figures, see each one highlighted in the text beside the record
 * field it would fill, accept, correct or drop it, pick the organisation, compare with what is
 * stored, and save through the normal write path with the article as the source. What the text
 * does not say stays empty. Everything on this screen is kept as a draft (localStorage), so leaving
 * for "new organisation" and coming back loses nothing.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import {
  AdmissionInputSchema,
  CELL_KINDS,
  cellKindLabel,
  committeeStatusLabel,
  SourceSchema,
  slugify,
  type AdmissionResponse,
  type CellKind,
  type CellsResponse,
  type Session,
  type Source,
  type Target,
} from '@chitieu/domain';
import type { ExtractedFigure, ExtractResponse } from '@chitieu/domain/extract';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { api, ApiError, type ApiIssue } from './api.ts';
import { dropDraft, readDraft, writeDraft } from './drafts.ts';
import { openEmbedCodes } from './embed-dialog.ts';
import {
  admissionDrafts,
  admissionWrite,
  chosenValue,
  figureTarget,
  formatValue,
  marksOf,
  piecesOf,
  proposedValue,
  storedDifferences,
  type AdmissionDraft,
  type FigureChoice,
  type FigureValue,
  type Mark,
} from './extract-review.ts';
import './org-picker.ts';
import { routeHref } from './route.ts';

const DRAFT_KEY = 'extract';

/** The article's source as typed: four text fields. */
interface SourceFields {
  publisher: string;
  title: string;
  url: string;
  publishedOn: string;
}

/** What the screen keeps across reloads: what was typed and decided. */
interface ExtractDraft {
  text: string;
  source: SourceFields;
  /** The answer of the reader for `readText`, which its offsets point into. */
  result: ExtractResponse | null;
  readText: string;
  choices: [number, FigureChoice][];
  /** The organisation picked per group (the reader's organisation index; -1 for figures it tied to none). */
  orgs: [number, string | null][];
  /** Typed per admissions record (key `group:period`): the period when the text names none, the as-of day. */
  periods: [string, string][];
  asOfs: [string, string][];
  /** Per group: the census day of the named cells; per cell figure: the kind the person chose. */
  cellDays: [number, string][];
  cellKinds: [number, CellKind][];
  /** Per stored difference (`recordKey:field`): keep what is stored, or take the article's. */
  keep: [string, 'stored' | 'article'][];
}

const EMPTY: ExtractDraft = {
  text: '',
  source: { publisher: '', title: '', url: '', publishedOn: '' },
  result: null,
  readText: '',
  choices: [],
  orgs: [],
  periods: [],
  asOfs: [],
  cellDays: [],
  cellKinds: [],
  keep: [],
};

/** A stored record read for comparison: absent, or with its ETag for If-Match. */
type Stored<T> = { readonly state: 'loading' } | { readonly state: 'none' } | { readonly state: 'found'; readonly record: T; readonly etag: string | null };

/** The outcome of one save. */
interface SaveOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly issues: readonly ApiIssue[];
  readonly warnings: readonly { message: string }[];
  readonly embed?: { org: string; period: string | null; revision: number | null; element: 'party-target-gauge' | 'party-cell-map' };
}

const FIGURE_LABELS: Record<ExtractedFigure['type'], string> = {
  organization: 'Tổ chức · Organisation',
  admitted: 'Kết nạp · Admitted',
  target: 'Chỉ tiêu · Target',
  overshoot: 'Vượt chỉ tiêu · Over target by',
  shortfall: 'Thiếu so với chỉ tiêu · Short of target by',
  percentOfTarget: 'Đạt % chỉ tiêu · Percent of target',
  targetStatus: 'Kết quả so với chỉ tiêu · Against the target',
  termToDate: 'Lũy kế từ đầu nhiệm kỳ · Since the start of the term',
  totalMembers: 'Tổng số đảng viên · Total members',
  cells: 'Số chi bộ · Cells',
  cellsWithCommittee: 'Chi bộ có cấp ủy · Cells with a committee',
  cellsWithoutCommittee: 'Chi bộ chưa có cấp ủy · Cells without a committee',
  cellsFormedCommittee: 'Chi bộ mới thành lập cấp ủy · Cells that formed a committee',
  namedCell: 'Chi bộ được nêu tên · A named cell',
};

const FIELD_LABELS: Record<string, string> = {
  admitted: 'Kết nạp · admitted',
  target: 'Chỉ tiêu · target',
  termToDate: 'Lũy kế nhiệm kỳ · term to date',
  totalMembers: 'Tổng số đảng viên · total members',
  asOf: 'Tính đến ngày · as of',
  sources: 'Nguồn · sources',
};

/** Why a figure fills no field: the gauge works these out from admitted and target, or the cell map counts its cells itself. */
function referenceNote(figure: ExtractedFigure): string {
  switch (figure.type) {
    case 'organization':
      return 'Chọn tổ chức để lưu bên dưới · Pick the organisation to save to below';
    case 'overshoot':
    case 'shortfall':
    case 'percentOfTarget':
    case 'targetStatus':
      return 'Không lưu riêng: biểu đồ tự tính từ số kết nạp và chỉ tiêu · Not stored: the gauge works it out from admitted and target';
    case 'target':
      return 'Chỉ tiêu mỗi năm: bản ghi nhiệm kỳ lưu chỉ tiêu cả nhiệm kỳ · A yearly target: a term’s record holds the whole term’s';
    case 'termToDate':
      return 'Bài không nói nhiệm kỳ nào · The text names no term';
    default:
      return 'Không lưu riêng: bản đồ chi bộ đếm từ danh sách chi bộ · Not stored: the cell map counts its listed cells';
  }
}

function describeValue(figure: ExtractedFigure): string {
  switch (figure.type) {
    case 'organization':
      return figure.value;
    case 'percentOfTarget':
      return `${String(figure.value).replace('.', ',')}%`;
    case 'targetStatus':
      return { met: 'đạt · met', exceeded: 'vượt · exceeded', missed: 'chưa đạt · missed' }[figure.value];
    case 'namedCell':
      return `${figure.value} — ${committeeStatusLabel(figure.committee, 'vi')} · ${committeeStatusLabel(figure.committee, 'en')}`;
    case 'termToDate':
      return `${figure.value}${figure.term ? ` (${figure.term})` : ''}`;
    case 'target':
      return formatValue(figure.value) + (figure.perYear ? ' / năm · a year' : '');
    default:
      return formatValue(figure.value);
  }
}

/** If-Match names the revision read (a read's own ETag identifies its bytes, for caches). */
function revisionTag(revision: number | undefined): string | null {
  return revision === undefined ? null : `"${revision}"`;
}

function groupOf(figure: ExtractedFigure): number {
  return figure.organization ?? -1;
}

function recordKey(draft: Pick<AdmissionDraft, 'organization' | 'period'>): string {
  return `${draft.organization}:${draft.period ?? ''}`;
}

function sourceOf(fields: SourceFields): unknown {
  const blank = (s: string) => (s.trim() === '' ? null : s.trim());
  return { publisher: blank(fields.publisher), title: blank(fields.title), url: blank(fields.url), publishedOn: blank(fields.publishedOn) };
}

export class DeskExtract extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    draft: { state: true },
    busy: { state: true },
    problem: { state: true },
    sourceIssues: { state: true },
    storedAdmissions: { state: true },
    storedCells: { state: true },
    outcomes: { state: true },
    editing: { state: true },
    correctionError: { state: true },
  };
  declare session: Session;
  declare draft: ExtractDraft;
  declare busy: boolean;
  declare problem: string | null;
  declare sourceIssues: ApiIssue[];
  /** Per admissions record key: what is stored for the picked organisation and period. */
  declare storedAdmissions: Map<string, Stored<AdmissionResponse>>;
  /** Per group: the picked organisation's latest census. */
  declare storedCells: Map<number, Stored<CellsResponse>>;
  declare outcomes: Map<string, SaveOutcome>;
  /** The figure whose value is being corrected. */
  declare editing: number | null;
  declare correctionError: string | null;

  constructor() {
    super();
    this.draft = { ...EMPTY, ...(readDraft<ExtractDraft>(DRAFT_KEY)?.values ?? {}) };
    this.busy = false;
    this.problem = null;
    this.sourceIssues = [];
    this.storedAdmissions = new Map();
    this.storedCells = new Map();
    this.outcomes = new Map();
    this.editing = null;
    this.correctionError = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A draft brought back (after creating the organisation, or a reload) compares with what is stored again.
    for (const [group, slug] of this.draft.orgs) if (slug) this.loadInBackground(group, slug);
  }

  private patch(patch: Partial<ExtractDraft>): void {
    this.draft = { ...this.draft, ...patch };
    writeDraft(DRAFT_KEY, this.draft, null);
  }

  private get choices(): Map<number, FigureChoice> {
    return new Map(this.draft.choices);
  }

  private setChoice(index: number, choice: FigureChoice): void {
    const choices = this.choices;
    choices.set(index, choice);
    this.patch({ choices: [...choices] });
  }

  private orgOf(group: number): string | null {
    return new Map(this.draft.orgs).get(group) ?? null;
  }

  // ---- reading --------------------------------------------------------------------------------

  private async read(event: Event): Promise<void> {
    event.preventDefault();
    this.problem = null;
    const typed = sourceOf(this.draft.source) as Record<string, string | null>;
    const anySource = Object.values(typed).some((v) => v !== null);
    const checked = anySource ? SourceSchema.safeParse(typed) : null;
    this.sourceIssues = checked && !checked.success ? checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) : [];
    if (this.draft.text.trim() === '') {
      this.problem = 'Dán nội dung bài viết trước · Paste the article’s text first';
      return;
    }
    if (this.sourceIssues.length > 0) return;
    this.busy = true;
    try {
      const { body } = await api<ExtractResponse>('/v1/extract', {
        method: 'POST',
        json: { text: this.draft.text, ...(checked?.success ? { source: checked.data } : {}) },
      });
      this.storedAdmissions = new Map();
      this.storedCells = new Map();
      this.outcomes = new Map();
      this.patch({ result: body, readText: this.draft.text, choices: [], orgs: [], periods: [], asOfs: [], cellDays: [], cellKinds: [], keep: [] });
      await this.updateComplete;
      this.querySelector<HTMLElement>('#extract-proposals-heading')?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) this.sourceIssues = error.issues.filter((i) => i.path.startsWith('source'));
      this.problem = error instanceof ApiError ? error.message : 'Không đọc được bài · The text could not be read';
    } finally {
      this.busy = false;
    }
  }

  private startOver(): void {
    dropDraft(DRAFT_KEY);
    this.draft = { ...EMPTY };
    this.storedAdmissions = new Map();
    this.storedCells = new Map();
    this.outcomes = new Map();
    this.problem = null;
  }

  // ---- stored records -------------------------------------------------------------------------

  private drafts(): AdmissionDraft[] {
    return admissionDrafts(this.draft.result?.figures ?? [], this.choices);
  }

  private periodOf(draft: AdmissionDraft): string | null {
    return draft.period ?? (new Map(this.draft.periods).get(recordKey(draft))?.trim() || null);
  }

  private asOfOf(draft: AdmissionDraft): string | null {
    const typed = new Map(this.draft.asOfs).get(recordKey(draft));
    return typed === undefined ? draft.asOf : typed.trim() || null;
  }

  private async loadStored(group: number, slug: string): Promise<void> {
    const org = encodeURIComponent(slug);
    for (const draft of this.drafts().filter((d) => d.organization === group)) {
      const period = this.periodOf(draft);
      if (period === null) continue;
      const key = recordKey(draft);
      this.storedAdmissions = new Map(this.storedAdmissions).set(key, { state: 'loading' });
      const stored = await api<AdmissionResponse>(`/v1/organizations/${org}/admissions/${encodeURIComponent(period)}`).then(
        (answer): Stored<AdmissionResponse> => ({ state: 'found', record: answer.body, etag: revisionTag(answer.body.revision) }),
        (error: unknown): Stored<AdmissionResponse> => {
          if (error instanceof ApiError && error.status === 404) return { state: 'none' };
          throw error;
        },
      );
      if (this.orgOf(group) === slug) this.storedAdmissions = new Map(this.storedAdmissions).set(key, stored);
    }
    if (this.namedCells(group).length === 0) return;
    this.storedCells = new Map(this.storedCells).set(group, { state: 'loading' });
    const cells = await api<CellsResponse>(`/v1/organizations/${org}/cells`).then(
      (answer): Stored<CellsResponse> => ({ state: 'found', record: answer.body, etag: revisionTag(answer.body.revision) }),
      (error: unknown): Stored<CellsResponse> => {
        if (error instanceof ApiError && error.status === 404) return { state: 'none' };
        throw error;
      },
    );
    if (this.orgOf(group) === slug) this.storedCells = new Map(this.storedCells).set(group, cells);
  }

  private loadInBackground(group: number, slug: string): void {
    this.loadStored(group, slug).catch((error: unknown) => (this.problem = error instanceof Error ? error.message : String(error)));
  }

  private pickOrg(group: number, event: Event): void {
    // The picker's own event only (the placeholder's inner input fires a native change that bubbles too).
    if (event.target !== event.currentTarget) return;
    const slug = (event.target as HTMLElement & { value: string | null }).value?.trim() || null;
    const orgs = new Map(this.draft.orgs).set(group, slug);
    this.patch({ orgs: [...orgs], keep: this.draft.keep.filter(([key]) => !key.startsWith(`${group}:`)) });
    for (const key of [...this.storedAdmissions.keys()].filter((k) => k.startsWith(`${group}:`))) this.storedAdmissions.delete(key);
    this.storedCells.delete(group);
    if (slug) this.loadInBackground(group, slug);
  }

  // ---- saving ---------------------------------------------------------------------------------

  private namedCells(group: number): number[] {
    const figures = this.draft.result?.figures ?? [];
    return figures.flatMap((f, i) => (f.type === 'namedCell' && groupOf(f) === group ? [i] : []));
  }

  /** The groups with named cells. */
  private cellGroups(): number[] {
    const figures = this.draft.result?.figures ?? [];
    return [...new Set(figures.filter((f) => f.type === 'namedCell').map(groupOf))];
  }

  /** Why saving cannot start yet, as sentences; empty when it can. */
  private blockers(): string[] {
    const figures = this.draft.result?.figures ?? [];
    const choices = this.choices;
    const blockers: string[] = [];
    const pending = figures.filter((f, i) => figureTarget(f).record !== null && (choices.get(i)?.decision ?? 'pending') === 'pending').length;
    if (pending > 0) blockers.push(`Còn ${pending} đề xuất chưa quyết định · ${pending} proposals still to accept, correct or drop`);
    for (const draft of this.drafts()) {
      if (Object.keys(draft.fields).length === 0) continue;
      const name = this.groupName(draft.organization);
      if (!this.orgOf(draft.organization)) blockers.push(`Chọn tổ chức cho “${name}” · Pick the organisation for “${name}”`);
      if (draft.clashes.length > 0)
        blockers.push(`Hai con số khác nhau cho cùng một trường (${draft.clashes.join(', ')}): bỏ một · Two different figures for one field: drop one`);
      if (this.periodOf(draft) === null) blockers.push(`Nhập kỳ cho “${name}” · Give the period for “${name}”`);
      const key = recordKey(draft);
      const stored = this.storedAdmissions.get(key);
      if (stored?.state === 'found') {
        const keep = new Map(this.draft.keep);
        const open = storedDifferences(stored.record, draft.fields, this.asOfOf(draft)).filter((d) => !keep.has(`${key}:${d.field}`));
        if (open.length > 0) blockers.push(`Chọn giữ số đã lưu hay số từ bài cho “${name}” · Choose stored or article figures for “${name}”`);
      }
    }
    const kinds = new Map(this.draft.cellKinds);
    for (const group of this.cellGroups()) {
      const accepted = this.namedCells(group).filter((i) => choices.get(i)?.decision === 'accepted');
      if (accepted.length === 0) continue;
      const name = this.groupName(group);
      if (!this.orgOf(group)) blockers.push(`Chọn tổ chức cho chi bộ của “${name}” · Pick the organisation for the cells of “${name}”`);
      const kindless = accepted.filter((i) => {
        const figure = figures[i]!;
        return figure.type === 'namedCell' && figure.cellKind === null && !kinds.get(i);
      });
      if (kindless.length > 0) blockers.push(`Chọn loại cho ${kindless.length} chi bộ · Choose the kind of ${kindless.length} cells`);
    }
    const accepted = figures.some((f, i) => figureTarget(f).record !== null && choices.get(i)?.decision === 'accepted');
    if (pending === 0 && !accepted) blockers.push('Chưa nhận con số nào · No figure accepted yet');
    if (this.sourceToSave() === null) blockers.push('Nhập nguồn (ít nhất tên báo hoặc đường dẫn) · Give the source (at least the publisher or the link)');
    return blockers;
  }

  private sourceToSave(): Source | null {
    const parsed = SourceSchema.safeParse(sourceOf(this.draft.source));
    return parsed.success ? parsed.data : null;
  }

  private groupName(group: number): string {
    return this.draft.result?.organizations[group]?.name ?? 'Tổ chức không nêu tên · Organisation not named';
  }

  private async save(): Promise<void> {
    const source = this.sourceToSave();
    if (source === null || this.blockers().length > 0) return;
    this.busy = true;
    const outcomes = new Map(this.outcomes);
    try {
      for (const draft of this.drafts()) {
        const slug = this.orgOf(draft.organization);
        const period = this.periodOf(draft);
        if (Object.keys(draft.fields).length === 0 || !slug || !period) continue;
        const key = recordKey(draft);
        outcomes.set(key, await this.saveAdmissions(draft, slug, period, source));
        this.outcomes = new Map(outcomes);
      }
      for (const group of this.cellGroups()) {
        const slug = this.orgOf(group);
        const accepted = this.namedCells(group).filter((i) => this.choices.get(i)?.decision === 'accepted');
        if (!slug || accepted.length === 0) continue;
        outcomes.set(`cells:${group}`, await this.saveCells(group, slug, accepted, source));
        this.outcomes = new Map(outcomes);
      }
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('#extract-outcomes')?.focus();
  }

  private async saveAdmissions(draft: AdmissionDraft, slug: string, period: string, source: Source): Promise<SaveOutcome> {
    const key = recordKey(draft);
    const stored = this.storedAdmissions.get(key);
    const record = stored?.state === 'found' ? stored.record : null;
    const termFigure = draft.figures.map((i) => this.draft.result!.figures[i]!).find((f) => f.type === 'termToDate');
    const keep = new Set(this.draft.keep.filter(([, choice]) => choice === 'stored').map(([k]) => k.slice(key.length + 1)));
    const write = admissionWrite({
      stored: record,
      fields: draft.fields,
      term: termFigure?.type === 'termToDate' ? termFigure.term : null,
      asOf: this.asOfOf(draft),
      keep,
      source,
    });
    const checked = AdmissionInputSchema.safeParse(write);
    if (!checked.success) {
      return {
        ok: false,
        message: `Chưa lưu được ${slug} ${period} · Not saved`,
        issues: checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        warnings: [],
      };
    }
    try {
      const answer = await api<AdmissionResponse & { warnings: { message: string }[] }>(
        `/v1/organizations/${encodeURIComponent(slug)}/admissions/${encodeURIComponent(period)}`,
        { method: 'PUT', json: checked.data, ifMatch: stored?.state === 'found' ? stored.etag : null },
      );
      this.storedAdmissions = new Map(this.storedAdmissions).set(key, { state: 'found', record: answer.body, etag: revisionTag(answer.body.revision) });
      return {
        ok: true,
        message: `Đã lưu kết nạp ${period} của ${slug} (phiên bản ${answer.body.revision ?? '?'}) · Saved`,
        issues: [],
        warnings: answer.body.warnings ?? [],
        embed: { element: 'party-target-gauge', org: slug, period, revision: answer.body.revision ?? null },
      };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 412) {
        // Their figures are read again and each difference is decided again, against what is stored now.
        this.patch({ keep: this.draft.keep.filter(([k]) => !k.startsWith(`${key}:`)) });
        this.loadInBackground(draft.organization, slug);
      }
      const message =
        error.status === 412
          ? 'Bản ghi vừa được người khác thay đổi: xem lại số đã lưu rồi lưu lại · Someone changed this record meanwhile: review the stored figures and save again'
          : error.message;
      return { ok: false, message, issues: error.issues, warnings: [] };
    }
  }

  private async saveCells(group: number, slug: string, figures: number[], source: Source): Promise<SaveOutcome> {
    const day = new Map(this.draft.cellDays).get(group)?.trim() || undefined;
    const kinds = new Map(this.draft.cellKinds);
    let stored = this.storedCells.get(group);
    let etag = stored?.state === 'found' ? stored.etag : null;
    const warnings: { message: string }[] = [];
    let revision: number | null = null;
    for (const index of figures) {
      const figure = this.draft.result!.figures[index]!;
      if (figure.type !== 'namedCell') continue;
      const name = String(chosenValue(figure, this.choices.get(index)));
      const kind = kinds.get(index) ?? figure.cellKind;
      try {
        const answer = await api<CellsResponse & { warnings: { message: string }[] }>(
          `/v1/organizations/${encodeURIComponent(slug)}/cells/${encodeURIComponent(slugify(name))}`,
          { method: 'PUT', json: { name, kind, committee: figure.committee, ...(day ? { asOf: day } : {}), sources: [source] }, ifMatch: etag },
        );
        etag = revisionTag(answer.body.revision);
        revision = answer.body.revision ?? null;
        warnings.push(...(answer.body.warnings ?? []));
        stored = { state: 'found', record: answer.body, etag };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return { ok: false, message: `${name}: ${error.message}`, issues: error.issues, warnings };
      }
    }
    if (stored) this.storedCells = new Map(this.storedCells).set(group, stored);
    return {
      ok: true,
      message: `Đã lưu ${figures.length} chi bộ của ${slug} · Saved ${figures.length} cells`,
      issues: [],
      warnings,
      embed: { element: 'party-cell-map', org: slug, period: null, revision },
    };
  }

  // ---- linking marks and proposals ------------------------------------------------------------

  private focusProposal(index: number): void {
    const card = this.querySelector<HTMLElement>(`#extract-figure-${index}`);
    card?.scrollIntoView({ block: 'nearest' });
    card?.focus();
  }

  private focusMark(mark: number): void {
    const target = this.querySelector<HTMLElement>(`#extract-mark-${mark} button`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  // ---- rendering ------------------------------------------------------------------------------

  private renderSourceForm() {
    const s = this.draft.source;
    const set = (field: keyof SourceFields) => (event: Event) =>
      this.patch({ source: { ...this.draft.source, [field]: (event.target as HTMLInputElement).value } });
    const issue = (field: string) => this.sourceIssues.find((i) => i.path === field || i.path === `source.${field}`)?.message ?? '';
    return html`<form class="panel stack" @submit=${(e: Event) => void this.read(e)} aria-labelledby="extract-paste-heading">
      <h2 id="extract-paste-heading">Dán bài viết <span class="en" lang="en">Paste the article</span></h2>
      <wa-textarea
        label="Nội dung bài viết · The article’s text"
        rows="10"
        resize="vertical"
        .value=${this.draft.text}
        @input=${(e: Event) => this.patch({ text: (e.target as HTMLTextAreaElement).value })}
        hint="Chỉ đọc, không lưu nội dung bài · Only read, the text itself is not stored"
      ></wa-textarea>
      <fieldset class="extract-source">
        <legend>Nguồn · Source</legend>
        <div class="row">
          <wa-input label="Tên báo · Publisher" .value=${s.publisher} @input=${set('publisher')} hint=${issue('publisher')}></wa-input>
          <wa-input label="Tiêu đề · Title" .value=${s.title} @input=${set('title')} hint=${issue('title')}></wa-input>
          <wa-input label="Đường dẫn · Link" type="url" .value=${s.url} @input=${set('url')} hint=${issue('url')}></wa-input>
          <wa-input label="Ngày đăng · Published on" type="date" .value=${s.publishedOn} @input=${set('publishedOn')} hint=${issue('publishedOn')}></wa-input>
        </div>
      </fieldset>
      ${
        this.sourceIssues.length > 0
          ? html`<wa-callout variant="danger" role="alert"
            ><ul class="error-text">
              ${this.sourceIssues.map((i) => html`<li>Nguồn · Source ${i.path.replace(/^source\.?/, '')}: ${i.message}</li>`)}
            </ul></wa-callout
          >`
          : nothing
      }
      ${this.problem ? html`<wa-callout variant="danger" role="alert"><span class="error-text">${this.problem}</span></wa-callout>` : nothing}
      <div class="row">
        <wa-button type="submit" variant="brand" ?loading=${this.busy}>Đọc các con số · Read the figures</wa-button>
        ${this.draft.result ? html`<wa-button appearance="outlined" @click=${() => this.startOver()}>Làm lại từ đầu · Start over</wa-button>` : nothing}
      </div>
    </form>`;
  }

  private renderText(marks: Mark[]) {
    const text = this.draft.readText;
    const figures = this.draft.result!.figures;
    return html`<section class="extract-text-panel panel" aria-labelledby="extract-text-heading">
      <h2 id="extract-text-heading">Bài viết <span class="en" lang="en">The text</span></h2>
      <p class="hint">Mỗi chỗ tô màu là một con số được đề xuất; chọn để tới đề xuất · Each highlight is a proposed figure; choose it to go to the proposal</p>
      <div class="extract-text">${piecesOf(text, marks).map((piece) =>
        piece.mark === null
          ? piece.text
          : html`<mark id=${`extract-mark-${piece.mark}`} class=${this.markClass(marks[piece.mark]!)}><button
                type="button"
                class="extract-mark-button"
                aria-describedby=${marks[piece.mark]!.figures.map((i) => `extract-figure-summary-${i}`).join(' ')}
                @click=${() => this.focusProposal(marks[piece.mark]!.figures[0]!)}
              >${piece.text}</button></mark>`,
      )}</div>
      <p class="visually-hidden">${figures.length} con số · figures</p>
    </section>`;
  }

  private markClass(mark: Mark): string {
    const decisions = mark.figures.map((i) => this.choices.get(i)?.decision ?? 'pending');
    if (decisions.every((d) => d === 'dropped')) return 'extract-mark extract-mark-dropped';
    return decisions.some((d) => d === 'accepted') ? 'extract-mark extract-mark-accepted' : 'extract-mark';
  }

  private renderCorrection(index: number, figure: ExtractedFigure, value: FigureValue | null) {
    const id = `extract-correct-${index}`;
    const apply = (event: Event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const refuse = (message: string) => {
        this.correctionError = message;
      };
      const read = (name: string) => (form.querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value.trim() ?? '';
      let corrected: FigureValue;
      if (figure.type === 'namedCell') {
        corrected = read('value');
        // A cell's name is its address too (its slug): a name that makes none cannot be one.
        try {
          slugify(corrected);
        } catch {
          return refuse('Tên chi bộ cần có chữ hoặc số · A cell’s name needs letters or digits');
        }
      } else if (figure.type === 'target') {
        const min = Number(read('min'));
        const max = read('max') === '' ? min : Number(read('max'));
        if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min || read('min') === '') {
          return refuse('Chỉ tiêu là số nguyên không âm, “từ” không lớn hơn “đến” · A target is whole numbers, from no more than to');
        }
        corrected = { min, max } satisfies Target;
      } else {
        const n = Number(read('value'));
        if (read('value') === '' || !Number.isInteger(n) || n < 0) return refuse('Cần một số nguyên không âm · A whole number of 0 or more is needed');
        corrected = n;
      }
      const same = JSON.stringify(corrected) === JSON.stringify(proposedValue(figure));
      this.setChoice(index, same ? { decision: 'accepted' } : { decision: 'accepted', value: corrected });
      this.editing = null;
      this.correctionError = null;
      void this.updateComplete.then(() => this.focusProposal(index));
    };
    const target = typeof value === 'object' && value !== null ? value : null;
    return html`<form novalidate class="row extract-correct" id=${id} @submit=${apply} aria-label="Sửa con số · Correct the figure">
      ${
        figure.type === 'target'
          ? html`<wa-input name="min" type="number" min="0" label="Chỉ tiêu từ · Target from" .value=${String(target?.min ?? '')} required></wa-input>
            <wa-input name="max" type="number" min="0" label="đến · to" .value=${String(target?.max ?? '')}></wa-input>`
          : html`<wa-input
            name="value"
            type=${figure.type === 'namedCell' ? 'text' : 'number'}
            min="0"
            label="Giá trị đúng · Correct value"
            .value=${typeof value === 'object' || value === null ? '' : String(value)}
            required
          ></wa-input>`
      }
      <wa-button type="submit" variant="brand" size="small">Lưu sửa · Apply</wa-button>
      <wa-button size="small" appearance="outlined" @click=${() => {
        this.editing = null;
        this.correctionError = null;
        void this.updateComplete.then(() => this.focusProposal(index));
      }}>Hủy · Cancel</wa-button>
      ${this.correctionError ? html`<p class="error-text" role="alert">${this.correctionError}</p>` : nothing}
    </form>`;
  }

  private renderFigure(index: number, marks: Mark[]) {
    const figures = this.draft.result!.figures;
    const figure = figures[index]!;
    const target = figureTarget(figure);
    const choice = this.choices.get(index);
    const decision = choice?.decision ?? 'pending';
    const mark = marks.findIndex((m) => m.figures.includes(index));
    const value = chosenValue(figure, choice);
    const quote = (span: { start: number; end: number }) => `“${this.draft.readText.slice(span.start, span.end)}”`;
    const period = figure.period ?? '?';
    const where =
      target.record === 'admissions'
        ? `→ Kết nạp ${period} · Admissions ${period}: ${FIELD_LABELS[target.field]}`
        : target.record === 'cell'
          ? `→ Chi bộ · Cell “${typeof value === 'string' ? value : ''}”`
          : referenceNote(figure);
    const decisionLabel = {
      pending: 'Chưa quyết định · Not decided',
      accepted: choice?.value !== undefined ? 'Đã sửa · Corrected' : 'Đã nhận · Accepted',
      dropped: 'Đã bỏ · Dropped',
    }[decision];
    return html`<li
      id=${`extract-figure-${index}`}
      class=${`extract-figure extract-${decision}`}
      tabindex="-1"
      aria-labelledby=${`extract-figure-summary-${index}`}
      aria-describedby=${mark >= 0 ? `extract-mark-${mark}` : nothing}
    >
      <p id=${`extract-figure-summary-${index}`} class="extract-figure-summary">
        <strong>${FIGURE_LABELS[figure.type]}: ${target.record === null ? describeValue(figure) : formatValue(value)}</strong>
        ${choice?.value !== undefined ? html`<span class="hint">(bài viết · text: ${formatValue(proposedValue(figure))})</span>` : nothing}
        <span class="extract-where">${where}</span>
      </p>
      ${figure.type === 'namedCell' ? html`<p class="hint">${describeValue(figure)}</p>` : nothing}
      ${
        figure.derivation
          ? html`<p class="extract-derivation">
            Tính ra · Derived: ${figure.derivation.from.map((span, i) => html`${i > 0 ? ' … ' : ''}${quote(span)}`)} → ${FIGURE_LABELS[figure.type].split(' · ')[0]!.toLowerCase()}
            ${describeValue(figure)} (${figure.derivation.explanation})
          </p>`
          : nothing
      }
      <div class="row extract-actions">
        ${mark >= 0 ? html`<wa-button size="small" appearance="plain" @click=${() => this.focusMark(mark)}>Xem trong bài · Show in the text</wa-button>` : nothing}
        ${
          target.record === null
            ? nothing
            : html`<span class="extract-decision">${decisionLabel}</span>
              <wa-button size="small" variant=${decision === 'accepted' ? 'success' : 'neutral'} appearance=${decision === 'accepted' ? 'accent' : 'outlined'} @click=${() => this.setChoice(index, { decision: 'accepted' })}
                >Nhận · Accept</wa-button
              >
              <wa-button size="small" appearance="outlined" @click=${() => {
                this.editing = index;
                this.correctionError = null;
                void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#extract-correct-${index} wa-input`)?.focus());
              }}>Sửa · Correct</wa-button>
              <wa-button size="small" variant=${decision === 'dropped' ? 'danger' : 'neutral'} appearance="outlined" @click=${() => this.setChoice(index, { decision: 'dropped' })}
                >Bỏ · Drop</wa-button
              >`
        }
      </div>
      ${figure.type === 'namedCell' && figure.cellKind === null && decision !== 'dropped' ? this.renderCellKind(index) : nothing}
      ${this.editing === index ? this.renderCorrection(index, figure, value) : nothing}
    </li>`;
  }

  private renderCellKind(index: number) {
    const chosen = new Map(this.draft.cellKinds).get(index) ?? '';
    const id = `extract-cell-kind-${index}`;
    return html`<p>
      <label for=${id}>Loại chi bộ (bài không nói) · Kind of cell (the text does not say)</label>
      <select
        id=${id}
        .value=${chosen}
        @change=${(e: Event) => this.patch({ cellKinds: [...new Map(this.draft.cellKinds).set(index, (e.target as HTMLSelectElement).value as CellKind)] })}
      >
        <option value="" ?selected=${chosen === ''}>—</option>
        ${CELL_KINDS.map((kind) => html`<option value=${kind} ?selected=${chosen === kind}>${cellKindLabel(kind, 'vi')} · ${cellKindLabel(kind, 'en')}</option>`)}
      </select>
    </p>`;
  }

  private renderStored(draft: AdmissionDraft) {
    const key = recordKey(draft);
    const stored = this.storedAdmissions.get(key);
    if (!this.orgOf(draft.organization) || this.periodOf(draft) === null || stored === undefined) return nothing;
    if (stored.state === 'loading') return html`<p class="hint" role="status">Đang đọc số đã lưu… · Reading the stored record…</p>`;
    if (stored.state === 'none')
      return html`<p class="hint">Chưa có bản ghi nào cho kỳ này: sẽ tạo mới · No record stored for this period: a new one will be made</p>`;
    const differences = storedDifferences(stored.record, draft.fields, this.asOfOf(draft));
    if (differences.length === 0)
      return html`<p class="hint">Số đã lưu (phiên bản ${stored.record.revision ?? '?'}) khớp với bài · The stored record agrees with the text</p>`;
    const keep = new Map(this.draft.keep);
    const choose = (field: string, value: 'stored' | 'article') => this.patch({ keep: [...new Map(this.draft.keep).set(`${key}:${field}`, value)] });
    return html`<div class="extract-conflict" role="group" aria-labelledby=${`extract-conflict-${key}`}>
      <p id=${`extract-conflict-${key}`} class="warning-text">
        <strong>Khác với số đã lưu (phiên bản ${stored.record.revision ?? '?'}) · Differs from the stored record</strong>
      </p>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Trường · Field</th>
            <th scope="col">Đã lưu · Stored</th>
            <th scope="col">Từ bài · From the article</th>
            <th scope="col">Giữ · Keep</th>
          </tr>
        </thead>
        <tbody>
          ${differences.map((d) => {
            const name = `extract-keep-${key}-${d.field}`;
            const value = keep.get(`${key}:${d.field}`);
            return html`<tr>
              <th scope="row">${FIELD_LABELS[d.field]}</th>
              <td>${d.stored}</td>
              <td>${d.proposed}</td>
              <td>
                <fieldset class="extract-keep">
                  <legend class="visually-hidden">${FIELD_LABELS[d.field]}</legend>
                  <label><input type="radio" name=${name} .checked=${value === 'stored'} @change=${() => choose(d.field, 'stored')} /> Số đã lưu · Stored</label>
                  <label><input type="radio" name=${name} .checked=${value === 'article'} @change=${() => choose(d.field, 'article')} /> Số từ bài · Article’s</label>
                </fieldset>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderAdmissionsDraft(draft: AdmissionDraft) {
    const key = recordKey(draft);
    const filled = Object.keys(draft.fields);
    const asOf = this.asOfOf(draft);
    const outcome = this.outcomes.get(key);
    const stored = this.storedAdmissions.get(key);
    const storedAsOf = stored?.state === 'found' ? stored.record.asOf : null;
    return html`<div class="extract-record">
      <h4>Kết nạp · Admissions ${draft.period ?? ''}</h4>
      ${
        draft.period === null
          ? html`<wa-input
            label="Kỳ (bài không nói) · Period (the text does not say)"
            hint="2024 hoặc 2020-2025 · 2024 or 2020-2025"
            .value=${new Map(this.draft.periods).get(key) ?? ''}
            @change=${(e: Event) => {
              this.patch({ periods: [...new Map(this.draft.periods).set(key, (e.target as HTMLInputElement).value)] });
              const slug = this.orgOf(draft.organization);
              if (slug) this.loadInBackground(draft.organization, slug);
            }}
          ></wa-input>`
          : nothing
      }
      <p>
        Sẽ lưu · Will write:
        ${filled.length === 0 ? html`<em>chưa có con số nào được nhận · no figure accepted yet</em>` : filled.map((f) => html`<span class="extract-chip">${FIELD_LABELS[f]}: ${formatValue(draft.fields[f as keyof typeof draft.fields])}</span> `)}
      </p>
      <wa-input
        type="date"
        label=${draft.asOf ? 'Tính đến ngày (từ bài) · As of (from the text)' : 'Tính đến ngày (bài không nói, hãy nhập) · As of (the text does not say: type it)'}
        hint=${storedAsOf ? `Để trống: giữ ngày đã lưu ${storedAsOf} · Empty: keeps the stored day` : ''}
        .value=${asOf ?? ''}
        @input=${(e: Event) => this.patch({ asOfs: [...new Map(this.draft.asOfs).set(key, (e.target as HTMLInputElement).value)] })}
      ></wa-input>
      ${this.renderStored(draft)} ${outcome ? this.renderOutcome(outcome) : nothing}
    </div>`;
  }

  private renderOutcome(outcome: SaveOutcome) {
    return html`<div class=${outcome.ok ? 'extract-saved' : 'extract-failed'} role=${outcome.ok ? 'status' : 'alert'}>
      <p class=${outcome.ok ? '' : 'error-text'}>${outcome.message}</p>
      ${outcome.issues.length > 0 ? html`<ul class="error-text">${outcome.issues.map((i) => html`<li>${FIELD_LABELS[i.path.split('.')[0]!] ?? i.path}: ${i.message}</li>`)}</ul>` : nothing}
      ${
        outcome.warnings.length > 0
          ? html`<ul class="warning-text">
            ${outcome.warnings.map((w) => html`<li>Lưu ý · Warning: ${w.message}</li>`)}
          </ul>`
          : nothing
      }
      ${
        outcome.embed
          ? html`<wa-button
            size="small"
            variant="brand"
            @click=${() => {
              const { element, org, period, revision } = outcome.embed!;
              openEmbedCodes({ element, org, period, revision });
            }}
            >Lấy mã nhúng · Get the embed code</wa-button
          >`
          : nothing
      }
    </div>`;
  }

  private renderGroup(group: number, indexes: number[], marks: Mark[]) {
    const organization = group >= 0 ? this.draft.result!.organizations[group] : undefined;
    const drafts = this.drafts().filter((d) => d.organization === group);
    const cells = this.namedCells(group);
    const headingId = `extract-group-${group}`;
    const cellsOutcome = this.outcomes.get(`cells:${group}`);
    return html`<section class="panel extract-group" aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${organization ? organization.name : 'Tổ chức không nêu tên · Organisation not named'}
        ${group > 0 ? html`<span class="en" lang="en">(another organisation the text names)</span>` : nothing}
      </h3>
      <desk-org-picker
        label=${`Lưu vào tổ chức · Save to the organisation${organization ? ` (${organization.name})` : ''}`}
        .value=${this.orgOf(group)}
        hint="Tìm trong danh bạ · Search the directory"
        @change=${(e: Event) => this.pickOrg(group, e)}
      ></desk-org-picker>
      <p class="hint"><a href=${routeHref({ screen: 'organization-form', org: null, parent: null })}>Chưa có trong danh bạ? Tạo tổ chức mới · Not in the directory? Create it</a> (bài đọc được giữ lại · this screen is kept)</p>
      <ol class="extract-figures" aria-label="Đề xuất · Proposals">
        ${indexes.map((i) => this.renderFigure(i, marks))}
      </ol>
      ${drafts.map((d) => this.renderAdmissionsDraft(d))}
      ${
        cells.length > 0
          ? html`<div class="extract-record">
            <h4>Chi bộ được nêu tên · Named cells</h4>
            <wa-input
              type="date"
              label="Ngày của danh sách chi bộ (bài không nói; trống: danh sách mới nhất) · Census day (the text does not say; empty: the latest)"
              .value=${new Map(this.draft.cellDays).get(group) ?? ''}
              @input=${(e: Event) => this.patch({ cellDays: [...new Map(this.draft.cellDays).set(group, (e.target as HTMLInputElement).value)] })}
            ></wa-input>
            ${this.renderStoredCells(group, cells)} ${cellsOutcome ? this.renderOutcome(cellsOutcome) : nothing}
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderStoredCells(group: number, cells: number[]) {
    const stored = this.storedCells.get(group);
    if (stored?.state !== 'found') return nothing;
    const figures = this.draft.result!.figures;
    const differing = cells.flatMap((i) => {
      const figure = figures[i]!;
      if (figure.type !== 'namedCell') return [];
      const name = String(chosenValue(figure, this.choices.get(i)));
      const cell = stored.record.cells.find((c) => c.slug === slugify(name));
      return cell && cell.committee !== figure.committee ? [{ name, stored: cell.committee, proposed: figure.committee }] : [];
    });
    if (differing.length === 0) return nothing;
    return html`<ul class="warning-text" aria-label="Khác với số đã lưu · Differs from the stored cells">
      ${differing.map(
        (d) =>
          html`<li>${d.name}: đã lưu · stored ${committeeStatusLabel(d.stored, 'vi')} → từ bài · from the article ${committeeStatusLabel(d.proposed, 'vi')}</li>`,
      )}
    </ul>`;
  }

  private renderReview() {
    const result = this.draft.result!;
    const marks = marksOf(result.figures);
    const groups = new Map<number, number[]>();
    result.organizations.forEach((_, i) => groups.set(i, []));
    result.figures.forEach((figure, i) => {
      const group = groupOf(figure);
      groups.set(group, [...(groups.get(group) ?? []), i]);
    });
    const blockers = this.blockers();
    const pending = result.figures.flatMap((f, i) =>
      figureTarget(f).record !== null && (this.choices.get(i)?.decision ?? 'pending') === 'pending' ? [i] : [],
    );
    return html`<div class="extract-review">
      ${this.renderText(marks)}
      <section class="extract-proposals" aria-labelledby="extract-proposals-heading">
        <h2 id="extract-proposals-heading" tabindex="-1">
          Đề xuất (${result.figures.length}) <span class="en" lang="en">Proposals</span>
        </h2>
        ${
          result.figures.length === 0
            ? html`<p role="status">Bài không có con số nào đọc được · The reader found no figure in this text</p>`
            : html`<p class="hint">Nhận, sửa hoặc bỏ từng con số; chỉ số được nhận mới được lưu · Accept, correct or drop each figure; only accepted ones are saved</p>`
        }
        ${
          pending.length > 0
            ? html`<wa-button size="small" appearance="outlined" @click=${() => this.patch({ choices: [...this.choices, ...pending.map((i): [number, FigureChoice] => [i, { decision: 'accepted' }])] })}
              >Nhận các đề xuất còn lại (${pending.length}) · Accept the remaining proposals</wa-button
            >`
            : nothing
        }
        ${[...groups].filter(([, indexes]) => indexes.length > 0).map(([group, indexes]) => this.renderGroup(group, indexes, marks))}
        <div class="panel stack">
          ${
            blockers.length > 0
              ? html`<ul class="hint" aria-label="Trước khi lưu · Before saving">
                ${blockers.map((b) => html`<li>${b}</li>`)}
              </ul>`
              : nothing
          }
          <div class="row">
            <wa-button variant="brand" ?disabled=${blockers.length > 0} ?loading=${this.busy} @click=${() => void this.save()}>Lưu các con số đã nhận · Save the accepted figures</wa-button>
          </div>
          ${
            this.outcomes.size > 0
              ? html`<p id="extract-outcomes" tabindex="-1" role="status">
                Đã lưu ${[...this.outcomes.values()].filter((o) => o.ok).length}/${this.outcomes.size} bản ghi; xem từng bản ghi ở trên ·
                <span lang="en">Saved ${[...this.outcomes.values()].filter((o) => o.ok).length} of ${this.outcomes.size} records; see each above</span>
              </p>`
              : nothing
          }
        </div>
      </section>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`<main class="extract-view">
      <h1>Từ bài viết <span class="en" lang="en">From an article</span></h1>
      <p class="hint">
        Dán một bài báo hoặc báo cáo: các con số được đề xuất kèm chỗ chúng nằm trong bài; bạn quyết định từng con số. Những gì bài không nói để trống. ·
        <span lang="en">Paste a report: each proposed figure points at its words; you decide on each. What the text does not say stays empty.</span>
      </p>
      ${this.renderSourceForm()} ${this.draft.result ? this.renderReview() : nothing}
    </main>`;
  }
}

customElements.define('desk-extract', DeskExtract);

declare global {
  interface HTMLElementTagNameMap {
    'desk-extract': DeskExtract;
  }
}
