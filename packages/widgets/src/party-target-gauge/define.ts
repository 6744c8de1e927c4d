// Registers <party-target-gauge>; importing this module is the side effect.
import { defineElement } from '../internal/define-element.ts';
import { PartyTargetGauge } from './party-target-gauge.ts';

defineElement('party-target-gauge', PartyTargetGauge);

export { PartyTargetGauge };

declare global {
  interface HTMLElementTagNameMap {
    'party-target-gauge': PartyTargetGauge;
  }
}
