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
import type { AdmissionInput, BreakdownKey, OrganizationRecord } from '@chitieu/domain';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ApiError, api } from './api.ts';
import type { AdmissionValues, BreakdownValues } from './admission-values.ts';
import type * as AdmissionRules from './admission-values.ts';
import { openEmbedCodes } from './embed-dialog.ts';
import { problemText, textField } from './form-field.ts';
import { draftKey } from './form-draft.ts';
import { problemsByField, type FieldProblem } from './form-problems.ts';
import { RecordForm } from './record-form.ts';
import { failureMessage, latestRevision, type LatestRevision } from './record-save.ts';
import { routeHref } from './route.ts';
import { sourceFieldPaths, sourceFields } from './source-fields.ts';
import { deskWarning, type DeskWarning, type DeskWarnings } from './warnings-list.ts';
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

export class DeskAdmissionsForm extends RecordForm<AdmissionValues, AdmissionInput> {
  static override properties: PropertyDeclarations = {
    org: { attribute: false },
    period: { attribute: false },
  };
  declare org: string;
  declare period: string | null;
  private organization: OrganizationRecord | null = null;
  /**
   * The domain's schemas and rules (zod and all), loaded with the first form rather than with the
   * desk, so signing in and the directory do not wait for them.
   */
  private rules: typeof AdmissionRules | null = null;
  /** Once a save was tried, problems follow the typing. */
  private attempted = false;

  constructor() {
    super();
    this.period = null;
  }

  protected override get routeId(): string | null {
    return this.period;
  }

  protected override fieldLabel(path: string): string {
    return fieldLabel(path);
  }

  protected override draftKeyFor(period: string | null): string {
    return draftKey(this.session.newsroom.slug, 'admissions', this.org, period ?? 'new');
  }

  protected override recordPath(period: string): string {
    return `/v1/organizations/${encodeURIComponent(this.org)}/admissions/${encodeURIComponent(period)}`;
  }

  protected override historyPath(period: string): string {
    return `${this.recordPath(period)}/revisions`;
  }

  protected override editHref(period: string): string {
    return routeHref({ screen: 'admissions-form', org: this.org, period });
  }

  protected override savedStatus(period: string, _input: AdmissionInput, revision: number): string {
    return `Đã lưu số kết nạp ${period}, phiên bản ${revision}. · Saved admissions of ${period} as revision ${revision}.`;
  }

  /** A save over another period's record than the one opened creates it. */
  protected override revisionToSaveOver(period: string): number | null {
    return this.recordId === period ? this.baseRevision : null;
  }

  protected override resetChecking(): void {
    this.attempted = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('org') || changed.has('period') || changed.has('session')) void this.load();
  }

  private async load(): Promise<void> {
    const { org, period } = this;
    this.startLoading();
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
    this.open(stored, revision);
  }

  /** The domain's check of what is typed (the rules are loaded before the form shows). */
  private check() {
    if (this.rules === null) throw new Error('the admission rules are not loaded yet');
    return this.rules.checkAdmissions(this.values, this.organization);
  }

  protected override valuesOf(period: string, record: AdmissionInput): AdmissionValues {
    if (this.rules === null) throw new Error('the admission rules are not loaded yet');
    return this.rules.admissionValues(period, record);
  }

  private change(patch: Partial<AdmissionValues>): void {
    this.values = { ...this.values, ...patch };
    this.keep();
    if (this.attempted) {
      const check = this.check();
      this.problems = check.ok ? [] : this.located(check.problems);
    }
  }

  private changeGroup(key: BreakdownKey, patch: Partial<BreakdownValues>): void {
    this.change({ breakdown: { ...this.values.breakdown, [key]: { ...this.values.breakdown[key], ...patch } } });
  }

  /** The fields on screen now, for issues→field mapping. */
  protected override get fields(): string[] {
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
  protected override located(problems: readonly FieldProblem[]): FieldProblem[] {
    if (this.values.targetMode !== 'single') return [...problems];
    return problems.map((problem) => (problem.path === 'target.min' || problem.path === 'target.max' ? { ...problem, path: 'target' } : problem));
  }

  /** Opens the breakdown's disclosure when the field is inside it. */
  protected override revealField(field: string): void {
    if (field.startsWith('breakdown.')) this.querySelector('details.breakdown')?.setAttribute('open', '');
  }

  private get warningsBeforeSave(): readonly DeskWarning[] {
    const check = this.check();
    return check.ok ? check.warnings.map(deskWarning) : [];
  }

  protected override readyToSave(): { id: string; input: AdmissionInput } | null {
    this.attempted = true;
    const check = this.check();
    if (!check.ok) {
      this.refuse(check.problems, 'Chưa lưu:');
      return null;
    }
    this.problems = [];
    const warnings = this.querySelector<DeskWarnings>('desk-warnings.before-save');
    if (warnings !== null && !warnings.allAcknowledged) {
      this.status = 'Chưa lưu: hãy đối chiếu các cảnh báo với nguồn rồi đánh dấu. · Not saved: check each warning against the source, then tick it.';
      warnings.focusFirstPending();
      return null;
    }
    return { id: check.period, input: check.input };
  }

  /** The merged record is saved over their revision, as the record of this period from now on. */
  protected override takeMerged(period: string, merged: AdmissionInput, latest: LatestRevision<AdmissionInput>): void {
    this.savedId = period;
    this.baseRevision = latest.deleted ? null : latest.revision;
    this.values = this.valuesOf(period, merged);
  }

  private renderSaved() {
    return this.renderSavedPanel(
      'admissions-saved-heading',
      (saved) => html`
        <a href=${routeHref({ screen: 'organization', org: this.org })}>Về trang tổ chức <span class="en" lang="en">Back to the organisation</span></a>
        <wa-button
          variant="brand"
          @click=${() => openEmbedCodes({ element: 'party-target-gauge', org: this.org, period: saved.id, revision: saved.revision })}
          >Mã nhúng · Embed code</wa-button
        >
      `,
      'after-save',
    );
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
    const unready = this.renderUnready(heading);
    if (unready !== null) return unready;
    const values = this.values;
    const byField = problemsByField(this.problems, this.fields);
    const fixedPeriod = this.recordId;
    const warnings = this.warningsBeforeSave;
    return html`<main>
      <h1>${heading}</h1>
      <p>
        <a href=${routeHref({ screen: 'organization', org: this.org })}>← ${name}</a>${fixedPeriod ? html` · <strong>${fixedPeriod}</strong>` : nothing}
      </p>
      ${this.renderDraftNotice()}
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
        ${this.renderSaveButton()}
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
