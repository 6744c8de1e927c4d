// Events the elements fire when their figures are shown or cannot be: pages that embed them may want
// to resize an iframe, hide their own placeholder, or log a failure.
import type { Failure } from './chitieu-element.ts';

/** Bubbling out of the element's shadow and the page's own, as both events do. */
const SEEN = { bubbles: true, composed: true };

/** The element now shows its figures. */
export class ChitieuLoadEvent extends Event {
  static readonly type = 'chitieu-load';

  constructor() {
    super(ChitieuLoadEvent.type, SEEN);
  }
}

/** The element shows its error state (with the journalist's fallback text) instead of figures. */
export class ChitieuErrorEvent extends Event {
  static readonly type = 'chitieu-error';

  constructor(readonly failure: Failure) {
    super(ChitieuErrorEvent.type, SEEN);
  }
}

declare global {
  interface HTMLElementEventMap {
    'chitieu-load': ChitieuLoadEvent;
    'chitieu-error': ChitieuErrorEvent;
  }
}
