/**
 * The repeatable sources of a record (publisher, title, link, date), as fields a form renders: each
 * source a group of its own with a remove button, and a button to add one. Knows nothing of the
 * record the sources belong to.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import { html, nothing, type TemplateResult } from 'lit';
import { problemText, textField } from './form-field.ts';
import type { FieldProblem } from './form-problems.ts';
import { emptySource, type SourceValues } from './source-values.ts';

/** The fields the sources hold, for issues→field mapping: `sources.0`, `sources.0.url`, … */
export function sourceFieldPaths(count: number): string[] {
  return Array.from({ length: count }, (_, index) => ['', '.publisher', '.title', '.url', '.publishedOn'].map((suffix) => `sources.${index}${suffix}`)).flat();
}

/**
 * The sources' fields. `problems` are by field (see form-problems.ts `problemsByField`); `onChange`
 * receives the whole new list.
 */
export function sourceFields(
  sources: readonly SourceValues[],
  problems: ReadonlyMap<string, readonly FieldProblem[]>,
  onChange: (sources: SourceValues[]) => void,
): TemplateResult {
  const change = (index: number, patch: Partial<SourceValues>) => onChange(sources.map((source, i) => (i === index ? { ...source, ...patch } : source)));
  return html`<fieldset class="panel stack sources" data-field="sources">
    <legend>Nguồn <span class="en" lang="en">Sources</span></legend>
    <p class="hint">Ghi ít nhất cơ quan đăng hoặc đường dẫn. <span class="en" lang="en">Give at least the publisher or the link.</span></p>
    ${sources.map((source, index) => {
      const path = `sources.${index}`;
      const own = problems.get(path);
      const number = index + 1;
      return html`<fieldset class="stack source" data-field=${path} aria-describedby=${own ? `${path}-problem` : nothing}>
        <legend>Nguồn ${number} <span class="en" lang="en">Source ${number}</span></legend>
        ${own ? html`<p id=${`${path}-problem`}>${problemText(own)}</p>` : nothing}
        <div class="row">
          ${textField({
            field: `${path}.publisher`,
            label: `Cơ quan đăng · Publisher (${number})`,
            value: source.publisher,
            problems: problems.get(`${path}.publisher`),
            onInput: (value) => change(index, { publisher: value }),
          })}
          ${textField({
            field: `${path}.title`,
            label: `Tiêu đề · Title (${number})`,
            value: source.title,
            problems: problems.get(`${path}.title`),
            onInput: (value) => change(index, { title: value }),
          })}
        </div>
        <div class="row">
          ${textField({
            field: `${path}.url`,
            label: `Đường dẫn · Link (${number})`,
            type: 'url',
            inputmode: 'url',
            placeholder: 'https://',
            value: source.url,
            problems: problems.get(`${path}.url`),
            onInput: (value) => change(index, { url: value }),
          })}
          ${textField({
            field: `${path}.publishedOn`,
            label: `Ngày đăng · Published on (${number})`,
            hint: 'YYYY-MM-DD',
            value: source.publishedOn,
            problems: problems.get(`${path}.publishedOn`),
            onInput: (value) => change(index, { publishedOn: value }),
          })}
        </div>
        ${
          sources.length > 1
            ? html`<div class="row">
              <wa-button size="small" appearance="outlined" @click=${() => onChange(sources.filter((_, i) => i !== index))}
                >Bỏ nguồn ${number} · Remove source ${number}</wa-button
              >
            </div>`
            : nothing
        }
      </fieldset>`;
    })}
    <div class="row">
      <wa-button size="small" appearance="outlined" @click=${() => onChange([...sources, emptySource()])}>Thêm nguồn · Add a source</wa-button>
    </div>
  </fieldset>`;
}
