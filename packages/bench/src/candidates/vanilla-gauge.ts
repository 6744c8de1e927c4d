// The floor: the gauge's SVG (track, value arc up to the target, overshoot or shortfall band, target
// tick, the number and the delta sentence) written by hand as a custom element. No framework, no
// library, no data loading: the least JavaScript that draws the same picture.
import { announceRendered, define } from './cell-tiles.ts';

const RAD = Math.PI / 180;

function point(r: number, angle: number): string {
  return `${(110 + r * Math.sin(angle * RAD)).toFixed(2)} ${(110 - r * Math.cos(angle * RAD)).toFixed(2)}`;
}

function sector(a0: number, a1: number, className: string): string {
  if (a1 <= a0) return '';
  const large = a1 - a0 > 180 ? 1 : 0;
  return `<path class="${className}" d="M${point(100, a0)}A100 100 0 ${large} 1 ${point(100, a1)}L${point(80, a1)}A80 80 0 ${large} 0 ${point(80, a0)}Z"/>`;
}

class VanillaGauge extends HTMLElement {
  connectedCallback(): void {
    const value = Number(this.getAttribute('value'));
    const target = Number(this.getAttribute('target'));
    const max = Math.max(value, target, 1);
    const angle = (v: number) => -90 + (180 * v) / max;
    const delta = value - target;
    const sentence = delta > 0 ? `vượt ${delta} so với chỉ tiêu` : delta < 0 ? `còn thiếu ${-delta} so với chỉ tiêu` : 'đạt chỉ tiêu';
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:host{display:block;font:14px system-ui}svg{width:100%;max-width:240px}.track{fill:#eaeef2}.value{fill:#b3261e}.over{fill:#f2c063}.short{fill:none;stroke:#59636e;stroke-dasharray:3}line{stroke:#1f2328;stroke-width:3}b{font-size:2.75rem}</style><figure><figcaption>${this.getAttribute('label') ?? ''}</figcaption><svg viewBox="0 0 220 116" role="meter" aria-valuemin="0" aria-valuemax="${max}" aria-valuenow="${value}" aria-valuetext="${value}, ${sentence}">${sector(-90, 90, 'track')}${sector(-90, angle(Math.min(value, target)), 'value')}${sector(angle(target), angle(value), 'over')}${sector(angle(value), angle(target), 'short')}<line x1="${point(76, angle(target)).replace(' ', '" y1="')}" x2="${point(104, angle(target)).replace(' ', '" y2="')}"/></svg><b>${value}</b><p>${sentence}</p></figure>`;
    announceRendered(this);
  }
}

define('bench-vanilla-gauge', VanillaGauge);
