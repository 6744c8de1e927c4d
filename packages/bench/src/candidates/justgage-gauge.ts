// A newsroom's JustGage gauge (JustGage 2: no Raphaël, native SVG): a half gauge of the value, the
// target as its target line, the number below and the label as its title; no animation, a fixed
// size (so it reads no layout).
import { JustGage } from 'justgage';
import { announceRendered, define } from './cell-tiles.ts';

class JustgageGauge extends HTMLElement {
  connectedCallback(): void {
    const value = Number(this.getAttribute('value'));
    const target = Number(this.getAttribute('target'));
    new JustGage({
      parentNode: this,
      width: 240,
      height: 150,
      value,
      min: 0,
      max: Math.max(value, target, 1),
      title: this.getAttribute('label') ?? '',
      targetLine: target,
      targetLineColor: '#1f2328',
      targetLineWidth: 3,
      gaugeColor: '#eaeef2',
      levelColors: ['#b3261e'],
      startAnimationTime: 0,
      refreshAnimationTime: 0,
      onAnimationEnd: () => announceRendered(this),
    });
  }
}

define('bench-justgage-gauge', JustgageGauge);
