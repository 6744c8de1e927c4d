// What a closed organisation's figures say about it (the 2025 mergers): the figures still describe
// their period, and a notice says the organisation ended and who took over, or that no source says.
import { formatDate, message, type Lang, type Succession } from '@chitieu/domain';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * 'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, được kế tục bởi X, Y.', or null while the
 * organisation existed on the day the read is about.
 */
export function successionNotice(succeededBy: Succession | null | undefined, lang: Lang): string | null {
  if (!succeededBy) return null;
  const closed = message(lang, 'org.closed', { date: formatDate(succeededBy.validTo, lang) });
  const names = succeededBy.successors.map((s) => s.name).join(', ');
  const next = names ? message(lang, 'org.successors', { names }) : message(lang, 'org.noSuccessor');
  return `${closed}, ${next}.`;
}

/** The visible notice, `id="notice"` so the figure can point at it with aria-describedby. */
export function renderNotice(notice: string | null): TemplateResult | typeof nothing {
  return notice ? html`<p class="notice" part="notice" id="notice">${notice}</p>` : nothing;
}
