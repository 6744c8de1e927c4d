// What a closed organisation's figures say about it (the 2025 mergers): the figures still describe
// their period, and a notice says the organisation ended and who took over, or that no source says.
// Where it stands is the domain's rule (closingPlacement): above figures that reach past the closing,
// a muted footer line under figures whose period ended before it.
import { closingPlacement, commonMessage as message, formatDate, type ClosingPlacement, type Lang, type Succession } from '@chitieu/domain';
import { el } from './dom.ts';

/** The notice and where it goes. */
export interface ClosingNotice {
  /** 'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, được kế tục bởi X, Y.' */
  readonly text: string;
  readonly placement: ClosingPlacement;
}

/**
 * The notice of a read about a day after the organisation closed, or null while it existed on that
 * day. `figuresEnd` is the last day the figures describe (a period's end, a census's day).
 */
export function closingNotice(succeededBy: Succession | null | undefined, figuresEnd: string | null, lang: Lang): ClosingNotice | null {
  const placement = closingPlacement(succeededBy, figuresEnd);
  // Null without a succession, too.
  if (placement === null) return null;
  const closed = message(lang, 'org.closed', { date: formatDate(succeededBy!.validTo, lang) });
  const names = succeededBy!.successors.map((s) => s.name).join(', ');
  const next = names ? message(lang, 'org.successors', { names }) : message(lang, 'org.noSuccessor');
  return { text: `${closed}, ${next}.`, placement };
}

/** The callout above the figure, `id="notice"` so the figure can point at it with aria-describedby; null when the notice goes in the footer. */
export function noticeElement(notice: ClosingNotice | null): HTMLElement | null {
  return notice?.placement === 'callout' ? el('p', { class: 'notice', part: 'notice', id: 'notice' }, notice.text) : null;
}
