// Inline figures for the render pages, the same for every candidate: 100 gauges of one period, and
// maps of 128 cells of every kind and status, in the API's wire shape so <party-cell-map> accepts them.
import { CELL_KINDS, COMMITTEE_STATUSES, type Cell } from '@chitieu/domain';

export interface GaugeFixture {
  readonly label: string;
  readonly value: number;
  readonly target: number;
}

/** Values spread below, at and above a target of 20, so every arc kind is drawn. */
export function gaugeFixtures(count: number): GaugeFixture[] {
  return Array.from({ length: count }, (_, i) => ({ label: `Chi bộ ${i + 1}`, value: 4 + ((i * 7) % 53), target: 20 }));
}

/** `count` cells cycling through kinds and statuses; every third one unnamed, as sources often leave them. */
export function cellFixtures(count: number): Cell[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `chi-bo-${i + 1}`,
    name: i % 3 === 2 ? null : `Chi bộ ${i + 1}`,
    kind: CELL_KINDS[i % 4]!,
    committee: COMMITTEE_STATUSES[(i * 3) % COMMITTEE_STATUSES.length]!,
    committeeFormedOn: null,
    fullMembers: i % 5 === 0 ? null : 3 + (i % 20),
  }));
}
