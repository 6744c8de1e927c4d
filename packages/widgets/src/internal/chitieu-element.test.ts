import { describe, expect, it, vi } from 'vitest';
import { API } from '../../test/fake-api.ts';
import { fakeApiPerTest } from '../../test/fixture.ts';
import { ChitieuElement, type View } from './chitieu-element.ts';
import { clearLoadCache } from './load-json.ts';
import { admission } from './wire-guards.ts';

const URL_2024 = `${API}v1/organizations/muong-khuong/admissions/2024`;
const fakeApi = fakeApiPerTest();

/** The smallest element with a loader: ready with the admitted count once its read is answered. */
class Reader extends ChitieuElement<number> {
  readonly #loader = this.createLoader(admission, () => URL_2024);

  protected derive(): View<number> {
    return this.loaderStatus(this.#loader) ?? { state: 'ready', figure: this.#loader.value!.admitted };
  }

  protected render(): Element {
    const view = this.view;
    if (view.state !== 'ready') return this.renderStatus(view);
    const node = document.createElement('p');
    node.textContent = String(view.figure);
    return node;
  }
}
customElements.define('chitieu-element-test-reader', Reader);

describe('ChitieuElement', () => {
  it('forgets a read under way when it leaves the page, and reads again once it is back', async () => {
    const hanging = fakeApi('hang');
    const element = document.createElement('chitieu-element-test-reader') as Reader;
    document.body.append(element);
    await vi.waitFor(() => expect(hanging.requests).toHaveLength(1));
    element.remove();
    // The hanging request is the page's shared one; a new one is made once the element is back.
    clearLoadCache();
    fakeApi();
    document.body.append(element);
    try {
      await vi.waitFor(() => expect(element.shadowRoot!.textContent).toBe('53'));
    } finally {
      element.remove();
    }
  });
});
