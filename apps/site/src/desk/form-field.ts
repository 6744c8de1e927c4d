/**
 * The desk forms' fields: a labelled Web Awesome input whose problem is shown in its own hint slot, so
 * the control's description (aria-describedby inside the component) reads the problem out; and
 * moving focus to the first field a refused save names. Knows nothing of any one form.
 */
import '@awesome.me/webawesome/dist/components/input/input.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldProblem } from './form-problems.ts';

/** A problem's text: Vietnamese, then English. */
export function problemText(problems: readonly FieldProblem[] | undefined): TemplateResult | typeof nothing {
  if (!problems || problems.length === 0) return nothing;
  return html`${problems.map((problem) => html`<span class="error-text">${problem.vi}</span> <span class="en" lang="en">${problem.en}</span> `)}`;
}

/** What one text field needs. */
export interface TextFieldOptions {
  /** The field's path in the record (`target.min`, `sources.0.url`), also its `data-field`. */
  readonly field: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly problems?: readonly FieldProblem[] | undefined;
  readonly hint?: string;
  readonly type?: 'text' | 'date' | 'url';
  readonly inputmode?: 'text' | 'numeric' | 'decimal' | 'url';
  readonly required?: boolean;
  readonly placeholder?: string;
}

/** A labelled text field; its problem (if any) and hint are its description. */
export function textField(options: TextFieldOptions): TemplateResult {
  const problems = options.problems ?? [];
  const invalid = problems.length > 0;
  return html`<wa-input
    data-field=${options.field}
    class=${invalid ? 'invalid' : ''}
    label=${options.label}
    type=${options.type ?? 'text'}
    inputmode=${options.inputmode ?? 'text'}
    placeholder=${options.placeholder ?? ''}
    ?required=${options.required ?? false}
    .value=${options.value}
    @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value ?? '')}
    >${
      invalid || options.hint ? html`<span slot="hint">${options.hint ? html`<span>${options.hint}</span> ` : nothing}${problemText(problems)}</span>` : nothing
    }</wa-input
  >`;
}

/**
 * Moves focus to the control of `field` inside `root` (a Web Awesome control delegates it to its
 * input; another element, such as the organisation picker, to its first focusable part).
 */
export function focusField(root: ParentNode, field: string): boolean {
  const element = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  if (!element) return false;
  const target = element.tagName.startsWith('WA-')
    ? element
    : (element.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]:not([tabindex="-1"]), wa-input, wa-select') ?? element);
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return true;
}
