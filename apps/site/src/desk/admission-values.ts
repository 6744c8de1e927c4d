/**
 * The admissions form's values (what is typed, kept as a draft) and the body of its PUT: exactly the
 * API's AdmissionInput, checked by the domain's schema and write rules before anything is sent. Pure:
 * knows the domain, not the DOM. Shares are typed as percentages and stored as fractions.
 */
import {
  admissionChecks,
  AdmissionInputSchema,
  BREAKDOWN_KEYS,
  PeriodSchema,
  validityIssue,
  type AdmissionInput,
  type BreakdownKey,
  type BreakdownValue,
  type Organization,
  type WriteWarning,
} from '@chitieu/domain';
import { problemsOf, type FieldProblem } from './form-problems.ts';
import { emptySource, sourceInput, sourceValues, type SourceValues } from './source-values.ts';

/** One group of the breakdown as typed: nothing, an exact figure, or bounds ("hơn 60%"). */
export interface BreakdownValues {
  readonly mode: 'none' | 'exact' | 'bounds';
  readonly unit: 'members' | 'share';
  readonly exact: string;
  readonly min: string;
  readonly minExclusive: boolean;
  readonly max: string;
  readonly maxExclusive: boolean;
  readonly note: string;
}

/** What the admissions form holds; figures as typed. */
export interface AdmissionValues {
  readonly period: string;
  readonly admitted: string;
  readonly targetMode: 'none' | 'single' | 'range';
  readonly target: string;
  readonly targetMin: string;
  readonly targetMax: string;
  readonly termToDateTerm: string;
  readonly termToDateAdmitted: string;
  readonly totalMembers: string;
  readonly asOf: string;
  readonly breakdown: Readonly<Record<BreakdownKey, BreakdownValues>>;
  readonly sources: readonly SourceValues[];
}

const EMPTY_GROUP: BreakdownValues = { mode: 'none', unit: 'members', exact: '', min: '', minExclusive: false, max: '', maxExclusive: false, note: '' };

/** An empty form (one empty source to fill). */
export function emptyAdmissions(period: string | null): AdmissionValues {
  return {
    period: period ?? '',
    admitted: '',
    targetMode: 'single',
    target: '',
    targetMin: '',
    targetMax: '',
    termToDateTerm: '',
    termToDateAdmitted: '',
    totalMembers: '',
    asOf: '',
    breakdown: Object.fromEntries(BREAKDOWN_KEYS.map((key) => [key, EMPTY_GROUP])) as Record<BreakdownKey, BreakdownValues>,
    sources: [emptySource()],
  };
}

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
// Shares are fractions on the wire and percentages on screen; toPrecision drops the binary noise of ×100 and ÷100.
const percent = (value: number | null): string => (value === null ? '' : String(Number((value * 100).toPrecision(12))));

function groupValues(value: BreakdownValue | undefined): BreakdownValues {
  if (value === undefined) return EMPTY_GROUP;
  const show = value.unit === 'share' ? percent : text;
  return {
    mode: value.exact !== null ? 'exact' : 'bounds',
    unit: value.unit,
    exact: show(value.exact),
    min: show(value.min),
    minExclusive: value.minExclusive,
    max: show(value.max),
    maxExclusive: value.maxExclusive,
    note: value.note ?? '',
  };
}

/** The form's values for a stored record of `period`. */
export function admissionValues(period: string, record: AdmissionInput): AdmissionValues {
  const target = record.target;
  return {
    period,
    admitted: text(record.admitted),
    targetMode: target === null ? 'none' : target.min === target.max ? 'single' : 'range',
    target: target !== null && target.min === target.max ? text(target.min) : '',
    targetMin: target !== null && target.min !== target.max ? text(target.min) : '',
    targetMax: target !== null && target.min !== target.max ? text(target.max) : '',
    termToDateTerm: record.termToDate?.term ?? '',
    termToDateAdmitted: text(record.termToDate?.admitted),
    totalMembers: text(record.totalMembers),
    asOf: record.asOf,
    breakdown: Object.fromEntries(BREAKDOWN_KEYS.map((key) => [key, groupValues(record.breakdown[key])])) as Record<BreakdownKey, BreakdownValues>,
    sources: record.sources.length > 0 ? record.sources.map(sourceValues) : [emptySource()],
  };
}

/**
 * A typed figure as the schema should see it: a number when it reads as one (thousands may be
 * grouped with dots or spaces, as Vietnamese write 1.783), '' as absent, anything else as the text
 * itself so the schema names the problem.
 *
 * @example figure('1.783') // 1783
 * @example figure('') // undefined
 */
export function figure(typed: string): number | string | undefined {
  const value = typed.trim();
  if (value === '') return undefined;
  if (/^\d{1,3}([. ]\d{3})+$/.test(value)) return Number(value.replace(/[. ]/g, ''));
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : value;
}

function share(typed: string, unit: BreakdownValues['unit']): number | string | null {
  const value = figure(typed);
  if (value === undefined) return null;
  return unit === 'share' && typeof value === 'number' ? Number((value / 100).toPrecision(12)) : value;
}

function groupInput(group: BreakdownValues): unknown {
  return {
    unit: group.unit,
    exact: group.mode === 'exact' ? share(group.exact, group.unit) : null,
    min: group.mode === 'bounds' ? share(group.min, group.unit) : null,
    max: group.mode === 'bounds' ? share(group.max, group.unit) : null,
    minExclusive: group.mode === 'bounds' && group.minExclusive,
    maxExclusive: group.mode === 'bounds' && group.maxExclusive,
    note: group.note.trim() === '' ? null : group.note,
  };
}

function targetInput(values: AdmissionValues): unknown {
  if (values.targetMode === 'none') return null;
  if (values.targetMode === 'single') {
    const target = figure(values.target);
    return { min: target, max: target };
  }
  return { min: figure(values.targetMin), max: figure(values.targetMax) };
}

/** The candidate body, before the schema checks it. */
function candidate(values: AdmissionValues): unknown {
  const term = values.termToDateTerm.trim();
  const termAdmitted = figure(values.termToDateAdmitted);
  return {
    admitted: figure(values.admitted),
    target: targetInput(values),
    breakdown: Object.fromEntries(BREAKDOWN_KEYS.filter((key) => values.breakdown[key].mode !== 'none').map((key) => [key, groupInput(values.breakdown[key])])),
    termToDate: term === '' && termAdmitted === undefined ? null : { term, admitted: termAdmitted },
    totalMembers: figure(values.totalMembers) ?? null,
    asOf: values.asOf.trim(),
    sources: values.sources.filter((source) => !sourceIsEmpty(source)).map(sourceInput),
  };
}

function sourceIsEmpty(source: SourceValues): boolean {
  return [source.publisher, source.title, source.url, source.publishedOn].every((field) => field.trim() === '');
}

/** What checking the values found: the body to send, or the problems; and the warnings the write would answer. */
export type AdmissionCheck =
  | { readonly ok: true; readonly input: AdmissionInput; readonly period: string; readonly warnings: readonly WriteWarning[] }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/**
 * Checks the values as the server will: the period, the domain's schema, the validity window of the
 * organisation as the form read it, and the write rules (refusals and warnings).
 */
export function checkAdmissions(
  values: AdmissionValues,
  organization: Pick<Organization, 'slug' | 'validFrom' | 'validTo' | 'successors'> | null,
): AdmissionCheck {
  const period = PeriodSchema.safeParse(values.period.trim());
  const parsed = AdmissionInputSchema.safeParse(candidate(values));
  const problems = [
    ...(period.success ? [] : problemsOf(period.error.issues.map((issue) => ({ ...issue, path: ['period'] })))),
    ...(parsed.success ? [] : problemsOf(parsed.error.issues)),
  ];
  // Sources are counted among what is typed: an empty list gets its problem on the first source.
  const located = problems.map((problem) => (problem.path === 'sources' ? { ...problem, path: 'sources.0' } : problem));
  if (!parsed.success || !period.success) return { ok: false, problems: located };
  const input = parsed.data;
  const outside = organization === null ? null : validityIssue(organization, input.asOf, ['asOf']);
  const checks = admissionChecks(period.data, input, (field) => (field === 'termToDateAdmitted' ? ['termToDate', 'admitted'] : [field]));
  const refusals = [...(outside ? [outside] : []), ...checks.refusals];
  if (refusals.length > 0) return { ok: false, problems: problemsOf(refusals) };
  return { ok: true, input, period: period.data, warnings: checks.warnings };
}
