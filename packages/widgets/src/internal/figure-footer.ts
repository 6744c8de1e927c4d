// The credit line under every figure: where it comes from, the day it describes, and when the data desk last changed it.
import { commonMessage as message, formatDate, sourceLine, type Lang, type Source } from '@chitieu/domain';
import { AttributeError } from './chitieu-element.ts';
import { el } from './dom.ts';
import type { ClosingNotice } from './succession-notice.ts';
import { inlineSources } from './wire-guards.ts';

export interface FooterText {
  readonly source: string;
  /** A link for the line when there is exactly one source and it has one. */
  readonly sourceUrl: string | null;
  /** 'Số liệu đến ngày 31/12/2024': the day the figures describe; null without one. */
  readonly asOf: string | null;
  /** 'Cập nhật 15/07/2025': when the data desk last changed the record (its `updatedAt`); null when not sent. */
  readonly updated: string | null;
}

/** Checks sources handed to the `sources` property; they come from page scripts, not from our API. */
export function checkedSources(value: unknown): Source[] {
  if (value === undefined || value === null) return [];
  if (!inlineSources(value)) throw new AttributeError('sources is not a list of { publisher, title, url, publishedOn }');
  return value;
}

/**
 * Footer strings, derived once per update. `updatedAt` is an instant (`2025-07-15T08:30:00.000Z`);
 * its UTC date part is shown, as the API records it.
 */
export function footerText(sources: readonly Source[], asOf: string | null, updatedAt: string | null, lang: Lang): FooterText {
  const only = sources.length === 1 ? sources[0] : undefined;
  return {
    source: sourceLine(sources, lang),
    sourceUrl: only?.url ?? null,
    asOf: asOf === null ? null : message(lang, 'label.asOf', { date: formatDate(asOf, lang) }),
    updated: updatedAt === null ? null : message(lang, 'label.updatedOn', { date: formatDate(updatedAt.slice(0, 10), lang) }),
  };
}

/**
 * The footer, built node by node (dom.ts): the same one under every element's figure. A closing notice
 * placed in the footer is its last, muted line (`id="notice"`, as the callout's).
 */
export function footerElement(text: FooterText, notice: ClosingNotice | null): HTMLElement {
  return el(
    'footer',
    { part: 'footer', class: 'footer' },
    el('span', { class: 'source' }, text.sourceUrl ? el('a', { href: text.sourceUrl, target: '_blank', rel: 'noopener' }, text.source) : text.source),
    text.asOf && el('span', { class: 'as-of' }, text.asOf),
    text.updated && el('span', { class: 'updated' }, text.updated),
    notice?.placement === 'footer' && el('span', { class: 'closing', part: 'notice', id: 'notice' }, notice.text),
  );
}
