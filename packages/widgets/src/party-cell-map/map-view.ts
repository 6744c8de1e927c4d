// The map's figure in its shadow root, without Lit: built node by node once (dom.ts), then changed in
// place on each update, only where what it shows changed, as Lit's bindings did: a hovered tile
// moves the tooltip and touches nothing else, and nodes that hold the focus (a tile, the footer's
// link) stay the same nodes. Each group's tiles are escaped SVG text parsed at once into its <svg>
// (setInnerMarkup, through the `chitieu` Trusted Types policy): a node per tile cost more script.
import { mapMessage as message, STATUS_ORDER, statusPattern, type CommitteeStatus } from '@chitieu/domain';
import { el, replaceLast, svg } from '../internal/dom.ts';
import { escapeHtml, setInnerMarkup } from './map-markup.ts';
import { footerElement } from '../internal/figure-footer.ts';
import { noticeElement } from '../internal/succession-notice.ts';
import type { CellMapFigure, MapGroup, MapTile } from './party-cell-map.ts';

/** Statuses whose pattern has marks (stripes, hatching, dots) to draw over the tile colour. */
const MARKED = STATUS_ORDER.filter((status) => statusPattern(status) !== 'solid' && statusPattern(status) !== 'outline');

/**
 * One tile as SVG text: a single element, the rect that is filled with its status colour and is the
 * tile for readers (its role, name and tab stop) and for a host page's `::part(tile)` rules (one
 * element per tile, not a group around a rect: fewer nodes to parse, style and lay out). The roving
 * tab stop is set on the parsed tiles by the element (updated()), not written here. Its pattern's
 * marks are drawn by marksSvg(), and its hover and focus ring is one of the group's two (GroupView).
 */
function tileSvg(tile: MapTile): string {
  // Placed by coordinates, not a transform per tile: each transform is a paint property node of its own.
  const inset = statusPattern(tile.status) === 'outline' ? 1 : 0;
  const side = tile.size - 2 * inset;
  return (
    `<rect class="tile status-${tile.status}" part="tile tile-${tile.status}" role="img" aria-label="${escapeHtml(tile.label)}" tabindex="-1" data-index="${tile.index}"` +
    ` x="${tile.x + inset}" y="${tile.y + inset}" width="${side}" height="${side}" rx="3"/>`
  );
}

/** A tile's square with the corners of its rect (rx 3), as one subpath in the group's coordinates. */
function tileOutline({ x, y, size }: MapTile): string {
  const side = size - 6;
  return `M${x + 3} ${y}h${side}a3 3 0 0 1 3 3v${side}a3 3 0 0 1-3 3h${-side}a3 3 0 0 1-3-3v${-side}a3 3 0 0 1 3-3z`;
}

/**
 * The marks of a group's tiles: one path per marked status, every tile of that status a subpath,
 * filled with the status's pattern above the tiles. Chromium builds and paints a pattern for each
 * element it fills, so one path per status costs a few pattern paints per group instead of one per
 * tile (the map's largest paint cost). It takes no pointer: the tile beneath keeps hover and focus.
 */
function marksSvg(tiles: readonly MapTile[]): string {
  return MARKED.map((status) => {
    const d = tiles
      .filter((t) => t.status === status)
      .map(tileOutline)
      .join('');
    return d && `<path class="tile-marks" part="tile-marks tile-marks-${status}" data-status="${status}" d="${d}" fill="url(#pattern-${status})"/>`;
  }).join('');
}

/**
 * The focus ring of the hovered tile and of the active one (the only one that can hold the focus):
 * two per group, moved to their tile (placeRing), instead of one per tile, which made a third of a
 * large map's elements to style and lay out. The stylesheet shows each while its tile is hovered or
 * focus-visible. Under the marks, as a tile's own ring was.
 */
const RINGS = '<rect class="tile-ring hover-ring" rx="5"/><rect class="tile-ring focus-ring" rx="5"/>';

/** The SVG text of a group: its tiles, their rings, then the marks over them. */
const groupSvg = (group: MapGroup): string => group.tiles.map(tileSvg).join('') + RINGS + marksSvg(group.tiles);

/** The marks of a status (stripes, hatching, dots) on a transparent ground, drawn over the tile colour. */
function patternElement(status: CommitteeStatus): SVGElement {
  const pattern = statusPattern(status);
  const marks =
    pattern === 'stripes'
      ? svg('rect', { class: 'pattern-ink', width: 3, height: 8 })
      : pattern === 'cross'
        ? svg('path', { class: 'pattern-line', d: 'M0 0L8 8M8 0L0 8' })
        : svg('circle', { class: 'pattern-ink', cx: 4, cy: 4, r: 1.75 });
  return svg(
    'pattern',
    {
      id: `pattern-${status}`,
      'data-pattern': pattern,
      patternUnits: 'userSpaceOnUse',
      width: 8,
      height: 8,
      ...(pattern === 'stripes' ? { patternTransform: 'rotate(45)' } : {}),
    },
    marks,
  );
}

/** A legend swatch: the status colour, and its pattern's marks over it. */
function swatchElement(status: CommitteeStatus): SVGElement {
  const pattern = statusPattern(status);
  const o = pattern === 'outline' ? 1 : 0;
  return svg(
    'svg',
    { class: 'swatch', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { class: `tile-fill status-${status}`, x: o, y: o, width: 16 - 2 * o, height: 16 - 2 * o, rx: 2 }),
    MARKED.includes(status) && svg('rect', { class: 'tile-marks', width: 16, height: 16, rx: 2, fill: `url(#pattern-${status})` }),
  );
}

/** Sets an attribute only when its value changes. */
function attribute(element: Element, name: string, value: string | number): void {
  const text = `${value}`;
  if (element.getAttribute(name) !== text) element.setAttribute(name, text);
}

/**
 * Puts `ring` around tile `index` when that tile is in `group`, else leaves it where it is (hidden
 * then); `data-tile` names the tile, so the pointer on a shown ring still points at its tile.
 */
function placeRing(ring: SVGElement, group: MapGroup, index: number | null): void {
  const tile = group.tiles.find((t) => t.index === index);
  if (!tile) return;
  attribute(ring, 'x', tile.x - 2);
  attribute(ring, 'y', tile.y - 2);
  attribute(ring, 'width', tile.size + 4);
  attribute(ring, 'height', tile.size + 4);
  attribute(ring, 'data-tile', tile.index);
}

/** Sets an element's text only when it changes (one text node, as a template's binding). */
function text(element: Element, value: string): void {
  if (element.textContent !== value) element.textContent = value;
}

/** The nodes of one group, and what its tiles were last written from. */
class GroupView {
  readonly root: HTMLElement;
  readonly #heading: HTMLElement;
  readonly #tiles: SVGElement;
  readonly #box: HTMLElement;
  #markup = '';
  #group?: MapGroup;
  /** Made on the first hover or focus: its first span names the tile, its last gives its status. */
  #tooltip?: HTMLElement;

  /** The group's hover and focus rings (RINGS), parsed with its tiles. */
  #rings?: NodeListOf<SVGElement>;

  /** Appended to `parent`, after the groups already there. */
  constructor(parent: Element) {
    this.#heading = el('p', { class: 'group-heading', part: 'group-heading' });
    this.#tiles = svg('svg', { role: 'none' });
    this.#box = el('div', { class: 'group-tiles' }, this.#tiles);
    this.root = el('div', { class: 'group', role: 'group' }, this.#heading, this.#box);
    parent.append(this.root);
  }

  show(group: MapGroup, shown: number | null, hovered: number | null, active: number): void {
    if (group !== this.#group) this.#showTiles(group);
    this.#showTooltip(group, shown);
    placeRing(this.#rings![0]!, group, hovered);
    placeRing(this.#rings![1]!, group, active);
  }

  #showTiles(group: MapGroup): void {
    this.#group = group;
    attribute(this.root, 'aria-labelledby', `group-${group.kind}`);
    attribute(this.#heading, 'id', `group-${group.kind}`);
    text(this.#heading, group.heading);
    attribute(this.#tiles, 'width', group.width);
    attribute(this.#tiles, 'height', group.height);
    attribute(this.#tiles, 'viewBox', `0 ${group.y} ${group.width} ${group.height}`);
    const markup = groupSvg(group);
    // Parsed again only when the tiles change (a new width, new cells), so a focused tile keeps its focus on hover.
    if (markup !== this.#markup) {
      setInnerMarkup(this.#tiles, markup);
      this.#rings = this.#tiles.querySelectorAll('.tile-ring');
      this.#markup = markup;
    }
  }

  /** The tile's name and status above it, on hover and keyboard focus; the same node while it moves within the group. */
  #showTooltip(group: MapGroup, shown: number | null): void {
    const tile = group.tiles.find((t) => t.index === shown);
    if (!tile) {
      this.#tooltip?.remove();
      return;
    }
    // The space keeps the two words apart in the text a screen reader or a copy would take (the box is a grid).
    const t = (this.#tooltip ??= el(
      'div',
      { class: 'tooltip', part: 'tooltip', 'aria-hidden': 'true' },
      el('span', { class: 'tooltip-name' }),
      ' ',
      el('span', { class: 'tooltip-status' }),
    ));
    // Aligned on the tile's start, centre or end (0, 1 or 2 half tiles in) by where the tile sits in
    // its group's width, so it stays inside the group at either edge; above the tile, 6 px clear.
    const centre = tile.x + tile.size / 2;
    const halves = centre < group.width / 3 ? 0 : centre > (group.width * 2) / 3 ? 2 : 1;
    // Through the CSSOM: a strict Content Security Policy (style-src without 'unsafe-inline') blocks a
    // written `style` attribute, not these.
    t.style.left = `${tile.x + (halves * tile.size) / 2}px`;
    t.style.top = `${tile.y - group.y}px`;
    t.style.translate = `${-50 * halves}% calc(-100% - 6px)`;
    text(t.firstElementChild!, tile.name);
    text(t.lastElementChild!, tile.statusLabel);
    if (t.parentNode !== this.#box) this.#box.append(t);
  }
}

/** Keyboard and pointer handlers of the tiles' area, set once on it. */
export interface TileListeners {
  readonly keydown: (event: KeyboardEvent) => void;
  readonly focusin: (event: FocusEvent) => void;
  readonly focusout: (event: FocusEvent) => void;
  readonly pointerover: (event: PointerEvent) => void;
  readonly pointerleave: (event: PointerEvent) => void;
}

/** One element's figure: its nodes, and what they last showed. */
export class MapView {
  /** The figure node; the element commits this same node on every update. */
  readonly root: HTMLElement;
  readonly #title: HTMLElement;
  readonly #subtitle: HTMLElement;
  readonly #caption: HTMLElement;
  readonly #tiles: HTMLElement;
  readonly #groups: GroupView[] = [];
  readonly #legendTitle: HTMLElement;
  /** The text of each legend item, in STATUS_ORDER as the figure's legend. */
  readonly #legendTexts: readonly HTMLElement[];
  /** The callout's node (null without one), the same while the notice is, and the notice as JSON, its key. */
  #notice: { readonly key: string; readonly node: Element | null } = { key: '', node: null };
  /** The footer's node, the same while its text is (so its link keeps the focus), and that text as a key. */
  #footer: { readonly key: string; readonly node: Element | null } = { key: '', node: null };
  #figure?: CellMapFigure;

  constructor(listeners: TileListeners) {
    this.#title = el('p', { class: 'title', part: 'title', id: 'title' });
    this.#subtitle = el('p', { class: 'subtitle' });
    this.#caption = el('figcaption', { class: 'heading' }, this.#title, this.#subtitle);
    this.#tiles = el('div', { class: 'tiles', part: 'tiles' });
    for (const [type, listener] of Object.entries(listeners)) this.#tiles.addEventListener(type, listener as EventListener);
    this.#legendTitle = el('p', { class: 'legend-title', id: 'legend-title' });
    this.#legendTexts = STATUS_ORDER.map(() => el('span', {}));
    this.root = el(
      'figure',
      { class: 'map', part: 'base' },
      this.#caption,
      svg('svg', { class: 'pattern-defs', 'aria-hidden': 'true', focusable: 'false', width: 0, height: 0 }, svg('defs', {}, ...MARKED.map(patternElement))),
      this.#tiles,
      el(
        'div',
        { class: 'legend', part: 'legend' },
        this.#legendTitle,
        el(
          'ul',
          { 'aria-labelledby': 'legend-title' },
          ...STATUS_ORDER.map((status, i) => el('li', { 'data-status': status }, swatchElement(status), this.#legendTexts[i])),
        ),
      ),
    );
  }

  /**
   * Shows `f` with the tooltip of tile `shown` (or none) and the rings on tiles `hovered` and
   * `active`, changing only what differs from what it shows.
   */
  show(f: CellMapFigure, shown: number | null, hovered: number | null, active: number): void {
    if (f !== this.#figure) {
      this.#figure = f;
      attribute(this.root, 'lang', f.lang);
      text(this.#title, f.title);
      text(this.#subtitle, f.subtitle);
      text(this.#legendTitle, message(f.lang, 'legend.title'));
      this.#legendTexts.forEach((node, i) => text(node, f.legend[i]!));
      // The callout above the figure (after the subtitle) and the footer, each rebuilt only when what it
      // says changes: an update for a new width or a reread keeps their nodes, and the focus on the footer's link.
      let key = JSON.stringify(f.notice);
      if (key !== this.#notice.key) this.#notice = { key, node: replaceLast(this.#caption, this.#notice.node, noticeElement(f.notice)) };
      key = JSON.stringify([f.footer, f.notice]);
      if (key !== this.#footer.key) this.#footer = { key, node: replaceLast(this.root, this.#footer.node, footerElement(f.footer, f.notice)) };
      for (const extra of this.#groups.splice(f.groups.length)) extra.root.remove();
    }
    f.groups.forEach((group, i) => (this.#groups[i] ??= new GroupView(this.#tiles)).show(group, shown, hovered, active));
  }
}
