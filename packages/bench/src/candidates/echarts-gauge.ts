// A newsroom's ECharts gauge, tree-shaken (echarts/core + GaugeChart + SVGRenderer): the value as a
// progress arc, the target as the boundary of the axis colours and a second pointer, the number below.
import { GaugeChart } from 'echarts/charts';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { announceRendered, define } from './cell-tiles.ts';

use([GaugeChart, SVGRenderer]);

class EchartsGauge extends HTMLElement {
  connectedCallback(): void {
    const value = Number(this.getAttribute('value'));
    const target = Number(this.getAttribute('target'));
    const max = Math.max(value, target, 1);
    const box = document.createElement('div');
    box.style.cssText = 'width:240px;height:150px';
    this.append(box);
    const chart = init(box, null, { renderer: 'svg', width: 240, height: 150 });
    chart.on('finished', () => announceRendered(this));
    const common = {
      type: 'gauge' as const,
      min: 0,
      max,
      startAngle: 180,
      endAngle: 0,
      radius: '95%',
      center: ['50%', '80%'],
      splitLine: { show: false },
      axisTick: { show: false },
      axisLabel: { show: false },
    };
    chart.setOption({
      animation: false,
      series: [
        {
          ...common,
          progress: { show: true, width: 20, itemStyle: { color: value > target ? '#8a5a00' : '#b3261e' } },
          axisLine: {
            lineStyle: {
              width: 20,
              color: [
                [target / max, '#eaeef2'],
                [1, '#f2c063'],
              ],
            },
          },
          pointer: { show: false },
          anchor: { show: false },
          title: { offsetCenter: [0, '-95%'], fontSize: 14 },
          detail: { offsetCenter: [0, '-25%'], fontSize: 32, fontWeight: 800, formatter: '{value}' },
          data: [{ value, name: this.getAttribute('label') ?? '' }],
        },
        {
          ...common,
          axisLine: { show: false },
          pointer: { icon: 'rect', length: '25%', width: 3, offsetCenter: [0, '-75%'], itemStyle: { color: '#1f2328' } },
          title: { show: false },
          detail: { show: false },
          data: [{ value: target }],
        },
      ],
    });
  }
}

define('bench-echarts-gauge', EchartsGauge);
