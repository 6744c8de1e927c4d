// The ranking's figure in its shadow root, without Lit: built node by node once (dom.ts), then changed
// in place on each update, only where what it shows changed, as the map's (map-view.ts): a keyboard
// move re-parses nothing, and nodes that hold the focus (a row, the footer's link) stay the same
// nodes. The rows and the table's lines are escaped text parsed at once into their parent
// (setInnerMarkup, through the `chitieu` Trusted Types policy), and only when the text changes.
import { gaugeMessage as message, rankingMessage } from '@chitieu/domain';
import { el, replaceLast, svg } from '../internal/dom.ts';
import { noticeElement } from '../internal/succession-notice.ts';
import { setInnerMarkup } from './ranking-markup.ts';
import type { RankingFigure } from './ranking-figure.ts';
import { rowsHtml, tableRowsHtml } from './ranking-rows.ts';

/** Keyboard handlers of the list of rows, set once on it. */
export interface RowListeners {
  readonly keydown: (event: KeyboardEvent) => void;
  readonly focusin: (event: FocusEvent) => void;
}

/** Sets an attribute only when its value changes. */
function attribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Sets an element's text only when it changes (one text node, as a template's binding). */
function text(element: Element, value: string): void {
  if (element.textContent !== value) element.textContent = value;
}

/** Writes `markup` into `element` only when it differs from what was last written there. */
function markup(element: Element, written: WeakMap<Element, string>, value: string): void {
  if (written.get(element) === value) return;
  setInnerMarkup(element, value);
  written.set(element, value);
}

/** The stripes the overshoot of a bar is filled with (`url(#overshoot-stripes)` in ranking-rows.ts). */
const stripesElement = (): SVGElement =>
  svg(
    'svg',
    { class: 'defs', 'aria-hidden': 'true', focusable: 'false', width: 0, height: 0 },
    svg(
      'pattern',
      { id: 'overshoot-stripes', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
      svg('rect', { class: 'stripes-ground', width: 6, height: 6 }),
      svg('rect', { class: 'stripes-line', width: 2.5, height: 6 }),
    ),
  );

/** One element's figure: its nodes, and what they last showed. */
export class RankingView {
  /** The figure node; the element commits this same node on every update. */
  readonly root: HTMLElement;
  readonly #stripes = stripesElement();
  readonly #caption = el('figcaption', { class: 'heading' });
  readonly #title = el('p', { class: 'title', part: 'title', id: 'title' });
  #heading = '';
  readonly #list: HTMLElement;
  readonly #none = el('p', { class: 'rows none', part: 'rows' });
  readonly #tableCaption = el('caption', {});
  readonly #columns = [el('th', { scope: 'col' }), el('th', { scope: 'col' }), el('th', { scope: 'col' }), el('th', { scope: 'col' })] as const;
  readonly #body = el('tbody', {});
  readonly #table: HTMLElement;
  readonly #written = new WeakMap<Element, string>();
  #footer: Element | null = null;

  constructor(listeners: RowListeners) {
    this.#list = el('div', { class: 'rows', part: 'rows', role: 'list', 'aria-labelledby': 'title' });
    for (const [type, listener] of Object.entries(listeners)) this.#list.addEventListener(type, listener as EventListener);
    this.#table = el('div', { class: 'visually-hidden' }, el('table', {}, this.#tableCaption, el('thead', {}, el('tr', {}, ...this.#columns)), this.#body));
    this.root = el('figure', { class: 'ranking', part: 'base' }, this.#caption, this.#none, this.#table);
  }

  /**
   * Shows `f`, changing only what differs from what it shows; `footer` is the footer's node (the same
   * while its text is, so its link keeps the focus).
   */
  show(f: RankingFigure, footer: Element): void {
    const lang = f.lang;
    attribute(this.root, 'lang', lang);
    // The stripes are defined first in the figure, and only while a bar overshoots.
    const striped = f.rows.some((row) => row.bar?.overshoot);
    if (striped && this.#stripes.parentNode !== this.root) this.root.prepend(this.#stripes);
    if (!striped) this.#stripes.remove();
    this.#showHeading(f);
    // The list of rows, or the sentence saying there are none, in the same place.
    const rows = f.rows.length === 0 ? this.#none : this.#list;
    if (rows === this.#none) text(this.#none, rankingMessage(lang, 'ranking.none'));
    else markup(this.#list, this.#written, rowsHtml(f.rows));
    if (rows.parentNode !== this.root) (rows === this.#none ? this.#list : this.#none).replaceWith(rows);
    text(this.#tableCaption, [f.title, f.subtitle].filter(Boolean).join(', '));
    const [organization, admitted, target, outcome] = this.#columns;
    text(organization, rankingMessage(lang, 'table.organization'));
    text(admitted, message(lang, 'label.admitted'));
    text(target, message(lang, 'label.target'));
    text(outcome, rankingMessage(lang, 'table.outcome'));
    markup(this.#body, this.#written, tableRowsHtml(f.rows));
    this.#footer = replaceLast(this.root, this.#footer, footer);
  }

  /** The caption's lines: title, subtitle, the closing notice, total, sum and each difference; rebuilt only when one changes. */
  #showHeading(f: RankingFigure): void {
    const key = JSON.stringify([f.subtitle, f.notice, f.total, f.sum, f.differences]);
    text(this.#title, f.title);
    if (key === this.#heading) return;
    this.#heading = key;
    this.#caption.replaceChildren(
      ...[
        this.#title,
        f.subtitle && el('p', { class: 'subtitle' }, f.subtitle),
        noticeElement(f.notice),
        f.total && el('p', { class: 'total', part: 'total' }, f.total),
        f.sum && el('p', { class: 'sum', part: 'sum' }, f.sum),
        ...f.differences.map((line) => el('p', { class: 'difference', part: 'difference' }, line)),
      ].filter((node): node is HTMLElement => Boolean(node)),
    );
  }
}
