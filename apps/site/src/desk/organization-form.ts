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
import type { OrganizationInput, OrganizationKind, OrganizationRecord } from '@chitieu/domain';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { api, ApiError } from './api.ts';
import { problemText, textField } from './form-field.ts';
import { draftKey } from './form-draft.ts';
import { problemsByField, type FieldProblem } from './form-problems.ts';
import type { OrganizationValues } from './organization-values.ts';
import type * as OrganizationRules from './organization-values.ts';
import { RecordForm } from './record-form.ts';
import { failureMessage, type LatestRevision } from './record-save.ts';
import { routeHref } from './route.ts';
import './org-picker.ts';
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

export class DeskOrganizationForm extends RecordForm<OrganizationValues, OrganizationInput> {
  static override properties: PropertyDeclarations = {
    org: { attribute: false },
    parent: { attribute: false },
  };
  declare org: string | null;
  declare parent: string | null;
  /**
   * The domain's schemas (zod and all), loaded with the first form rather than with the desk, so
   * signing in and the directory do not wait for them.
   */
  private rules: typeof OrganizationRules | null = null;

  constructor() {
    super();
    this.org = null;
    this.parent = null;
  }

  protected override get routeId(): string | null {
    return this.org;
  }

  protected override get fields(): readonly string[] {
    return FIELDS;
  }

  protected override fieldLabel(path: string): string {
    return fieldLabel(path);
  }

  private get slug(): string {
    return this.recordId ?? this.values.slug;
  }

  protected override draftKeyFor(record: string | null): string {
    return record === null
      ? draftKey(this.session.newsroom.slug, 'organization', 'new', this.parent ?? '')
      : draftKey(this.session.newsroom.slug, 'organization', record);
  }

  protected override recordPath(slug: string): string {
    return `/v1/organizations/${encodeURIComponent(slug)}`;
  }

  protected override historyPath(slug: string): string {
    return `/v1/organizations/${encodeURIComponent(slug)}/revisions`;
  }

  protected override editHref(slug: string): string {
    return routeHref({ screen: 'organization-form', org: slug, parent: null });
  }

  protected override savedStatus(_slug: string, input: OrganizationInput, revision: number): string {
    return `Đã lưu ${input.name}, phiên bản ${revision}. · Saved as revision ${revision}.`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('org') || changed.has('parent') || changed.has('session')) void this.load();
  }

  private async load(): Promise<void> {
    this.startLoading();
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
        const record = (await api<OrganizationRecord>(this.recordPath(org))).body;
        stored = rules.organizationValues(org, record);
        revision = record.revision;
      } catch (error) {
        this.phase = { kind: 'unavailable', message: failureMessage(error) };
        return;
      }
    }
    if (org !== this.org) return; // the route changed meanwhile
    this.open(stored, revision);
  }

  protected override valuesOf(slug: string, record: OrganizationInput): OrganizationValues {
    if (this.rules === null) throw new Error('the organisation rules are not loaded yet');
    return this.rules.organizationValues(slug, record);
  }

  private change(patch: Partial<OrganizationValues>): void {
    let next = { ...this.values, ...patch };
    if (this.org === null && this.savedId === null && 'name' in patch && !next.slugEdited)
      next = { ...next, slug: this.rules?.proposeSlug(next.name) ?? next.slug };
    this.values = next;
    this.keep();
    if (this.problems.length > 0) this.problems = this.check().problems;
  }

  private check(): { input: OrganizationInput | null; problems: FieldProblem[] } {
    if (this.rules === null) throw new Error('the organisation rules are not loaded yet');
    const slugProblems = this.org === null && this.savedId === null ? this.rules.slugProblems(this.values.slug) : [];
    const result = this.rules.organizationInput(this.values);
    return result.ok
      ? { input: slugProblems.length > 0 ? null : result.input, problems: slugProblems }
      : { input: null, problems: [...slugProblems, ...result.problems] };
  }

  protected override readyToSave(): { id: string; input: OrganizationInput } | null {
    const { input, problems } = this.check();
    if (input === null) {
      this.refuse(problems, 'Chưa lưu:');
      return null;
    }
    return { id: this.slug, input };
  }

  protected override mergeUnavailable(slug: string, error: unknown): void {
    const taken = error instanceof ApiError && error.status === 403;
    this.status = taken
      ? `Mã định danh “${slug}” đã thuộc một tòa soạn khác; chọn mã khác. · The slug “${slug}” belongs to another newsroom; choose another.`
      : failureMessage(error);
    if (taken) this.refuse([{ path: 'slug', vi: 'Mã định danh này đã có', en: 'This slug is taken' }], 'Chưa lưu:');
  }

  protected override takeMerged(slug: string, merged: OrganizationInput, latest: LatestRevision<OrganizationInput>): void {
    this.baseRevision = latest.revision;
    this.values = { ...this.valuesOf(slug, merged), slug: this.values.slug, slugEdited: this.values.slugEdited };
  }

  private renderSaved() {
    return this.renderSavedPanel(
      'org-saved-heading',
      (saved) => html`
        <a href=${routeHref({ screen: 'organization', org: saved.id })}>Về trang tổ chức <span class="en" lang="en">Back to the organisation</span></a>
        <a href=${routeHref({ screen: 'admissions-form', org: saved.id, period: null })}>Nhập số kết nạp <span class="en" lang="en">Enter admissions</span></a>
      `,
    );
  }

  protected override render() {
    const isNew = this.org === null && this.savedId === null;
    const heading =
      this.org === null
        ? html`Tổ chức mới <span class="en" lang="en">New organisation</span>`
        : html`Sửa tổ chức <span class="en" lang="en">Edit organisation</span>`;
    const unready = this.renderUnready(heading);
    if (unready !== null) return unready;
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
      ${this.renderDraftNotice()}
      ${this.renderSaved()}
      <form class="panel stack" novalidate @submit=${(event: Event) => void this.submit(event)}>
        ${this.renderProblems(
          byField.has('') ? html`<p class="hint">Các vấn đề trên không gắn với một ô. · The problems above name no single field.</p>` : nothing,
        )}
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
        ${this.renderSaveButton()}
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
