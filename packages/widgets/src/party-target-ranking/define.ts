// Registers <party-target-ranking>; importing this module is the side effect.
import { defineElement } from '../internal/define-element.ts';
import { PartyTargetRanking } from './party-target-ranking.ts';

defineElement('party-target-ranking', PartyTargetRanking);

export { PartyTargetRanking };

declare global {
  interface HTMLElementTagNameMap {
    'party-target-ranking': PartyTargetRanking;
  }
}
