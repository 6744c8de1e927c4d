// The floor for the map: every cell as an SVG tile coloured by committee status, grouped by kind,
// named in a <title>, with a counted legend; by hand, no framework, no library.
import { announceRendered, define, STATUS_COLORS, STATUS_ORDER, tileGrid, type BenchCell } from './cell-tiles.ts';

class VanillaCellMap extends HTMLElement {
  // No class field: a `cells` set on the element before this class is defined must survive.
  declare cells: BenchCell[] | undefined;

  connectedCallback(): void {
    const cells = this.cells ?? [];
    const grid = tileGrid(cells, 640);
    const tiles = grid.tiles
      .map(
        (t) =>
          `<rect x="${t.x}" y="${t.y}" width="${grid.tile}" height="${grid.tile}" fill="${STATUS_COLORS[t.cell.committee]}"><title>${t.cell.name ?? 'Chưa rõ tên'}</title></rect>`,
      )
      .join('');
    const headings = grid.groups.map((g) => `<text x="0" y="${g.y + 14}">${g.kind} · ${g.count}</text>`).join('');
    const legend = STATUS_ORDER.map((s) => `<li style="--c:${STATUS_COLORS[s]}">${s}: ${cells.filter((c) => c.committee === s).length}</li>`).join('');
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:host{display:block;font:13px system-ui}li::before{content:"";display:inline-block;width:10px;height:10px;margin-right:4px;background:var(--c)}</style><svg viewBox="0 0 ${grid.width} ${grid.height}" width="${grid.width}" role="img" aria-label="${cells.length} chi bộ">${headings}${tiles}</svg><ul>${legend}</ul>`;
    announceRendered(this);
  }
}

define('bench-vanilla-map', VanillaCellMap);
