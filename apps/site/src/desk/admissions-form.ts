/**
 * `<desk-admissions-form>`: members admitted in a year or a term (`#/org/{slug}/admissions` for a new
 * record, `…/admissions/{period}` to change one), exactly the API's AdmissionInput: admitted, a single
 * or range target, term to date, total members, breakdown, as-of day and sources. Checked in the
 * browser by the domain's schema and write rules (warnings shown, to be acknowledged, before saving),
 * then by the server, whose issues land on their field; saved over the revision it was typed on (412
 * opens the merge view); kept as a draft; after a save, the embed codes are one click away.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import '@awesome.me/webawesome/dist/components/radio/radio.js';
import '@awesome.me/webawesome/dist/components/radio-group/radio-group.js';
import type { AdmissionInput, BreakdownKey, OrganizationRecord, Session } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ApiError, api } from './api.ts';
import type { AdmissionValues, BreakdownValues } from './admission-values.ts';
import type * as AdmissionRules from './admission-values.ts';
import { dropDraft } from './drafts.ts';
import { openEmbedCodes } from './embed-dialog.ts';
import { focusField, problemText, textField } from './form-field.ts';
import { draftKey, keepDraft, openDraft } from './form-draft.ts';
import { problemsByField, type FieldProblem } from './form-problems.ts';
import { chooseMerge } from './merge-dialog.ts';
import { failureMessage, latestRevision, putRecord } from './record-save.ts';
import { routeHref } from './route.ts';
import { sourceFieldPaths, sourceFields } from './source-fields.ts';
import { guardUnsaved } from './unsaved-guard.ts';
import { deskWarning, type DeskWarning, type DeskWarnings } from './warnings-list.ts';
import './warnings-list.ts';
import './desk-forms.css';

const GROUP_LABELS: Record<BreakdownKey, string> = {
  youth: 'Tuổi đoàn · Youth-union age',
  women: 'Nữ · Women',
  ethnicMinority: 'Dân tộc thiểu số · Ethnic minority',
  nonStateEnterprise: 'Doanh nghiệp ngoài nhà nước · Non-state enterprise',
};

const FIELD_LABELS: Record<string, string> = {
  period: 'Kỳ · Period',
  admitted: 'Số kết nạp · Admitted',
  target: 'Chỉ tiêu · Target',
  'target.min': 'Chỉ tiêu từ · Target from',
  'target.max': 'Chỉ tiêu đến · Target to',
  'termToDate.term': 'Nhiệm kỳ · Term',
  'termToDate.admitted': 'Lũy kế từ đầu nhiệm kỳ · Since the term began',
  totalMembers: 'Tổng số đảng viên · Total members',
  asOf: 'Số liệu đến ngày · As of',
};

/** A readable name for a field path, for the merge view and the problem summary. */
function fieldLabel(path: string): string {
  if (FIELD_LABELS[path]) return FIELD_LABELS[path];
  const [head, key, leaf] = path.split('.');
  if (head === 'sources' && key !== undefined) return `Nguồn ${Number(key) + 1} · Source ${Number(key) + 1}${leaf ? ` (${leaf})` : ''}`;
  if (head === 'breakdown' && key !== undefined) return `${GROUP_LABELS[key as BreakdownKey] ?? key}${leaf ? ` (${leaf})` : ''}`;
  return path;
}

// The groups in the order the form shows them (the labels' keys: every BreakdownKey, as the type requires).
const GROUPS = Object.keys(GROUP_LABELS) as BreakdownKey[];

const BREAKDOWN_FIELDS = GROUPS.flatMap((key) => ['', '.unit', '.exact', '.min', '.max', '.note'].map((leaf) => `breakdown.${key}${leaf}`));

type Phase = { kind: 'loading' } | { kind: 'ready' } | { kind: 'unavailable'; message: string };

interface Saved {
  readonly revision: number;
  readonly period: string;
  readonly warnings: readonly DeskWarning[];
}

export class DeskAdmissionsForm extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    org: { attribute: false },
    period: { attribute: false },
    phase: { state: true },
    values: { state: true },
    problems: { state: true },
    status: { state: true },
    busy: { state: true },
    saved: { state: true },
    restoredAt: { state: true },
  };
  declare session: Session;
  declare org: string;
  declare period: string | null;
  declare phase: Phase;
  declare values: AdmissionValues;
  declare problems: readonly FieldProblem[];
  declare status: string;
  declare busy: boolean;
  declare saved: Saved | null;
  declare restoredAt: string | null;
  private organization: OrganizationRecord | null = null;
  /**
   * The domain's schemas and rules (zod and all), loaded with the first form rather than with the
   * desk, so signing in and the directory do not wait for them.
   */
  private rules: typeof AdmissionRules | null = null;
  private stored!: AdmissionValues;
  private baseRevision: number | null = null;
  /** The period of the record once it exists (a new one's, after its first save). */
  private savedPeriod: string | null = null;
  /** Once a save was tried, problems follow the typing. */
  private attempted = false;
  private unguard: (() => void) | null = null;

  constructor() {
    super();
    this.period = null;
    this.phase = { kind: 'loading' };
    this.problems = [];
    this.status = '';
    this.busy = false;
    this.saved = null;
    this.restoredAt = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unguard = guardUnsaved(() => this.dirty);
  }

  override disconnectedCallback(): void {
    this.unguard?.();
    super.disconnectedCallback();
  }

  private get dirty(): boolean {
    return this.phase.kind === 'ready' && JSON.stringify(this.values) !== JSON.stringify(this.stored);
  }

  private get recordPeriod(): string | null {
    return this.savedPeriod ?? this.period;
  }

  private get draftKey(): string {
    return draftKey(this.session.newsroom.slug, 'admissions', this.org, this.recordPeriod ?? 'new');
  }

  private historyPath(period: string): string {
    return `/v1/organizations/${encodeURIComponent(this.org)}/admissions/${encodeURIComponent(period)}/revisions`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('org') || changed.has('period') || changed.has('session')) void this.load();
  }

  private async load(): Promise<void> {
    const { org, period } = this;
    this.phase = { kind: 'loading' };
    this.saved = null;
    this.savedPeriod = null;
    this.attempted = false;
    this.problems = [];
    this.status = '';
    let revision: number | null = null;
    let stored: AdmissionValues;
    try {
      this.rules ??= await import('./admission-values.ts');
      stored = this.rules.emptyAdmissions(period);
      this.organization = (await api<OrganizationRecord>(`/v1/organizations/${encodeURIComponent(org)}`)).body;
      if (period !== null) {
        const latest = await latestRevision<AdmissionInput>(this.historyPath(period)).catch((error: unknown) => {
          // No record for this period yet: the form creates it.
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        });
        if (latest !== null && !latest.deleted) {
          stored = this.rules.admissionValues(period, latest.record);
          revision = latest.revision;
        }
      }
    } catch (error) {
      this.phase = { kind: 'unavailable', message: failureMessage(error) };
      return;
    }
    if (org !== this.org || period !== this.period) return; // the route changed meanwhile
    this.stored = stored;
    const opened = openDraft(this.draftKey, stored, revision);
    this.values = opened.values;
    this.baseRevision = opened.baseRevision;
    this.restoredAt = opened.restoredAt;
    this.phase = { kind: 'ready' };
  }

  /** The domain's check of what is typed (the rules are loaded before the form shows). */
  private check() {
    if (this.rules === null) throw new Error('the admission rules are not loaded yet');
    return this.rules.checkAdmissions(this.values, this.organization);
  }

  private admissionValues(period: string, record: AdmissionInput): AdmissionValues {
    if (this.rules === null) throw new Error('the admission rules are not loaded yet');
    return this.rules.admissionValues(period, record);
  }

  private change(patch: Partial<AdmissionValues>): void {
    this.values = { ...this.values, ...patch };
    keepDraft(this.draftKey, this.values, this.stored, this.baseRevision);
    if (this.attempted) {
      const check = this.check();
      this.problems = check.ok ? [] : this.located(check.problems);
    }
  }

  private changeGroup(key: BreakdownKey, patch: Partial<BreakdownValues>): void {
    this.change({ breakdown: { ...this.values.breakdown, [key]: { ...this.values.breakdown[key], ...patch } } });
  }

  private discardDraft(): void {
    dropDraft(this.draftKey);
    this.values = this.stored;
    this.baseRevision = this.saved?.revision ?? this.baseRevision;
    this.restoredAt = null;
    this.problems = [];
    this.attempted = false;
    this.status = 'Đã bỏ bản nháp. · Draft discarded.';
  }

  /** The fields on screen now, for issues→field mapping. */
  private get fields(): string[] {
    const target = this.values.targetMode === 'single' ? ['target'] : ['target', 'target.min', 'target.max'];
    return [
      'period',
      'admitted',
      ...target,
      'termToDate.term',
      'termToDate.admitted',
      'totalMembers',
      'asOf',
      ...BREAKDOWN_FIELDS,
      'sources',
      ...sourceFieldPaths(this.values.sources.length),
    ];
  }

  /** A single target is one field on screen: its min and max problems land on it. */
  private located(problems: readonly FieldProblem[]): FieldProblem[] {
    if (this.values.targetMode !== 'single') return [...problems];
    return problems.map((problem) => (problem.path === 'target.min' || problem.path === 'target.max' ? { ...problem, path: 'target' } : problem));
  }

  private refuse(problems: readonly FieldProblem[], why: string): void {
    this.problems = this.located(problems);
    const fields = new Set(this.problems.map((problem) => problem.path)).size;
    this.status = `${why} ${fields} ô cần sửa. · ${fields} field(s) to fix.`;
    void this.updateComplete.then(() => {
      const byField = problemsByField(this.problems, this.fields);
      const field = this.fields.find((name) => byField.has(name));
      if (field) this.openGroupOf(field);
      if (!field || !focusField(this, field)) this.querySelector<HTMLElement>('.problem-summary')?.focus();
    });
  }

  /** Opens the breakdown's disclosure when the field is inside it. */
  private openGroupOf(field: string): void {
    if (field.startsWith('breakdown.')) this.querySelector('details.breakdown')?.setAttribute('open', '');
  }

  private get warningsBeforeSave(): readonly DeskWarning[] {
    const check = this.check();
    return check.ok ? check.warnings.map(deskWarning) : [];
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.attempted = true;
    const check = this.check();
    if (!check.ok) {
      this.refuse(check.problems, 'Chưa lưu:');
      return;
    }
    this.problems = [];
    const warnings = this.querySelector<DeskWarnings>('desk-warnings.before-save');
    if (warnings !== null && !warnings.allAcknowledged) {
      this.status = 'Chưa lưu: hãy đối chiếu các cảnh báo với nguồn rồi đánh dấu. · Not saved: check each warning against the source, then tick it.';
      warnings.focusFirstPending();
      return;
    }
    await this.save(check.period, check.input);
  }

  private async save(period: string, input: AdmissionInput): Promise<void> {
    this.busy = true;
    this.status = 'Đang lưu… · Saving…';
    const path = `/v1/organizations/${encodeURIComponent(this.org)}/admissions/${encodeURIComponent(period)}`;
    const outcome = await putRecord<{ warnings?: unknown }>(path, input, this.recordPeriod === period ? this.baseRevision : null);
    this.busy = false;
    switch (outcome.kind) {
      case 'saved': {
        dropDraft(this.draftKey);
        const wasNew = this.period === null;
        if (wasNew) dropDraft(draftKey(this.session.newsroom.slug, 'admissions', this.org, 'new'));
        this.savedPeriod = period;
        dropDraft(this.draftKey);
        this.stored = this.admissionValues(period, input);
        this.values = this.stored;
        this.baseRevision = outcome.revision;
        this.restoredAt = null;
        this.attempted = false;
        this.saved = { revision: outcome.revision, period, warnings: outcome.warnings };
        this.status = `Đã lưu số kết nạp ${period}, phiên bản ${outcome.revision}. · Saved admissions of ${period} as revision ${outcome.revision}.`;
        if (wasNew) history.replaceState(null, '', routeHref({ screen: 'admissions-form', org: this.org, period }));
        return;
      }
      case 'refused':
        this.refuse(outcome.problems, 'Máy chủ từ chối:');
        return;
      case 'failed':
        this.status = outcome.message;
        return;
      case 'stale':
        await this.merge(period, input);
    }
  }

  private async merge(period: string, mine: AdmissionInput): Promise<void> {
    this.status = 'Có người đã lưu trước bạn; so sánh hai bản. · Someone saved first; compare both versions.';
    let latest;
    try {
      latest = await latestRevision<AdmissionInput>(this.historyPath(period));
    } catch (error) {
      this.status = failureMessage(error);
      return;
    }
    if (latest === null) return;
    const merged = await chooseMerge({ mine, theirs: latest.record, theirsBy: latest.by, label: fieldLabel });
    if (merged === null) {
      this.status = 'Chưa lưu; bản của bạn vẫn trong form. · Not saved; your version stays in the form.';
      return;
    }
    // The merged record is saved over their revision, as the record of this period from now on.
    this.savedPeriod = period;
    this.baseRevision = latest.deleted ? null : latest.revision;
    this.values = this.admissionValues(period, merged);
    keepDraft(this.draftKey, this.values, this.stored, this.baseRevision);
    await this.save(period, merged);
  }

  private renderSaved() {
    const saved = this.saved;
    if (saved === null) return nothing;
    return html`<section class="panel saved stack" aria-labelledby="admissions-saved-heading">
      <h2 id="admissions-saved-heading">Đã lưu phiên bản ${saved.revision} <span class="en" lang="en">Saved as revision ${saved.revision}</span></h2>
      <p class="row">
        <a href=${routeHref({ screen: 'organization', org: this.org })}>Về trang tổ chức <span class="en" lang="en">Back to the organisation</span></a>
        <wa-button
          variant="brand"
          @click=${() => openEmbedCodes({ element: 'party-target-gauge', org: this.org, period: saved.period, revision: saved.revision })}
          >Mã nhúng · Embed code</wa-button
        >
      </p>
      <desk-warnings class="after-save" heading="Máy chủ cảnh báo · The server warns" .warnings=${saved.warnings}></desk-warnings>
    </section>`;
  }

  private renderProblems() {
    if (this.problems.length === 0) return nothing;
    return html`<wa-callout variant="danger" class="problem-summary" tabindex="-1">
      <div>
        <strong>Cần sửa trước khi lưu <span class="en" lang="en">To fix before saving</span></strong>
        <ul>
          ${this.problems.map((problem) => html`<li>${problem.path ? html`<strong>${fieldLabel(problem.path)}</strong>: ` : nothing}${problemText([problem])}</li>`)}
        </ul>
      </div>
    </wa-callout>`;
  }

  private renderTarget(byField: Map<string, FieldProblem[]>) {
    const values = this.values;
    return html`<fieldset class="stack">
      <legend>Chỉ tiêu <span class="en" lang="en">Target</span></legend>
      <wa-radio-group
        data-field="targetMode"
        label="Loại chỉ tiêu · Kind of target"
        orientation="horizontal"
        .value=${values.targetMode}
        @change=${(event: Event) => this.change({ targetMode: (event.target as HTMLInputElement).value as AdmissionValues['targetMode'] })}
      >
        <wa-radio value="single">Một số · One number</wa-radio>
        <wa-radio value="range">Khoảng · A range</wa-radio>
        <wa-radio value="none">Nguồn không nêu · Not stated</wa-radio>
      </wa-radio-group>
      ${
        values.targetMode === 'single'
          ? textField({
              field: 'target',
              label: 'Chỉ tiêu · Target',
              inputmode: 'numeric',
              value: values.target,
              problems: byField.get('target'),
              onInput: (target) => this.change({ target }),
            })
          : nothing
      }
      ${
        values.targetMode === 'range'
          ? html`${byField.has('target') ? html`<p>${problemText(byField.get('target'))}</p>` : nothing}
            <div class="row">
              ${textField({
                field: 'target.min',
                label: 'Chỉ tiêu từ · Target from',
                inputmode: 'numeric',
                value: values.targetMin,
                problems: byField.get('target.min'),
                onInput: (targetMin) => this.change({ targetMin }),
              })}
              ${textField({
                field: 'target.max',
                label: 'Chỉ tiêu đến · Target to',
                inputmode: 'numeric',
                value: values.targetMax,
                problems: byField.get('target.max'),
                onInput: (targetMax) => this.change({ targetMax }),
              })}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderGroup(key: BreakdownKey, byField: Map<string, FieldProblem[]>) {
    const group = this.values.breakdown[key];
    const path = `breakdown.${key}`;
    const label = GROUP_LABELS[key];
    const share = group.unit === 'share';
    const own = [...(byField.get(path) ?? []), ...(byField.get(`${path}.unit`) ?? [])];
    return html`<fieldset class="stack breakdown-group" data-field=${path}>
      <legend>${label}</legend>
      ${own.length > 0 ? html`<p>${problemText(own)}</p>` : nothing}
      <wa-radio-group
        label=${`Nguồn nêu · The source gives (${label})`}
        orientation="horizontal"
        .value=${group.mode}
        @change=${(event: Event) => this.changeGroup(key, { mode: (event.target as HTMLInputElement).value as BreakdownValues['mode'] })}
      >
        <wa-radio value="none">Không nêu · Nothing</wa-radio>
        <wa-radio value="exact">Số chính xác · An exact figure</wa-radio>
        <wa-radio value="bounds">Giới hạn (hơn, dưới…) · Bounds (more than…)</wa-radio>
      </wa-radio-group>
      ${
        group.mode === 'none'
          ? nothing
          : html`<wa-radio-group
              data-field=${`${path}.unit`}
              label=${`Đơn vị · Unit (${label})`}
              orientation="horizontal"
              .value=${group.unit}
              @change=${(event: Event) => this.changeGroup(key, { unit: (event.target as HTMLInputElement).value as BreakdownValues['unit'] })}
            >
              <wa-radio value="members">Số người · Members</wa-radio>
              <wa-radio value="share">Tỷ lệ % · Share %</wa-radio>
            </wa-radio-group>
            ${
              group.mode === 'exact'
                ? textField({
                    field: `${path}.exact`,
                    label: `${share ? 'Tỷ lệ (%) · Share (%)' : 'Số người · Members'} (${label})`,
                    inputmode: 'decimal',
                    value: group.exact,
                    problems: byField.get(`${path}.exact`),
                    onInput: (exact) => this.changeGroup(key, { exact }),
                  })
                : html`<div class="row">
                  ${textField({
                    field: `${path}.min`,
                    label: `Ít nhất · At least (${label})`,
                    inputmode: 'decimal',
                    value: group.min,
                    problems: byField.get(`${path}.min`),
                    onInput: (min) => this.changeGroup(key, { min }),
                  })}
                  <wa-checkbox
                    .checked=${group.minExclusive}
                    @change=${(event: Event) => this.changeGroup(key, { minExclusive: (event.target as HTMLInputElement).checked })}
                    >“hơn”: không kể bằng <span class="en" lang="en">“more than”: excluding it</span></wa-checkbox
                  >
                  ${textField({
                    field: `${path}.max`,
                    label: `Nhiều nhất · At most (${label})`,
                    inputmode: 'decimal',
                    value: group.max,
                    problems: byField.get(`${path}.max`),
                    onInput: (max) => this.changeGroup(key, { max }),
                  })}
                  <wa-checkbox
                    .checked=${group.maxExclusive}
                    @change=${(event: Event) => this.changeGroup(key, { maxExclusive: (event.target as HTMLInputElement).checked })}
                    >“dưới”: không kể bằng <span class="en" lang="en">“less than”: excluding it</span></wa-checkbox
                  >
                </div>`
            }
            ${textField({
              field: `${path}.note`,
              label: `Ghi chú · Note (${label})`,
              value: group.note,
              problems: byField.get(`${path}.note`),
              onInput: (note) => this.changeGroup(key, { note }),
            })}`
      }
    </fieldset>`;
  }

  protected override render() {
    const name = this.organization?.name ?? this.org;
    const heading = html`Kết nạp đảng viên <span class="en" lang="en">Admissions</span>`;
    if (this.phase.kind !== 'ready') {
      return html`<main>
        <h1>${heading}</h1>
        ${this.phase.kind === 'loading' ? html`<p role="status">Đang tải… · Loading…</p>` : html`<p role="alert">${this.phase.message}</p>`}
      </main>`;
    }
    const values = this.values;
    const byField = problemsByField(this.problems, this.fields);
    const fixedPeriod = this.recordPeriod;
    const warnings = this.warningsBeforeSave;
    return html`<main>
      <h1>${heading}</h1>
      <p>
        <a href=${routeHref({ screen: 'organization', org: this.org })}>← ${name}</a>${fixedPeriod ? html` · <strong>${fixedPeriod}</strong>` : nothing}
      </p>
      ${
        this.restoredAt
          ? html`<wa-callout variant="neutral" class="draft-notice">
            <p class="row">
              <span>Đã khôi phục bản nháp <span class="en" lang="en">Draft restored</span></span>
              <wa-button size="small" appearance="outlined" @click=${() => this.discardDraft()}>Bỏ bản nháp · Discard</wa-button>
            </p>
          </wa-callout>`
          : nothing
      }
      ${this.renderSaved()}
      <form class="panel stack" novalidate @submit=${(event: Event) => void this.submit(event)}>
        ${this.renderProblems()}
        ${
          fixedPeriod === null
            ? textField({
                field: 'period',
                label: 'Kỳ: năm hoặc nhiệm kỳ · Period: a year or a term',
                hint: '2024 hoặc 2020-2025 · 2024 or 2020-2025',
                required: true,
                value: values.period,
                problems: byField.get('period'),
                onInput: (period) => this.change({ period }),
              })
            : nothing
        }
        <div class="row">
          ${textField({
            field: 'admitted',
            label: 'Số đảng viên kết nạp · Members admitted',
            inputmode: 'numeric',
            required: true,
            value: values.admitted,
            problems: byField.get('admitted'),
            onInput: (admitted) => this.change({ admitted }),
          })}
          ${textField({
            field: 'asOf',
            label: 'Số liệu đến ngày · Figures as of',
            hint: 'YYYY-MM-DD',
            required: true,
            value: values.asOf,
            problems: byField.get('asOf'),
            onInput: (asOf) => this.change({ asOf }),
          })}
        </div>
        ${this.renderTarget(byField)}
        <fieldset class="stack">
          <legend>Lũy kế và tổng số <span class="en" lang="en">Term to date and total</span></legend>
          <div class="row">
            ${textField({
              field: 'termToDate.term',
              label: 'Nhiệm kỳ · Term',
              hint: '2020-2025',
              value: values.termToDateTerm,
              problems: byField.get('termToDate.term'),
              onInput: (termToDateTerm) => this.change({ termToDateTerm }),
            })}
            ${textField({
              field: 'termToDate.admitted',
              label: 'Kết nạp từ đầu nhiệm kỳ · Admitted since the term began',
              inputmode: 'numeric',
              value: values.termToDateAdmitted,
              problems: byField.get('termToDate.admitted'),
              onInput: (termToDateAdmitted) => this.change({ termToDateAdmitted }),
            })}
            ${textField({
              field: 'totalMembers',
              label: 'Tổng số đảng viên · Total members',
              inputmode: 'numeric',
              value: values.totalMembers,
              problems: byField.get('totalMembers'),
              onInput: (totalMembers) => this.change({ totalMembers }),
            })}
          </div>
        </fieldset>
        <details class="breakdown panel">
          <summary>Cơ cấu người được kết nạp <span class="en" lang="en">Who was admitted (breakdown)</span></summary>
          <div class="stack">${GROUPS.map((key) => this.renderGroup(key, byField))}</div>
        </details>
        ${sourceFields(values.sources, byField, (sources) => this.change({ sources }))}
        <desk-warnings class="before-save" heading="Cảnh báo trước khi lưu · Warnings before saving" .warnings=${warnings}></desk-warnings>
        <div class="row">
          <wa-button type="submit" variant="brand" ?loading=${this.busy}>Lưu · Save</wa-button>
        </div>
      </form>
      <p role="status" class="hint save-status">${this.status}</p>
    </main>`;
  }
}

customElements.define('desk-admissions-form', DeskAdmissionsForm);

declare global {
  interface HTMLElementTagNameMap {
    'desk-admissions-form': DeskAdmissionsForm;
  }
}
