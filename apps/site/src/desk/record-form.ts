/**
 * What the desk's record forms (organisation, admissions) share: the values typed over the record as
 * stored, kept as a draft (restored on opening, discardable), checked before saving with problems
 * landing on their field, saved over the revision they were typed on (`If-Match`, or
 * `If-None-Match: *` for a new record), a 412 answered by the merge view, and the saved panel, the
 * problem summary and the draft notice. A form adds its fields, its check and its record's paths.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { Session } from '@chitieu/domain';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { dropDraft } from './drafts.ts';
import { focusField, problemText } from './form-field.ts';
import { keepDraft, openDraft } from './form-draft.ts';
import { problemsByField, type FieldProblem } from './form-problems.ts';
import { chooseMerge } from './merge-dialog.ts';
import { failureMessage, latestRevision, putRecord, type LatestRevision } from './record-save.ts';
import { replaceFragment } from './route.ts';
import { UnsavedGuardController } from './unsaved-guard-controller.ts';
import type { DeskWarning } from './warnings-list.ts';
import './warnings-list.ts';

type Phase = { kind: 'loading' } | { kind: 'ready' } | { kind: 'unavailable'; message: string };

/** The last save: the revision it made, the record it names (slug, period…) and the server's warnings. */
interface Saved {
  readonly revision: number;
  readonly id: string;
  readonly warnings: readonly DeskWarning[];
}

/**
 * A form over one record whose typed values are `V` and whose API input is `I`. The record is named
 * by an id (an organisation's slug, a period): the route's (`routeId`, null for a new record) until
 * the first save, then the saved one.
 */
export abstract class RecordForm<V, I> extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    phase: { state: true },
    values: { state: true },
    problems: { state: true },
    status: { state: true },
    busy: { state: true },
    saved: { state: true },
    restoredAt: { state: true },
  };
  declare session: Session;
  declare phase: Phase;
  declare values: V;
  declare problems: readonly FieldProblem[];
  declare status: string;
  declare busy: boolean;
  declare saved: Saved | null;
  declare restoredAt: string | null;
  /** The values as stored (or empty, for a new one): the form is dirty when it differs. */
  protected stored!: V;
  protected baseRevision: number | null = null;
  /** The id of the record once it exists (a new one's, after its first save). */
  protected savedId: string | null = null;

  constructor() {
    super();
    this.phase = { kind: 'loading' };
    this.problems = [];
    this.status = '';
    this.busy = false;
    this.saved = null;
    this.restoredAt = null;
    new UnsavedGuardController(this, () => this.dirty);
  }

  /** The id the route names; null for a new record. */
  protected abstract get routeId(): string | null;
  /** The draft's key for the record `id` (null: the new record's). */
  protected abstract draftKeyFor(id: string | null): string;
  /** The fields on screen now, for issues→field mapping. */
  protected abstract get fields(): readonly string[];
  /** A readable name for a field path, for the merge view and the problem summary. */
  protected abstract fieldLabel(path: string): string;
  /** The values of the record `id` stored as `input`. */
  protected abstract valuesOf(id: string, input: I): V;
  /** The values checked and ready to save, with the id to save them as; otherwise null, the problems refused. */
  protected abstract readyToSave(): { id: string; input: I } | null;
  /** Where the record `id` is written (PUT). */
  protected abstract recordPath(id: string): string;
  /** The record's history, for the merge view. */
  protected abstract historyPath(id: string): string;
  /** The form's route once the new record `id` is saved. */
  protected abstract editHref(id: string): string;
  /** What the status line says once `input` is saved as `revision`. */
  protected abstract savedStatus(id: string, input: I, revision: number): string;
  /** Takes the merged record as the values, over their revision. */
  protected abstract takeMerged(id: string, merged: I, latest: LatestRevision<I>): void;

  /** Forgets that a save was tried (a form whose problems follow the typing once it was). */
  protected resetChecking(): void {}

  /** Problems as the fields on screen show them. */
  protected located(problems: readonly FieldProblem[]): FieldProblem[] {
    return [...problems];
  }

  /** Shows `field` (e.g. opens the disclosure it is in) before it is focused. */
  protected revealField(_field: string): void {}

  /** The revision a save of the record `id` is made over (null: create only). */
  protected revisionToSaveOver(_id: string): number | null {
    return this.baseRevision;
  }

  /** Says why the latest revision could not be read for the merge view. */
  protected mergeUnavailable(_id: string, error: unknown): void {
    this.status = failureMessage(error);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected get dirty(): boolean {
    return this.phase.kind === 'ready' && JSON.stringify(this.values) !== JSON.stringify(this.stored);
  }

  /** The id of the record being changed: the saved one's, else the route's. */
  protected get recordId(): string | null {
    return this.savedId ?? this.routeId;
  }

  protected get draftKey(): string {
    return this.draftKeyFor(this.recordId);
  }

  /** Clears the screen before (re)loading the record. */
  protected startLoading(): void {
    this.phase = { kind: 'loading' };
    this.saved = null;
    this.savedId = null;
    this.resetChecking();
    this.problems = [];
    this.status = '';
  }

  /** Opens the form over the stored values (or the draft typed over them). */
  protected open(stored: V, revision: number | null): void {
    this.stored = stored;
    const opened = openDraft(this.draftKey, stored, revision);
    this.values = opened.values;
    this.baseRevision = opened.baseRevision;
    this.restoredAt = opened.restoredAt;
    this.phase = { kind: 'ready' };
  }

  /** Keeps the values as the draft (dropped once they match the stored ones). */
  protected keep(): void {
    keepDraft(this.draftKey, this.values, this.stored, this.baseRevision);
  }

  protected discardDraft(): void {
    dropDraft(this.draftKey);
    this.values = this.stored;
    this.baseRevision = this.saved?.revision ?? this.baseRevision;
    this.restoredAt = null;
    this.problems = [];
    this.resetChecking();
    this.status = 'Đã bỏ bản nháp. · Draft discarded.';
  }

  protected refuse(problems: readonly FieldProblem[], why: string): void {
    this.problems = this.located(problems);
    const fields = new Set(this.problems.map((problem) => problem.path)).size;
    this.status = `${why} ${fields} ô cần sửa. · ${fields} field(s) to fix.`;
    void this.updateComplete.then(() => {
      const byField = problemsByField(this.problems, this.fields);
      const field = this.fields.find((name) => byField.has(name));
      if (field) this.revealField(field);
      if (!field || !focusField(this, field)) this.querySelector<HTMLElement>('.problem-summary')?.focus();
    });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const ready = this.readyToSave();
    if (ready !== null) await this.save(ready.id, ready.input);
  }

  private async save(id: string, input: I): Promise<void> {
    this.busy = true;
    this.problems = [];
    this.status = 'Đang lưu… · Saving…';
    const outcome = await putRecord<{ warnings?: unknown }>(this.recordPath(id), input, this.revisionToSaveOver(id));
    this.busy = false;
    switch (outcome.kind) {
      case 'saved': {
        const wasNew = this.routeId === null;
        dropDraft(this.draftKey);
        if (wasNew) dropDraft(this.draftKeyFor(null));
        this.savedId = id;
        dropDraft(this.draftKey);
        this.stored = this.valuesOf(id, input);
        this.values = this.stored;
        this.baseRevision = outcome.revision;
        this.restoredAt = null;
        this.resetChecking();
        this.saved = { revision: outcome.revision, id, warnings: outcome.warnings };
        this.status = this.savedStatus(id, input, outcome.revision);
        if (wasNew) replaceFragment(this.editHref(id));
        return;
      }
      case 'refused':
        this.refuse(outcome.problems, 'Máy chủ từ chối:');
        return;
      case 'failed':
        this.status = outcome.message;
        return;
      case 'stale':
        await this.merge(id, input);
    }
  }

  private async merge(id: string, mine: I): Promise<void> {
    this.status = 'Có người đã lưu trước bạn; so sánh hai bản. · Someone saved first; compare both versions.';
    let latest: LatestRevision<I> | null;
    try {
      latest = await latestRevision<I>(this.historyPath(id));
    } catch (error) {
      this.mergeUnavailable(id, error);
      return;
    }
    if (latest === null) return;
    const merged = await chooseMerge({ mine, theirs: latest.record, theirsBy: latest.by, label: (path: string) => this.fieldLabel(path) });
    if (merged === null) {
      this.status = 'Chưa lưu; bản của bạn vẫn trong form. · Not saved; your version stays in the form.';
      return;
    }
    this.takeMerged(id, merged, latest);
    this.keep();
    await this.save(id, merged);
  }

  /** The screen while the record loads or cannot be read; null once the form is ready. */
  protected renderUnready(heading: TemplateResult): TemplateResult | null {
    if (this.phase.kind === 'ready') return null;
    return html`<main>
      <h1>${heading}</h1>
      ${this.phase.kind === 'loading' ? html`<p role="status">Đang tải… · Loading…</p>` : html`<p role="alert">${this.phase.message}</p>`}
    </main>`;
  }

  protected renderDraftNotice() {
    if (!this.restoredAt) return nothing;
    return html`<wa-callout variant="neutral" class="draft-notice">
      <p class="row">
        <span>Đã khôi phục bản nháp <span class="en" lang="en">Draft restored</span></span>
        <wa-button size="small" appearance="outlined" @click=${() => this.discardDraft()}>Bỏ bản nháp · Discard</wa-button>
      </p>
    </wa-callout>`;
  }

  /** The panel after a save: its heading (`headingId`), the form's `actions` and the server's warnings. */
  protected renderSavedPanel(headingId: string, actions: (saved: Saved) => TemplateResult, warningsClass?: string) {
    const saved = this.saved;
    if (saved === null) return nothing;
    return html`<section class="panel saved stack" aria-labelledby=${headingId}>
      <h2 id=${headingId}>Đã lưu phiên bản ${saved.revision} <span class="en" lang="en">Saved as revision ${saved.revision}</span></h2>
      <p class="row">${actions(saved)}</p>
      <desk-warnings class=${warningsClass ?? nothing} heading="Máy chủ cảnh báo · The server warns" .warnings=${saved.warnings}></desk-warnings>
    </section>`;
  }

  /** The summary of the problems, each with its field's name, then `note`. */
  protected renderProblems(note: TemplateResult | typeof nothing = nothing) {
    if (this.problems.length === 0) return nothing;
    return html`<wa-callout variant="danger" class="problem-summary" tabindex="-1">
      <div>
        <strong>Cần sửa trước khi lưu <span class="en" lang="en">To fix before saving</span></strong>
        <ul>
          ${this.problems.map((problem) => html`<li>${problem.path ? html`<strong>${this.fieldLabel(problem.path)}</strong>: ` : nothing}${problemText([problem])}</li>`)}
        </ul>
        ${note}
      </div>
    </wa-callout>`;
  }

  protected renderSaveButton() {
    return html`<div class="row">
      <wa-button type="submit" variant="brand" ?loading=${this.busy}>Lưu · Save</wa-button>
    </div>`;
  }
}
