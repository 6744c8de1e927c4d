import { describe, expect, it } from 'vitest';
import { builderHref } from './builder-link.ts';

describe('builderHref', () => {
  it('presets the builder with the element, organisation, period and pin', () => {
    expect(builderHref({ element: 'party-target-gauge', org: 'muong-khuong', period: '2024', revision: 2, asOf: null, lang: 'vi' })).toBe(
      '/builder?element=party-target-gauge&org=muong-khuong&period=2024&revision=2',
    );
    expect(builderHref({ element: 'party-cell-map', org: 'muong-khuong', period: null, revision: null, asOf: '2024-12-31', lang: 'en' })).toBe(
      '/builder?element=party-cell-map&org=muong-khuong&as-of=2024-12-31&lang=en',
    );
  });
});
