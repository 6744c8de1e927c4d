// Mounting elements in the test page the way a journalist's HTML does, and waiting for their states.
import { afterEach, vi } from 'vitest';
import { clearLoadCache } from '../src/internal/load-json.ts';
import { installFakeApi, type Behaviour, type FakeApi } from './fake-api.ts';

const mounted: HTMLElement[] = [];

/**
 * Puts `markup` in a container of the given width at the end of the body and returns the container.
 * Markup is the test's own constant, as a journalist's pasted snippet would be.
 */
export function mount(markup: string, width = 360): HTMLElement {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  return container;
}

export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** The shadow root of an element, which every Chỉ Tiêu element has once defined. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root; is it defined?`);
  return root;
}

/**
 * How long a wait of these tests may take. Each takes milliseconds, but CI may share two cores with
 * workerd, a build and another Chromium: far above that, so only what never happens fails.
 */
const WAIT_MS = 30_000;

/** `vi.waitFor` with the tests' limit instead of its default of one second. */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: WAIT_MS, interval: 10 });
}

/** Waits until the element shows figures (`ready`) or a status (`loading`, `empty`, `error`). */
export async function until(element: Element, state: 'ready' | 'loading' | 'empty' | 'error', timeout = WAIT_MS): Promise<void> {
  await vi.waitFor(
    () => {
      const root = shadow(element);
      const shown = root.querySelector('figure') ? 'ready' : root.querySelector('[part="status"]')?.getAttribute('data-state');
      if (shown !== state) throw new Error(`<${element.localName}> is ${shown ?? 'blank'}, not ${state}`);
    },
    { timeout, interval: 10 },
  );
}

/**
 * For a test file whose tests each install the fake API (fake-api.ts): installs it in place of the one
 * the running test installed before, and after each test restores the page's `fetch` and clears the
 * elements' load cache.
 *
 * @example const fakeApi = fakeApiPerTest(); … const api = fakeApi('down');
 */
export function fakeApiPerTest(): (behaviour?: Behaviour) => FakeApi {
  let current: FakeApi | undefined;
  afterEach(() => {
    current?.restore();
    current = undefined;
    clearLoadCache();
  });
  return (behaviour) => {
    current?.restore();
    return (current = installFakeApi(behaviour));
  };
}
