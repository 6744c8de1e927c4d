import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_WIDTH, embedHeight } from './embed-size.ts';

const SEED_KINDS = [...Array<'residential'>(17).fill('residential'), ...Array<'agencyOrSchool'>(8).fill('agencyOrSchool')];

describe('embedHeight', () => {
  it('gives the heights the elements have with the seed figures at their default widths', () => {
    expect(embedHeight('party-target-gauge', DEFAULT_EMBED_WIDTH['party-target-gauge'])).toBe(470);
    expect(embedHeight('party-cell-map', DEFAULT_EMBED_WIDTH['party-cell-map'], SEED_KINDS)).toBe(467);
  });

  it('grows as the column narrows, and with the number of cells', () => {
    expect(embedHeight('party-cell-map', 320, SEED_KINDS)).toBeGreaterThan(embedHeight('party-cell-map', 640, SEED_KINDS));
    expect(embedHeight('party-cell-map', 640, [...SEED_KINDS, ...SEED_KINDS, ...SEED_KINDS])).toBeGreaterThan(embedHeight('party-cell-map', 640, SEED_KINDS));
    expect(embedHeight('party-target-gauge', 320)).toBeGreaterThanOrEqual(embedHeight('party-target-gauge', 640));
  });
});
