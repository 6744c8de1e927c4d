// The credit line under every figure: where it comes from and the day it describes.
import { formatDate, message, sourceLine, type Lang, type Source } from '@chitieu/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { AttributeError } from './chitieu-element.ts';
import SOURCES from 'virtual:chitieu/wire-schema/sources';
import { checker } from './check-json.ts';

/** The inline `sources` property, checked against the domain's SourceSchema (at most 20). */
const inlineSources = checker<Source[]>(SOURCES);

export interface FooterText {
  readonly source: string;
  /** A link for the line when there is exactly one source and it has one. */
  readonly sourceUrl: string | null;
  /** 'Cập nhật 31/12/2024', or null without an as-of date. */
  readonly updated: string | null;
}

/** Checks sources handed to the `sources` property; they come from page scripts, not from our API. */
export function checkedSources(value: unknown): Source[] {
  if (value === undefined || value === null) return [];
  const parsed = inlineSources.safeParse(value);
  if (!parsed.success) throw new AttributeError('sources is not a list of { publisher, title, url, publishedOn }');
  return parsed.data;
}

/** Footer strings, derived once per update. */
export function footerText(sources: readonly Source[], asOf: string | null, lang: Lang): FooterText {
  const only = sources.length === 1 ? sources[0] : undefined;
  return {
    source: sourceLine([...sources], lang),
    sourceUrl: only?.url ?? null,
    updated: asOf === null ? null : message(lang, 'label.updatedOn', { date: formatDate(asOf, lang) }),
  };
}

export function renderFooter(text: FooterText): TemplateResult {
  return html`<footer part="footer" class="footer">
    <span class="source"
      >${text.sourceUrl ? html`<a href=${text.sourceUrl} target="_blank" rel="noopener">${text.source}</a>` : text.source}</span
    >${text.updated ? html`<span class="updated">${text.updated}</span>` : nothing}
  </footer>`;
}
