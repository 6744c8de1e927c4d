/**
 * `<desk-organization-form>`: creates an organisation under a parent (`#/new-organization?parent=`) or
 * changes one (`#/org/{slug}/edit`): name, slug (proposed from the name), level, parent, validity, and
 * closing with successors. Checked in the browser by the domain's schema, then by the server, whose
 * issues land on the field they name; saved over the revision it was typed on (412 opens the merge
 * view); typing is kept as a draft and leaving with unsaved changes asks first.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/radio/radio.js';
import '@awesome.me/webawesome/dist/components/radio-group/radio-group.js';
import type { OrganizationInput, OrganizationKind, OrganizationRecord, Session } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { api, ApiError } from './api.ts';
import { dropDraft } from './drafts.ts';
import { focusField, problemText, textField } from './form-field.ts';
import { draftKey, keepDraft, openDraft } from './form-draft.ts';
import { problemsByField, type FieldProblem } from './form-problems.ts';
import { chooseMerge } from './merge-dialog.ts';
import type { OrganizationValues } from './organization-values.ts';
import type * as OrganizationRules from './organization-values.ts';
import { failureMessage, latestRevision, putRecord } from './record-save.ts';
import { routeHref } from './route.ts';
import { guardUnsaved } from './unsaved-guard.ts';
import type { DeskWarning } from './warnings-list.ts';
import './org-picker.ts';
import './warnings-list.ts';
import './desk-forms.css';

const KIND_LABELS: Record<OrganizationKind, string> = {
  provincial: 'Cấp tỉnh · Provincial',
  district: 'Cấp huyện · District',
  grassroots: 'Cơ sở · Grassroots',
};

// Every level, in the order shown (the labels' keys: every OrganizationKind, as the type requires).
const KINDS = Object.keys(KIND_LABELS) as OrganizationKind[];

const FIELD_LABELS: Record<string, string> = {
  name: 'Tên · Name',
  slug: 'Mã định danh · Slug',
  kind: 'Cấp · Level',
  parent: 'Cấp trên · Parent',
  validFrom: 'Hoạt động từ ngày · Valid from',
  validTo: 'Hoạt động đến ngày · Valid to',
  successors: 'Tổ chức kế tục · Successors',
};

/** A readable name for a field path, for the merge view and the problem summary. */
function fieldLabel(path: string): string {
  const [head = '', index] = path.split('.');
  return index === undefined ? (FIELD_LABELS[head] ?? path) : `${FIELD_LABELS[head] ?? head} ${Number(index) + 1}`;
}

const FIELDS = ['name', 'slug', 'kind', 'parent', 'validFrom', 'validTo', 'successors'];

type Phase = { kind: 'loading' } | { kind: 'ready' } | { kind: 'unavailable'; message: string };

export class DeskOrganizationForm extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    org: { attribute: false },
    parent: { attribute: false },
    phase: { state: true },
    values: { state: true },
    problems: { state: true },
    status: { state: true },
    busy: { state: true },
    saved: { state: true },
    restoredAt: { state: true },
  };
  declare session: Session;
  declare org: string | null;
  declare parent: string | null;
  declare phase: Phase;
  declare values: OrganizationValues;
  declare problems: readonly FieldProblem[];
  declare status: string;
  declare busy: boolean;
  declare saved: { revision: number; slug: string; warnings: readonly DeskWarning[] } | null;
  declare restoredAt: string | null;
  /** The values as stored (or empty, for a new one): the form is dirty when it differs. */
  /**
   * The domain's schemas (zod and all), loaded with the first form rather than with the desk, so
   * signing in and the directory do not wait for them.
   */
  private rules: typeof OrganizationRules | null = null;
  private stored!: OrganizationValues;
  private baseRevision: number | null = null;
  /** The slug of the record once it exists (a new one's, after its first save). */
  private savedSlug: string | null = null;
  private unguard: (() => void) | null = null;

  constructor() {
    super();
    this.org = null;
    this.parent = null;
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

  private get slug(): string {
    return this.savedSlug ?? this.org ?? this.values.slug;
  }

  private get draftKey(): string {
    const record = this.savedSlug ?? this.org;
    return record === null
      ? draftKey(this.session.newsroom.slug, 'organization', 'new', this.parent ?? '')
      : draftKey(this.session.newsroom.slug, 'organization', record);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('org') || changed.has('parent') || changed.has('session')) void this.load();
  }

  private async load(): Promise<void> {
    this.phase = { kind: 'loading' };
    this.saved = null;
    this.savedSlug = null;
    this.problems = [];
    this.status = '';
    const org = this.org;
    let stored: OrganizationValues;
    let revision: number | null;
    try {
      this.rules ??= await import('./organization-values.ts');
    } catch (error) {
      this.phase = { kind: 'unavailable', message: failureMessage(error) };
      return;
    }
    const rules = this.rules;
    if (org === null) {
      stored = rules.emptyOrganization(this.parent);
      revision = null;
    } else {
      try {
        const record = (await api<OrganizationRecord>(`/v1/organizations/${encodeURIComponent(org)}`)).body;
        stored = rules.organizationValues(org, record);
        revision = record.revision;
      } catch (error) {
        this.phase = { kind: 'unavailable', message: failureMessage(error) };
        return;
      }
    }
    if (org !== this.org) return; // the route changed meanwhile
    this.stored = stored;
    const opened = openDraft(this.draftKey, stored, revision);
    this.values = opened.values;
    this.baseRevision = opened.baseRevision;
    this.restoredAt = opened.restoredAt;
    this.phase = { kind: 'ready' };
  }

  private organizationValues(slug: string, record: OrganizationInput): OrganizationValues {
    if (this.rules === null) throw new Error('the organisation rules are not loaded yet');
    return this.rules.organizationValues(slug, record);
  }

  private change(patch: Partial<OrganizationValues>): void {
    let next = { ...this.values, ...patch };
    if (this.org === null && this.savedSlug === null && 'name' in patch && !next.slugEdited)
      next = { ...next, slug: this.rules?.proposeSlug(next.name) ?? next.slug };
    this.values = next;
    keepDraft(this.draftKey, next, this.stored, this.baseRevision);
    if (this.problems.length > 0) this.problems = this.check().problems;
  }

  private discardDraft(): void {
    dropDraft(this.draftKey);
    this.values = this.stored;
    this.baseRevision = this.saved?.revision ?? this.baseRevision;
    this.restoredAt = null;
    this.problems = [];
    this.status = 'Đã bỏ bản nháp. · Draft discarded.';
  }

  private check(): { input: OrganizationInput | null; problems: FieldProblem[] } {
    if (this.rules === null) throw new Error('the organisation rules are not loaded yet');
    const slugProblems = this.org === null && this.savedSlug === null ? this.rules.slugProblems(this.values.slug) : [];
    const result = this.rules.organizationInput(this.values);
    return result.ok
      ? { input: slugProblems.length > 0 ? null : result.input, problems: slugProblems }
      : { input: null, problems: [...slugProblems, ...result.problems] };
  }

  private refuse(problems: readonly FieldProblem[], why: string): void {
    this.problems = problems;
    const fields = new Set(problems.map((problem) => problem.path)).size;
    this.status = `${why} ${fields} ô cần sửa. · ${fields} field(s) to fix.`;
    void this.updateComplete.then(() => {
      const first = problemsByField(problems, FIELDS);
      const field = FIELDS.find((name) => first.has(name));
      if (field) focusField(this, field);
      else this.querySelector<HTMLElement>('.problem-summary')?.focus();
    });
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const { input, problems } = this.check();
    if (input === null) {
      this.refuse(problems, 'Chưa lưu:');
      return;
    }
    await this.save(input);
  }

  private async save(input: OrganizationInput): Promise<void> {
    const slug = this.slug;
    this.busy = true;
    this.problems = [];
    this.status = 'Đang lưu… · Saving…';
    const outcome = await putRecord<OrganizationRecord & { warnings?: unknown }>(`/v1/organizations/${encodeURIComponent(slug)}`, input, this.baseRevision);
    this.busy = false;
    switch (outcome.kind) {
      case 'saved': {
        const oldKey = this.draftKey;
        dropDraft(oldKey);
        this.savedSlug = slug;
        dropDraft(this.draftKey);
        this.stored = this.organizationValues(slug, input);
        this.values = this.stored;
        this.baseRevision = outcome.revision;
        this.restoredAt = null;
        this.saved = { revision: outcome.revision, slug, warnings: outcome.warnings };
        this.status = `Đã lưu ${input.name}, phiên bản ${outcome.revision}. · Saved as revision ${outcome.revision}.`;
        if (this.org === null) history.replaceState(null, '', routeHref({ screen: 'organization-form', org: slug, parent: null }));
        return;
      }
      case 'refused':
        this.refuse(outcome.problems, 'Máy chủ từ chối:');
        return;
      case 'failed':
        this.status = outcome.message;
        return;
      case 'stale':
        await this.merge(slug, input);
    }
  }

  private async merge(slug: string, mine: OrganizationInput): Promise<void> {
    this.status = 'Có người đã lưu trước bạn; so sánh hai bản. · Someone saved first; compare both versions.';
    let latest;
    try {
      latest = await latestRevision<OrganizationInput>(`/v1/organizations/${encodeURIComponent(slug)}/revisions`);
    } catch (error) {
      const taken = error instanceof ApiError && error.status === 403;
      this.status = taken
        ? `Mã định danh “${slug}” đã thuộc một tòa soạn khác; chọn mã khác. · The slug “${slug}” belongs to another newsroom; choose another.`
        : failureMessage(error);
      if (taken) this.refuse([{ path: 'slug', vi: 'Mã định danh này đã có', en: 'This slug is taken' }], 'Chưa lưu:');
      return;
    }
    if (latest === null) return;
    const merged = await chooseMerge({ mine, theirs: latest.record, theirsBy: latest.by, label: fieldLabel });
    if (merged === null) {
      this.status = 'Chưa lưu; bản của bạn vẫn trong form. · Not saved; your version stays in the form.';
      return;
    }
    this.baseRevision = latest.revision;
    this.values = { ...this.organizationValues(slug, merged), slug: this.values.slug, slugEdited: this.values.slugEdited };
    keepDraft(this.draftKey, this.values, this.stored, this.baseRevision);
    await this.save(merged);
  }

  private renderSaved() {
    const saved = this.saved;
    if (saved === null) return nothing;
    return html`<section class="panel saved stack" aria-labelledby="org-saved-heading">
      <h2 id="org-saved-heading">Đã lưu phiên bản ${saved.revision} <span class="en" lang="en">Saved as revision ${saved.revision}</span></h2>
      <p class="row">
        <a href=${routeHref({ screen: 'organization', org: saved.slug })}>Về trang tổ chức <span class="en" lang="en">Back to the organisation</span></a>
        <a href=${routeHref({ screen: 'admissions-form', org: saved.slug, period: null })}>Nhập số kết nạp <span class="en" lang="en">Enter admissions</span></a>
      </p>
      <desk-warnings heading="Máy chủ cảnh báo · The server warns" .warnings=${saved.warnings}></desk-warnings>
    </section>`;
  }

  private renderProblems(byField: Map<string, FieldProblem[]>) {
    if (this.problems.length === 0) return nothing;
    return html`<wa-callout variant="danger" class="problem-summary" tabindex="-1">
      <div>
        <strong>Cần sửa trước khi lưu <span class="en" lang="en">To fix before saving</span></strong>
        <ul>
          ${this.problems.map(
            (problem) => html`<li>${problem.path ? html`<strong>${fieldLabel(problem.path)}</strong>: ` : nothing}${problemText([problem])}</li>`,
          )}
        </ul>
        ${byField.has('') ? html`<p class="hint">Các vấn đề trên không gắn với một ô. · The problems above name no single field.</p>` : nothing}
      </div>
    </wa-callout>`;
  }

  protected override render() {
    const isNew = this.org === null && this.savedSlug === null;
    const heading =
      this.org === null
        ? html`Tổ chức mới <span class="en" lang="en">New organisation</span>`
        : html`Sửa tổ chức <span class="en" lang="en">Edit organisation</span>`;
    if (this.phase.kind !== 'ready') {
      return html`<main>
        <h1>${heading}</h1>
        ${this.phase.kind === 'loading' ? html`<p role="status">Đang tải… · Loading…</p>` : html`<p role="alert">${this.phase.message}</p>`}
      </main>`;
    }
    const values = this.values;
    const byField = problemsByField(this.problems, FIELDS);
    const pickerError = (field: string) => {
      const problems = byField.get(field);
      return problems ? problems.map((problem) => `${problem.vi} — ${problem.en}`).join(' ') : null;
    };
    const back = this.org ?? this.parent;
    return html`<main>
      <h1>${heading}</h1>
      ${back ? html`<p><a href=${routeHref({ screen: 'organization', org: back })}>← ${back}</a></p>` : nothing}
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
        ${this.renderProblems(byField)}
        ${textField({
          field: 'name',
          label: 'Tên tổ chức · Name',
          value: values.name,
          required: true,
          problems: byField.get('name'),
          onInput: (name) => this.change({ name }),
        })}
        ${
          isNew
            ? textField({
                field: 'slug',
                label: 'Mã định danh · Slug',
                hint: 'Dùng trong đường dẫn và mã nhúng; không đổi được sau khi lưu. · Used in links and embed codes; fixed once saved.',
                value: values.slug,
                required: true,
                problems: byField.get('slug'),
                onInput: (slug) => this.change({ slug, slugEdited: true }),
              })
            : html`<p>Mã định danh <span class="en" lang="en">Slug</span>: <code>${this.slug}</code></p>`
        }
        <wa-radio-group
          data-field="kind"
          label="Cấp · Level"
          orientation="horizontal"
          .value=${values.kind}
          @change=${(event: Event) => this.change({ kind: (event.target as HTMLInputElement).value as OrganizationKind })}
        >
          ${KINDS.map((kind) => html`<wa-radio value=${kind}>${KIND_LABELS[kind]}</wa-radio>`)}
          ${byField.has('kind') ? html`<span slot="hint">${problemText(byField.get('kind'))}</span>` : nothing}
        </wa-radio-group>
        <desk-org-picker
          data-field="parent"
          label="Cấp trên · Parent"
          .value=${values.parent}
          .exclude=${this.org ? [this.org] : []}
          .error=${pickerError('parent')}
          @change=${(event: Event) => this.change({ parent: (event.currentTarget as HTMLElement & { value: string | null }).value })}
        ></desk-org-picker>
        <fieldset class="stack">
          <legend>Thời gian hoạt động <span class="en" lang="en">Validity</span></legend>
          <div class="row">
            ${textField({
              field: 'validFrom',
              label: 'Từ ngày · Valid from',
              hint: 'YYYY-MM-DD; để trống nếu nguồn không nêu · blank if the source does not say',
              value: values.validFrom,
              problems: byField.get('validFrom'),
              onInput: (validFrom) => this.change({ validFrom }),
            })}
            ${textField({
              field: 'validTo',
              label: 'Đến ngày · Valid to',
              hint: 'Ngày hoạt động cuối cùng, khi đã giải thể hay sáp nhập · its last day, once closed or merged',
              value: values.validTo,
              problems: byField.get('validTo'),
              onInput: (validTo) => this.change({ validTo }),
            })}
          </div>
          <desk-org-picker
            data-field="successors"
            multiple
            label="Tổ chức kế tục · Successors"
            hint="Khi đóng tổ chức: các tổ chức tiếp nhận (cần có trong danh bạ). · When closing it: the organisations that took over (they must exist)."
            .values=${[...values.successors]}
            .exclude=${this.org ? [this.org] : []}
            .error=${pickerError('successors')}
            @change=${(event: Event) => this.change({ successors: [...(event.currentTarget as HTMLElement & { values: string[] }).values] })}
          ></desk-org-picker>
        </fieldset>
        <div class="row">
          <wa-button type="submit" variant="brand" ?loading=${this.busy}>Lưu · Save</wa-button>
        </div>
      </form>
      <p role="status" class="hint save-status">${this.status}</p>
    </main>`;
  }
}

customElements.define('desk-organization-form', DeskOrganizationForm);

declare global {
  interface HTMLElementTagNameMap {
    'desk-organization-form': DeskOrganizationForm;
  }
}
