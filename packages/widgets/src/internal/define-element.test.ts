import { describe, expect, it } from 'vitest';
import { defineElement } from './define-element.ts';

describe('defineElement', () => {
  it('defines a free name, and leaves a taken one with its first definition', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('x-define-twice', First);
    expect(() => defineElement('x-define-twice', Second)).not.toThrow();
    expect(customElements.get('x-define-twice')).toBe(First);
  });
});
