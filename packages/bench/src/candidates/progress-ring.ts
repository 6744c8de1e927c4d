// What the two progress-ring peers share (Web Awesome's <wa-progress-ring> and Shoelace's
// <sl-progress-ring>, both Lit elements with the same API): a custom element that shows a figure as
// a ring of progress toward its target, the number in the ring's label slot and the sentence below,
// as a newsroom developer would wire it. A ring cannot draw an overshoot or a target tick, so it
// draws less than our gauge; its cost is what is measured. The theme's CSS is not loaded (its
// stylesheet would add to the peer's payload): the colours are set on the element.
import { announceRendered, define } from './cell-tiles.ts';

/** The part of a Lit progress ring the wrapper uses. */
interface ProgressRing extends HTMLElement {
  value: number;
  label: string;
  readonly updateComplete: Promise<boolean>;
}

const RING_STYLE =
  '--size:160px;--track-width:20px;--indicator-width:20px;--track-color:#eaeef2;--indicator-color:#b3261e;--indicator-transition-duration:0s;font:800 2rem system-ui';

/** Registers `tag`: an element with `value`, `target` and `label` attributes drawn with the progress ring `ringTag`. */
export function defineRingGauge(tag: string, ringTag: string): void {
  class RingGauge extends HTMLElement {
    async connectedCallback(): Promise<void> {
      const value = Number(this.getAttribute('value'));
      const target = Number(this.getAttribute('target'));
      const label = this.getAttribute('label') ?? '';
      const delta = value - target;
      const ring = document.createElement(ringTag) as ProgressRing;
      ring.value = target > 0 ? Math.min(100, (value / target) * 100) : 100;
      ring.label = label;
      ring.style.cssText = RING_STYLE;
      ring.textContent = String(value);
      const caption = document.createElement('p');
      caption.textContent = `${label}: ${delta > 0 ? `vượt ${delta} so với chỉ tiêu` : delta < 0 ? `còn thiếu ${-delta} so với chỉ tiêu` : 'đạt chỉ tiêu'}`;
      this.append(ring, caption);
      // A ring sets its indicator's offset in updated(), which asks for a second update: wait for both.
      while (!(await ring.updateComplete));
      announceRendered(this);
    }
  }
  define(tag, RingGauge);
}
