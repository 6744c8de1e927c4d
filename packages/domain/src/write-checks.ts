/**
 * The Party Charter on every write: which figures a write refuses (impossible data) and which it stores
 * with a warning (data that contradicts the Charter but may be what the source says). Pure: the caller
 * passes what it knows and says where each field sits (a JSON path or a CSV column).
 */
import type { AdmissionInput } from './admission.ts';
import type { ApiIssue } from './api-error.ts';
import type { CellInput } from './cell.ts';
import { committeeStatusLabel } from './map-messages.ts';
import type { OrganizationKind } from './organization.ts';
import { parsePeriod } from './period.ts';
import { cellCommitteeEligibility, cellViability, grassrootsKind } from './rules.ts';
import { writeWarning, type WriteWarning } from './write-warning.ts';

type Path = (string | number)[];

/** What a write's figures break: refusals (the write answers 422 and stores nothing) and warnings (stored all the same). */
export type WriteChecks = { refusals: ApiIssue[]; warnings: WriteWarning[] };

/**
 * The checks of one cell, in the census of `asOf` (null when not yet known).
 *
 * @example cellChecks({ name: null, kind: 'residential', committee: 'formed', committeeFormedOn: null, fullMembers: 2 }, '2024-12-31', (f) => ['body', f]).warnings.map((w) => w.code)
 * // ['cell_too_small', 'committee_too_small']
 */
export function cellChecks(cell: CellInput, asOf: string | null, pathOf: (field: 'committee' | 'committeeFormedOn' | 'fullMembers') => Path): WriteChecks {
  const refusals: ApiIssue[] = [];
  const warnings: WriteWarning[] = [];
  if (cell.committeeFormedOn !== null && asOf !== null && cell.committeeFormedOn > asOf) {
    refusals.push({
      path: pathOf('committeeFormedOn'),
      code: 'formed_after_as_of',
      message: `a committee formed on ${cell.committeeFormedOn} cannot be in the census of ${asOf}, an earlier day`,
    });
  }
  const count = cell.fullMembers;
  if (count === null) return { refusals, warnings };
  if (cellViability(count) === 'tooSmall') warnings.push(writeWarning('cell_too_small', 'rule.cellTooSmall', { count }, pathOf('fullMembers')));
  const eligibility = cellCommitteeEligibility(count);
  if ((cell.committee === 'existing' || cell.committee === 'formed') && eligibility === 'ineligible') {
    const status = committeeStatusLabel(cell.committee, 'vi');
    warnings.push(writeWarning('committee_too_small', 'rule.committeeTooSmall', { count, status }, pathOf('committee')));
  }
  if (cell.committee === 'ineligible' && eligibility === 'eligible') {
    warnings.push(writeWarning('eligible_marked_ineligible', 'rule.eligibleMarkedIneligible', { count }, pathOf('committee')));
  }
  return { refusals, warnings };
}

function firstYear(period: string): number | null {
  const parsed = parsePeriod(period);
  if (!parsed) return null;
  return parsed.kind === 'year' ? parsed.year : parsed.start;
}

// A year wholly inside the term (not its first or last year, which it shares with the terms around it),
// or the term itself: what was admitted in it was admitted since the start of the term.
function insideTerm(period: string, term: string): boolean {
  const p = parsePeriod(period);
  const t = parsePeriod(term);
  if (!p || !t || t.kind !== 'term') return false;
  return p.kind === 'year' ? p.year > t.start && p.year < t.end : p.key === t.key;
}

/**
 * The checks of an admission record for `period`.
 *
 * @example admissionChecks('2024', { ...record, admitted: 53, termToDate: { term: '2020-2025', admitted: 40 } }, (f) => ['body', f]).refusals[0]?.code
 * // 'term_to_date_below_period'
 */
export function admissionChecks(
  period: string,
  input: Pick<AdmissionInput, 'admitted' | 'asOf' | 'termToDate' | 'totalMembers'>,
  pathOf: (field: 'asOf' | 'termToDateAdmitted' | 'totalMembers') => Path,
): WriteChecks {
  const refusals: ApiIssue[] = [];
  const warnings: WriteWarning[] = [];
  const start = firstYear(period);
  if (start !== null && input.asOf < `${String(start).padStart(4, '0')}-01-01`) {
    refusals.push({
      path: pathOf('asOf'),
      code: 'as_of_before_period',
      message: `figures of ${period} cannot be as of ${input.asOf}, before the period began`,
    });
  }
  const { termToDate } = input;
  if (termToDate && input.admitted > termToDate.admitted && insideTerm(period, termToDate.term)) {
    refusals.push({
      path: pathOf('termToDateAdmitted'),
      code: 'term_to_date_below_period',
      message: `${termToDate.admitted} admitted since the start of ${termToDate.term} cannot be fewer than the ${input.admitted} admitted in ${period}, which is part of it`,
    });
  }
  if (input.totalMembers !== null && input.totalMembers < input.admitted) {
    warnings.push(
      writeWarning('total_below_admitted', 'rule.totalBelowAdmitted', { total: input.totalMembers, admitted: input.admitted }, pathOf('totalMembers')),
    );
  }
  return { refusals, warnings };
}

/**
 * The warning when a grassroots organisation has subordinate cells but fewer than 30 members: by the
 * Charter it is then a "chi bộ cơ sở", without cells of its own. `members` is its latest known
 * membership (null: unknown, so no warning); `cells` the live cells of its census.
 *
 * @example grassrootsWarning('grassroots', { members: 25, cells: 4 }, ['body', 'totalMembers'])?.code // 'grassroots_too_small_for_cells'
 */
export function grassrootsWarning(kind: OrganizationKind, figures: { members: number | null; cells: number }, path: Path): WriteWarning | null {
  if (kind !== 'grassroots' || figures.cells === 0 || grassrootsKind(figures.members) !== 'cell') return null;
  return writeWarning('grassroots_too_small_for_cells', 'rule.grassrootsTooSmallForCells', { members: figures.members ?? 0, cells: figures.cells }, path);
}

/** How a rule answers: 400 (the body does not fit the schema), 422 (refused, nothing stored) or a warning (stored). */
export type RuleOutcome = 'refused (400)' | 'refused (422)' | 'warning';

/** Every rule a write is checked against, for the API's documentation. */
export const WRITE_RULES: readonly { code: string; writes: string; outcome: RuleOutcome; rule: string }[] = [
  {
    code: '(schema)',
    writes: 'all',
    outcome: 'refused (400)',
    rule: 'counts are whole numbers of 0 or more (admitted, targets, members); unknown fields, malformed days and periods are refused',
  },
  { code: '(schema)', writes: 'cells', outcome: 'refused (400)', rule: '`committeeFormedOn` only with `committee: "formed"`' },
  { code: '(schema)', writes: 'organisations', outcome: 'refused (400)', rule: '`validFrom` not after `validTo`; successors only with `validTo`, each once' },
  {
    code: 'after_valid_to',
    writes: 'admissions, cells, imports',
    outcome: 'refused (422)',
    rule: 'figures as of a day after the organisation closed (`validTo`) belong to its successors',
  },
  {
    code: 'before_valid_from',
    writes: 'admissions, cells, imports',
    outcome: 'refused (422)',
    rule: 'figures as of a day before the organisation existed (`validFrom`)',
  },
  { code: 'census_term_differs', writes: 'cells, imports', outcome: 'refused (422)', rule: 'a census keeps its term: another term needs another day' },
  {
    code: 'census_needs_sources',
    writes: 'cells, imports',
    outcome: 'refused (422)',
    rule: 'a write that starts a census (a day with none yet) gives its sources',
  },
  { code: 'formed_after_as_of', writes: 'cells, imports', outcome: 'refused (422)', rule: '`committeeFormedOn` is on or before the census day' },
  {
    code: 'as_of_before_period',
    writes: 'admissions, imports',
    outcome: 'refused (422)',
    rule: '`asOf` is not before the period began (1 January of the year, or of the term’s first year)',
  },
  {
    code: 'term_to_date_below_period',
    writes: 'admissions, imports',
    outcome: 'refused (422)',
    rule: '`termToDate.admitted` is not below `admitted` when the period is part of that term (a year strictly inside it, or the term itself)',
  },
  { code: 'cell_too_small', writes: 'cells, imports', outcome: 'warning', rule: 'a cell needs at least 3 full members (Charter art. 21)' },
  {
    code: 'committee_too_small',
    writes: 'cells, imports',
    outcome: 'warning',
    rule: 'a cell committee (`existing`, `formed`) needs 9 or more full members (Regulation 29-QĐ/TW)',
  },
  { code: 'eligible_marked_ineligible', writes: 'cells, imports', outcome: 'warning', rule: '`committee: "ineligible"` with 9 or more full members' },
  {
    code: 'grassroots_too_small_for_cells',
    writes: 'organisations, admissions, cells, imports',
    outcome: 'warning',
    rule: 'a grassroots organisation with fewer than 30 members (its latest `totalMembers`) is a chi bộ cơ sở and has no subordinate cells (Charter art. 21)',
  },
  { code: 'total_below_admitted', writes: 'admissions, imports', outcome: 'warning', rule: '`totalMembers` below the members `admitted` in the period' },
];
