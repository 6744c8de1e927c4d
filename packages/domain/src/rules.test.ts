import { describe, expect, it } from 'vitest';
import {
  CELL_COMMITTEE_MIN_FULL_MEMBERS,
  GRASSROOTS_COMMITTEE_MIN_MEMBERS,
  MAX_CELL_COMMITTEE_MEMBERS,
  MIN_CELL_FULL_MEMBERS,
  cellCommitteeEligibility,
  cellViability,
  grassrootsKind,
} from './rules.ts';

describe('rule constants', () => {
  it('encode the Charter and Regulation 29-QĐ/TW thresholds', () => {
    expect([MIN_CELL_FULL_MEMBERS, CELL_COMMITTEE_MIN_FULL_MEMBERS, MAX_CELL_COMMITTEE_MEMBERS, GRASSROOTS_COMMITTEE_MIN_MEMBERS]).toEqual([3, 9, 7, 30]);
  });
});

describe('cellViability', () => {
  it('needs at least 3 full members for a cell', () => {
    expect(cellViability(2)).toBe('tooSmall');
    expect(cellViability(3)).toBe('viable');
    expect(cellViability(0)).toBe('tooSmall');
  });

  it('says unknown when the member count is not known', () => {
    expect(cellViability(null)).toBe('unknown');
  });
});

describe('cellCommitteeEligibility', () => {
  it('lets a cell with 9 or more full members elect a committee', () => {
    expect(cellCommitteeEligibility(9)).toBe('eligible');
    expect(cellCommitteeEligibility(120)).toBe('eligible');
  });

  it('keeps a cell with 8 or fewer full members to a secretary only', () => {
    expect(cellCommitteeEligibility(8)).toBe('ineligible');
    expect(cellCommitteeEligibility(3)).toBe('ineligible');
    expect(cellCommitteeEligibility(0)).toBe('ineligible');
  });

  it('says unknown when the member count is not known', () => {
    expect(cellCommitteeEligibility(null)).toBe('unknown');
  });
});

describe('grassrootsKind', () => {
  it('makes an organisation of fewer than 30 members a chi bộ cơ sở', () => {
    expect(grassrootsKind(29)).toBe('cell');
    expect(grassrootsKind(0)).toBe('cell');
  });

  it('makes an organisation of 30 or more members a đảng bộ cơ sở', () => {
    expect(grassrootsKind(30)).toBe('committee');
    expect(grassrootsKind(454)).toBe('committee');
  });

  it('says unknown when membership is not known', () => {
    expect(grassrootsKind(null)).toBe('unknown');
  });
});

describe('bad counts', () => {
  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('are rejected with a RangeError by every rule (%s)', (bad) => {
    expect(() => cellViability(bad)).toThrow(RangeError);
    expect(() => cellCommitteeEligibility(bad)).toThrow(RangeError);
    expect(() => grassrootsKind(bad)).toThrow(RangeError);
  });
});
