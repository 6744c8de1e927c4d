// Registers <party-cell-map>; importing this module is the side effect.
import { defineElement } from '../internal/define-element.ts';
import { PartyCellMap } from './party-cell-map.ts';

defineElement('party-cell-map', PartyCellMap);

export { PartyCellMap };

declare global {
  interface HTMLElementTagNameMap {
    'party-cell-map': PartyCellMap;
  }
}
