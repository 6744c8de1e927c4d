import {
  cellDisplayName,
  cellKindLabel,
  committeeStatusLabel,
  countStatuses,
  mapMessage as message,
  MIN_TILE_SIZE,
  periodLabel,
  STATUS_ORDER,
  placeTiles,
  type Cell,
  type CellKind,
  type CommitteeStatus,
  type Lang,
  type Source,
  type Succession,
} from '@chitieu/domain';
import { normalizeLabel } from '@chitieu/embed';
import { dateAttribute, given, pinQuery, slugAttribute } from '../internal/attributes.ts';
import { AttributeError, ChitieuElement, type View } from '../internal/chitieu-element.ts';
import { baseStyles } from '../internal/chitieu-element.styles.ts';
import { checkedSources, footerText, type FooterText } from '../internal/figure-footer.ts';
import { closingNotice, type ClosingNotice } from '../internal/succession-notice.ts';
import type { PropertyDeclarations } from '../internal/updating-element.ts';
import { cellsResponse, inlineCells } from './cells-guards.ts';
import { cellMapStyles, statusStyles } from './party-cell-map.styles.ts';
import { MapView } from './map-view.ts';
import { nextTileIndex } from './tile-navigation.ts';

/** Width used until the element has been measured (and when it is hidden): a phone column. */
const FALLBACK_WIDTH = 320;

interface Census {
  readonly title: string | null;
  readonly term: string | null;
  readonly asOf: string | null;
  readonly cells: readonly Cell[];
  readonly sources: readonly Source[];
  /** When the data desk last changed the census; only from the API. */
  readonly updatedAt?: string | undefined;
  /** Set when the organisation had closed by the day the census is read for. */
  readonly succeededBy?: Succession | null | undefined;
}

export interface MapTile {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly status: CommitteeStatus;
  readonly name: string;
  readonly statusLabel: string;
  /** The tile's accessible name: 'Na Đẩy: Thành lập trong nhiệm kỳ'. */
  readonly label: string;
}

export interface MapGroup {
  readonly kind: CellKind;
  readonly heading: string;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly tiles: readonly MapTile[];
}

/** Everything render() shows, as strings and positions ready to bind. */
export interface CellMapFigure {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly groups: readonly MapGroup[];
  /** Every tile in keyboard order (`index`). */
  readonly tiles: readonly MapTile[];
  /** Each status's legend text, in STATUS_ORDER: 'Chưa có chi ủy: 2'. */
  readonly legend: readonly string[];
  readonly footer: FooterText;
  /** 'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, …', or null. */
  readonly notice: ClosingNotice | null;
}

function figureOf(census: Census, width: number, lang: Lang): CellMapFigure {
  const layout = placeTiles(census.cells, { width: Math.max(width, MIN_TILE_SIZE), headerHeight: 0 });
  // tileLayout numbers the tiles group after group, so they are pushed here in index order.
  const tiles: MapTile[] = [];
  const groups = layout.groups.map((group) => {
    const unnamed = group.tiles.filter((t) => t.cell.name === null).length;
    let ordinal = 0;
    const groupTiles = group.tiles.map((t): MapTile => {
      const { cell } = t;
      const numbered = cell.name === null && unnamed > 1 ? ++ordinal : undefined;
      const name = cellDisplayName(cell, lang, numbered);
      const statusLabel = committeeStatusLabel(cell.committee, lang);
      // The layout's tile (index, position, size; and its cell, which the view does not read) with its words.
      const tile = {
        ...t,
        status: cell.committee,
        name,
        statusLabel,
        label: message(lang, 'cell.tileLabel', { name, status: statusLabel }),
      };
      tiles.push(tile);
      return tile;
    });
    return {
      ...group,
      heading: message(lang, 'map.groupHeading', { kind: cellKindLabel(group.kind, lang), count: message(lang, 'cell.count', { count: group.tiles.length }) }),
      tiles: groupTiles,
    };
  });
  // Counted as the API's answer and the server's SVG count them (domain status-counts.ts).
  const counts = countStatuses(census.cells);
  const term = census.term === null ? null : periodLabel(census.term, lang);
  return {
    lang,
    title: census.title ?? message(lang, 'legend.title'),
    subtitle: [term, message(lang, 'cell.count', { count: census.cells.length })].filter(Boolean).join(' · '),
    groups,
    tiles,
    legend: STATUS_ORDER.map((status) => message(lang, 'legend.item', { label: committeeStatusLabel(status, lang), count: counts[status] })),
    footer: footerText(census.sources, census.asOf, census.updatedAt ?? null, lang),
    notice: closingNotice(census.succeededBy, census.asOf, lang),
  };
}

/**
 * A cell-committee status map: every party cell of an organisation as a tile, grouped by kind of
 * cell, coloured by the status of its committee and marked with a pattern as well (never colour
 * alone), with a legend that counts each status. Tiles name their cell on hover and on keyboard
 * focus (Tab to enter, arrow keys, Home and End to move); unnamed cells say so rather than get an
 * invented name. Screen readers find every cell as a tile of its own, an image named after the cell
 * and its status, in a group named after its kind of cell (no second copy of the cells in a hidden
 * table: it was two thirds of a large map's layout). The layout follows the element's width: 25
 * tiles fit a 320 px phone column, 128 stay usable.
 *
 * Cells come from the Chỉ Tiêu API (`org`, optionally `as-of` or a pinned `revision`), or inline through the `cells`
 * property. Failures end in a readable message with the journalist's own text kept below it.
 *
 * @tagname party-cell-map
 * @summary Every party cell as a tile, coloured and patterned by cell-committee status, with a counted legend.
 *
 * @example
 * ```html
 * <script type="module" src="https://chitieu.example/widgets/v1/chitieu.js"></script>
 * <party-cell-map org="muong-khuong">
 *   5 trong 7 chi bộ tổ dân phố chưa có chi ủy đầu nhiệm kỳ đã thành lập chi ủy.
 * </party-cell-map>
 * ```
 *
 * @slot - Fallback text written by the journalist: shown before the script runs, and kept visible under the message when the figures cannot be shown.
 *
 * @csspart base - The figure holding title, drawing and footer once the figures are shown.
 * @csspart title - The title (the organisation's name, or `label`).
 * @csspart tiles - The area holding every group of tiles.
 * @csspart group-heading - The heading of a group (kind of cell and count).
 * @csspart tile - One tile, a single SVG `<rect>` (its `fill` is the status colour, its `stroke` the unknown status's dashed outline); also `tile-existing`, `tile-formed`, `tile-none`, `tile-ineligible`, `tile-unknown`.
 * @csspart tile-marks - The stripes, hatching or dots over the tiles of one status in one group (one shape for all of them, so a tile's own part does not reach its marks); also `tile-marks-formed`, `tile-marks-none`, `tile-marks-ineligible`.
 * @csspart tooltip - The name shown on hover and focus.
 * @csspart legend - The legend with a count per status.
 * @csspart footer - The source, the as-of date and the update date.
 * @csspart notice - Says the organisation has closed (a merger) and who succeeded it; only then: above the figure when the figures reach past the closing, a muted footer line when their period ended before it.
 * @csspart status - The loading, empty or error message.
 *
 * @cssproperty [--chitieu-font-family=inherit] - Font of every text; the host page's by default.
 * @cssproperty [--chitieu-text-color=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssproperty [--chitieu-muted-color=light-dark(#59636e, #9198a1)] - Secondary text (subtitle, headings, footer).
 * @cssproperty [--chitieu-background=light-dark(#ffffff, #161b22)] - Background of the element.
 * @cssproperty [--chitieu-border=1px solid light-dark(#d1d9e0, #3d444d)] - Border of the element.
 * @cssproperty [--chitieu-radius=0.5rem] - Corner radius of the element.
 * @cssproperty [--chitieu-padding=1rem] - Inner spacing of the element.
 * @cssproperty [--chitieu-error-color=light-dark(#b3261e, #ff8a80)] - The error message.
 * @cssproperty [--chitieu-title-font-size=1.0625rem] - Size of the title.
 * @cssproperty [--chitieu-status-existing-color=#009e73] - Tiles of cells that had a committee at the start of the term (solid).
 * @cssproperty [--chitieu-status-formed-color=#0072b2] - Tiles of cells that formed a committee this term (striped).
 * @cssproperty [--chitieu-status-none-color=#d55e00] - Tiles of cells still without a committee (cross-hatched).
 * @cssproperty [--chitieu-status-ineligible-color=#8c8c8c] - Tiles of cells too small for a committee (dotted).
 * @cssproperty [--chitieu-status-unknown-color=#d9d9d9] - Tiles of cells whose status the source does not give (outlined).
 * @cssproperty [--chitieu-pattern-color=rgb(255 255 255 / 0.8)] - Stripes, hatching and dots drawn over the tile colour.
 * @cssproperty [--chitieu-focus-color=light-dark(#0969da, #4493f8)] - Ring around the tile with keyboard focus or under the pointer.
 * @cssproperty [--chitieu-map-min-height=30rem] - Height reserved while loading (about 25 cells in a phone column); set it to your map's height so the page does not jump.
 *
 * @cssstate loading - The figures are loading (`party-cell-map:state(loading)`); also `ready`, `empty`, `error`.
 *
 * @event chitieu-load - The figures are shown.
 * @event chitieu-error - The error state is shown instead; `event.failure` says why (`network`, `timeout`, `not-found`, `http`, `malformed`, `invalid`, `attributes`).
 */
export class PartyCellMap extends ChitieuElement<CellMapFigure> {
  static override styles = [baseStyles, cellMapStyles, statusStyles];

  static override properties: PropertyDeclarations = {
    org: {},
    asOf: { attribute: 'as-of' },
    revision: {},
    label: {},
    cells: { attribute: false },
    sources: { attribute: false },
    activeIndex: { state: true },
    hoverIndex: { state: true },
    focusWithin: { state: true },
    measuredWidth: { state: true },
  };

  /** Slug of the organisation whose cells the API serves, e.g. `muong-khuong`. */
  declare org: string | undefined;
  /**
   * The census date to ask the API for (`2024-12-31`; ignored when `revision` is given); inline, the
   * date shown as "Số liệu đến ngày …".
   */
  declare asOf: string | undefined;
  /**
   * Pins the census to one revision (`2`), so a published article keeps the cells it was written with
   * (`?revision=`). Wins over `as-of`: the API takes one or the other.
   */
  declare revision: string | undefined;
  /** Title, shown as its static image shows it (Unicode NFC, trimmed); by default, or when blank, the organisation's name from the API. */
  declare label: string | undefined;
  /** Inline cells, for a page without the API: `{ slug, name, kind, committee, committeeFormedOn, fullMembers }` objects. Takes precedence over `org`. */
  declare cells: Cell[] | undefined;
  /** Inline: where the cells come from, as `{ publisher, title, url, publishedOn }` objects. */
  declare sources: Source[] | undefined;

  declare private activeIndex: number;
  declare private hoverIndex: number | null;
  declare private focusWithin: boolean;
  declare private measuredWidth: number;

  #url: string | null = null;
  /** Reads only once there is a URL, so an element given its figures inline draws once. */
  readonly #loader = this.createLoader(cellsResponse, () => this.#url);
  /** The inline cells last checked: checked again only when the property is given another value. */
  #checkedCells: unknown;
  #figure?: { readonly key: readonly unknown[]; readonly figure: CellMapFigure };
  #view?: MapView;
  #frame = 0;
  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    const width = entry?.contentBoxSize[0]?.inlineSize ?? 0;
    // Applied on the next frame: re-rendering inside the observer's callback would resize the
    // observed element again and make the browser report a ResizeObserver loop.
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      if (Math.abs(width - this.measuredWidth) >= 1) this.measuredWidth = width;
    });
  });

  constructor() {
    super();
    this.activeIndex = 0;
    this.hoverIndex = null;
    this.focusWithin = false;
    this.measuredWidth = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this);
    // The width is read once here, while every map on the page is being connected and none has drawn
    // yet: read on the first render instead, each map would force a layout of the maps drawn before it.
    if (this.measuredWidth < MIN_TILE_SIZE) this.measuredWidth = this.#contentWidth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  #contentWidth(): number {
    const style = getComputedStyle(this);
    return this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  }

  #width(): number {
    if (this.measuredWidth >= MIN_TILE_SIZE) return this.measuredWidth;
    const content = this.#contentWidth();
    return content >= MIN_TILE_SIZE ? content : FALLBACK_WIDTH;
  }

  #inlineCells(input: unknown): Cell[] {
    // Never null: the element reads inline cells only when the property is set.
    if (input !== this.#checkedCells && !inlineCells(input)) {
      throw new AttributeError('cells is not a list of cells ({ slug, name, kind, committee, committeeFormedOn, fullMembers })');
    }
    this.#checkedCells = input;
    return input as Cell[];
  }

  protected derive(): View<CellMapFigure> {
    this.#url = null;
    const lang = this.language;
    let census: Census;
    if (this.cells !== undefined && this.cells !== null) {
      census = {
        title: normalizeLabel(this.label),
        term: null,
        asOf: dateAttribute('as-of', this.asOf),
        cells: this.#inlineCells(this.cells),
        sources: checkedSources(this.sources),
      };
    } else {
      if (!given(this.org)) return { state: 'empty' };
      this.#url = this.readUrl({ api: this.api, org: slugAttribute(this.org), ...pinQuery(this.asOf, this.revision) });
      const status = this.loaderStatus(this.#loader);
      if (status) return status;
      const data = this.#loader.value;
      if (data === undefined) return { state: 'loading' };
      // The read as it is (its other fields are the same values on every update, as the memo key wants), titled.
      census = { ...data, title: normalizeLabel(this.label) ?? data.organization.name };
    }
    if (census.cells.length === 0) return { state: 'empty' };
    // The figure, worked out again only when something it is made of changed: an update for a hovered
    // or focused tile reuses it, so the view moves the tooltip and touches nothing else. Its key is every
    // field of the census in order (inline sources are checked into a new empty list each time when there
    // are none), the width and the language; with no figure yet, the width (a number) differs from undefined.
    const width = this.#width();
    const key = [...Object.values({ ...census, sources: census.sources.length === 0 ? null : census.sources }), width, lang];
    const last = this.#figure;
    if (key.some((value, i) => !Object.is(value, last?.key[i]))) this.#figure = { key, figure: figureOf(census, width, lang) };
    return { state: 'ready', figure: this.#figure!.figure };
  }

  protected override updated(): void {
    super.updated();
    // The one tab stop among the tiles: they are parsed from text (tileSvg), so it is set here.
    for (const tile of this.renderRoot.querySelectorAll<SVGElement>('.tile[tabindex="0"]')) tile.tabIndex = -1;
    const active = this.renderRoot.querySelector<SVGElement>(`[data-index="${this.activeIndex}"]`);
    if (active) active.tabIndex = 0;
  }

  protected override willUpdate(): void {
    super.willUpdate();
    // New cells may be fewer than before; the roving tab stop must stay on a tile that exists.
    if (this.view.state === 'ready' && this.activeIndex >= this.view.figure.tiles.length) this.activeIndex = 0;
  }

  #indexOf(event: Event): number | null {
    // A tile is one element, so the event's target itself; a shown ring is its tile's (data-tile), as when each tile held its own.
    const data = (event.target as SVGElement).dataset;
    const index = data.index ?? data.tile;
    return index === undefined ? null : Number(index);
  }

  /** Over a tile, that tile; leaving the tiles' area (the event's target then, which is no tile), none. */
  #onPointer = (event: PointerEvent) => {
    this.hoverIndex = this.#indexOf(event);
  };

  #onFocusIn = (event: FocusEvent) => {
    const index = this.#indexOf(event);
    if (index !== null) this.activeIndex = index;
    this.focusWithin = true;
  };

  #onFocusOut = (event: FocusEvent) => {
    // contains(null) is false: the focus left the page or went nowhere.
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.focusWithin = false;
  };

  #onKeyDown = (event: KeyboardEvent) => {
    if (this.view.state !== 'ready') return;
    const next = nextTileIndex(this.view.figure.tiles, this.activeIndex, event.key);
    if (next === null) return;
    event.preventDefault();
    this.activeIndex = next;
    this.renderRoot.querySelector<SVGElement>(`[data-index="${next}"]`)?.focus();
  };

  protected override render(): Element {
    if (this.view.state !== 'ready') return this.renderStatus(this.view);
    const f = this.view.figure;
    const shown = this.hoverIndex ?? (this.focusWithin ? this.activeIndex : null);
    this.#view ??= new MapView({
      keydown: this.#onKeyDown,
      focusin: this.#onFocusIn,
      focusout: this.#onFocusOut,
      pointerover: this.#onPointer,
      pointerleave: this.#onPointer,
    });
    this.#view.show(f, shown, this.hoverIndex, this.activeIndex);
    return this.#view.root;
  }
}
