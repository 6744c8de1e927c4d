// A newsroom's Chart.js gauge: a half doughnut (value up to the target, then overshoot or shortfall),
// a plugin drawing the target marker across the ring and the number in the middle. Tree-shaken
// (Chart + DoughnutController + ArcElement), canvas, no animation.
import { ArcElement, Chart, DoughnutController, type Plugin } from 'chart.js';
import { announceRendered, define } from './cell-tiles.ts';

Chart.register(DoughnutController, ArcElement);

class ChartjsGauge extends HTMLElement {
  connectedCallback(): void {
    const value = Number(this.getAttribute('value'));
    const target = Number(this.getAttribute('target'));
    const max = Math.max(value, target, 1);
    const canvas = document.createElement('canvas');
    canvas.width = 240;
    canvas.height = 150;
    this.append(canvas);
    const marker: Plugin<'doughnut'> = {
      id: 'target-marker',
      afterDatasetsDraw(chart) {
        const arc = chart.getDatasetMeta(0).data[0] as unknown as { x: number; y: number; innerRadius: number; outerRadius: number };
        const angle = Math.PI + (Math.PI * target) / max;
        const { ctx } = chart;
        ctx.save();
        ctx.strokeStyle = '#1f2328';
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.moveTo(arc.x + Math.cos(angle) * (arc.innerRadius - 4), arc.y + Math.sin(angle) * (arc.innerRadius - 4));
        ctx.lineTo(arc.x + Math.cos(angle) * (arc.outerRadius + 4), arc.y + Math.sin(angle) * (arc.outerRadius + 4));
        ctx.stroke();
        ctx.fillStyle = '#1f2328';
        ctx.font = '800 32px system-ui';
        ctx.textAlign = 'center';
        ctx.fillText(String(value), arc.x, arc.y - 8);
        ctx.restore();
      },
      afterRender: () => announceRendered(this),
    };
    const over = value > target;
    new Chart(canvas, {
      type: 'doughnut',
      data: {
        datasets: [
          {
            data: over ? [target, value - target] : [value, target - value],
            backgroundColor: over ? ['#b3261e', '#f2c063'] : ['#b3261e', '#eaeef2'],
            borderWidth: 0,
          },
        ],
      },
      options: { rotation: -90, circumference: 180, cutout: '75%', responsive: false, animation: false, events: [] },
      plugins: [marker],
    });
  }
}

define('bench-chartjs-gauge', ChartjsGauge);
