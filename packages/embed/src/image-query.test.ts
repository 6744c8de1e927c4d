import { SVG_MAX_WIDTH, SVG_MIN_WIDTH } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { imageQueryEntries } from './image-query.ts';

describe('imageQueryEntries', () => {
  const at = (width: number) => imageQueryEntries('party-cell-map', { org: 'a', width }).width;

  it('keeps the width within the renderer’s range, the domain’s, rounded; none outside it', () => {
    expect([at(SVG_MIN_WIDTH - 1), at(SVG_MIN_WIDTH), at(358.4), at(SVG_MAX_WIDTH), at(SVG_MAX_WIDTH + 1)]).toEqual([
      null,
      SVG_MIN_WIDTH,
      358,
      SVG_MAX_WIDTH,
      null,
    ]);
  });

  it('pins as the element reads, leaves the defaults out and reads `lang` as the element does', () => {
    expect(imageQueryEntries('party-target-gauge', { org: 'a', period: '2024', revision: '2', asOf: '2024-12-31', lang: ' en-GB', dark: true })).toEqual({
      org: 'a',
      period: '2024',
      revision: '2',
      'as-of': undefined,
      lang: 'en',
      'color-scheme': 'dark',
      width: null,
      label: undefined,
    });
    expect(imageQueryEntries('party-cell-map', { org: 'a', period: '2024', asOf: '2024-12-31', lang: 'vi', label: ' ' })).toEqual({
      org: 'a',
      period: null,
      revision: undefined,
      'as-of': '2024-12-31',
      lang: null,
      'color-scheme': null,
      width: null,
      label: '',
    });
    expect(imageQueryEntries('party-target-ranking', { org: 'a', period: '2024', revision: '2', lang: 'english' }).lang).toBeNull();
  });
});
