// Party organisation rules from the Party Charter (art. 21, 24) and Regulation 29-QĐ/TW (2016); knows nothing of formats or storage.

/** A cell (chi bộ) needs at least 3 full members. */
export const MIN_CELL_FULL_MEMBERS = 3;
/** A cell elects a cell committee (chi ủy) only with 9 or more full members; smaller ones elect a secretary. */
export const CELL_COMMITTEE_MIN_FULL_MEMBERS = 9;
/** A cell committee has at most 7 members. */
export const MAX_CELL_COMMITTEE_MEMBERS = 7;
/** A grassroots organisation with 30 or more members is a "đảng bộ cơ sở"; below that, a "chi bộ cơ sở". */
export const GRASSROOTS_COMMITTEE_MIN_MEMBERS = 30;

export type CellViability = 'viable' | 'tooSmall' | 'unknown';
export type CellCommitteeEligibility = 'eligible' | 'ineligible' | 'unknown';
export type GrassrootsKind = 'cell' | 'committee' | 'unknown';

// Counts come from newsroom data entry; a negative or fractional member count is a typo that must
// surface, not be rounded into a plausible answer.
function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number of 0 or more, got ${value}`);
  }
}

/**
 * Whether a cell has the 3 full members a cell needs. `null` (the source does not say) gives 'unknown'.
 *
 * @throws {RangeError} for a negative, fractional or non-finite count.
 * @example cellViability(2) // 'tooSmall'
 */
export function cellViability(fullMembers: number | null): CellViability {
  if (fullMembers === null) return 'unknown';
  assertCount(fullMembers, 'fullMembers');
  return fullMembers >= MIN_CELL_FULL_MEMBERS ? 'viable' : 'tooSmall';
}

/**
 * Whether a cell may elect a cell committee: 9 or more full members. Probationary members do not
 * count. `null` (the source does not say) gives 'unknown', never a guess.
 *
 * @throws {RangeError} for a negative, fractional or non-finite count.
 * @example cellCommitteeEligibility(9) // 'eligible'
 * @example cellCommitteeEligibility(8) // 'ineligible'
 * @example cellCommitteeEligibility(null) // 'unknown'
 */
export function cellCommitteeEligibility(fullMembers: number | null): CellCommitteeEligibility {
  if (fullMembers === null) return 'unknown';
  assertCount(fullMembers, 'fullMembers');
  return fullMembers >= CELL_COMMITTEE_MIN_FULL_MEMBERS ? 'eligible' : 'ineligible';
}

/**
 * What a grassroots organisation is by its membership (full and probationary members): under 30 a
 * "chi bộ cơ sở" ('cell'), 30 or more a "đảng bộ cơ sở" with subordinate cells ('committee').
 * This is the general rule; the superior committee may decide otherwise in special cases, which
 * only the source can tell. `null` gives 'unknown'.
 *
 * @throws {RangeError} for a negative, fractional or non-finite count.
 * @example grassrootsKind(454) // 'committee' (Đảng bộ thị trấn Mường Khương, 2024)
 * @example grassrootsKind(29) // 'cell'
 */
export function grassrootsKind(members: number | null): GrassrootsKind {
  if (members === null) return 'unknown';
  assertCount(members, 'members');
  return members >= GRASSROOTS_COMMITTEE_MIN_MEMBERS ? 'committee' : 'cell';
}
