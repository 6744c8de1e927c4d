// The cell map in ECharts, tree-shaken (echarts/core + ScatterChart + GridComponent + SVGRenderer):
// every cell a square symbol at the same grid position and colour as the other maps.
import { ScatterChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { announceRendered, define, STATUS_COLORS, tileGrid, type BenchCell } from './cell-tiles.ts';

use([ScatterChart, GridComponent, SVGRenderer]);

class EchartsCellMap extends HTMLElement {
  declare cells: BenchCell[] | undefined;

  connectedCallback(): void {
    const grid = tileGrid(this.cells ?? [], 640);
    const box = document.createElement('div');
    this.append(box);
    const chart = init(box, null, { renderer: 'svg', width: grid.width, height: grid.height });
    chart.on('finished', () => announceRendered(this));
    const axis = { type: 'value' as const, show: false, min: 0 };
    chart.setOption({
      animation: false,
      grid: { left: 0, right: 0, top: 0, bottom: 0 },
      xAxis: { ...axis, max: grid.width },
      yAxis: { ...axis, max: grid.height, inverse: true },
      series: [
        {
          type: 'scatter',
          symbol: 'rect',
          symbolSize: grid.tile,
          data: grid.tiles.map((t) => ({
            value: [t.x + grid.tile / 2, t.y + grid.tile / 2],
            name: t.cell.name ?? 'Chưa rõ tên',
            itemStyle: { color: STATUS_COLORS[t.cell.committee] },
          })),
        },
      ],
    });
  }
}

define('bench-echarts-map', EchartsCellMap);
