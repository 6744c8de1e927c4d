/**
 * What the report reader proposes: each figure with its value, the words it comes from and, when it
 * is worked out from other figures, how. Wire schemas (the API answers them); knows nothing of how
 * figures are found.
 */
import { z } from 'zod';
import { CELL_KINDS, COMMITTEE_STATUSES } from '../cell.ts';
import { IsoDateSchema } from '../date.ts';
import { ORGANIZATION_KINDS } from '../organization.ts';
import { PeriodSchema, TermSchema } from '../period.ts';
import { TargetSchema } from '../target.ts';

/** A half-open range `[start, end)` of UTF-16 offsets into the text as given. */
export const SpanSchema = z
  .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .meta({ id: 'TextSpan', description: 'Character offsets [start, end) into the text as sent (UTF-16 code units, as JavaScript counts).' });

/** How a figure the text does not state was worked out from figures it does. */
export const DERIVATION_RULES = ['admittedMinusOvershoot', 'admittedPlusShortfall', 'admittedOverPercent'] as const;

export const DerivationSchema = z
  .strictObject({
    rule: z.enum(DERIVATION_RULES),
    /** The figures it was worked out from, by their spans. */
    from: z.array(SpanSchema).min(1),
    /** The working in words, e.g. "53 − 33 = 20" or "36 ÷ 72% = 50: the only whole target that rounds to 72%". */
    explanation: z.string(),
  })
  .meta({ id: 'Derivation' });

export type Derivation = z.infer<typeof DerivationSchema>;

/**
 * Kinds of figure:
 * - `organization`: the organisation the text is about (value: its name);
 * - `admitted`, `target`, `overshoot`, `shortfall`, `percentOfTarget`, `targetStatus`: admissions of a period;
 * - `termToDate`: admitted since the start of a term; `totalMembers`: membership after the admissions;
 * - `cells`, `cellsWithCommittee`, `cellsWithoutCommittee`, `cellsFormedCommittee`: counts of cells;
 * - `namedCell`: a cell the text names, with its committee status.
 */
export const FIGURE_TYPES = [
  'organization',
  'admitted',
  'target',
  'overshoot',
  'shortfall',
  'percentOfTarget',
  'targetStatus',
  'termToDate',
  'totalMembers',
  'cells',
  'cellsWithCommittee',
  'cellsWithoutCommittee',
  'cellsFormedCommittee',
  'namedCell',
] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

/** What "đạt chỉ tiêu" / "vượt chỉ tiêu" / "chưa đạt chỉ tiêu" say without a number. */
export const TARGET_STATUSES = ['met', 'exceeded', 'missed'] as const;

const common = {
  span: SpanSchema,
  /** Index into the extraction's `organizations`; null when the text names none. */
  organization: z.number().int().nonnegative().nullable(),
  /** The year or term the figure belongs to, when the text says. */
  period: PeriodSchema.nullable(),
  /** The day the figure stands at ("tính đến ngày 15-9"), when the text says. */
  asOf: IsoDateSchema.nullable(),
  /** null when the text states the figure; how it was worked out otherwise. */
  derivation: DerivationSchema.nullable(),
};

const count = z.number().int().nonnegative();
const cellFields = {
  value: count,
  /** The kind of the cells counted; null for all of the organisation's cells. */
  cellKind: z.enum(CELL_KINDS).nullable(),
  /** `termStart` when the text counts them at the start of the term ("bước vào nhiệm kỳ"); null for now. */
  when: z.enum(['termStart']).nullable(),
};

export const ExtractedFigureSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('organization'), value: z.string(), kind: z.enum(ORGANIZATION_KINDS).nullable(), ...common }),
    z.strictObject({ type: z.literal('admitted'), value: count, ...common }),
    z.strictObject({ type: z.literal('target'), value: TargetSchema, perYear: z.boolean(), ...common }),
    z.strictObject({ type: z.literal('overshoot'), value: count, ...common }),
    z.strictObject({ type: z.literal('shortfall'), value: count, ...common }),
    z.strictObject({ type: z.literal('percentOfTarget'), value: z.number().nonnegative(), ...common }),
    z.strictObject({ type: z.literal('targetStatus'), value: z.enum(TARGET_STATUSES), ...common }),
    z.strictObject({ type: z.literal('termToDate'), value: count, term: TermSchema.nullable(), ...common }),
    z.strictObject({ type: z.literal('totalMembers'), value: count, ...common }),
    z.strictObject({ type: z.literal('cells'), ...cellFields, ...common }),
    z.strictObject({ type: z.literal('cellsWithCommittee'), ...cellFields, ...common }),
    z.strictObject({ type: z.literal('cellsWithoutCommittee'), ...cellFields, ...common }),
    z.strictObject({ type: z.literal('cellsFormedCommittee'), ...cellFields, ...common }),
    z.strictObject({
      type: z.literal('namedCell'),
      value: z.string(),
      cellKind: z.enum(CELL_KINDS).nullable(),
      committee: z.enum(COMMITTEE_STATUSES),
      ...common,
    }),
  ])
  .meta({ id: 'ExtractedFigure' });

export type ExtractedFigure = z.infer<typeof ExtractedFigureSchema>;

/** Figures of one type, narrowed. */
export type FigureOf<T extends FigureType> = Extract<ExtractedFigure, { type: T }>;
