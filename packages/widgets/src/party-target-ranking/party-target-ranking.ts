import { RANKING_SORTS, type RankingSort } from '@chitieu/domain';
import { normalizeLabel } from '@chitieu/embed';
import { footerElement, type FooterText } from '../internal/figure-footer.ts';
import type { ClosingNotice } from '../internal/succession-notice.ts';
import { given, periodAttribute, pinQuery, slugAttribute } from '../internal/attributes.ts';
import { AttributeError, ChitieuElement, type View } from '../internal/chitieu-element.ts';
import { baseStyles } from '../internal/chitieu-element.styles.ts';
import type { PropertyDeclarations } from '../internal/updating-element.ts';
import { rankingResponse } from './ranking-guard.ts';
import { figureOf, type RankingFigure } from './ranking-figure.ts';
import { rankingStyles } from './party-target-ranking.styles.ts';
import { nextRowIndex } from './row-navigation.ts';
import { RankingView } from './ranking-view.ts';

/**
 * The footer as a node to place in the figure: the same node while its text stays the same, so an
 * update (a keyboard move between rows) neither rebuilds it nor takes the focus off its link. Here, not
 * in figure-footer.ts, which the gauge imports: there every gauge page would download it (the map's view
 * keeps its footer node by its text itself, map-view.ts).
 */
function footerMemo(): (text: FooterText, notice: ClosingNotice | null) => Element {
  let last: { readonly key: string; readonly node: Element } | null = null;
  return (text, notice) => {
    const key = JSON.stringify([text, notice]);
    if (last?.key !== key) last = { key, node: footerElement(text, notice) };
    return last.node;
  };
}

/**
 * A ranking of subordinate organisations against their targets: one row per organisation whose parent
 * is `org` (the districts and blocs of a province, the communes of a district), each with a bar for the
 * number admitted on one scale, its target as a tick (a range as a band), the overshoot past the target
 * striped as on the gauge, the shortfall dashed, and the percentage of target in words. A subordinate
 * without figures for the period says "chưa có số liệu", never zero. The organisation's own total heads
 * the chart with the subordinates' sum; when they disagree, the difference is stated, not reconciled.
 *
 * Figures come from the Chỉ Tiêu API in one request (`org`, `period`; a published article pins them
 * with `as-of`). Up to 40 rows show at once; more scroll within the element. The arrow keys, Home and
 * End move the focus through the rows; a table carries the same figures for screen readers.
 *
 * @tagname party-target-ranking
 * @summary Every subordinate organisation's admissions against its own target, ranked, with the total and any difference stated.
 *
 * @example
 * ```html
 * <script type="module" src="https://chitieu.example/widgets/v1/chitieu.js"></script>
 * <party-target-ranking org="tinh-lao-cai" period="2024" highlight="huyen-bat-xat">
 *   Năm 2024, các đảng bộ trực thuộc Tỉnh ủy kết nạp đảng viên mới so với chỉ tiêu được giao.
 * </party-target-ranking>
 * ```
 *
 * @slot - Fallback text written by the journalist: shown before the script runs, and kept visible under the message when the figures cannot be shown.
 *
 * @csspart base - The figure holding title, header, rows and footer once the figures are shown.
 * @csspart title - The title (the organisation's name, or `label`).
 * @csspart total - The organisation's own figures, as a source states them.
 * @csspart sum - The subordinates' figures added up, and how many of them have figures.
 * @csspart difference - Each sentence stating how the total and the sum differ; only when they do.
 * @csspart rows - The list of rows, which scrolls past 40 rows.
 * @csspart row - One subordinate; also `row-highlight` for the `highlight`ed one.
 * @csspart name - A subordinate's name.
 * @csspart closing - "đến 30/06/2025" beside the name of a subordinate that closed (a merger).
 * @csspart figures - Admitted over target, "53/20".
 * @csspart outcome - The percentage of target in words, or "chưa có số liệu".
 * @csspart bar - A row's bar (an SVG); inside it `bar-value`, `bar-overshoot` (striped), `bar-shortfall`, `target` (the tick) and `target-band` (a range).
 * @csspart footer - The sources, the as-of date and the update date.
 * @csspart notice - Says the organisation itself has closed (a merger) and who succeeded it.
 * @csspart status - The loading, empty or error message.
 *
 * @cssproperty [--chitieu-font-family=inherit] - Font of every text; the host page's by default.
 * @cssproperty [--chitieu-text-color=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--chitieu-muted-color=light-dark(#59636e, #9198a1)] - Secondary text (subtitle, outcome, footer).
 * @cssproperty [--chitieu-background=light-dark(#ffffff, #161b22)] - Background of the element.
 * @cssproperty [--chitieu-border=1px solid light-dark(#d1d9e0, #3d444d)] - Border of the element.
 * @cssproperty [--chitieu-radius=0.5rem] - Corner radius of the element.
 * @cssproperty [--chitieu-padding=1rem] - Inner spacing of the element.
 * @cssproperty [--chitieu-error-color=light-dark(#b3261e, #ff8a80)] - The error message.
 * @cssproperty [--chitieu-title-font-size=1.0625rem] - Size of the title.
 * @cssproperty [--chitieu-value-color=light-dark(#b3261e, #ff8a80)] - The bar up to the target.
 * @cssproperty [--chitieu-overshoot-color=light-dark(#8a5a00, #f2c063)] - The part beyond the target (also striped).
 * @cssproperty [--chitieu-shortfall-color=light-dark(#59636e, #9198a1)] - The part still missing (also faint and dashed).
 * @cssproperty [--chitieu-track-color=light-dark(#eaeef2, #2a313c)] - The empty track.
 * @cssproperty [--chitieu-target-color=currentColor] - The target tick and a target range's band.
 * @cssproperty [--chitieu-highlight-color=light-dark(#fff3c4, #3a2f0b)] - Background of the `highlight`ed row.
 * @cssproperty [--chitieu-focus-color=light-dark(#0969da, #4493f8)] - Ring around the row with keyboard focus.
 * @cssproperty [--chitieu-ranking-row-height=3rem] - Height of every row; 40 of them show before the list scrolls.
 * @cssproperty [--chitieu-ranking-narrow-row-height=4rem] - Height of every row in a column narrower than 28rem, where the name and the outcome take lines of their own.
 * @cssproperty [--chitieu-ranking-min-height=30rem] - Height kept from loading to figures, so the page does not jump (the builder's code reserves what the chosen figures measure).
 *
 * @cssstate loading - The figures are loading (`party-target-ranking:state(loading)`); also `ready`, `empty`, `error`.
 *
 * @event chitieu-load - The figures are shown.
 * @event chitieu-error - The error state is shown instead; `event.failure` says why (`network`, `timeout`, `not-found`, `http`, `malformed`, `invalid`, `attributes`).
 */
export class PartyTargetRanking extends ChitieuElement<RankingFigure> {
  static override styles = [baseStyles, rankingStyles];

  static override properties: PropertyDeclarations = {
    org: {},
    period: {},
    sort: {},
    highlight: {},
    label: {},
    asOf: { attribute: 'as-of' },
    activeIndex: { state: true, attribute: false },
  };

  /** Slug of the organisation whose subordinates are ranked, e.g. `tinh-lao-cai`. */
  declare org: string | undefined;
  /** The year (`2024`) or term (`2020-2025`) to show. */
  declare period: string | undefined;
  /** `percent` of target (the default), number `admitted`, or `name`. */
  declare sort: string | undefined;
  /** Slug of the subordinate the article is about: its row is marked, and takes the keyboard focus first. */
  declare highlight: string | undefined;
  /** Title, shown as its static image shows it (Unicode NFC, trimmed); by default, or when blank, the organisation's name from the API. */
  declare label: string | undefined;
  /** Pins every row to its figures as of this day (`2024-12-31`, the API's `?asOf=`). */
  declare asOf: string | undefined;
  /** The row that takes the keyboard focus (the one tab stop of the list). */
  declare private activeIndex: number;

  #url: string | null = null;
  readonly #footer = footerMemo();
  /** The highlight and row order the tab stop was placed for, and the one the list was last scrolled for. */
  #placed = '';
  #scrolled = '';
  readonly #loader = this.createLoader(rankingResponse, () => this.#url);
  #view: RankingView | null = null;

  constructor() {
    super();
    this.activeIndex = 0;
  }

  #sortOrder(): RankingSort {
    if (!given(this.sort)) return 'percent';
    if (!(RANKING_SORTS as readonly string[]).includes(this.sort)) throw new AttributeError(`sort="${this.sort}" is not one of ${RANKING_SORTS.join(', ')}`);
    return this.sort as RankingSort;
  }

  protected derive(): View<RankingFigure> {
    this.#url = null;
    const sort = this.#sortOrder();
    if (!given(this.org)) return { state: 'empty' };
    const highlight = given(this.highlight) ? slugAttribute(this.highlight) : null;
    this.#url = this.readUrl({
      api: this.api,
      org: slugAttribute(this.org),
      period: periodAttribute(this.period),
      ...pinQuery(this.asOf, undefined),
    });
    const status = this.loaderStatus(this.#loader);
    if (status) return status;
    const data = this.#loader.value;
    if (data === undefined) return { state: 'loading' };
    return { state: 'ready', figure: figureOf(data, this.language, sort, highlight, normalizeLabel(this.label)) };
  }

  protected override willUpdate(): void {
    super.willUpdate();
    if (this.view.state !== 'ready') return;
    const { rows } = this.view.figure;
    // The highlighted row is the list's tab stop, so a keyboard reader lands on what the article is about.
    const highlighted = rows.findIndex((row) => row.highlighted);
    const placing = `${this.highlight}|${rows.map((row) => row.slug).join()}`;
    if (placing !== this.#placed || this.activeIndex >= rows.length) this.activeIndex = Math.max(0, highlighted);
    this.#placed = placing;
  }

  protected override updated(): void {
    super.updated();
    if (this.view.state !== 'ready') return;
    // The one tab stop of the list: the rows are parsed from text (ranking-rows.ts), so it is set here.
    for (const row of this.renderRoot.querySelectorAll<HTMLElement>('.row[tabindex="0"]')) row.tabIndex = -1;
    const active = this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${this.activeIndex}"]`);
    if (active) active.tabIndex = 0;
    // Scrolls the list (never the page) so a highlighted row past the first 40 is in view, once per order.
    const list = this.renderRoot.querySelector<HTMLElement>('.rows');
    const row = this.renderRoot.querySelector<HTMLElement>('[part~="row-highlight"]');
    if (!list || !row || this.#scrolled === this.#placed) return;
    this.#scrolled = this.#placed;
    list.scrollTop = Math.max(0, row.offsetTop - list.offsetTop - list.clientHeight / 2);
  }

  #onKeyDown = (event: KeyboardEvent) => {
    if (this.view.state !== 'ready') return;
    const next = nextRowIndex(this.view.figure.rows.length, this.activeIndex, event.key);
    if (next === null) return;
    event.preventDefault();
    this.activeIndex = next;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
  };

  #onFocusIn = (event: FocusEvent) => {
    const index = Number((event.target as HTMLElement).dataset['index']);
    if (Number.isInteger(index)) this.activeIndex = index;
  };

  protected override render(): Element {
    if (this.view.state !== 'ready') return this.renderStatus(this.view);
    const f = this.view.figure;
    this.#view ??= new RankingView({ keydown: this.#onKeyDown, focusin: this.#onFocusIn });
    this.#view.show(f, this.#footer(f.footer, f.notice));
    return this.#view.root;
  }
}
