/**
 * The decisions of "From an article": which record field each proposed figure would fill, the
 * highlights of the text, and the admissions records the accepted (or corrected) figures make,
 * merged over what is already stored. Pure: the screen (extract-view.ts) draws and sends.
 */
import type { AdmissionInput, AdmissionResponse, Source, Target } from '@chitieu/domain';
import type { ExtractedFigure, Span } from '@chitieu/domain/extract';

/** The admissions fields a figure can fill; everything else the reader finds is shown for reference. */
const ADMISSION_FIELDS = ['admitted', 'target', 'termToDate', 'totalMembers'] as const;
type AdmissionField = (typeof ADMISSION_FIELDS)[number];

/** The value a figure gives its field: a count, a target, or (for a named cell) its name. */
export type FigureValue = number | Target | string;

/** What the person decided about one figure; `value` is their correction, absent when they took the reader's. */
export interface FigureChoice {
  readonly decision: 'pending' | 'accepted' | 'dropped';
  readonly value?: FigureValue;
}

/** Where a figure would go: an admissions field of its period, one named cell, or nowhere (reference only). */
export type FigureTarget = { readonly record: 'admissions'; readonly field: AdmissionField } | { readonly record: 'cell' } | { readonly record: null };

/** The record and field `figure` would fill (the same rules as the reader's own record drafts). */
export function figureTarget(figure: ExtractedFigure): FigureTarget {
  switch (figure.type) {
    case 'admitted':
    case 'totalMembers':
      return { record: 'admissions', field: figure.type };
    case 'target':
      // A per-year target of a term is no record's target: the record of the term holds the term's.
      return figure.perYear ? { record: null } : { record: 'admissions', field: 'target' };
    case 'termToDate':
      return figure.term === null ? { record: null } : { record: 'admissions', field: 'termToDate' };
    case 'namedCell':
      return { record: 'cell' };
    default:
      return { record: null };
  }
}

/** The figure's value as the reader proposed it, in the shape its field stores (a term-to-date is its count). */
export function proposedValue(figure: ExtractedFigure): FigureValue | null {
  switch (figure.type) {
    case 'admitted':
    case 'totalMembers':
    case 'termToDate':
    case 'target':
    case 'namedCell':
      return figure.value;
    default:
      return null;
  }
}

/** The value to write: the person's correction, else the reader's. */
export function chosenValue(figure: ExtractedFigure, choice: FigureChoice | undefined): FigureValue | null {
  return choice?.value ?? proposedValue(figure);
}

/** A count or a target as people write it: `20`, `40–45`. */
export function formatValue(value: FigureValue | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return value.min === value.max ? String(value.min) : `${value.min}–${value.max}`;
  return String(value);
}

/** One highlight: the union of overlapping figure spans, and the figures (by index) it carries. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly figures: readonly number[];
}

/** A piece of the text: plain, or highlighted as mark number `mark`. */
export type TextPiece = { readonly text: string; readonly mark: null } | { readonly text: string; readonly mark: number };

/**
 * The highlights of the text: figures whose spans overlap share one mark (a target derived from
 * "vượt 33" sits on the same words as the overshoot), so the rendering never nests marks.
 */
export function marksOf(figures: readonly { readonly span: Span }[]): Mark[] {
  const order = figures.map((figure, index) => ({ ...figure.span, index })).sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: { start: number; end: number; figures: number[] }[] = [];
  for (const span of order) {
    const last = marks.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.figures.push(span.index);
    } else {
      marks.push({ start: span.start, end: span.end, figures: [span.index] });
    }
  }
  return marks;
}

/** The text cut into plain pieces and marks, in order; offsets are UTF-16 code units, as the API gives them. */
export function piecesOf(text: string, marks: readonly Mark[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  marks.forEach((mark, index) => {
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), mark: null });
    pieces.push({ text: text.slice(mark.start, mark.end), mark: index });
    at = mark.end;
  });
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null });
  return pieces;
}

/** The admissions record of one organisation (by the reader's index, -1 for none named) and period that the accepted figures fill. */
export interface AdmissionDraft {
  readonly organization: number;
  readonly period: string | null;
  /** Only the fields an accepted figure gives; what the text does not say is not here. */
  readonly fields: Partial<Record<AdmissionField, number | Target>>;
  /** The day the text dates the figures at, when it does. */
  readonly asOf: string | null;
  /** The figures (by index) that fill it, accepted or not yet decided. */
  readonly figures: readonly number[];
  /** Fields two accepted figures give different values: the person must drop or correct one. */
  readonly clashes: readonly AdmissionField[];
}

/** Groups the admissions figures by organisation and period; dropped ones fill nothing. */
export function admissionDrafts(figures: readonly ExtractedFigure[], choices: ReadonlyMap<number, FigureChoice>): AdmissionDraft[] {
  const drafts: {
    organization: number;
    period: string | null;
    fields: Partial<Record<AdmissionField, number | Target>>;
    asOf: string | null;
    figures: number[];
    clashes: AdmissionField[];
  }[] = [];
  figures.forEach((figure, index) => {
    const target = figureTarget(figure);
    if (target.record !== 'admissions') return;
    // Figures the reader tied to no organisation form group -1, saved to the organisation picked for them.
    const organization = figure.organization ?? -1;
    const choice = choices.get(index);
    if (choice?.decision === 'dropped') return;
    let draft = drafts.find((d) => d.organization === organization && d.period === figure.period);
    if (!draft) {
      draft = { organization, period: figure.period, fields: {}, asOf: null, figures: [], clashes: [] };
      drafts.push(draft);
    }
    draft.figures.push(index);
    if (figure.asOf !== null && draft.asOf === null) draft.asOf = figure.asOf;
    if (choice?.decision !== 'accepted') return;
    const value = chosenValue(figure, choice) as number | Target;
    const before = draft.fields[target.field];
    if (before !== undefined && JSON.stringify(before) !== JSON.stringify(value)) {
      if (!draft.clashes.includes(target.field)) draft.clashes.push(target.field);
      return;
    }
    draft.fields[target.field] = value;
  });
  return drafts;
}

/** A field's value in the stored record and in the draft, when they differ. */
export interface StoredDifference {
  readonly field: AdmissionField | 'asOf';
  readonly stored: string;
  readonly proposed: string;
}

function storedValue(stored: AdmissionResponse, field: AdmissionField): number | Target | null {
  if (field === 'termToDate') return stored.termToDate?.admitted ?? null;
  return stored[field];
}

/** The fields where the draft would change what is stored (fields the draft leaves out keep their stored value). */
export function storedDifferences(stored: AdmissionResponse, fields: AdmissionDraft['fields'], asOf: string | null): StoredDifference[] {
  const differences: StoredDifference[] = [];
  for (const field of ADMISSION_FIELDS) {
    const proposed = fields[field];
    if (proposed === undefined) continue;
    const before = storedValue(stored, field);
    if (JSON.stringify(before) !== JSON.stringify(proposed)) differences.push({ field, stored: formatValue(before), proposed: formatValue(proposed) });
  }
  if (asOf !== null && asOf !== stored.asOf) differences.push({ field: 'asOf', stored: stored.asOf, proposed: asOf });
  return differences;
}

/**
 * The admissions write: the stored record (or nothing) with the draft's fields over it, except the
 * fields where the person chose to keep what is stored; the article joins the sources. A term to
 * date needs the term, which the figure that gave it names (`term`).
 */
export function admissionWrite(input: {
  stored: AdmissionResponse | null;
  fields: AdmissionDraft['fields'];
  term: string | null;
  asOf: string | null;
  keep: ReadonlySet<string>;
  source: Source;
}): Record<string, unknown> {
  const { stored, fields, keep } = input;
  const base: Partial<AdmissionInput> = stored
    ? {
        admitted: stored.admitted,
        target: stored.target,
        breakdown: stored.breakdown as AdmissionInput['breakdown'],
        termToDate: stored.termToDate,
        totalMembers: stored.totalMembers,
        asOf: stored.asOf,
        sources: stored.sources as AdmissionInput['sources'],
      }
    : { target: null, breakdown: {}, termToDate: null, totalMembers: null, sources: [] };
  const write: Record<string, unknown> = { ...base };
  for (const field of ADMISSION_FIELDS) {
    const value = fields[field];
    if (value === undefined || (stored && keep.has(field))) continue;
    write[field] = field === 'termToDate' ? { term: input.term, admitted: value } : value;
  }
  if (input.asOf !== null && !(stored && keep.has('asOf'))) write.asOf = input.asOf;
  const sources = (write.sources as Source[] | undefined) ?? [];
  const same = (s: Source) => s.url === input.source.url && s.publisher === input.source.publisher && s.title === input.source.title;
  write.sources = sources.some(same) ? sources : [...sources, input.source];
  return write;
}
