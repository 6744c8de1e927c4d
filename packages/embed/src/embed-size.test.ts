import { describe, expect, it } from 'vitest';
import { EMBED_ELEMENT_SPECS } from './embed-elements.ts';
import { embedHeight, embedHeightSteps } from './embed-size.ts';

const SEED_KINDS = [...Array<'residential'>(17).fill('residential'), ...Array<'agencyOrSchool'>(8).fill('agencyOrSchool')];

describe('embedHeight', () => {
  it('gives the heights the elements have with the seed figures at their default widths', () => {
    expect(embedHeight('party-target-gauge', EMBED_ELEMENT_SPECS['party-target-gauge'].defaultWidth)).toBe(399);
    expect(embedHeight('party-cell-map', EMBED_ELEMENT_SPECS['party-cell-map'].defaultWidth, SEED_KINDS)).toBe(410);
  });

  it('grows as the column narrows, and with the number of cells', () => {
    expect(embedHeight('party-cell-map', 320, SEED_KINDS)).toBeGreaterThan(embedHeight('party-cell-map', 640, SEED_KINDS));
    expect(embedHeight('party-cell-map', 640, [...SEED_KINDS, ...SEED_KINDS, ...SEED_KINDS])).toBeGreaterThan(embedHeight('party-cell-map', 640, SEED_KINDS));
    expect(embedHeight('party-target-gauge', 320)).toBeGreaterThanOrEqual(embedHeight('party-target-gauge', 640));
  });
});

describe('embedHeight of a ranking', () => {
  it('grows with its rows up to 40, then stays, as the element scrolls within itself', () => {
    const h = (rows: number) => embedHeight('party-target-ranking', 640, [], { rows, withTotal: false });
    expect(h(22)).toBeGreaterThan(h(5));
    expect(h(40)).toBeGreaterThan(h(22));
    expect(h(41)).toBe(h(40));
    expect(h(120)).toBe(h(40));
  });
});

describe('embedHeight of a ranking with its total', () => {
  it('is taller with the organisation’s own total and difference above the rows, and with a phone’s taller rows', () => {
    expect(embedHeight('party-target-ranking', 640, [], { rows: 5, withTotal: true })).toBeGreaterThan(
      embedHeight('party-target-ranking', 640, [], { rows: 5, withTotal: false }),
    );
    expect(
      embedHeight('party-target-ranking', 320, [], { rows: 5, withTotal: false }) - embedHeight('party-target-ranking', 320, [], { rows: 0, withTotal: false }),
    ).toBe(5 * 64);
    expect(
      embedHeight('party-target-ranking', 640, [], { rows: 5, withTotal: false }) - embedHeight('party-target-ranking', 640, [], { rows: 0, withTotal: false }),
    ).toBe(5 * 48);
  });
});

describe('embedHeightSteps', () => {
  it('lists embedHeight at each width where it changes, narrowest first', () => {
    expect(embedHeightSteps('party-target-gauge')).toEqual([
      [280, 460],
      [340, 441],
      [350, 419],
      [380, 399],
      [480, 384],
    ]);
    const steps = embedHeightSteps('party-cell-map', SEED_KINDS);
    for (const width of [280, 320, 400, 517, 640, 1000]) {
      expect(steps.findLast(([from]) => width >= from)?.[1]).toBe(embedHeight('party-cell-map', width, SEED_KINDS));
    }
  });
});
