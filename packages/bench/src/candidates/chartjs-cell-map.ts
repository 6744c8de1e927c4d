// The cell map in Chart.js: a scatter chart of square points at the same grid positions and colours
// as the other maps. Tree-shaken (Chart + ScatterController + PointElement + LinearScale), canvas.
import { Chart, LinearScale, PointElement, ScatterController } from 'chart.js';
import { announceRendered, define, STATUS_COLORS, tileGrid, type BenchCell } from './cell-tiles.ts';

Chart.register(ScatterController, PointElement, LinearScale);

class ChartjsCellMap extends HTMLElement {
  declare cells: BenchCell[] | undefined;

  connectedCallback(): void {
    const grid = tileGrid(this.cells ?? [], 640);
    const canvas = document.createElement('canvas');
    canvas.width = grid.width;
    canvas.height = grid.height;
    this.append(canvas);
    const half = grid.tile / 2;
    new Chart(canvas, {
      type: 'scatter',
      data: {
        datasets: [
          {
            data: grid.tiles.map((t) => ({ x: t.x + half, y: t.y + half })),
            pointStyle: 'rect',
            // Chart.js draws a 'rect' point as a square of side radius × √2.
            pointRadius: grid.tile / Math.SQRT2,
            backgroundColor: grid.tiles.map((t) => STATUS_COLORS[t.cell.committee]!),
            borderWidth: 0,
          },
        ],
      },
      options: {
        responsive: false,
        animation: false,
        events: [],
        layout: { padding: 0 },
        scales: {
          x: { type: 'linear', display: false, min: 0, max: grid.width },
          y: { type: 'linear', display: false, min: 0, max: grid.height, reverse: true },
        },
      },
      plugins: [{ id: 'rendered', afterRender: () => announceRendered(this) }],
    });
  }
}

define('bench-chartjs-map', ChartjsCellMap);
