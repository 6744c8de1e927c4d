import { describe, expect, it } from 'vitest';
import { parseAbArgs } from './ab.ts';

describe('parseAbArgs', () => {
  it('reads the two folders, the scenario, the rounds and the phone flag wherever it stands', () => {
    expect(parseAbArgs(['x/a', 'y/b', 'maps', '20'])).toEqual({ dirs: { a: 'x/a', b: 'y/b' }, scenario: 'maps', rounds: 20, phone: false });
    expect(parseAbArgs(['--phone', 'x/a', 'y/b', 'gauges'])).toEqual({ dirs: { a: 'x/a', b: 'y/b' }, scenario: 'gauges', rounds: 14, phone: true });
  });

  it('refuses a missing folder, an unknown scenario, bad rounds and extra arguments, with the usage', () => {
    expect(() => parseAbArgs(['x/a', 'y/b'])).toThrow(/scenario must be one of gauges, maps/);
    expect(() => parseAbArgs(['x/a'])).toThrow(/usage: node src\/ab\.ts/);
    expect(() => parseAbArgs(['x/a', 'y/b', 'charts'])).toThrow(/scenario must be one of/);
    expect(() => parseAbArgs(['x/a', 'y/b', 'maps', '0'])).toThrow(/rounds must be a whole number ≥ 1, got 0/);
    expect(() => parseAbArgs(['x/a', 'y/b', 'maps', '2.5'])).toThrow(/rounds must be a whole number/);
    expect(() => parseAbArgs(['x/a', 'y/b', 'maps', '3', 'more'])).toThrow(/usage/);
  });
});
