import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventually } from '../../test/fixture.ts';
import { watchElements } from './element-loader.ts';

// Each test watches a root of its own, removed after it: nothing changes in it again, so its watch goes quiet.
const roots: HTMLElement[] = [];

function root(markup = ''): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = markup;
  document.body.append(element);
  roots.push(element);
  return element;
}

function watch(target: HTMLElement, tags: string[], fail: string[] = []) {
  const calls: string[] = [];
  const imports = Object.fromEntries(
    tags.map((tag) => [tag, () => (calls.push(tag), fail.includes(tag) ? Promise.reject(new Error('offline')) : Promise.resolve())]),
  );
  watchElements(target, imports);
  return calls;
}

afterEach(() => {
  for (const element of roots.splice(0)) element.remove();
  vi.restoreAllMocks();
});

describe('watchElements', () => {
  it('imports the module of each element already on the page, and of no other', () => {
    const calls = watch(root('<p><x-gauge></x-gauge><x-gauge></x-gauge></p>'), ['x-gauge', 'x-map']);
    expect(calls).toEqual(['x-gauge']);
  });

  it('imports an element added later, inside added markup too, once', async () => {
    const target = root();
    const calls = watch(target, ['x-gauge', 'x-map']);
    target.append(document.createElement('x-map'));
    const section = document.createElement('section');
    section.innerHTML = '<div><x-gauge></x-gauge></div>';
    target.append(section);
    target.append(document.createElement('x-gauge'));
    await eventually(() => expect(calls).toEqual(['x-map', 'x-gauge']));
  });

  it('tries again when the element is added after its module failed to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const target = root('<x-gauge></x-gauge>');
    const calls = watch(target, ['x-gauge'], ['x-gauge']);
    await eventually(() => expect(warn).toHaveBeenCalledOnce());
    target.append(document.createElement('x-gauge'));
    await eventually(() => expect(calls).toEqual(['x-gauge', 'x-gauge']));
  });
});
